//! `/search`.

use crate::common::{get, site};
use axum::http::StatusCode;

#[tokio::test]
async fn search_page_renders_results_without_javascript() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/search?q=compare", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Find and compare care"), "{body}");
    assert!(body.contains("href=\"/providers\""));
}
