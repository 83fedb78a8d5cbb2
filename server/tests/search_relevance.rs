//! Site search relevance over the real explainers.

mod common;

use common::{get, json, site};

async fn top(s: &common::TestSite, q: &str, n: usize) -> Vec<String> {
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

#[tokio::test]
async fn explainer_pages_render_without_javascript() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/explainers/reforms-2021-cap-cancelled", &[]).await;
    assert_eq!(status, 200);
    assert!(body.contains("£86,000"), "cap figure from the rules data");
    assert!(body.contains("Cancelled"), "status label");
    let (status, _, _) = get(&s.router, "/explainers/no-such-guide", &[]).await;
    assert_eq!(status, 404);
    let (status, _, body) = get(&s.router, "/explainers", &[]).await;
    assert_eq!(status, 200);
    assert!(body.contains("href=\"/explainers/respite-and-short-breaks\""));
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
