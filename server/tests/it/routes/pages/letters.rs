//! The plan's letters: the page to copy or print, and `/check/letters/{slug}/download`.

use axum::http::{StatusCode, header};

use super::check::{CARER, NEEDS};
use crate::common::{get, site};

#[tokio::test]
async fn the_needs_letter_as_a_text_file_from_the_answers() {
    let s = site().await;
    let (status, headers, body) = get(
        &s.router,
        &format!("/check/letters/needs-assessment/download?{NEEDS}"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/plain; charset=utf-8");
    assert!(
        headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );
    assert_eq!(headers[header::CACHE_CONTROL], "no-store, private");
    for needed in [
        "[Your name]",
        "section 9 of the Care Act 2014",
        "- Get and eat enough food and drink",
        "- Get dressed in clothes",
        "Yours faithfully,",
    ] {
        assert!(body.contains(needed), "missing {needed:?} in\n{body}");
    }
    // Paragraphs are separated by blank lines; no markup.
    assert!(body.contains("\n\n") && !body.contains('<'));
}

#[tokio::test]
async fn the_carers_letter_says_the_hours_and_the_health_risk() {
    let s = site().await;
    let (_, _, body) = get(
        &s.router,
        &format!("/check/letters/carers-assessment/download?{CARER}"),
        &[],
    )
    .await;
    assert!(body.contains("section 10 of the Care Act 2014"), "{body}");
    assert!(body.contains("50 hours"), "{body}");
    // Without answers, the facts are a placeholder to fill in.
    let (status, _, body) = get(&s.router, "/check/letters/carers-assessment/download", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("[number]") || body.contains("[Describe"),
        "{body}"
    );
}

#[tokio::test]
async fn the_letter_page_and_an_unknown_letter() {
    let s = site().await;
    let (status, _, body) = get(
        &s.router,
        &format!("/check/letters/needs-assessment?{NEEDS}"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"id="check-letter""#));
    assert!(body.contains("[Your name]"));
    assert!(body.contains("/check/letters/needs-assessment/download?for=me"));
    let (status, _, _) = get(&s.router, "/check/letters/complaint/download", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = get(&s.router, "/check/letters/complaint", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
