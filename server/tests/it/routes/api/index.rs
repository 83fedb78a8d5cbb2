//! `GET /api/v1/`: the index, generated from the route table; unknown addresses and methods.

use axum::http::StatusCode;

use crate::common::{get, json, site};

#[tokio::test]
async fn index_lists_every_endpoint_and_each_answers() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/api/v1/", &[]).await;
    assert_eq!(status, StatusCode::OK);
    let index = json(&body);
    assert_eq!(index["version"], "v1");
    let endpoints = index["endpoints"].as_array().unwrap();
    assert_eq!(endpoints.len(), carenav::api::ENDPOINTS.len());
    for (e, listed) in carenav::api::ENDPOINTS.iter().zip(endpoints) {
        assert_eq!(listed["path"], format!("/api/v1{}", e.path));
        assert_eq!(listed["method"], e.method);
        assert!(!listed["about"].as_str().unwrap().is_empty());
        // Each listed GET endpoint is routed: whatever it answers, it is not "no endpoint".
        if e.method == "GET" {
            let path = format!("/api/v1{}", e.path)
                .replace("{location_id}", "1-000000001")
                .replace("{slug}", "glossary");
            let (_, _, body) = get(&s.router, &path, &[]).await;
            assert!(
                !body.contains("There is no API endpoint at this address"),
                "{path} is listed but not routed"
            );
        }
    }
}

#[tokio::test]
async fn unknown_addresses_and_methods_are_json_errors() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/api/v1/nothing-here", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(json(&body)["error"]["code"], "not_found");
    let (status, body) = crate::common::post_json(&s.router, "/api/v1/rules", "{}").await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(json(&body)["error"]["code"], "method_not_allowed");
}
