//! The publishing forms' fields, turned into the JSON the API takes (so one validator checks
//! both), and the validator's errors turned back into the form's fields. Pure: tested here.
//!
//! Fees: one row per kind of care (`{care}_from`, `{care}_to`, `{care}_period`, `{care}_room`;
//! a row left blank is not offered), `included` (one per line), five extras rows, the deposit
//! (`deposit` none | refundable | kept, `deposit_amount`), `increase_notice_days`, the last
//! increase (`last_increase` none | some, `last_increase_date`, `last_increase_percent`),
//! `accepts_council_rate` and `fees_after_death_days`.
//!
//! Availability: five rows (`a{i}_kind`, `a{i}_available`, `a{i}_maximum`, `a{i}_from`,
//! `a{i}_to`); blank rows are left out, and all blank says nothing is free now.

use carenav_domain::publish::fees::ExtraPeriod;
use carenav_domain::publish::{Availability, CareType, FeeSchedule, FieldError};
use serde_json::{Map, Value, json};

pub const EXTRA_ROWS: usize = 5;
pub const BREAK_ROWS: usize = 5;

/// The form's values by name (the last of repeated names wins).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Values(pub Vec<(String, String)>);

impl Values {
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.trim())
    }

    fn has(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }
}

/// A form error: the field's id and the validator's code (the page words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    pub field: String,
    pub code: String,
}

/// The text as a JSON number when it is one, else as text (the validator reads both and
/// says what is wrong with text).
fn number_or_text(s: &str) -> Value {
    let cleaned = s.replace([',', '£', ' '], "");
    match cleaned.parse::<f64>() {
        Ok(n) if n.is_finite() && !cleaned.is_empty() => json!(n),
        _ => json!(s),
    }
}

fn whole_or_text(s: &str) -> Value {
    match s.parse::<u64>() {
        Ok(n) => json!(n),
        Err(_) => json!(s),
    }
}

