use serde_json::json;

use super::availability::is_fresh;
use super::council::{financial_year, financial_year_of};
use super::*;
use crate::date::Date;
use crate::money::Pence;

fn today() -> Date {
    Date::parse("2026-11-29").unwrap()
}

/// The example in docs/api.md.
pub(crate) fn example_fees() -> serde_json::Value {
    json!({
        "valid_from": "2026-04-01",
        "items": [
            {"care_type": "residential", "room": "Standard single", "amount_from": 1150, "amount_to": 1295.5, "period": "week"},
            {"care_type": "nursing", "amount_from": 1420, "period": "week"},
            {"care_type": "respite_per_day", "amount_from": 185, "period": "day"}
        ],
        "included": ["Meals and drinks", "Laundry", "Activities"],
        "extras": [{"name": "Hairdresser", "amount": 15, "period": "each"}],
        "deposit": {"amount": 500, "refundable": true},
        "increase_notice_days": 28,
        "last_increase": {"date": "2026-04-01", "percent": 6.5},
        "accepts_council_rate": "sometimes",
        "fees_after_death_days": 3
    })
}

fn codes(errors: &[FieldError]) -> Vec<(String, String)> {
    errors
        .iter()
        .map(|e| (e.field.clone(), e.code.clone()))
        .collect()
}

#[test]
fn the_documented_example_is_a_valid_schedule() {
    let s = FeeSchedule::from_json(&example_fees(), today()).unwrap();
    assert_eq!(s.items.len(), 3);
    assert_eq!(s.items[0].amount_to, Some(Pence(129_550)));
    assert_eq!(s.weekly_from(), Some(Pence(115_000)));
    assert_eq!(
        s.item(CareType::Nursing).unwrap().amount_from,
        Pence(142_000)
    );
    assert_eq!(s.accepts_council_rate, AcceptsCouncilRate::Sometimes);
    // Stored as JSON and read back, it is the same schedule.
    let stored = serde_json::to_value(&s).unwrap();
    let back: FeeSchedule = serde_json::from_value(stored.clone()).unwrap();
    assert_eq!(back, s);
    // And the stored form is itself a valid request.
    assert_eq!(FeeSchedule::from_json(&stored, today()).unwrap(), s);
}

#[test]
fn every_bad_field_is_reported_at_once_by_its_path() {
    let body = json!({
        "valid_from": "1 April",
        "items": [
            {"care_type": "palace", "amount_from": -5, "period": "week"},
            {"care_type": "home_care_per_hour", "amount_from": 30, "period": "week"},
            {"care_type": "residential", "amount_from": 1200, "amount_to": 1100, "period": "week", "colour": "blue"}
        ],
        "included": ["Meals", ""],
        "extras": [{"name": "Papers", "amount": "lots", "period": "week"}],
        "deposit": {"amount": 100},
        "increase_notice_days": 1000,
        "accepts_council_rate": "maybe",
        "fees_after_death_days": "three"
    });
    let errors = FeeSchedule::from_json(&body, today()).unwrap_err();
    let got = codes(&errors);
    for want in [
        ("valid_from", "not_a_date"),
        ("items[0].care_type", "unknown_value"),
        ("items[0].amount_from", "out_of_range"),
        ("items[1].period", "inconsistent"),
        ("items[2].amount_to", "inconsistent"),
        ("items[2].colour", "unknown_field"),
        ("included[1]", "required"),
        ("extras[0].amount", "wrong_type"),
        ("deposit.refundable", "required"),
        ("increase_notice_days", "out_of_range"),
        ("last_increase", "required"),
        ("accepts_council_rate", "unknown_value"),
        ("fees_after_death_days", "wrong_type"),
    ] {
        assert!(
            got.contains(&(want.0.to_owned(), want.1.to_owned())),
            "missing {want:?} in {got:#?}"
        );
    }
    // Every message is plain words, not a parser's.
    for e in &errors {
        assert!(!e.message.contains("invalid type"), "{e:?}");
    }
}

#[test]
fn null_is_an_answer_but_absent_is_not() {
    let mut body = example_fees();
    body["deposit"] = serde_json::Value::Null;
    body["last_increase"] = serde_json::Value::Null;
    let s = FeeSchedule::from_json(&body, today()).unwrap();
    assert_eq!(s.deposit, None);
    assert_eq!(s.last_increase, None);
    let obj = body.as_object_mut().unwrap();
    obj.remove("deposit");
    let errors = FeeSchedule::from_json(&body, today()).unwrap_err();
    assert_eq!(codes(&errors), [("deposit".into(), "required".into())]);
}

