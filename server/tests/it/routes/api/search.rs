//! `GET /api/v1/search`.

use crate::common::{get, json, site};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt;

#[tokio::test]
async fn search_api_returns_typed_hits() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/api/v1/search?q=estimate%20costs", &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let v = json(&body);
    assert!(v["total"].as_u64().unwrap() >= 1);
    let first = &v["hits"][0];
    assert_eq!(first["url"], "/estimate");
    assert_eq!(first["kind"], "section");
    assert!(first["title"].as_str().unwrap().contains("Estimate"));
    assert!(first["snippet"].is_string());

    let (status, _, body) = get(&s.router, "/api/v1/search?q=koszty&locale=pl", &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn search_api_errors_are_json_with_codes() {
    let s = site().await;
    let cases = [
        (
            "/api/v1/search",
            StatusCode::BAD_REQUEST,
            "missing_parameter",
        ),
        (
            "/api/v1/search?q=%20",
            StatusCode::BAD_REQUEST,
            "missing_parameter",
        ),
        (
            "/api/v1/search?q=care&locale=xx",
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        ),
        (
            "/api/v1/search?q=care&limit=0",
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        ),
        (
            "/api/v1/search?q=care&limit=many",
            StatusCode::BAD_REQUEST,
            "invalid_query",
        ),
        (
            "/api/v1/search?q=care&colour=blue",
            StatusCode::BAD_REQUEST,
            "invalid_query",
        ),
        ("/api/v1/nothing-here", StatusCode::NOT_FOUND, "not_found"),
    ];
    for (uri, want_status, want_code) in cases {
        let (status, headers, body) = get(&s.router, uri, &[]).await;
        assert_eq!(status, want_status, "{uri}: {body}");
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "{uri}"
        );
        let v = json(&body);
        assert_eq!(v["error"]["code"], want_code, "{uri}");
        assert!(!v["error"]["message"].as_str().unwrap().is_empty());
    }
    let long = format!("/api/v1/search?q={}", "a".repeat(201));
    let (status, _, _) = get(&s.router, &long, &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let res = s
        .router
        .clone()
        .oneshot(Request::post("/api/v1/search").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
}

async fn top(s: &crate::common::TestSite, q: &str, n: usize) -> Vec<String> {
    let (_, _, body) = get(
        &s.router,
        &format!("/api/v1/search?q={}", q.replace(' ', "%20")),
        &[],
    )
    .await;
    json(&body)["hits"]
        .as_array()
        .unwrap()
        .iter()
        .take(n)
        .map(|h| h["url"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn relevance_table() {
    let s = site().await;
    let cases: &[(&str, &str, usize)] = &[
        ("respite", "/explainers/respite-and-short-breaks", 1),
        ("short break", "/explainers/respite-and-short-breaks", 1),
        (
            "can I keep my house",
            "/explainers/your-home-and-care-costs",
            3,
        ),
        ("86000", "/explainers/reforms-2021-cap-cancelled", 3),
        ("financial assessment", "/explainers/paying-for-care", 3),
        (
            "continuing healthcare",
            "/explainers/nhs-continuing-healthcare",
            1,
        ),
        ("ombudsman", "/explainers/complaints-and-advocacy", 1),
        (
            "direct payments",
            "/explainers/personal-budgets-direct-payments",
            1,
        ),
        ("estimate costs", "/estimate", 3),
        // The navigator's paths are found by the help they lead to.
        ("carer's allowance", "/check?situation=caring", 3),
        ("attendance allowance", "/check?situation=needs_help", 3),
    ];
    let mut failures = Vec::new();
    for (q, want, within) in cases {
        let got = top(&s, q, *within).await;
        if !got.iter().any(|u| u == want) {
            failures.push(format!(
                "{q:?}: wanted {want} in the top {within}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn did_you_mean_for_misspellings() {
    let s = site().await;
    for (q, want) in [
        ("respitte", "respite"),
        ("ombudsmen complaint", "ombudsman complaint"),
        ("continuing helthcare", "continuing healthcare"),
    ] {
        let (_, _, body) = get(
            &s.router,
            &format!("/api/v1/search?q={}", q.replace(' ', "%20")),
            &[],
        )
        .await;
        let v = json(&body);
        assert_eq!(v["did_you_mean"].as_str(), Some(want), "{q}: {v}");
    }
    // Correct words get no suggestion, and the page shows one as a link.
    let (_, _, body) = get(&s.router, "/api/v1/search?q=respite", &[]).await;
    assert!(json(&body)["did_you_mean"].is_null());
    let (_, _, html) = get(&s.router, "/search?q=respitte", &[]).await;
    assert!(html.contains("did-you-mean") && html.contains("/search?q=respite"));
}