/// The fee form as the API's JSON, and for each JSON path the form field it came from.
pub fn fees_json(v: &Values) -> (Value, Vec<(String, String)>) {
    let mut fields: Vec<(String, String)> = vec![
        ("valid_from".into(), "valid_from".into()),
        ("included".into(), "included".into()),
        ("deposit".into(), "deposit".into()),
        ("deposit.amount".into(), "deposit_amount".into()),
        ("increase_notice_days".into(), "increase_notice_days".into()),
        ("last_increase".into(), "last_increase".into()),
        ("last_increase.date".into(), "last_increase_date".into()),
        (
            "last_increase.percent".into(),
            "last_increase_percent".into(),
        ),
        ("accepts_council_rate".into(), "accepts_council_rate".into()),
        (
            "fees_after_death_days".into(),
            "fees_after_death_days".into(),
        ),
        ("items".into(), format!("{}_from", CareType::ALL[0].code())),
    ];
    let mut items = Vec::new();
    for care in CareType::ALL {
        let c = care.code();
        if !v.has(&format!("{c}_from")) && !v.has(&format!("{c}_to")) {
            continue;
        }
        let i = items.len();
        let mut item = Map::new();
        item.insert("care_type".into(), json!(c));
        let from = v.get(&format!("{c}_from"));
        if !from.is_empty() {
            item.insert("amount_from".into(), number_or_text(from));
        }
        let to = v.get(&format!("{c}_to"));
        if !to.is_empty() {
            item.insert("amount_to".into(), number_or_text(to));
        }
        let period = v.get(&format!("{c}_period"));
        let period = if period.is_empty() {
            care.periods()[0].code()
        } else {
            period
        };
        item.insert("period".into(), json!(period));
        let room = v.get(&format!("{c}_room"));
        if !room.is_empty() {
            item.insert("room".into(), json!(room));
        }
        for (part, name) in [
            ("amount_from", "from"),
            ("amount_to", "to"),
            ("period", "period"),
            ("room", "room"),
            ("care_type", "from"),
        ] {
            fields.push((format!("items[{i}].{part}"), format!("{c}_{name}")));
        }
        fields.push((format!("items[{i}]"), format!("{c}_from")));
        items.push(Value::Object(item));
    }
    let included: Vec<Value> = v
        .get("included")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| json!(l))
        .collect();
    for i in 0..included.len() {
        fields.push((format!("included[{i}]"), "included".into()));
    }
    let mut extras = Vec::new();
    for row in 0..EXTRA_ROWS {
        let (name, amount) = (
            v.get(&format!("extra{row}_name")),
            v.get(&format!("extra{row}_amount")),
        );
        if name.is_empty() && amount.is_empty() {
            continue;
        }
        let i = extras.len();
        let mut e = Map::new();
        if !name.is_empty() {
            e.insert("name".into(), json!(name));
        }
        if !amount.is_empty() {
            e.insert("amount".into(), number_or_text(amount));
        }
        let period = v.get(&format!("extra{row}_period"));
        e.insert(
            "period".into(),
            json!(if period.is_empty() {
                ExtraPeriod::Each.code()
            } else {
                period
            }),
        );
        for part in ["name", "amount", "period"] {
            fields.push((format!("extras[{i}].{part}"), format!("extra{row}_{part}")));
        }
        extras.push(Value::Object(e));
    }
    let deposit = match v.get("deposit") {
        "none" => Value::Null,
        "refundable" | "kept" => {
            let mut d = Map::new();
            let amount = v.get("deposit_amount");
            if !amount.is_empty() {
                d.insert("amount".into(), number_or_text(amount));
            }
            d.insert("refundable".into(), json!(v.get("deposit") == "refundable"));
            Value::Object(d)
        }
        _ => json!("(not chosen)"),
    };
    let last_increase = match v.get("last_increase") {
        "none" => Value::Null,
        "some" => {
            let mut l = Map::new();
            for (key, name) in [
                ("date", "last_increase_date"),
                ("percent", "last_increase_percent"),
            ] {
                let s = v.get(name);
                if !s.is_empty() {
                    l.insert(
                        key.into(),
                        if key == "percent" {
                            number_or_text(s)
                        } else {
                            json!(s)
                        },
                    );
                }
            }
            Value::Object(l)
        }
        _ => json!("(not chosen)"),
    };
    let mut body = Map::new();
    if v.has("valid_from") {
        body.insert("valid_from".into(), json!(v.get("valid_from")));
    }
    body.insert("items".into(), Value::Array(items));
    body.insert("included".into(), Value::Array(included));
    body.insert("extras".into(), Value::Array(extras));
    body.insert("deposit".into(), deposit);
    for name in ["increase_notice_days", "fees_after_death_days"] {
        if v.has(name) {
            body.insert(name.into(), whole_or_text(v.get(name)));
        }
    }
    body.insert("last_increase".into(), last_increase);
    if v.has("accepts_council_rate") {
        body.insert(
            "accepts_council_rate".into(),
            json!(v.get("accepts_council_rate")),
        );
    }
    (Value::Object(body), fields)
}

/// The availability form as the API's JSON, and where each path came from.
pub fn availability_json(v: &Values) -> (Value, Vec<(String, String)>) {
    let mut items = Vec::new();
    let mut fields = Vec::new();
    for row in 0..BREAK_ROWS {
        let name = |part: &str| format!("a{row}_{part}");
        let parts = ["available", "maximum", "from", "to"];
        if parts.iter().all(|p| !v.has(&name(p))) {
            continue;
        }
        let i = items.len();
        let mut item = Map::new();
        item.insert("kind".into(), json!(v.get(&name("kind"))));
        for p in parts {
            let s = v.get(&name(p));
            if !s.is_empty() {
                let value = if matches!(p, "available" | "maximum") {
                    whole_or_text(s)
                } else {
                    json!(s)
                };
                item.insert(p.into(), value);
            }
        }
        for p in ["kind", "available", "maximum", "from", "to"] {
            fields.push((format!("items[{i}].{p}"), name(p)));
        }
        fields.push((format!("items[{i}]"), name("available")));
        items.push(Value::Object(item));
    }
    (json!({ "items": items }), fields)
}

