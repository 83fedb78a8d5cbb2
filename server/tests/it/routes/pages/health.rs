//! `/healthz` and `/readyz`.

use crate::common::{get, json, site};
use axum::http::StatusCode;
use carenav::cli::DataArgs;

#[tokio::test]
async fn health_and_readiness() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/healthz", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json(&body)["status"], "ok");
    let (status, _, body) = get(&s.router, "/readyz", &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(json(&body)["index"], "ok");
}

#[tokio::test]
async fn readiness_fails_without_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let site = tempfile::tempdir().unwrap();
    let data = DataArgs {
        data_dir: dir.path().to_path_buf(),
        database_url: None,
    };
    let (_, store) = carenav::commands::open_store(&data).await.unwrap();
    let empty_index = carenav_search::IndexHandle::open(dir.path().join("index/site")).unwrap();
    let services = carenav_services::SiteServices::new(
        store,
        empty_index,
        carenav_search::ProviderIndex::open(dir.path().join("index/providers")).unwrap(),
    );
    let state = carenav::state::AppState {
        leptos_options: leptos::config::LeptosOptions::builder()
            .output_name("carenav")
            .build(),
        services,
        assets: std::sync::Arc::new(carenav_app::AssetManifest {
            js: "a.js".into(),
            wasm: "a.wasm".into(),
            css: "a.css".into(),
        }),
    };
    let router = carenav::router::build(state, site.path());
    let (status, _, body) = get(&router, "/readyz", &[]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(json(&body)["index"], "unavailable");
    let (status, _, body) = get(&router, "/api/v1/search?q=care", &[]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(json(&body)["error"]["code"], "index_unavailable");
    // Pages whose content cannot be loaded say so with status 503 and Retry-After, not 200.
    for page in ["/search?q=care", "/providers?q=care"] {
        let (status, headers, body) = get(&router, page, &[]).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{page}");
        assert_eq!(headers["retry-after"], "30", "{page}");
        assert!(body.contains("app-error-text"), "{page}: {body}");
    }
}
