//! Route tests, one module per resource, mirroring the router.

mod api;
mod pages;

/// The test module a route's tests belong in: its first path segment (`home` for `/`).
fn resource(path: &str) -> String {
    let first = path
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or_default();
    if first.is_empty() {
        "home".into()
    } else {
        first.replace('-', "_")
    }
}

/// Every route the server answers has a test module: the pages Leptos routes, the
/// `/api/v1` endpoints (the table the API router is built from), and the edge routes.
#[test]
fn every_route_has_a_test_module() {
    let dir = crate::common::manifest_dir().join("tests/it/routes");
    let mut missing = Vec::new();
    let mut check = |kind: &str, route: &str, module: String| {
        if !dir.join(kind).join(format!("{module}.rs")).exists() {
            missing.push(format!(
                "{route}: add tests in tests/it/routes/{kind}/{module}.rs"
            ));
        }
    };
    let pages = leptos_axum::generate_route_list(carenav_app::App);
    assert!(pages.len() >= 8, "found {} page routes", pages.len());
    for r in &pages {
        check("pages", r.path(), resource(r.path()));
    }
    for e in carenav::api::ENDPOINTS {
        check("api", e.path, resource(e.path));
    }
    check("api", "/api/v1/", "index".into());
    for (path, module) in carenav::router::EDGE_ROUTES {
        check("pages", path, (*module).into());
    }
    check("pages", "(fallback)", "not_found".into());
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
