//! `/pkg/…`: hashed, precompressed browser assets; compression of every response.

use crate::common::{get, site};
use axum::http::{StatusCode, header};

#[tokio::test]
async fn responses_are_compressed_and_assets_cached() {
    let s = site().await;
    let (_, headers, _) = get(&s.router, "/", &[("accept-encoding", "br")]).await;
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    let (status, headers, _) = get(
        &s.router,
        "/pkg/carenav.abc.css",
        &[("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "gzip");
    assert!(
        headers[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    let (status, _, _) = get(&s.router, "/pkg/missing.js", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
