//! Shared helpers for the route tests: the real router with a fresh SQLite database and
//! index, driven in-process.

#![allow(dead_code)]

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode};
use carenav::cli::DataArgs;
use carenav::commands::prepare;
use serde_json::Value;
use tower::ServiceExt;

/// The server crate's directory, read at run time (cargo sets `CARGO_MANIFEST_DIR` for
/// tests): a build cache shared between checkouts can reuse a binary built in another one,
/// whose compile-time path would point there.
pub fn manifest_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(
        std::env::var("CARGO_MANIFEST_DIR")
            .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned()),
    )
}

pub struct TestSite {
    _dir: tempfile::TempDir,
    pub router: Router,
}

pub async fn site() -> TestSite {
    let dir = tempfile::tempdir().unwrap();
    let site_root = dir.path().join("site");
    std::fs::create_dir_all(site_root.join("pkg")).unwrap();
    std::fs::write(
        site_root.join("pkg/manifest.json"),
        r#"{ "js": "carenav.abc.js", "wasm": "carenav.abc.wasm", "css": "carenav.abc.css" }"#,
    )
    .unwrap();
    std::fs::write(
        site_root.join("pkg/carenav.abc.css"),
        "body { color: black; }\n".repeat(50),
    )
    .unwrap();
    let data = DataArgs {
        data_dir: dir.path().join("data"),
        database_url: None,
    };
    let state = prepare(&data, &site_root).await.unwrap();
    let router = carenav::router::build(state, &site_root);
    TestSite { _dir: dir, router }
}

pub async fn get(
    router: &Router,
    uri: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut req = Request::get(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = router
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), 10_000_000).await.unwrap();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

pub fn json(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

pub async fn post_json(router: &Router, uri: &str, body: &str) -> (StatusCode, String) {
    let req = Request::post(uri)
        .header("content-type", "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap();
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let body = to_bytes(res.into_body(), 50_000_000).await.unwrap();
    (status, String::from_utf8_lossy(&body).into_owned())
}
