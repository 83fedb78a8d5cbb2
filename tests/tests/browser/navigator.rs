//! End-to-end: the navigator ("Check what help you could get") on a 390×844 phone, with
//! JavaScript off (plain GET forms and links) and on (the next question and the plan load in
//! place): both paths to the plan, an answer changed from the plan, the plan's print view,
//! and the letters (copied with JavaScript, downloaded as text).

use crate::support::{Browser, Server};

const MAIN: &str = "check-main";

async fn answer(b: &Browser, heading: &str, choices: &[&str]) {
    assert_eq!(b.text(&format!("#{MAIN} h1")).await, heading);
    for c in choices {
        b.choose(c).await;
    }
    b.submit_in(MAIN).await;
}

async fn type_answer(b: &Browser, heading: &str, field: &str, value: &str) {
    assert_eq!(b.text(&format!("#{MAIN} h1")).await, heading);
    b.fill(field, value).await;
    b.submit_in(MAIN).await;
}

/// The needs path through the real forms, from the first question to the plan.
async fn needs_path(b: &Browser, base: &str) {
    b.goto(&format!("{base}/check")).await;
    assert!(b.text(".app-urgent").await.contains("call 999"));
    // Continuing without an answer: the error, in a summary and by the field.
    b.submit_in(MAIN).await;
    assert!(
        b.text(".app-error-summary")
            .await
            .contains("Choose who this is for")
    );
    assert!(
        b.text("#for-error")
            .await
            .contains("Choose who this is for")
    );
    answer(b, "Who is this for?", &["#for"]).await;
    answer(b, "What is happening?", &["#situation"]).await;
    answer(
        b,
        "Are your needs caused by an illness, a disability or another health condition?",
        &["#impairment"],
    )
    .await;
    answer(
        b,
        "Which of these can you not do, or only do with difficulty?",
        &["#unable", "#unable-dressing"],
    )
    .await;
    answer(
        b,
        "Are these things having a big effect on your life or wellbeing, or are they likely to?",
        &["#wellbeing"],
    )
    .await;
    type_answer(b, "How old are you?", "#age", "82").await;
    answer(b, "Where do you live now?", &["#setting"]).await;
    assert_eq!(b.text(&format!("#{MAIN} h1")).await, "Your plan");
    let plan = b.text(&format!("#{MAIN}")).await;
    for needed in [
        "You can ask the council for a needs assessment",
        "likely to meet the national rules",
        "Attendance Allowance could help",
        "Letter asking for a needs assessment",
        "What we could not decide",
    ] {
        assert!(plan.contains(needed), "missing {needed:?} in the plan");
    }
    assert!(!plan.to_lowercase().contains("you are eligible"));
    assert_eq!(b.horizontal_overflow().await, None);
}

/// Change the age from the plan: the questions after it are asked again, and the plan follows.
async fn change_age(b: &Browser) {
    b.follow_in(MAIN, "a[href*='ask=age']").await;
    assert_eq!(b.text(&format!("#{MAIN} h1")).await, "How old are you?");
    assert_eq!(
        b.js("return document.querySelector('#age').value;").await,
        "82"
    );
    type_answer(b, "How old are you?", "#age", "45").await;
    answer(b, "Where do you live now?", &["#setting"]).await;
    let plan = b.text(&format!("#{MAIN}")).await;
    assert!(
        plan.contains("Personal Independence Payment could help"),
        "{plan}"
    );
    assert!(!plan.contains("Attendance Allowance could help"), "{plan}");
}

/// The carer path, to the plan.
async fn carer_path(b: &Browser, base: &str) {
    b.goto(&format!("{base}/check")).await;
    answer(b, "Who is this for?", &["#for"]).await;
    answer(b, "What is happening?", &["#situation-caring"]).await;
    type_answer(b, "How old are you?", "#age", "50").await;
    type_answer(
        b,
        "About how many hours a week do you spend caring?",
        "#caring_hours",
        "50",
    )
    .await;
    answer(
        b,
        "Because of caring, which of these can you not do, or only do with difficulty?",
        &["#carer_unable-recreation"],
    )
    .await;
    answer(
        b,
        "Is caring making your own health worse, or putting it at risk?",
        &["#carer_health"],
    )
    .await;
    answer(
        b,
        "Is caring having a big effect on your life or wellbeing, or is it likely to?",
        &["#carer_wellbeing"],
    )
    .await;
    answer(
        b,
        "Does the person you care for get any of these?",
        &["#cared_for_benefit"],
    )
    .await;
    type_answer(
        b,
        "How much do you earn a week, after tax and National Insurance?",
        "#carer_earnings",
        "£120",
    )
    .await;
    answer(
        b,
        "Are you in full-time education?",
        &["#full_time_education-no"],
    )
    .await;
    let plan = b.text(&format!("#{MAIN}")).await;
    for needed in [
        "You can ask the council for a carer's assessment",
        "You may be able to get Carer's Allowance",
        // The rate for the test's "today" (29 November 2026), from the rules data.
        "£86.45",
        "Severe Disability Premium",
        "Breaks from caring",
        "Print a blank emergency plan",
    ] {
        assert!(plan.contains(needed), "missing {needed:?} in the plan");
    }
}

