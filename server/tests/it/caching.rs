//! Cache headers on pages and the API: revalidated by default and varying by the language
//! cookie and the browser's languages; never stored when the address holds a person's answers.

use axum::http::header;

use crate::common::{get, site};

#[tokio::test]
async fn pages_vary_by_language_and_personal_addresses_are_not_stored() {
    let s = site().await;
    let (_, headers, _) = get(&s.router, "/", &[("accept-encoding", "br")]).await;
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    let vary: Vec<String> = headers
        .get_all(header::VARY)
        .iter()
        .map(|v| v.to_str().unwrap().to_ascii_lowercase())
        .collect();
    let vary = vary.join(", ");
    for name in ["cookie", "accept-language", "accept-encoding"] {
        assert!(vary.contains(name), "Vary: {vary}");
    }

    for personal in [
        "/estimate?capital=60000&weekly_cost=1200",
        "/check?situation=needs_help",
        "/providers?near=LS6",
        "/providers?q=LS6+4JN",
        "/api/v1/providers?near=Leeds",
        "/fn/provider-search?query=near%3DLS6",
    ] {
        let (_, headers, _) = get(&s.router, personal, &[]).await;
        assert_eq!(
            headers[header::CACHE_CONTROL],
            "no-store, private",
            "{personal}"
        );
    }
    for shared in [
        "/providers?q=care+home",
        "/api/v1/providers?q=care",
        "/estimate",
        "/explainers",
    ] {
        let (_, headers, _) = get(&s.router, shared, &[]).await;
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache", "{shared}");
    }

    // The privacy section says what the address holds and how to clear it.
    let (_, _, page) = get(&s.router, "/about", &[]).await;
    assert!(page.contains("clear your browsing history"), "{page}");
}
