//! `/about`.

use axum::http::StatusCode;

use crate::common::{get, site};

#[tokio::test]
async fn about_page_is_server_rendered() {
    let s = site().await;
    let (status, headers, body) = get(&s.router, "/about", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(body.contains("<h1"), "{body}");
    assert!(body.contains("About Care Navigator"), "{body}");
}
