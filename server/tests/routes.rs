//! Route tests: the real router with a fresh SQLite database and index per test, driven
//! in-process (no network). End-to-end tests with a browser live in `tests/`.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use carenav::cli::DataArgs;
use common::{get, json, site};
use tower::ServiceExt;

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
async fn unknown_page_is_a_real_404() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/no/such/page", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page not found"));
}

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
    let services = carenav_app::services::SiteServices::new(
        store,
        empty_index,
        carenav_search::ProviderIndex::open(dir.path().join("index/providers")).unwrap(),
        carenav_app::AssetManifest {
            js: "a.js".into(),
            wasm: "a.wasm".into(),
            css: "a.css".into(),
        },
    );
    let state = carenav::state::AppState {
        leptos_options: leptos::config::LeptosOptions::builder()
            .output_name("carenav")
            .build(),
        services,
    };
    let router = carenav::router::build(state, site.path());
    let (status, _, body) = get(&router, "/readyz", &[]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(json(&body)["index"], "unavailable");
    let (status, _, body) = get(&router, "/api/v1/search?q=care", &[]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(json(&body)["error"]["code"], "index_unavailable");
}

#[tokio::test]
async fn search_api_returns_typed_hits() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/api/v1/search?q=estimate%20costs", &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let v = json(&body);
    assert!(v["total"].as_u64().unwrap() >= 1);
    let first = &v["hits"][0];
    assert_eq!(first["url"], "/estimate");
    assert_eq!(first["kind"], "section");
    assert!(first["title"].as_str().unwrap().contains("Estimate"));
    assert!(first["snippet"].is_string());

    let (status, _, body) = get(&s.router, "/api/v1/search?q=koszty&locale=pl", &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn search_api_errors_are_json_with_codes() {
    let s = site().await;
    let cases = [
        (
            "/api/v1/search",
            StatusCode::BAD_REQUEST,
            "missing_parameter",
        ),
        (
            "/api/v1/search?q=%20",
            StatusCode::BAD_REQUEST,
            "missing_parameter",
        ),
        (
            "/api/v1/search?q=care&locale=xx",
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        ),
        (
            "/api/v1/search?q=care&limit=0",
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        ),
        (
            "/api/v1/search?q=care&limit=many",
            StatusCode::BAD_REQUEST,
            "invalid_query",
        ),
        (
            "/api/v1/search?q=care&colour=blue",
            StatusCode::BAD_REQUEST,
            "invalid_query",
        ),
        ("/api/v1/nothing-here", StatusCode::NOT_FOUND, "not_found"),
    ];
    for (uri, want_status, want_code) in cases {
        let (status, headers, body) = get(&s.router, uri, &[]).await;
        assert_eq!(status, want_status, "{uri}: {body}");
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "{uri}"
        );
        let v = json(&body);
        assert_eq!(v["error"]["code"], want_code, "{uri}");
        assert!(!v["error"]["message"].as_str().unwrap().is_empty());
    }
    let long = format!("/api/v1/search?q={}", "a".repeat(201));
    let (status, _, _) = get(&s.router, &long, &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let res = s
        .router
        .clone()
        .oneshot(Request::post("/api/v1/search").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn language_from_cookie_and_accept_language() {
    let s = site().await;
    let (_, _, body) = get(
        &s.router,
        "/",
        &[("accept-language", "pl-PL,pl;q=0.9,en;q=0.5")],
    )
    .await;
    assert!(body.contains(r#"lang="pl""#));
    assert!(body.contains(r#"dir="ltr""#));
    assert!(
        !body.contains("Help with adult social care in England"),
        "home title is translated"
    );

    let (_, _, body) = get(&s.router, "/", &[("cookie", "other=1; carenav_lang=ur")]).await;
    assert!(body.contains(r#"lang="ur""#));
    assert!(body.contains(r#"dir="rtl""#));
}

#[tokio::test]
async fn language_switch_sets_cookie_and_only_redirects_locally() {
    let s = site().await;
    let (status, headers, _) =
        get(&s.router, "/language?to=pl&back=%2Fsearch%3Fq%3Dcare", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/search?q=care");
    let cookie = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("carenav_lang=pl;"));
    assert!(cookie.contains("SameSite=Lax"));

    for evil in [
        "%2F%2Fevil.example",
        "https%3A%2F%2Fevil.example",
        "%2F%5Cevil.example",
        // A tab or newline is dropped by browsers: `/<TAB>/evil.example` became
        // `//evil.example`, another origin.
        "/%09/evil.example",
        "/%0a/evil.example",
        "/%0d%0aSet-Cookie:%20x=1",
        "/%00",
        "/%20/evil.example",
        "/%C2%A0/evil.example",
        "/%7F",
    ] {
        let (status, headers, _) =
            get(&s.router, &format!("/language?to=pl&back={evil}"), &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{evil}");
        assert_eq!(headers[header::LOCATION], "/", "{evil}");
    }
}

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

#[tokio::test]
async fn search_page_renders_results_without_javascript() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/search?q=compare", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Find and compare care"), "{body}");
    assert!(body.contains("href=\"/providers\""));
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
