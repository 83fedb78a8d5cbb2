//! End-to-end: every page type, with JavaScript off and on, meets WCAG 2.2 AA as far as
//! axe-core can tell, and none scrolls sideways on a 320 px wide screen (WCAG 1.4.10 Reflow).
//! A new page type belongs in [`pages`]; a new explainer is picked up from `content/`.

use crate::support::{Browser, Server, repo_root};

/// The narrowest screen a page must fit without scrolling sideways (WCAG 1.4.10: 320 CSS px).
const REFLOW_WIDTH: u64 = 320;

/// A complete set of estimator answers (a care home with a top-up), so the results page with
/// its tables and charts is shown.
const ESTIMATE: &str = "/estimate?from=5&setting=care_home&weekly_cost=1250&nursing=no&council_rate=1000&partner=no&savings=60000&state_pension=230.25";

/// The navigator's plans at the end of each path.
const NEEDS_PLAN: &str = "/check?for=someone_else&situation=needs_help&impairment=not_sure&unable=nutrition&unable=dressing&wellbeing=yes&age=66&setting=care_home";
const CARER_PLAN: &str = "/check?for=me&situation=caring&age=50&caring_hours=50&carer_unable=recreation&carer_health=yes&carer_wellbeing=yes&cared_for_benefit=attendance_allowance&carer_earnings=120&full_time_education=no";

/// (language, path): one of every page type in English, every explainer, and pages in Polish
/// (longer words) and Urdu (right to left).
fn pages() -> Vec<(&'static str, String)> {
    let mut slugs: Vec<String> = std::fs::read_dir(repo_root().join("content/explainers/en-GB"))
        .expect("content/explainers/en-GB")
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "md").then(|| path.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    slugs.sort();
    assert!(slugs.len() >= 20, "explainers found: {slugs:?}");
    let mut pages: Vec<(&str, String)> = [
        "/",
        "/about",
        "/check",
        "/check?for=",
        "/check?for=me&situation=needs_help&impairment=yes&unable=nutrition",
        "/check?for=me&situation=caring&age=50",
        NEEDS_PLAN,
        CARER_PLAN,
        "/check/letters/carers-assessment?for=me&situation=caring&caring_hours=50",
        "/check/emergency-plan",
        "/no-such-page",
        "/search?q=care+home",
        "/search?q=qqqzzz",
        "/explainers",
        "/estimate",
        "/estimate?from=1",
        "/estimate?step=2&setting=care_home",
        ESTIMATE,
        "/providers",
        "/providers?q=Leeds",
        "/providers?q=Leeds&near=LS6+3HN&radius_km=10&min_rating=good",
        "/providers?q=care+home&fees_published=true&short_breaks_from=2026-12-01&sort=fee",
        "/providers?short_breaks_from=31%2F02%2F2026&max_weekly_fee=cheap",
        "/providers/1-1001000001",
        "/providers/1-1001000002",
        "/providers/compare?id=1-1001000001&id=1-1001000002",
        "/councils",
        "/councils/E08000035",
        "/publish",
        "/publish/sign-in?failed=1",
        "/publish/1-1001000001/fees",
        "/publish/1-1001000001/availability",
    ]
    .into_iter()
    .map(|p| ("en-GB", p.to_owned()))
    .collect();
    pages.extend(slugs.iter().map(|s| ("en-GB", format!("/explainers/{s}"))));
    pages.extend(["/", ESTIMATE, CARER_PLAN].map(|p| ("pl", p.to_owned())));
    pages.extend(
        [
            "/",
            "/explainers/paying-for-care",
            ESTIMATE,
            "/providers?q=Leeds",
            "/providers/1-1001000001",
            NEEDS_PLAN,
        ]
        .map(|p| ("ur", p.to_owned())),
    );
    pages
}

async fn every_page_type_is_accessible(javascript: bool) {
    let server = Server::start_with_providers().await;
    // The narrowest phone: a table that fits a wider one may have to scroll here, and axe-core
    // checks that a keyboard can scroll it.
    let b = Browser::start_sized(javascript, REFLOW_WIDTH).await;
    let mut report = Vec::new();
    let mut lang = "en-GB";
    let mut pages = pages();
    // A demonstration home with published fees and one with short-break places.
    let http = reqwest::Client::new();
    for (file, first) in [("fees", "fees"), ("availability", "availability")] {
        let v: serde_json::Value = http
            .get(format!("{}/api/v1/open-data/{file}.json", server.url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let id = v["records"][0]["location_id"]
            .as_str()
            .unwrap_or_else(|| panic!("the demonstration data has no {first}"))
            .to_owned();
        pages.push(("en-GB", format!("/providers/{id}")));
        if file == "fees" {
            // The estimator naming that home's fee, and the cost changed from it.
            pages.push((
                "en-GB",
                format!(
                    "/estimate?step=cost&setting=care_home&weekly_cost=2000&nursing=no&fee_of={id}"
                ),
            ));
        }
    }
    // Signed in as a provider, for the publishing forms (the cookie is only sent to /publish).
    let out = server.carenav(&[
        "publishers",
        "invite",
        "--provider",
        "1-1001100001",
        "--base-url",
        &server.url,
    ]);
    let link = out
        .lines()
        .find(|l| l.contains("link=cnp_"))
        .unwrap()
        .trim()
        .to_owned();
    b.goto(&link).await;
    pages.insert(
        0,
        ("en-GB", link.trim_start_matches(&server.url).to_owned()),
    );
    b.submit_form("form[action='/publish/sign-in']").await;
    for (want, path) in &pages {
        if *want != lang {
            // The language cookie, as a reader sets it.
            b.goto(&format!("{}/language?to={want}&back=/", server.url))
                .await;
            lang = want;
        }
        b.goto(&format!("{}{path}", server.url)).await;
        assert_eq!(b.html_attr("lang").await, *lang, "{path}");
        assert_eq!(
            b.js("return document.documentElement.clientWidth;").await,
            REFLOW_WIDTH,
            "{path}: the layout viewport"
        );
        let mut problems = b.axe_violations().await;
        problems.extend(b.horizontal_overflow().await);
        if !problems.is_empty() {
            report.push(format!("{path} ({lang}):\n  {}", problems.join("\n  ")));
        }
    }
    // A publishing form sent back with errors.
    b.goto(&format!("{}/publish/1-1001000001/fees", server.url))
        .await;
    b.submit_form("#fees-form").await;
    let mut problems = b.axe_violations().await;
    problems.extend(b.horizontal_overflow().await);
    if b.text(".app-error-summary").await.is_empty() {
        problems.push("no error summary".into());
    }
    if !problems.is_empty() {
        report.push(format!(
            "fees form with errors:\n  {}",
            problems.join("\n  ")
        ));
    }
    b.close().await;
    assert!(
        report.is_empty(),
        "JavaScript {}: {} of {} pages fail WCAG 2.2 AA (axe-core) or reflow at {REFLOW_WIDTH} px:\n\n{}",
        if javascript { "on" } else { "off" },
        report.len(),
        pages.len(),
        report.join("\n\n")
    );
}

#[tokio::test]
async fn every_page_type_is_accessible_without_javascript() {
    every_page_type_is_accessible(false).await;
}

#[tokio::test]
async fn every_page_type_is_accessible_with_javascript() {
    every_page_type_is_accessible(true).await;
}
