//! `/estimate`.

use crate::common::{get, site};
use axum::http::StatusCode;

#[tokio::test]
async fn estimate_page_works_as_plain_get_forms() {
    let s = site().await;
    // Step 1 with no answer: an error by the field, and a summary that links to it.
    let (status, _, body) = get(&s.router, "/estimate?from=1", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("There is a problem"), "{body}");
    assert!(body.contains("href=\"#setting\""));
    // Complete answers → results, server-rendered.
    let q = "/estimate?from=5&setting=care_home&weekly_cost=%C2%A31%2C250.50&nursing=no&age=84&partner=no&savings=60000&state_pension=230.25&start_date=2026-11-23";
    let (status, _, body) = get(&s.router, q, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Your care cost estimate"), "{body}");
    assert!(body.contains("you would pay £1,250.50"), "{body}");
    assert!(body.contains("<svg"), "chart is server-rendered");
    assert!(body.contains("id=\"est-months\""), "data table alternative");
    // Money with letters: sent back to the question with the message by the field.
    let (_, _, body) = get(
        &s.router,
        "/estimate?from=2&setting=care_home&weekly_cost=lots&nursing=no",
        &[],
    )
    .await;
    assert!(body.contains("Enter a number"), "{body}");
    assert!(body.contains("aria-invalid=\"true\""));
}