/// The validator's errors as form errors (one per field, the first found).
pub fn form_errors(errors: &[FieldError], fields: &[(String, String)]) -> Vec<FormError> {
    let mut out: Vec<FormError> = Vec::new();
    for e in errors {
        let field = fields
            .iter()
            .find(|(path, _)| *path == e.field)
            .map(|(_, f)| f.clone())
            .unwrap_or_else(|| "valid_from".into());
        if !out.iter().any(|o| o.field == field) {
            out.push(FormError {
                field,
                code: e.code.clone(),
            });
        }
    }
    out
}

/// A published schedule as the fee form's values (to edit it).
pub fn fees_values(s: &FeeSchedule) -> Values {
    let mut v = vec![("valid_from".to_owned(), s.valid_from.to_string())];
    let pounds = |p: carenav_domain::money::Pence| format!("{:.2}", p.pounds());
    for item in &s.items {
        let c = item.care_type.code();
        v.push((format!("{c}_from"), pounds(item.amount_from)));
        if let Some(t) = item.amount_to {
            v.push((format!("{c}_to"), pounds(t)));
        }
        v.push((format!("{c}_period"), item.period.code().into()));
        if let Some(r) = &item.room {
            v.push((format!("{c}_room"), r.clone()));
        }
    }
    v.push(("included".into(), s.included.join("\n")));
    for (i, e) in s.extras.iter().take(EXTRA_ROWS).enumerate() {
        v.push((format!("extra{i}_name"), e.name.clone()));
        v.push((format!("extra{i}_amount"), pounds(e.amount)));
        v.push((format!("extra{i}_period"), e.period.code().into()));
    }
    match &s.deposit {
        None => v.push(("deposit".into(), "none".into())),
        Some(d) => {
            v.push((
                "deposit".into(),
                if d.refundable { "refundable" } else { "kept" }.into(),
            ));
            v.push(("deposit_amount".into(), pounds(d.amount)));
        }
    }
    v.push((
        "increase_notice_days".into(),
        s.increase_notice_days.to_string(),
    ));
    match &s.last_increase {
        None => v.push(("last_increase".into(), "none".into())),
        Some(l) => {
            v.push(("last_increase".into(), "some".into()));
            v.push(("last_increase_date".into(), l.date.to_string()));
            v.push(("last_increase_percent".into(), l.percent.to_string()));
        }
    }
    v.push((
        "accepts_council_rate".into(),
        s.accepts_council_rate.code().into(),
    ));
    v.push((
        "fees_after_death_days".into(),
        s.fees_after_death_days.to_string(),
    ));
    Values(v)
}

