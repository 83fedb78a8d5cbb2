//! End-to-end: the provider directory on a phone-sized viewport, in a real browser.

use crate::support::{Browser, Server};

/// Every result card's distance (km) and overall rating code, read from the page.
const CARDS: &str = r#"return Array.from(document.querySelectorAll('#provider-results .app-card')).map(c => {
    const d = (c.textContent.match(/([0-9.]+) km away/) || [])[1];
    const r = c.querySelector('.app-overall .app-rating');
    return [d ? parseFloat(d) : null, r ? r.className.replace('app-rating app-rating--', '') : null, c.textContent];
});"#;

#[tokio::test]
async fn search_filter_open_and_compare_on_a_phone() {
    let server = Server::start_with_providers().await;
    let browser = Browser::start(true).await;

    // Search from the home page.
    browser.goto(&server.url).await;
    browser.wait_hydrated().await;
    browser.fill("#home-providers-q", "Leeds").await;
    browser.click("#home-providers-submit").await;
    browser
        .wait_for(
            "results for Leeds",
            15,
            "return location.pathname === '/providers' && !!document.querySelector('#providers-count');",
        )
        .await;
    assert!(browser.text("#providers-count").await.contains("found"));
    assert!(
        browser.text("#demo-banner").await.len() > 10,
        "demonstration data is labelled"
    );

    // Filter: Good or better, dementia, within 10 km of a Leeds postcode.
    browser.wait_hydrated().await;
    browser.fill("#pf-near", "LS6 3HN").await;
    browser
        .js("document.querySelector('details.app-filters').open = true; return true;")
        .await;
    browser
        .js("const s = document.querySelector('#pf-radius-km'); s.value = '10'; return true;")
        .await;
    browser.click("#pf-min-rating-good").await;
    browser.click("#pf-specialism-dementia").await;
    browser
        .click(".app-form-group--inline button[type=submit]")
        .await;
    browser
        .wait_for(
            "filtered results",
            15,
            "return location.search.includes('specialism=dementia') && location.search.includes('min_rating=good') && !!document.querySelector('#provider-results .app-card');",
        )
        .await;
    let cards = browser.js(CARDS).await;
    let cards = cards.as_array().unwrap();
    assert!(!cards.is_empty(), "some dementia care within 10 km");
    for c in cards {
        let km = c[0].as_f64().expect("a distance on every card");
        assert!(km <= 10.0, "{c}");
        assert!(matches!(c[1].as_str(), Some("good" | "outstanding")), "{c}");
    }
    assert!(
        browser
            .text("#providers-near-note")
            .await
            .contains("LS6 3HN")
    );
    // The page still fits the phone.
    assert_eq!(browser.horizontal_overflow().await, None);

    // Open a provider: every key question with its date, and the CQC link.
    let first_href = browser
        .js("return document.querySelector('#provider-results .app-card h3 a').getAttribute('href');")
        .await;
    browser.click("#provider-results .app-card h3 a").await;
    browser
        .wait_for(
            "the provider page",
            15,
            &format!(
                "return location.pathname === {first_href} && !!document.querySelector('#key-questions');"
            ),
        )
        .await;
    let rows = browser
        .js("return document.querySelectorAll('#key-questions tbody tr').length;")
        .await;
    assert_eq!(rows, 5);
    assert!(browser.text("#rating-heading").await.contains("CQC rating"));

    // Compare two: tick two cards in the results, then compare (stacked on a phone).
    browser.client.back().await.unwrap();
    browser
        .wait_for(
            "results again",
            15,
            "return document.querySelectorAll('#provider-results .app-card__compare input').length >= 2;",
        )
        .await;
    browser
        .js("const b = document.querySelectorAll('#provider-results .app-card__compare input'); b[0].click(); b[1].click(); return true;")
        .await;
    browser.click("#compare-form button[type=submit]").await;
    browser
        .wait_for(
            "the comparison",
            15,
            "return location.pathname === '/providers/compare' && document.querySelectorAll('.app-compare__column').length === 2;",
        )
        .await;
    let stacked = browser
        .js("const c = document.querySelectorAll('.app-compare__column'); return c[1].getBoundingClientRect().top > c[0].getBoundingClientRect().bottom - 1;")
        .await;
    assert_eq!(stacked, true, "columns stack on a phone");
    assert!(
        browser
            .js("return location.search.split('id=').length - 1;")
            .await
            == 2,
        "the address holds both ids, so it can be shared"
    );
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    browser.close().await;
}

#[tokio::test]
async fn directory_works_without_javascript() {
    let server = Server::start_with_providers().await;
    let browser = Browser::start(false).await;
    browser
        .goto(&format!("{}/providers?q=Airside+Manor", server.url))
        .await;
    // A one-letter typo still finds the home, first.
    assert_eq!(
        browser.text("#provider-results .app-card h3").await,
        "Aireside Manor Nursing Home"
    );
    browser.follow("#provider-results .app-card h3 a").await;
    assert_eq!(browser.text("h1").await, "Aireside Manor Nursing Home");
    assert!(browser.text("#fees").await.contains("Fees"));
    browser
        .goto(&format!("{}/providers/1-1001000002", server.url))
        .await;
    assert!(
        browser
            .text("#provider-below-good")
            .await
            .contains("in a row"),
        "a repeated Requires improvement is visible"
    );
    browser.close().await;
}
