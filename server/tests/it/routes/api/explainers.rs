//! `GET /api/v1/explainers` and `/api/v1/explainers/{slug}`.

use crate::common::{get, json, site};

#[tokio::test]
async fn explainers_api() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/api/v1/explainers", &[]).await;
    assert_eq!(status, 200);
    let v = json(&body);
    assert!(v["explainers"].as_array().unwrap().len() >= 20);
    let (status, _, body) = get(&s.router, "/api/v1/explainers/paying-for-care", &[]).await;
    assert_eq!(status, 200);
    let v = json(&body);
    assert!(
        v["html"].as_str().unwrap().contains("£23,250"),
        "figures filled from the rules data"
    );
    assert!(
        !v["html"].as_str().unwrap().contains("{{"),
        "no shortcode left"
    );
    assert!(!v["meta"]["sources"].as_array().unwrap().is_empty());
    assert!(
        v["figures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["key"] == "rule:upper_capital_limit")
    );
    let (status, _, body) = get(&s.router, "/api/v1/explainers/no-such-guide", &[]).await;
    assert_eq!(status, 404);
    assert_eq!(json(&body)["error"]["code"], "not_found");
}
