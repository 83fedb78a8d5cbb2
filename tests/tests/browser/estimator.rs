//! End-to-end: the estimator on a phone, with JavaScript off and on, and its print view.

use crate::support::{Browser, Server};

/// The answers `complete_the_form` gives, as the results' address.
pub const RESULTS_QUERY: &str = "council_rate=1000&nursing=no&partner=no&savings=60000&setting=care_home&start_date=2026-11-29&state_pension=230.25&view=results&weekly_cost=1250";

/// Answer every question through the real forms.
async fn complete_the_form(b: &Browser, base: &str) {
    b.goto(&format!("{base}/estimate")).await;
    assert_eq!(b.text("h1").await, "Where will the care be?");
    // Continuing without an answer shows the error by the field and a summary.
    b.submit().await;
    assert!(
        b.text(".app-error-summary")
            .await
            .contains("Choose where the care will be")
    );
    b.choose("#setting").await; // the first option: a care home for good
    b.submit().await;
    assert_eq!(b.text("h1").await, "How much does the care cost?");
    b.fill("#weekly_cost", "£1,250").await;
    b.choose("#nursing-no").await;
    b.fill("#council_rate", "1,000").await;
    b.submit().await;
    // Age changes nothing in a care home, so it is not asked.
    assert_eq!(
        b.js("return !!document.querySelector('#age');").await,
        false
    );
    b.choose("#partner-no").await;
    b.submit().await;
    b.fill("#savings", "60,000").await;
    b.submit().await;
    b.fill("#state_pension", "230.25").await;
    b.submit().await;
    assert_eq!(b.text("h1").await, "Your care cost estimate");
}

#[tokio::test]
async fn estimator_without_javascript() {
    let server = Server::start().await;
    let b = Browser::start(false).await;
    complete_the_form(&b, &server.url).await;
    let headline = b.text("#est-headline").await;
    assert!(headline.contains("you would pay £1,250"), "{headline}");
    let milestones = b.text("#est-milestones").await;
    assert!(milestones.contains("upper limit"), "{milestones}");
    // Dates in words, not 2027-04-18.
    assert!(
        !milestones.chars().any(|c| c == '-') && milestones.contains(" 20"),
        "{milestones}"
    );
    // The council pays up to its usual rate; the rest is a top-up.
    let why = b.text("#est-why").await;
    assert!(why.contains("£250 a week is a “top-up”"), "{why}");
    // The answers used are on the page (and so in the printout).
    let answers = b.text("#est-answers").await;
    assert!(
        answers.contains("£1,250") && answers.contains("£60,000"),
        "{answers}"
    );
    assert_eq!(
        b.js("return document.querySelectorAll('svg.app-chart__svg').length;")
            .await,
        2
    );
    assert_eq!(b.horizontal_overflow().await, None);
    // Copy/print buttons need JavaScript, so they are not offered.
    assert_eq!(
        b.js("return !!document.querySelector('#est-copy');").await,
        false
    );
    b.close().await;
}

#[tokio::test]
async fn estimator_with_javascript_recalculates_in_place() {
    let server = Server::start().await;
    let b = Browser::start(true).await;
    complete_the_form(&b, &server.url).await;
    b.wait_hydrated().await;
    let before = b.text("#est-headline").await;
    assert!(!before.contains("NHS"), "{before}");
    b.js("window.__carenavMarker = 7; return true;").await;
    // "What if … nursing care?" recalculates in the browser without a reload.
    b.click("#est-what-if li:first-child a").await;
    b.wait_for(
        "recalculated headline",
        10,
        "return document.querySelector('#est-headline').textContent.includes('NHS');",
    )
    .await;
    assert_eq!(b.js("return window.__carenavMarker;").await, 7, "no reload");
    assert!(
        b.client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .contains("nursing=yes")
    );
    // Copy and print appear once hydrated.
    assert_eq!(b.js("return !!document.querySelector('#est-copy') && !!document.querySelector('#est-print');").await, true);
    let errors = b.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");

    // The print view hides navigation and keeps the estimate.
    b.emulate_print(true).await;
    assert_eq!(b.display(".app-header").await, "none");
    assert_eq!(b.display("#est-headline").await, "block");
    assert_eq!(b.display("#est-what-if").await, "none");
    // The month-by-month table prints although its <details> is closed, and so do the
    // answers; chart labels are at least 12 px.
    assert_eq!(
        b.js("return document.querySelector('#est-months').getBoundingClientRect().height > 100;")
            .await,
        true
    );
    assert_eq!(
        b.js("return document.querySelector('#est-answers').getBoundingClientRect().height > 50;")
            .await,
        true
    );
    assert_eq!(
        b.js("return [...document.querySelectorAll('.app-chart__label')].every(t => t.getBoundingClientRect().height >= 12);")
            .await,
        true
    );
    b.close().await;
}
