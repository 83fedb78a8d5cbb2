//! `/fn/…`: the server functions pages call once hydrated.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt;

use crate::common::site;

#[tokio::test]
async fn site_search_server_function_answers() {
    let s = site().await;
    let res = s
        .router
        .clone()
        .oneshot(
            Request::post("/fn/site-search")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from("q=carers"))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body = axum::body::to_bytes(res.into_body(), 1 << 20)
        .await
        .unwrap();
    let text = String::from_utf8_lossy(&body);
    assert!(
        text.contains("\"hits\"") || text.contains("carer"),
        "{text}"
    );
}
