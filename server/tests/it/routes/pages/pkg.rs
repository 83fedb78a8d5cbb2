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
    // Only the build's hashed files are pinned: never a 404, never the unhashed manifest.
    let (status, headers, _) = get(&s.router, "/pkg/missing.js", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    let (status, headers, _) = get(&s.router, "/pkg/manifest.json", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
}
