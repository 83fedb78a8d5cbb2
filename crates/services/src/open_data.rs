//! Open data: the published fees, short-break availability and councils' usual rates, as JSON
//! and CSV, under the Open Government Licence with attribution and the date the data is as of.

use carenav_domain::date::Date;
use carenav_domain::publish::availability::is_fresh;
use carenav_domain::publish::{Availability, FeeSchedule, Published};
use carenav_store::{Fact, Store, StoreError};
use serde_json::{Value, json};

pub const LICENCE: &str = "Open Government Licence v3.0";
pub const LICENCE_URL: &str =
    "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
pub const ATTRIBUTION: &str = "Care Navigator. Fees and short-break availability as published by the providers; councils' usual rates from the sources named on each row. Licensed under the Open Government Licence v3.0.";

/// One dataset: its columns and rows (for CSV), and the same as JSON records.
pub struct Dataset {
    pub name: &'static str,
    pub as_of: Option<Date>,
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// The datasets there are.
pub const DATASETS: [&str; 3] = ["fees", "availability", "council-rates"];

fn money(p: carenav_domain::money::Pence) -> String {
    format!("{:.2}", p.pounds())
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// A dataset by name, built from the store now.
pub async fn dataset(
    store: &Store,
    name: &str,
    today: Date,
) -> Result<Option<Dataset>, StoreError> {
    Ok(Some(match name {
        "fees" => {
            let all: Vec<(String, String, String, Published<FeeSchedule>)> =
                store.all_current_named(Fact::Fees).await?;
            let as_of = all.iter().map(|(.., p)| p.provenance.as_of).max();
            let mut rows = Vec::new();
            for (id, name, provider, p) in all {
                let s = &p.record;
                for i in &s.items {
                    rows.push(vec![
                        id.clone(),
                        name.clone(),
                        provider.clone(),
                        i.care_type.code().to_owned(),
                        opt(i.room.clone()),
                        money(i.amount_from),
                        opt(i.amount_to.map(money)),
                        i.period.code().to_owned(),
                        s.valid_from.to_string(),
                        s.accepts_council_rate.code().to_owned(),
                        opt(s.deposit.as_ref().map(|d| money(d.amount))),
                        opt(s.deposit.as_ref().map(|d| d.refundable)),
                        s.increase_notice_days.to_string(),
                        opt(s.last_increase.as_ref().map(|l| l.date)),
                        opt(s.last_increase.as_ref().map(|l| l.percent)),
                        s.fees_after_death_days.to_string(),
                        s.included.join("; "),
                        p.provenance.as_of.to_string(),
                        p.provenance.who.clone(),
                        p.synthetic.to_string(),
                    ]);
                }
            }
            Dataset {
                name: "fees",
                as_of,
                columns: vec![
                    "location_id",
                    "location_name",
                    "provider_id",
                    "care_type",
                    "room",
                    "amount_from_gbp",
                    "amount_to_gbp",
                    "period",
                    "valid_from",
                    "accepts_council_rate",
                    "deposit_gbp",
                    "deposit_refundable",
                    "increase_notice_days",
                    "last_increase_date",
                    "last_increase_percent",
                    "fees_after_death_days",
                    "included",
                    "published_on",
                    "published_by",
                    "synthetic",
                ],
                rows,
            }
        }
        "availability" => {
            let all: Vec<(String, String, String, Published<Availability>)> =
                store.all_current_named(Fact::Availability).await?;
            let as_of = all.iter().map(|(.., p)| p.provenance.as_of).max();
            let mut rows = Vec::new();
            for (id, name, provider, p) in all {
                let fresh = is_fresh(p.provenance.as_of, today);
                for i in p.record.items.iter().filter(|i| i.to >= today) {
                    rows.push(vec![
                        id.clone(),
                        name.clone(),
                        provider.clone(),
                        i.kind.code().to_owned(),
                        i.available.to_string(),
                        i.maximum.to_string(),
                        i.from.to_string(),
                        i.to.to_string(),
                        p.provenance.as_of.to_string(),
                        (!fresh).to_string(),
                        p.synthetic.to_string(),
                    ]);
                }
            }
            Dataset {
                name: "availability",
                as_of,
                columns: vec![
                    "location_id",
                    "location_name",
                    "provider_id",
                    "kind",
                    "available",
                    "maximum",
                    "from",
                    "to",
                    "updated",
                    "stale",
                    "synthetic",
                ],
                rows,
            }
        }
        "council-rates" => {
            let rates = store.council_rates(None).await?;
            let as_of = rates.iter().map(|r| r.effective_from).max();
            let rows = rates
                .into_iter()
                .map(|r| {
                    let council = carenav_domain::councils::by_code(&r.council_code);
                    vec![
                        r.council_code.clone(),
                        council.map(|c| c.name.clone()).unwrap_or_default(),
                        r.financial_year,
                        r.effective_from.to_string(),
                        r.category.code().to_owned(),
                        money(r.weekly_rate),
                        match r.fnc_included {
                            Some(true) => "yes".into(),
                            Some(false) => "no".into(),
                            None => String::new(),
                        },
                        opt(r.band_or_grade),
                        opt(r.band_trigger_description),
                        opt(r.addon_type.map(|a| a.code())),
                        opt(r.addon_value),
                        r.source_url,
                    ]
                })
                .collect();
            Dataset {
                name: "council-rates",
                as_of,
                columns: vec![
                    "council_code",
                    "council_name",
                    "financial_year",
                    "effective_from",
                    "care_category",
                    "weekly_rate_gbp",
                    "fnc_included",
                    "band_or_grade",
                    "band_trigger_description",
                    "addon_type",
                    "addon_value",
                    "source_url",
                ],
                rows,
            }
        }
        _ => return Ok(None),
    }))
}

impl Dataset {
    /// As JSON: licence, attribution, `as_of`, and one object per row.
    pub fn to_json(&self, today: Date) -> Value {
        let records: Vec<Value> = self
            .rows
            .iter()
            .map(|row| {
                Value::Object(
                    self.columns
                        .iter()
                        .zip(row)
                        .map(|(c, v)| ((*c).to_owned(), json!(v)))
                        .collect(),
                )
            })
            .collect();
        json!({
            "dataset": self.name,
            "licence": LICENCE,
            "licence_url": LICENCE_URL,
            "attribution": ATTRIBUTION,
            "as_of": self.as_of.map(|d| d.to_string()),
            "generated_on": today.to_string(),
            "count": records.len(),
            "records": records,
        })
    }

    /// As CSV (RFC 4180), headed by the columns. Cells that a spreadsheet would run as a
    /// formula are prefixed with a quote mark.
    pub fn to_csv(&self) -> String {
        fn cell(v: &str) -> String {
            let v = if v.starts_with(['=', '+', '-', '@']) && v.parse::<f64>().is_err() {
                format!("'{v}")
            } else {
                v.to_owned()
            };
            if v.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", v.replace('"', "\"\""))
            } else {
                v
            }
        }
        let mut out = self.columns.join(",");
        out.push_str("\r\n");
        for row in &self.rows {
            out.push_str(&row.iter().map(|v| cell(v)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
        out
    }
}
