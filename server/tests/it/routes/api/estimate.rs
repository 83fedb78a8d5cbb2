//! `POST /api/v1/estimate`.

use crate::common::{json, post_json, site};
use axum::http::StatusCode;

const GOOD: &str = r#"{
  "setting": "care_home", "weekly_cost": 1250.00, "nursing": false, "age": 84, "partner": false,
  "savings": 60000.00,
  "property": { "value": 250000.00, "occupant": "nobody", "deferred_payment": false },
  "weekly_income": { "state_pension": 230.25, "private_pension": 0, "pension_credit": 0,
                     "attendance_allowance": 0, "pip_daily_living": 0, "pip_mobility": 0,
                     "dla_care": 0, "dla_mobility": 0, "earnings": 0, "other": 0 },
  "disability_related_expenditure": 0, "housing_costs": 0, "top_up": 0,
  "weeks": 260, "rules": "in_force", "start_date": "2026-11-23" }"#;

#[tokio::test]
async fn worked_example_from_the_docs() {
    let s = site().await;
    let (status, body) = post_json(&s.router, "/api/v1/estimate", GOOD).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let v = json(&body);
    assert_eq!(v["rules_period"], "2026-27");
    assert_eq!(v["first_week"]["phase"], "self_funding");
    assert_eq!(v["first_week"]["person_pays"], 1250.0);
    assert_eq!(v["first_week"]["council_pays"], 0.0);
    assert_eq!(v["timeline"].as_array().unwrap().len(), 260);
    assert_eq!(v["milestones"]["property_disregard_end_week"], 13);
    let explanations = v["explanations"].as_array().unwrap();
    let first = explanations
        .iter()
        .find(|n| n["code"] == "self_funding")
        .expect("self-funding explained");
    assert!(
        first["text"].as_str().unwrap().contains("£60,000"),
        "{first}"
    );
    assert!(
        v["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|w| w["text"].as_str().is_some_and(|t| !t.is_empty()))
    );
    // Totals add up to the timeline.
    let sum: f64 = v["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["person_pays"].as_f64().unwrap())
        .sum();
    assert!((sum - v["totals"]["person_pays"].as_f64().unwrap()).abs() < 0.01);
}

#[tokio::test]
async fn the_2021_plan_is_labelled() {
    let s = site().await;
    let body = GOOD.replace(r#""rules": "in_force""#, r#""rules": "reform_2021""#);
    let (status, body) = post_json(&s.router, "/api/v1/estimate", &body).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let v = json(&body);
    assert_eq!(v["rules_period"], "reform_2021");
    assert!(
        v["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["code"] == "reform_2021_cancelled")
    );
}

#[tokio::test]
async fn every_validation_error_is_a_clear_400() {
    let s = site().await;
    let cases: &[(&str, &str, &str)] = &[
        (
            r#""weekly_cost": 1250.00"#,
            r#""weekly_cost": -1"#,
            "weekly_cost:negative",
        ),
        (
            r#""weekly_cost": 1250.00"#,
            r#""weekly_cost": 0"#,
            "weekly_cost:required_positive",
        ),
        (
            r#""weekly_cost": 1250.00"#,
            r#""weekly_cost": 99999999"#,
            "weekly_cost:too_large",
        ),
        (r#""age": 84"#, r#""age": 12"#, "age:age_range"),
        (
            r#""savings": 60000.00"#,
            r#""savings": -5"#,
            "savings:negative",
        ),
        (
            r#""value": 250000.00"#,
            r#""value": -1"#,
            "property.value:negative",
        ),
        (
            r#""state_pension": 230.25"#,
            r#""state_pension": -230.25"#,
            "weekly_income.state_pension:negative",
        ),
        (
            r#""state_pension": 230.25"#,
            r#""state_pension": 50000"#,
            "weekly_income.state_pension:too_large",
        ),
        (r#""top_up": 0"#, r#""top_up": -1"#, "top_up:negative"),
        (
            r#""housing_costs": 0"#,
            r#""housing_costs": -1"#,
            "housing_costs:negative",
        ),
        (
            r#""disability_related_expenditure": 0"#,
            r#""disability_related_expenditure": -1"#,
            "disability_related_expenditure:negative",
        ),
        (r#""weeks": 260"#, r#""weeks": 0"#, "weeks:weeks_range"),
        (r#""weeks": 260"#, r#""weeks": 521"#, "weeks:weeks_range"),
        (
            r#""start_date": "2026-11-23""#,
            r#""start_date": "23/11/2026""#,
            "start_date:not_a_date",
        ),
        (
            r#""start_date": "2026-11-23""#,
            r#""start_date": "2001-01-01""#,
            "start_date:date_out_of_range",
        ),
        (
            r#""setting": "care_home""#,
            r#""setting": "home_care", "nursing": true, "x_": 0"#,
            "json",
        ),
    ];
    for (from, to, want) in cases {
        assert!(GOOD.contains(from), "{from}");
        let body = GOOD.replacen(from, to, 1);
        let (status, text) = post_json(&s.router, "/api/v1/estimate", &body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{want}: {text}");
        let v = json(&text);
        if *want == "json" {
            assert_eq!(v["error"]["code"], "invalid_json", "{text}");
            continue;
        }
        assert_eq!(v["error"]["code"], "invalid_input", "{text}");
        let (field, code) = want.split_once(':').unwrap();
        let fields = v["error"]["fields"].as_array().unwrap();
        let hit = fields
            .iter()
            .find(|f| f["field"] == field)
            .unwrap_or_else(|| panic!("{want}: {text}"));
        assert_eq!(hit["code"], code, "{text}");
        assert!(!hit["message"].as_str().unwrap().is_empty());
    }
    // Home care with nursing, and a top-up at home.
    let home = GOOD
        .replace(r#""setting": "care_home""#, r#""setting": "home_care""#)
        .replace(r#""nursing": false"#, r#""nursing": true"#)
        .replace(r#""top_up": 0"#, r#""top_up": 10"#);
    let (status, text) = post_json(&s.router, "/api/v1/estimate", &home).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let v = json(&text);
    let codes: Vec<&str> = v["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"nursing_needs_care_home") && codes.contains(&"top_up_needs_care_home"),
        "{text}"
    );
    // Unknown fields, wrong types, broken JSON, wrong enum values.
    for bad in [
        GOOD.replace(r#""age": 84"#, r#""age": 84, "colour": "blue""#),
        GOOD.replace(r#""age": 84"#, r#""age": "old""#),
        GOOD.replace(r#""occupant": "nobody""#, r#""occupant": "lodger""#),
        GOOD[..40].to_owned(),
        "[]".to_owned(),
    ] {
        let (status, text) = post_json(&s.router, "/api/v1/estimate", &bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(json(&text)["error"]["code"], "invalid_json", "{text}");
    }
    let (status, _) = post_json(&s.router, "/api/v1/estimate?locale=xx", GOOD).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn unknown_figures_are_422_not_guesses() {
    // Care at home under pension age needs a Minimum Income Guarantee figure that the shipped
    // 2026-27 data does not have (see content/rules/README.md): the API must say so.
    let s = site().await;
    let body = GOOD.replace(r#""setting": "care_home""#, r#""setting": "home_care""#).replace(r#""age": 84"#, r#""age": 40"#).replace(r#""property": { "value": 250000.00, "occupant": "nobody", "deferred_payment": false }"#, r#""property": null"#);
    let (status, text) = post_json(&s.router, "/api/v1/estimate", &body).await;
    let v = json(&text);
    if status == StatusCode::OK {
        // If the figure has since been filled in, the estimate must not flag it unknown.
        assert!(
            v["figures"]
                .as_array()
                .unwrap()
                .iter()
                .all(|f| !f["value"].is_null())
        );
    } else {
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{text}");
        assert_eq!(v["error"]["code"], "unknown_figure");
        assert!(
            v["error"]["message"]
                .as_str()
                .unwrap()
                .contains("Minimum Income Guarantee"),
            "{text}"
        );
    }
}