/// The plan prints without the site's navigation, forms and share buttons.
async fn plan_prints(b: &Browser) {
    b.emulate_print(true).await;
    // Printed means laid out: an element inside a hidden one has no boxes.
    for (css, printed) in [
        (".app-header", false),
        (".app-footer", false),
        (".app-back-link", false),
        ("#check-share", false),
        (".app-plan-item", true),
        ("#plan-steps", true),
    ] {
        assert_eq!(
            b.js(&format!(
                "return document.querySelector({css:?}).getClientRects().length > 0;"
            ))
            .await,
            printed,
            "{css} when printed"
        );
    }
    b.emulate_print(false).await;
}

/// The letter's text file, fetched from the plan's download link.
async fn download(b: &Browser, css: &str) -> String {
    let href = b
        .js(&format!("return document.querySelector({css:?}).href;"))
        .await;
    reqwest::get(href.as_str().unwrap())
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn navigator_without_javascript() {
    let server = Server::start().await;
    let b = Browser::start(false).await;
    needs_path(&b, &server.url).await;
    change_age(&b).await;
    plan_prints(&b).await;
    // Copy needs JavaScript, so it is not offered; the letter downloads as text.
    assert_eq!(
        b.js("return !!document.querySelector('#check-copy');")
            .await,
        false
    );
    let letter = download(&b, "a[href^='/check/letters/needs-assessment/download']").await;
    assert!(
        letter.contains("section 9 of the Care Act 2014"),
        "{letter}"
    );
    assert!(
        letter.contains("- Get and eat enough food and drink"),
        "{letter}"
    );

    carer_path(&b, &server.url).await;
    let letter = download(&b, "a[href^='/check/letters/carers-assessment/download']").await;
    assert!(letter.contains("about 50 hours a week"), "{letter}");
    // The blank emergency plan prints with JavaScript off.
    b.follow("a[href='/check/emergency-plan']").await;
    assert!(b.text("h1").await.contains("Emergency plan"));
    b.emulate_print(true).await;
    assert_eq!(b.display(".app-header").await, "none");
    assert_eq!(
        b.js("return document.querySelectorAll('.app-blank-form__space').length;")
            .await,
        8
    );
    b.close().await;
}

#[tokio::test]
async fn navigator_with_javascript_moves_on_in_place() {
    let server = Server::start().await;
    let b = Browser::start(true).await;
    b.goto(&format!("{}/check", server.url)).await;
    b.js("window.__carenavMarker = 7; return true;").await;
    needs_path(&b, &server.url).await;
    // needs_path opened /check itself: set the marker after it, on its plan.
    b.js("window.__carenavMarker = 8; return true;").await;
    change_age(&b).await;
    assert_eq!(
        b.js("return window.__carenavMarker;").await,
        8,
        "no page load"
    );
    // The address holds the answers, so the link can be copied and shared.
    let url = b.client.current_url().await.unwrap().to_string();
    assert!(
        url.contains("age=45") && url.contains("setting=home"),
        "{url}"
    );
    // The title follows the page, for screen readers.
    assert!(
        b.js("return document.title;")
            .await
            .as_str()
            .unwrap()
            .starts_with("Your plan")
    );
    // Back goes to the previous question, in place.
    b.js("history.back(); return true;").await;
    b.wait_for(
        "the previous question",
        10,
        "return document.querySelector('#check-main h1').textContent.includes('Where do you live');",
    )
    .await;
    b.js("history.forward(); return true;").await;
    b.wait_for(
        "the plan again",
        10,
        "return document.querySelector('#check-main h1').textContent.includes('Your plan');",
    )
    .await;
    plan_prints(&b).await;

    carer_path(&b, &server.url).await;
    // Copy a letter: the letter page's button puts its text on the clipboard.
    b.cdp(
        "Browser.grantPermissions",
        serde_json::json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
    )
    .await;
    b.follow("a[href^='/check/letters/carers-assessment?']")
        .await;
    assert_eq!(b.text("h1").await, "Letter asking for a carer's assessment");
    b.click("#letter-copy").await;
    b.wait_for(
        "the copied message",
        10,
        "return document.body.innerText.includes('Copied');",
    )
    .await;
    let copied = b.js("return navigator.clipboard.readText();").await;
    let copied = copied.as_str().unwrap_or_default();
    assert!(
        copied.contains("section 10 of the Care Act 2014"),
        "{copied}"
    );
    assert!(copied.contains("[Your name]"), "{copied}");
    let errors = b.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    b.close().await;
}
