//! `GET /api/v1/rules`: the period in force today, every period, each figure as it applies on
//! the day, and the 2021 plan, with sources. `?date=YYYY-MM-DD` picks another day.

use axum::Json;
use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use carenav_domain::rules::RULES;
use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::ApiError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesParams {
    pub date: Option<String>,
}

pub async fn get(
    query: Result<Query<RulesParams>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let Query(p) = query?;
    let date = super::params::date(p.date.as_deref())?;
    let in_force = RULES.period_on(date).map(|p| p.id.clone());
    // Each figure as it applies on `date`: today's value, or the latest earlier one marked
    // `"current": false` with the period it is from, or null when none was ever known.
    let figures: Map<String, Value> = RULES
        .keys()
        .into_iter()
        .map(|key| {
            let v = match RULES.lookup_known(key, date) {
                Some(k) => json!({
                    "value": k.amount,
                    "unit": k.value.unit,
                    "current": k.current,
                    "from_period": k.period.id,
                    "applies": k.label(),
                    "verified": k.value.verified,
                }),
                None => json!({ "value": null, "current": false }),
            };
            (key.to_owned(), v)
        })
        .collect();
    Ok(Json(json!({
        "date": date,
        "in_force": in_force,
        "figures": figures,
        "jurisdiction": RULES.jurisdiction,
        "compiled": RULES.compiled,
        "periods": RULES.periods,
        "dpa_interest_periods": RULES.dpa_interest_periods,
        "reform_2021": RULES.reform_2021,
    })))
}
