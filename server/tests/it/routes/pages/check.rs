//! `/check`: the navigator's question pages and plan, without JavaScript (plain GET forms and
//! links; the browser tests cover the same journeys with it).

use axum::http::StatusCode;

use crate::common::{get, site};

pub const NEEDS: &str = "for=me&situation=needs_help&impairment=yes&unable=nutrition&unable=dressing&wellbeing=yes&age=82&setting=home&date=2025-11-29";
pub const CARER: &str = "for=me&situation=caring&age=50&caring_hours=50&carer_unable=recreation&carer_health=yes&carer_wellbeing=yes&cared_for_benefit=attendance_allowance&carer_earnings=120&full_time_education=no&date=2025-11-29";

/// The page's `<h1>` text (tags inside removed).
fn h1(body: &str) -> String {
    let start = body.find("<h1").expect("an h1");
    let end = start + body[start..].find("</h1>").unwrap();
    let inner = &body[start..end];
    let mut out = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_owned()
}

#[tokio::test]
async fn the_first_question_with_urgent_help_before_it() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/check", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(h1(&body), "Who is this for?");
    // The question is the legend of its group, and the page's only h1.
    assert!(
        body.contains(r#"<legend class="app-fieldset__legend app-fieldset__legend--page"><h1"#)
    );
    assert_eq!(body.matches("<h1").count(), 1);
    let urgent = body
        .find("If someone is in danger or badly hurt, call 999.")
        .unwrap();
    assert!(
        urgent < body.find(r#"<form action="/check""#).unwrap(),
        "urgent help shows before the question"
    );
    assert!(body.contains(r#"action="/check" method="get""#));
    assert!(!body.contains("app-back-link"), "nothing to go back to");
}

#[tokio::test]
async fn submitting_nothing_shows_the_error_by_the_field_and_in_a_summary() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/check?for=", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<title>Error: Who is this for?"), "{body}");
    assert!(body.contains(r##"<a href="#for">Choose who this is for</a>"##));
    assert!(
        body.contains(r#"<p id="for-error" class="app-error-message">Choose who this is for</p>"#)
    );
    assert!(body.contains(r#"aria-describedby="for-error""#));
    // A number out of range: the value stays in the field to fix.
    let (_, _, body) = get(&s.router, "/check?for=me&situation=caring&age=300", &[]).await;
    assert!(body.contains("Enter your age in years"), "{body}");
    assert!(body.contains(r#"value="300""#));
    assert!(body.contains(r#"aria-invalid="true""#));
    // An amount that is not one says what to fix.
    let (_, _, body) = get(
        &s.router,
        "/check?for=me&situation=caring&age=50&caring_hours=50&carer_unable=none&carer_health=no&carer_wellbeing=no&cared_for_benefit=none&carer_earnings=lots",
        &[],
    )
    .await;
    assert!(
        body.contains("Enter a number, like 1250 or 1,250.50"),
        "{body}"
    );
}

#[tokio::test]
async fn answers_ride_along_and_the_back_link_goes_one_question_back() {
    let s = site().await;
    let (_, _, body) = get(
        &s.router,
        "/check?for=someone_else&situation=needs_help",
        &[],
    )
    .await;
    // Someone else: "they".
    assert!(
        body.contains("Are their needs") || body.contains("their"),
        "{body}"
    );
    assert!(body.contains(r#"<input type="hidden" name="for" value="someone_else">"#));
    assert!(body.contains(r#"<input type="hidden" name="situation" value="needs_help">"#));
    assert!(
        body.contains(
            r#"href="/check?for=someone_else&amp;situation=needs_help&amp;ask=situation""#
        )
    );
    // A link that arrives with a later answer keeps it while the earlier question is asked.
    let (_, _, body) = get(&s.router, "/check?situation=caring", &[]).await;
    assert_eq!(h1(&body), "Who is this for?");
    assert!(body.contains(r#"<input type="hidden" name="situation" value="caring">"#));
}

#[tokio::test]
async fn the_needs_plan_says_what_to_ask_for_and_why_never_eligible() {
    let s = site().await;
    let (status, _, body) = get(&s.router, &format!("/check?{NEEDS}"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(h1(&body), "Your plan");
    for needed in [
        "You can ask the council for a needs assessment",
        "likely to meet the national rules",
        "Attendance Allowance could help",
        // The amounts for the date, from the rules, with their period.
        "£73.90",
        "£110.40",
        "6 April 2025 to 5 April 2026",
        // The law, with the section.
        "https://www.legislation.gov.uk/ukpga/2014/23/section/9",
        "What we could not decide",
        // Letters and tools, pre-filled.
        "/check/letters/needs-assessment?for=me&amp;situation=needs_help",
        "/estimate?setting=home_care&amp;age=82&amp;step=2",
        "/providers?service=home-care",
        // Why: the answers that led there.
        "Get and eat enough food and drink",
    ] {
        assert!(body.contains(needed), "missing {needed:?}");
    }
    // Never "you are eligible": only an assessor decides.
    let lower = body.to_lowercase();
    for banned in [
        "you are eligible",
        "they are eligible",
        "you will get",
        "you qualify",
    ] {
        assert!(!lower.contains(banned), "says {banned:?}");
    }
    // Every answer has a Change link that keeps the answers and asks that question again.
    assert!(body.contains("&amp;ask=impairment\""));
    assert!(body.contains("&amp;ask=setting\""));
}

#[tokio::test]
async fn changing_an_answer_drops_the_answers_after_it() {
    let s = site().await;
    let (_, _, body) = get(&s.router, &format!("/check?{NEEDS}&ask=impairment"), &[]).await;
    assert!(h1(&body).contains("illness"), "{}", h1(&body));
    assert!(
        body.contains(r#"value="yes" checked"#),
        "the answer is shown to change"
    );
    assert!(body.contains(r#"<input type="hidden" name="situation" value="needs_help">"#));
    // Later answers (age) are not carried: they may no longer apply.
    assert!(!body.contains(r#"name="age""#));
    assert!(body.contains(r#"<input type="hidden" name="date" value="2025-11-29">"#));
}

#[tokio::test]
async fn the_carer_plan_has_the_allowance_breaks_and_an_emergency_plan() {
    let s = site().await;
    let (_, _, body) = get(&s.router, &format!("/check?{CARER}"), &[]).await;
    assert_eq!(h1(&body), "Your plan");
    for needed in [
        "You can ask the council for a carer's assessment",
        "You may be able to get Carer's Allowance",
        "£83.30",
        "Severe Disability Premium",
        "Breaks from caring",
        "/check/emergency-plan",
        "/check/letters/carers-assessment?",
        "https://www.legislation.gov.uk/ukpga/2014/23/section/10",
    ] {
        assert!(body.contains(needed), "missing {needed:?}");
    }
}

#[tokio::test]
async fn other_situations_point_to_the_guides_and_urgent_shows_help() {
    let s = site().await;
    let (_, _, body) = get(&s.router, "/check?for=me&situation=hospital", &[]).await;
    assert_eq!(h1(&body), "Your plan");
    assert!(body.contains("/explainers/leaving-hospital"));
    // At risk now: the urgent help and what to do, then a way back once everyone is safe.
    let (_, _, body) = get(&s.router, "/check?for=someone_else&situation=urgent", &[]).await;
    let steps = body.find(r#"id="plan-steps""#).expect("steps");
    assert!(body[steps..].contains("999"));
    assert!(body.contains(r#"href="/check?for=someone_else&amp;situation=needs_help""#));
    assert!(!body.contains(r#"id="plan-asks""#), "nothing to read first");
    assert!(!body.contains(r#"id="plan-undecided""#));
}

#[tokio::test]
async fn under_18_is_for_childrens_services() {
    let s = site().await;
    let young = NEEDS.replace("age=82", "age=15");
    let (_, _, body) = get(&s.router, &format!("/check?{young}"), &[]).await;
    assert!(body.contains(r#"id="plan-young_person""#), "{body}");
    assert!(!body.contains(r#"id="plan-needs_assessment_right""#));
    assert!(body.contains("https://www.legislation.gov.uk/ukpga/1989/41/section/17ZA"));
}

#[tokio::test]
async fn in_polish_and_urdu_with_the_letters_in_english() {
    let s = site().await;
    let (_, _, body) = get(&s.router, "/check", &[("cookie", "carenav_lang=pl")]).await;
    assert!(
        !body.contains("nie jest jeszcze przetłumaczona"),
        "translated"
    );
    assert!(body.contains(r#"<div id="check-main">"#));
    assert_ne!(h1(&body), "Who is this for?");
    let (_, _, body) = get(
        &s.router,
        &format!("/check?{NEEDS}"),
        &[("cookie", "carenav_lang=ur")],
    )
    .await;
    assert!(body.contains(r#"dir="rtl""#));
    assert!(!body.contains("You can ask the council for a needs assessment"));
    // The letter goes to an English council: English, marked so, whatever the page's language.
    let (_, _, body) = get(
        &s.router,
        &format!("/check/letters/needs-assessment?{NEEDS}"),
        &[("cookie", "carenav_lang=pl")],
    )
    .await;
    assert!(body.contains(r#"id="check-letter" lang="en-GB""#), "{body}");
    assert!(body.contains("- Get and eat enough food and drink"));
}

#[tokio::test]
async fn the_blank_emergency_plan_prints() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/check/emergency-plan", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Emergency plan"));
    assert!(body.contains("Where their list of medicines is kept"));
}
