//! End-to-end: the release server, a real browser, a phone-sized viewport.

use crate::support::{Browser, PHONE_WIDTH, Server};

#[tokio::test]
async fn server_rendered_content_without_javascript() {
    let server = Server::start().await;
    let browser = Browser::start(false).await;
    browser.goto(&server.url).await;
    assert_eq!(
        browser.text("h1").await,
        "Help with adult social care in England"
    );
    assert_eq!(browser.html_attr("lang").await, "en-GB");
    // The four jobs, each a link.
    for path in ["/explainers", "/check", "/estimate", "/providers"] {
        let n = browser
            .js(&format!(
                "return document.querySelectorAll('main a[href=\"{path}\"]').length;"
            ))
            .await;
        assert_eq!(n, 1, "one link to {path} in main");
    }
    // The phone viewport, and nothing wider than it.
    assert_eq!(browser.js("return window.innerWidth;").await, PHONE_WIDTH);
    assert_eq!(browser.horizontal_overflow().await, None);
    // Search works as a plain GET form.
    browser
        .goto(&format!("{}/search?q=compare", server.url))
        .await;
    assert!(browser.text("#search-count").await.contains("compare"));
    assert!(
        browser
            .text(".app-results")
            .await
            .contains("Find and compare care")
    );
    // Without JavaScript, nothing hydrates.
    assert_eq!(
        browser.html_attr("data-hydrated").await,
        serde_json::Value::Null
    );
    browser.close().await;
}

#[tokio::test]
async fn hydration_updates_search_results_without_a_reload() {
    let server = Server::start().await;
    let browser = Browser::start(true).await;
    browser
        .goto(&format!("{}/search?q=estimate", server.url))
        .await;
    browser.wait_hydrated().await;
    assert!(browser.text("#search-count").await.contains("estimate"));
    // A marker that a page load would wipe out.
    browser
        .js("window.__carenavMarker = 42; return true;")
        .await;
    let input = browser
        .client
        .find(fantoccini::Locator::Css("#search-page-q"))
        .await
        .unwrap();
    input.clear().await.unwrap();
    input.send_keys("compare").await.unwrap();
    browser
        .wait_for(
            "live results",
            10,
            "const c = document.querySelector('#search-count'); return !!c && c.textContent.includes('compare');",
        )
        .await;
    assert_eq!(
        browser.js("return window.__carenavMarker;").await,
        42,
        "no reload happened"
    );
    assert!(
        browser
            .client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .ends_with("/search?q=compare")
    );
    assert!(
        browser
            .text(".app-results")
            .await
            .contains("Find and compare care")
    );
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    browser.close().await;
}

#[tokio::test]
async fn language_switch_changes_text_lang_and_direction() {
    let server = Server::start().await;
    let browser = Browser::start(true).await;
    browser.goto(&server.url).await;
    browser.wait_hydrated().await;
    let english = browser.text("h1").await;

    browser.click("a[hreflang=\"pl\"]").await;
    browser
        .wait_for(
            "Polish",
            10,
            "return document.documentElement.lang === 'pl';",
        )
        .await;
    browser.wait_hydrated().await;
    let polish = browser.text("h1").await;
    assert_ne!(polish, english);
    assert_eq!(browser.html_attr("dir").await, "ltr");
    assert!(browser.client.current_url().await.unwrap().path() == "/");

    browser.click("a[hreflang=\"ur\"]").await;
    browser
        .wait_for("Urdu", 10, "return document.documentElement.lang === 'ur';")
        .await;
    browser.wait_hydrated().await;
    assert_eq!(browser.html_attr("dir").await, "rtl");
    assert_ne!(browser.text("h1").await, english);
    assert_eq!(browser.horizontal_overflow().await, None);

    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");

    // And back to English.
    browser.click("a[hreflang=\"en-GB\"]").await;
    browser
        .wait_for(
            "English",
            10,
            "return document.documentElement.lang === 'en-GB';",
        )
        .await;
    assert_eq!(browser.text("h1").await, english);
    browser.close().await;
}

#[tokio::test]
async fn not_found_page_has_status_404() {
    let server = Server::start().await;
    let res = reqwest::get(format!("{}/no-such-page", server.url))
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let browser = Browser::start(true).await;
    browser.goto(&format!("{}/no-such-page", server.url)).await;
    assert_eq!(browser.text("h1").await, "Page not found");
    browser.wait_hydrated().await;
    // The browser reports the page's own 404 status; nothing else may fail.
    let errors: Vec<String> = browser
        .console_errors()
        .await
        .into_iter()
        .filter(|e| !e.contains("/no-such-page - Failed to load resource"))
        .collect();
    assert!(errors.is_empty(), "console errors: {errors:?}");
    browser.close().await;
}

