//! `GET /api/v1/rules`.

use crate::common::{get, json, site};
use axum::http::StatusCode;

#[tokio::test]
async fn rules_endpoint_lists_periods_with_sources() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/api/v1/rules?date=2025-06-01", &[]).await;
    assert_eq!(status, StatusCode::OK);
    let v = json(&body);
    assert_eq!(v["in_force"], "2025-26");
    let periods = v["periods"].as_array().unwrap();
    assert!(periods.len() >= 3);
    let upper = &periods[0]["values"]["upper_capital_limit"];
    assert!(upper["source"]["title"].is_string());
    assert_eq!(v["reform_2021"]["status"], "cancelled");
    let (status, _, _) = get(&s.router, "/api/v1/rules?date=tomorrow", &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}
