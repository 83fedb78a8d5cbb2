//! `/check` (the navigator; a holding page until it is built).

use axum::http::StatusCode;

use crate::common::{get, site};

#[tokio::test]
async fn check_page_is_server_rendered() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/check", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<h1"), "{body}");
}
