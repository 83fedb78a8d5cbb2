//! `/` (and what every page carries).

use crate::common::{get, site};
use axum::http::{StatusCode, header};
use carenav::cli::DataArgs;

#[tokio::test]
async fn home_page_is_server_rendered_with_security_headers() {
    let s = site().await;
    let (status, headers, body) = get(&s.router, "/", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("Help with adult social care in England"),
        "{body}"
    );
    assert!(body.contains(r#"lang="en-GB""#));
    for path in ["/explainers", "/check", "/estimate", "/providers"] {
        assert!(
            body.contains(&format!("href=\"{path}\"")),
            "home links to {path}"
        );
    }
    assert!(body.contains("Open Government Licence v3.0"));
    assert!(
        !body.contains("id=\"demo-banner\""),
        "no demo data loaded, so no banner"
    );

    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(csp.contains("'wasm-unsafe-eval'"));
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    assert!(
        body.contains(&format!("nonce=\"{nonce}\"")),
        "inline boot script carries the CSP nonce"
    );
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(
        headers[header::REFERRER_POLICY],
        "strict-origin-when-cross-origin"
    );
    assert!(
        body.contains("/pkg/carenav.abc.wasm"),
        "hydration script points at the hashed bundle"
    );
}

#[tokio::test]
async fn demonstration_banner_shows_whenever_synthetic_data_is_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let site_root = dir.path().join("site");
    std::fs::create_dir_all(site_root.join("pkg")).unwrap();
    std::fs::write(
        site_root.join("pkg/manifest.json"),
        r#"{ "js": "a.js", "wasm": "a.wasm", "css": "a.css" }"#,
    )
    .unwrap();
    let data = DataArgs {
        data_dir: dir.path().join("data"),
        database_url: None,
    };
    let state = carenav::commands::prepare(&data, &site_root).await.unwrap();
    let services = state.services.clone();
    let router = carenav::router::build(state, &site_root);
    let (_, _, body) = get(&router, "/", &[]).await;
    assert!(!body.contains("id=\"demo-banner\""));
    services
        .store
        .record_load(&carenav_store::DataLoad {
            kind: "demo".into(),
            source: "test".into(),
            synthetic: true,
            started_at: 0,
            finished_at: 0,
            rows_read: 1,
            rows_imported: 1,
            rows_rejected: 0,
        })
        .await
        .unwrap();
    services.refresh_demo_flag().await.unwrap();
    for path in ["/", "/search?q=care", "/estimate", "/no-such-page"] {
        let (_, _, body) = get(&router, path, &[]).await;
        assert!(body.contains("id=\"demo-banner\""), "{path}");
        assert!(body.contains("data-demo=\"true\""), "{path}");
    }
}
