//! `GET /api/v1/check`: the navigator's contract (docs/api.md).

use crate::common::{get, json, site};
use axum::http::StatusCode;

const CARER: &str = "for=me&situation=caring&age=50&caring_hours=50&carer_unable=recreation&carer_health=no&carer_wellbeing=yes&cared_for_benefit=pip_daily_living&carer_earnings=120&full_time_education=no&date=2025-11-29";

#[tokio::test]
async fn the_next_question_then_the_outcomes_with_amounts() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/api/v1/check", &[]).await;
    assert_eq!(status, StatusCode::OK);
    let v = json(&body);
    assert_eq!(v["next_question"]["id"], "for");
    assert_eq!(v["next_question"]["kind"], "one_of");
    assert_eq!(v["next_question"]["options"][0]["value"], "me");
    assert!(v["next_question"]["options"][0]["label"].is_string());
    assert_eq!(v["outcomes"], serde_json::json!([]));

    let (status, _, body) = get(&s.router, &format!("/api/v1/check?{CARER}"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    let v = json(&body);
    assert!(v["next_question"].is_null());
    let ids: Vec<&str> = v["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "carers_assessment_right",
            "carer_likely_eligible",
            "carers_allowance_likely",
            "carers_allowance_watch",
            "short_breaks",
            "emergency_plan"
        ]
    );
    // The amount for the date, from the rules data, with its period and source.
    let allowance = &v["outcomes"][2];
    assert_eq!(allowance["amount"], 83.3);
    assert_eq!(allowance["amount_period"], "6 April 2025 to 5 April 2026");
    assert!(allowance["amount_source"]["url"].is_string());
    // Every figure it rests on, and its sources with the section relied on.
    assert_eq!(
        allowance["amounts"][1]["rule"],
        "carers_allowance_earnings_limit"
    );
    assert_eq!(allowance["amounts"][1]["amount"], 196.0);
    let right = &v["outcomes"][0];
    assert_eq!(right["letters"][0], "carers-assessment");
    assert_eq!(
        right["sources"][0]["url"],
        "https://www.legislation.gov.uk/ukpga/2014/23/section/10"
    );
    assert!(right["text"].as_str().unwrap().contains("section 10"));
}

#[tokio::test]
async fn bad_answers_and_unknown_keys_are_400s_naming_the_key() {
    let s = site().await;
    for (query, param) in [
        ("for=me&situation=flying", "situation"),
        ("for=me&situation=caring&age=old", "age"),
        (
            "for=me&situation=caring&age=50&caring_hours=500",
            "caring_hours",
        ),
        ("for=me&colour=blue", "colour"),
        ("date=soon", "date"),
    ] {
        let (status, _, body) = get(&s.router, &format!("/api/v1/check?{query}"), &[]).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        let v = json(&body);
        let named = v["error"]["param"] == param || v["error"]["fields"][0]["param"] == param;
        assert!(named, "{query}: {v}");
    }
}