/// Published availability as the form's values.
pub fn availability_values(a: &Availability) -> Values {
    let mut v = Vec::new();
    for (i, item) in a.items.iter().take(BREAK_ROWS).enumerate() {
        v.push((format!("a{i}_kind"), item.kind.code().into()));
        v.push((format!("a{i}_available"), item.available.to_string()));
        v.push((format!("a{i}_maximum"), item.maximum.to_string()));
        v.push((format!("a{i}_from"), item.from.to_string()));
        v.push((format!("a{i}_to"), item.to.to_string()));
    }
    Values(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use carenav_domain::date::Date;

    fn values(pairs: &[(&str, &str)]) -> Values {
        Values(
            pairs
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect(),
        )
    }

    fn today() -> Date {
        Date::parse("2026-11-29").unwrap()
    }

    #[test]
    fn a_filled_fee_form_is_a_valid_schedule_and_round_trips() {
        let v = values(&[
            ("valid_from", "2026-04-01"),
            ("residential_from", "£1,150"),
            ("residential_to", "1295.50"),
            ("residential_period", "week"),
            ("residential_room", "Standard single"),
            ("respite_per_day_from", "185"),
            ("included", "Meals\n\nLaundry\n"),
            ("extra0_name", "Hairdresser"),
            ("extra0_amount", "15"),
            ("extra0_period", "each"),
            ("deposit", "refundable"),
            ("deposit_amount", "500"),
            ("increase_notice_days", "28"),
            ("last_increase", "some"),
            ("last_increase_date", "2026-04-01"),
            ("last_increase_percent", "6.5"),
            ("accepts_council_rate", "sometimes"),
            ("fees_after_death_days", "3"),
        ]);
        let (json, _) = fees_json(&v);
        let s = FeeSchedule::from_json(&json, today()).unwrap();
        assert_eq!(s.items.len(), 2);
        assert_eq!(s.included, ["Meals", "Laundry"]);
        assert_eq!(s.deposit.as_ref().unwrap().amount.0, 50_000);
        // Shown again in the form, it reads back the same.
        let (again, _) = fees_json(&fees_values(&s));
        assert_eq!(FeeSchedule::from_json(&again, today()).unwrap(), s);
    }

    #[test]
    fn errors_land_on_the_field_that_caused_them() {
        let v = values(&[
            ("nursing_from", "lots"),
            ("deposit", "kept"),
            ("last_increase", "some"),
            ("last_increase_date", "2027-01-01"),
            ("last_increase_percent", "5"),
            ("increase_notice_days", "a month"),
            ("fees_after_death_days", "3"),
            ("a0_available", "2"),
        ]);
        let (json, fields) = fees_json(&v);
        let errors = FeeSchedule::from_json(&json, today()).unwrap_err();
        let got: Vec<(String, String)> = form_errors(&errors, &fields)
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        for want in [
            ("valid_from", "required"),
            ("nursing_from", "wrong_type"),
            ("deposit_amount", "required"),
            ("last_increase_date", "out_of_range"),
            ("increase_notice_days", "wrong_type"),
            ("accepts_council_rate", "required"),
        ] {
            assert!(
                got.contains(&(want.0.into(), want.1.into())),
                "missing {want:?} in {got:?}"
            );
        }
        // No fee at all is an error on the first fee box.
        let (json, fields) = fees_json(&values(&[]));
        let errors = FeeSchedule::from_json(&json, today()).unwrap_err();
        assert!(
            form_errors(&errors, &fields)
                .iter()
                .any(|e| e.field == "residential_from")
        );
        // A deposit radio not chosen is an error on the radios.
        assert!(
            form_errors(&errors, &fields)
                .iter()
                .any(|e| e.field == "deposit")
        );
    }

    #[test]
    fn the_availability_form_skips_blank_rows() {
        let v = values(&[
            ("a0_kind", "care_home_short_stay"),
            ("a1_kind", "day_service"),
            ("a1_available", "1"),
            ("a1_maximum", "2"),
            ("a1_from", "2026-12-01"),
            ("a1_to", "2026-12-20"),
            ("a2_kind", "day_service"),
            ("a2_available", "3"),
            ("a2_maximum", "2"),
            ("a2_from", "2026-12-01"),
            ("a2_to", "2026-12-20"),
        ]);
        let (json, fields) = availability_json(&v);
        let errors = Availability::from_json(&json, today()).unwrap_err();
        assert_eq!(
            form_errors(&errors, &fields),
            [FormError {
                field: "a2_available".into(),
                code: "inconsistent".into()
            }]
        );
        let (json, _) = availability_json(&values(&[("a0_kind", "day_service")]));
        assert!(
            Availability::from_json(&json, today())
                .unwrap()
                .items
                .is_empty()
        );
    }
}
