//! Any address with no page: a real 404.

use crate::common::{get, site};
use axum::http::StatusCode;

#[tokio::test]
async fn unknown_page_is_a_real_404() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/no/such/page", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page not found"));
}