#[test]
fn dates_are_bounded_by_today() {
    let mut body = example_fees();
    body["valid_from"] = json!("2028-01-01");
    body["last_increase"] = json!({"date": "2026-12-25", "percent": 5});
    let got = codes(&FeeSchedule::from_json(&body, today()).unwrap_err());
    assert!(got.contains(&("valid_from".into(), "out_of_range".into())));
    assert!(got.contains(&("last_increase.date".into(), "out_of_range".into())));
}

#[test]
fn amounts_may_be_written_as_people_type_them_but_not_as_nonsense() {
    let mut body = example_fees();
    body["items"][0]["amount_from"] = json!("£1,150.00");
    assert_eq!(
        FeeSchedule::from_json(&body, today()).unwrap().items[0].amount_from,
        Pence(115_000)
    );
    for bad in [
        json!(0),
        json!(1.234),
        json!(25_000),
        json!(true),
        json!("12a"),
    ] {
        body["items"][0]["amount_from"] = bad.clone();
        let got = codes(&FeeSchedule::from_json(&body, today()).unwrap_err());
        assert_eq!(got.len(), 1, "{bad}: {got:?}");
        assert_eq!(got[0].0, "items[0].amount_from");
    }
}

#[test]
fn a_body_that_is_not_an_object_says_so() {
    for body in [json!([]), json!("fees"), json!(null)] {
        let got = codes(&FeeSchedule::from_json(&body, today()).unwrap_err());
        assert_eq!(got, [("(body)".into(), "wrong_type".into())]);
    }
}

#[test]
fn a_day_rate_counts_as_seven_days_for_a_weekly_comparison() {
    let mut body = example_fees();
    body["items"] = json!([{"care_type": "residential", "amount_from": 170, "period": "day"},
                           {"care_type": "home_care_per_hour", "amount_from": 30, "period": "hour"}]);
    let s = FeeSchedule::from_json(&body, today()).unwrap();
    assert_eq!(s.weekly_from(), Some(Pence(119_000)));
}

#[test]
fn availability_checks_places_and_dates() {
    let ok = json!({"items": [{"kind": "care_home_short_stay", "available": 2, "maximum": 3, "from": "2026-12-01", "to": "2026-12-14"}]});
    let a = Availability::from_json(&ok, today()).unwrap();
    assert_eq!(a.items[0].kind, BreakKind::CareHomeShortStay);
    assert!(a.items[0].overlaps(
        Date::parse("2026-12-10").unwrap(),
        Date::parse("2026-12-20").unwrap()
    ));
    assert!(!a.items[0].overlaps(
        Date::parse("2026-12-15").unwrap(),
        Date::parse("2026-12-20").unwrap()
    ));
    assert_eq!(
        Availability::from_json(&json!({"items": []}), today())
            .unwrap()
            .items,
        []
    );
    let bad = json!({"items": [
        {"kind": "hotel", "available": 4, "maximum": 3, "from": "2026-12-14", "to": "2026-12-01"},
        {"kind": "day_service", "available": 1, "maximum": 0, "from": "2026-01-01", "to": "2026-02-01"}
    ], "updated": "2026-11-29"});
    let got = codes(&Availability::from_json(&bad, today()).unwrap_err());
    for want in [
        ("items[0].kind", "unknown_value"),
        ("items[0].available", "inconsistent"),
        ("items[0].to", "inconsistent"),
        ("items[1].maximum", "out_of_range"),
        ("items[1].to", "out_of_range"),
        ("updated", "unknown_field"),
    ] {
        assert!(
            got.contains(&(want.0.into(), want.1.into())),
            "missing {want:?} in {got:?}"
        );
    }
}

#[test]
fn availability_goes_stale_after_fourteen_days() {
    let updated = Date::parse("2026-11-15").unwrap();
    assert!(is_fresh(updated, today()));
    assert!(!is_fresh(updated, today().add_days(1)));
}

#[test]
fn financial_years_read_and_fall_in_april_to_march() {
    assert_eq!(financial_year("2025-26").as_deref(), Some("2025-26"));
    assert_eq!(financial_year("2025/2026").as_deref(), Some("2025-26"));
    assert_eq!(financial_year("2099-00").as_deref(), Some("2099-00"));
    assert_eq!(financial_year("2025-27"), None);
    assert_eq!(financial_year("25-26"), None);
    assert_eq!(
        financial_year_of(Date::parse("2026-03-31").unwrap()),
        "2025-26"
    );
    assert_eq!(
        financial_year_of(Date::parse("2026-04-01").unwrap()),
        "2026-27"
    );
}