#[tokio::test]
async fn bundle_is_served_precompressed_and_cacheable() {
    let server = Server::start().await;
    let html = reqwest::get(&server.url)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let wasm = html
        .split("/pkg/")
        .find_map(|s| s.split('"').next().filter(|f| f.ends_with(".wasm")))
        .unwrap();
    let http = reqwest::Client::builder()
        .no_brotli()
        .no_gzip()
        .build()
        .unwrap();
    let res = http
        .get(format!("{}/pkg/{wasm}", server.url))
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-encoding"], "br");
    assert!(
        res.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
}

/// The same server against Postgres (`DATABASE_URL=postgres://…`).
#[tokio::test]
async fn serves_from_postgres() {
    let Some(url) = crate::support::e2e_postgres("CARENAV_E2E_POSTGRES_URL") else {
        return;
    };
    let server = Server::start_with(Some(&url)).await;
    let body = reqwest::get(&server.url)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(body.contains("Help with adult social care in England"));
    let res: serde_json::Value = reqwest::get(format!("{}/api/v1/search?q=costs", server.url))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(res["total"].as_u64().unwrap() >= 1, "{res}");
    assert!(
        server.log().contains("postgres://"),
        "the server logged which database it used"
    );
}

/// When the rules data runs out, pages still read as whole sentences: the latest figure with
/// the dates it applies to, or words that say it is not in our data; never a hole. The server
/// is started on a day after the last charging period ends.
#[tokio::test]
async fn pages_read_whole_after_the_rules_data_runs_out() {
    let server = Server::start_on("2027-06-01").await;
    let http = reqwest::Client::new();
    for slug in [
        "care-at-home-charges",
        "paying-for-care",
        "your-home-and-care-costs",
    ] {
        for lang in ["en-GB", "pl", "ur"] {
            let body = http
                .get(format!("{}/explainers/{slug}", server.url))
                .header("cookie", format!("carenav_lang={lang}"))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            for hole in ["(figure missing)", "{{"] {
                assert!(!body.contains(hole), "{slug} in {lang} contains {hole:?}");
            }
            assert!(
                body.contains("we do not have a later figure yet")
                    || body.contains("it is not in our data yet"),
                "{slug} in {lang} does not say its figures are not today's"
            );
        }
    }
    let ready: serde_json::Value = http
        .get(format!("{}/readyz", server.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ready["status"], "ready", "{ready}");
    assert_eq!(ready["rules"]["status"], "attention", "{ready}");
    assert!(
        ready["rules"]["figures_ended"].as_u64().unwrap() > 0,
        "{ready}"
    );
    assert!(
        server
            .log()
            .contains("rules data: figure ends soon or has ended"),
        "the server warns at start-up"
    );
}

/// Islands (docs/adr/0008-islands.md): a page with nothing interactive loads no script
/// bundle and no WASM; a page with an island (the search pages, the estimator's results)
/// loads the bundle once (the preload and the boot script fetch the same files).
#[tokio::test]
async fn each_page_loads_only_the_code_it_needs() {
    const LOADED: &str = "return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/pkg/') && !p.endsWith('.css'));";
    let server = Server::start().await;
    let browser = Browser::start(true).await;
    for page in ["/", "/explainers/paying-for-care", "/about", "/estimate"] {
        browser.goto(&format!("{}{page}", server.url)).await;
        assert_eq!(browser.js(LOADED).await, serde_json::json!([]), "{page}");
    }
    let results = format!("/estimate?{}", crate::estimator::RESULTS_QUERY);
    for page in ["/search?q=care", results.as_str()] {
        browser.goto(&format!("{}{page}", server.url)).await;
        let loaded = browser.js(LOADED).await;
        let loaded: Vec<&str> = loaded
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let count = |ext: &str| loaded.iter().filter(|p| p.ends_with(ext)).count();
        assert!(
            loaded.len() == 2
                && count(".js") == 1
                && count(".wasm") == 1
                && loaded.iter().all(|p| p.starts_with("/pkg/carenav.")),
            "{page} loads the bundle (its glue and WASM) once: {loaded:?}"
        );
    }
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    browser.close().await;
}

/// With JavaScript on, moving between pages is the browser's own navigation (islands, no
/// client router), so the skip link moves focus to the content and a link to a heading on
/// another page lands on that heading (both failed under client-side routing).
#[tokio::test]
async fn skip_link_and_links_to_another_pages_heading_work_with_javascript() {
    let server = Server::start().await;
    let browser = Browser::start(true).await;
    let page = format!("{}/explainers/paying-for-care", server.url);
    browser.goto(&page).await;
    let heading = browser
        .js("return document.querySelectorAll('main h2[id]')[3].id;")
        .await;
    let heading = heading.as_str().expect("an h2 with an id").to_owned();
    // As a keyboard user does: Tab to the link (it shows when focused), then Enter.
    browser
        .js("document.querySelector('.app-skip-link').focus(); return true;")
        .await;
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("\u{E007}")
        .await
        .unwrap();
    assert_eq!(
        browser.js("return document.activeElement.id;").await,
        "main",
        "the skip link moves focus to the content"
    );
    browser.goto(&format!("{}/explainers", server.url)).await;
    browser
        .js(&format!(
            "const a = document.createElement('a'); a.id = 'to-heading'; a.href = '/explainers/paying-for-care#{heading}'; a.textContent = 'x'; document.querySelector('main').prepend(a); return true;"
        ))
        .await;
    browser.click("#to-heading").await;
    browser
        .wait_for(
            "the other page",
            10,
            "return location.pathname === '/explainers/paying-for-care' && document.readyState === 'complete';",
        )
        .await;
    let top = browser
        .js(&format!(
            "return document.getElementById('{heading}').getBoundingClientRect().top;"
        ))
        .await;
    let top = top.as_f64().unwrap();
    assert!(
        top.abs() < 80.0,
        "the heading is at the top of the window, not {top} px down"
    );
    browser.close().await;
}
