//! `/estimate`.

use crate::common::{get, site};
use axum::http::StatusCode;

#[tokio::test]
async fn estimate_page_works_as_plain_get_forms() {
    let s = site().await;
    // Step 1 with no answer: an error by the field, and a summary that links to it.
    let (status, _, body) = get(&s.router, "/estimate?from=1", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("There is a problem"), "{body}");
    assert!(body.contains("href=\"#setting\""));
    // Complete answers → results, server-rendered.
    let q = "/estimate?from=5&setting=care_home&weekly_cost=%C2%A31%2C250.50&nursing=no&age=84&partner=no&savings=60000&state_pension=230.25&start_date=2026-11-23";
    let (status, _, body) = get(&s.router, q, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Your care cost estimate"), "{body}");
    assert!(body.contains("you would pay £1,250.50"), "{body}");
    assert!(body.contains("<svg"), "chart is server-rendered");
    assert!(body.contains("id=\"est-months\""), "data table alternative");
    // Money with letters: sent back to the question with the message by the field.
    let (_, _, body) = get(
        &s.router,
        "/estimate?from=2&setting=care_home&weekly_cost=lots&nursing=no",
        &[],
    )
    .await;
    assert!(body.contains("Enter a number"), "{body}");
    assert!(body.contains("aria-invalid=\"true\""));
}

/// The estimator asks its questions on the navigator's engine (`content/flows/estimate.toml`):
/// a page of questions at a time, blank amounts kept as answers, who lives in the home asked
/// only when there is a home to count.
#[tokio::test]
async fn estimate_pages_come_from_its_flow() {
    let s = site().await;
    let (_, _, body) = get(&s.router, "/estimate?from=setting&setting=care_home", &[]).await;
    for id in ["weekly_cost", "nursing", "council_rate", "top_up"] {
        assert!(body.contains(&format!(r#"id="{id}""#)), "{id}");
    }
    assert!(
        !body.contains(r#"id="age""#),
        "age is not asked for a care home"
    );
    // The cost page sent with the top-up left blank: blank is an answer, and it rides along.
    let (_, _, body) = get(
        &s.router,
        "/estimate?from=cost&setting=care_home&weekly_cost=900&nursing=no&council_rate=&top_up=",
        &[],
    )
    .await;
    assert!(body.contains(r#"id="partner""#), "{body}");
    assert!(
        body.contains(r#"<input type="hidden" name="top_up" value="">"#),
        "{body}"
    );
    // A home worth something in a care home: who lives there is asked next, on its own page.
    let (_, _, body) = get(
        &s.router,
        "/estimate?from=money&setting=care_home&weekly_cost=900&nursing=no&council_rate=&top_up=&partner=no&savings=&property_value=200000",
        &[],
    )
    .await;
    assert!(body.contains(r#"id="occupant""#), "{body}");
    assert!(
        body.contains("Your home</h1>"),
        "two questions: the page's own title"
    );
    let (_, _, body) = get(
        &s.router,
        "/estimate?from=money&setting=care_home&weekly_cost=900&nursing=no&council_rate=&top_up=&partner=no&savings=&property_value=",
        &[],
    )
    .await;
    assert!(!body.contains(r#"id="occupant""#) && body.contains(r#"id="state_pension""#));
    // An amount that is not one says why, by the field and in the summary.
    let (_, _, body) = get(
        &s.router,
        "/estimate?from=cost&setting=home_care&weekly_cost=0",
        &[],
    )
    .await;
    assert!(
        body.contains("Enter the weekly cost of care, more than £0"),
        "{body}"
    );
    assert!(body.contains(r##"href="#weekly_cost""##));
    // A results link missing an answer the page must have: every such answer is listed.
    let (_, _, body) = get(
        &s.router,
        "/estimate?view=results&setting=care_home&weekly_cost=lots",
        &[],
    )
    .await;
    assert!(body.contains(r##"href="#weekly_cost""##) && body.contains(r##"href="#nursing""##));
}
