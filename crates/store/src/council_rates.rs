//! Councils' usual rates, as imported (`carenav import council-rates`). An import upserts
//! each (council, year, category, band, effective date) in one transaction with its audit
//! record; rates are never edited in place by anyone else.

use carenav_domain::date::Date;
use carenav_domain::money::Pence;
use carenav_domain::publish::{AddonType, CouncilRate, RateCategory};
use sqlx::Row;

use crate::publishing::{AuditEntry, audit, bump_version};
use crate::{Store, StoreError, unix_now};

fn fnc_code(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unknown",
    }
}

impl Store {
    /// Store imported rates (replacing a row with the same council, year, category, band and
    /// effective date), audited as one import, in one transaction. Returns (inserted, updated).
    pub async fn upsert_council_rates(
        &self,
        rates: &[CouncilRate],
        source: &str,
        synthetic: bool,
    ) -> Result<(u64, u64), StoreError> {
        let now = unix_now();
        let mut tx = self.pool.begin().await?;
        let (mut inserted, mut updated) = (0, 0);
        for r in rates {
            let band = r.band_or_grade.clone().unwrap_or_default();
            let done = sqlx::query(
                "UPDATE council_rates SET weekly_rate_pence = $6, fnc_included = $7,
                   band_trigger_description = $8, addon_type = $9, addon_value = $10,
                   source_url = $11, synthetic = $12, imported_at = $13
                 WHERE council_code = $1 AND financial_year = $2 AND care_category = $3
                   AND band_or_grade = $4 AND effective_from = $5",
            )
            .bind(&r.council_code)
            .bind(&r.financial_year)
            .bind(r.category.code())
            .bind(&band)
            .bind(r.effective_from.to_string())
            .bind(r.weekly_rate.0)
            .bind(fnc_code(r.fnc_included))
            .bind(&r.band_trigger_description)
            .bind(r.addon_type.map(AddonType::code))
            .bind(r.addon_value)
            .bind(&r.source_url)
            .bind(synthetic)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() > 0 {
                updated += 1;
                continue;
            }
            sqlx::query(
                "INSERT INTO council_rates (council_code, financial_year, care_category, band_or_grade,
                   effective_from, weekly_rate_pence, fnc_included, band_trigger_description,
                   addon_type, addon_value, source_url, synthetic, imported_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            )
            .bind(&r.council_code)
            .bind(&r.financial_year)
            .bind(r.category.code())
            .bind(&band)
            .bind(r.effective_from.to_string())
            .bind(r.weekly_rate.0)
            .bind(fnc_code(r.fnc_included))
            .bind(&r.band_trigger_description)
            .bind(r.addon_type.map(AddonType::code))
            .bind(r.addon_value)
            .bind(&r.source_url)
            .bind(synthetic)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            inserted += 1;
        }
        audit(
            &mut tx,
            &AuditEntry {
                id: 0,
                at: now,
                account_id: None,
                actor: "operator".into(),
                action: "import_council_rates".into(),
                subject: source.to_owned(),
                before: None,
                after: Some(
                    serde_json::json!({"rows": rates.len(), "inserted": inserted, "updated": updated})
                        .to_string(),
                ),
            },
        )
        .await?;
        bump_version(&mut tx, now).await?;
        tx.commit().await?;
        Ok((inserted, updated))
    }

    /// A council's rates (every year), newest year first; or every council's with `None`.
    pub async fn council_rates(
        &self,
        council_code: Option<&str>,
    ) -> Result<Vec<CouncilRate>, StoreError> {
        let rows = sqlx::query(
            "SELECT council_code, financial_year, effective_from, care_category, weekly_rate_pence,
                    fnc_included, band_or_grade, band_trigger_description, addon_type, addon_value,
                    source_url
             FROM council_rates WHERE $1 IS NULL OR council_code = $1
             ORDER BY council_code, financial_year DESC, care_category, band_or_grade, effective_from",
        )
        .bind(council_code)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let code: String = r.try_get("council_code")?;
                let bad = |what: &str| StoreError::Record {
                    id: code.clone(),
                    message: format!("council rate has a bad {what}"),
                };
                let band: String = r.try_get("band_or_grade")?;
                Ok(CouncilRate {
                    financial_year: r.try_get("financial_year")?,
                    effective_from: Date::parse(&r.try_get::<String, _>("effective_from")?)
                        .ok_or_else(|| bad("date"))?,
                    category: RateCategory::from_code(&r.try_get::<String, _>("care_category")?)
                        .ok_or_else(|| bad("category"))?,
                    weekly_rate: Pence(r.try_get("weekly_rate_pence")?),
                    fnc_included: match r.try_get::<String, _>("fnc_included")?.as_str() {
                        "yes" => Some(true),
                        "no" => Some(false),
                        _ => None,
                    },
                    band_or_grade: (!band.is_empty()).then_some(band),
                    band_trigger_description: r.try_get("band_trigger_description")?,
                    addon_type: match r.try_get::<Option<String>, _>("addon_type")?.as_deref() {
                        Some("percent") => Some(AddonType::Percent),
                        Some("pounds") => Some(AddonType::Pounds),
                        _ => None,
                    },
                    addon_value: r.try_get("addon_value")?,
                    source_url: r.try_get("source_url")?,
                    council_code: code,
                })
            })
            .collect()
    }
}
