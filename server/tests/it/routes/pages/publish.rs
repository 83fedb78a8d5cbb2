//! `/publish`: a provider signs in with a one-time link and publishes through the forms,
//! without JavaScript; the session cookie, the CSRF token and sign-out; errors by the field.

use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode};
use carenav::commands::open_store;
use carenav_services::import::ImportKind;
use carenav_services::publish;
use carenav_store::SecretKind;
use tower::ServiceExt;

use crate::common::get;
use crate::directory::Data;

const HOME: &str = "1-1001000001";
const PROVIDER: &str = "1-1001100001";
const OTHER_HOME: &str = "1-1001000002";

async fn post(
    router: &axum::Router,
    uri: &str,
    cookie: Option<&str>,
    form: &str,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut req = Request::post(uri).header("content-type", "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let res = router
        .clone()
        .oneshot(req.body(Body::from(form.to_owned())).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), 10_000_000).await.unwrap();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

fn csrf(page: &str) -> String {
    let at = page.find("name=\"csrf\" value=\"").expect("a CSRF field") + 19;
    page[at..at + 32].to_owned()
}

#[tokio::test]
async fn a_provider_signs_in_with_a_link_and_publishes_through_the_forms() {
    let data = Data::new();
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let router = data.router().await;
    let (_, store) = open_store(&data.args).await.unwrap();
    let account = publish::account_for(&store, PROVIDER, "manager")
        .await
        .unwrap();
    let (link, _) = publish::issue(&store, &account, SecretKind::Invite, 600, "operator")
        .await
        .unwrap();

    // Opening the link does not use it: the page has a button that posts it.
    let (status, headers, page) = get(&router, &format!("/publish/sign-in?link={link}"), &[]).await;
    assert_eq!(status, 200);
    assert_eq!(headers["cache-control"], "no-store, private");
    assert!(page.contains("action=\"/publish/sign-in\""));
    let (status, headers, _) =
        post(&router, "/publish/sign-in", None, &format!("link={link}")).await;
    assert_eq!(status, 303);
    assert_eq!(headers["location"], "/publish");
    let set = headers["set-cookie"].to_str().unwrap().to_owned();
    for part in ["HttpOnly", "SameSite=Strict", "Path=/publish"] {
        assert!(set.contains(part), "{set}");
    }
    let cookie = set.split(';').next().unwrap().to_owned();

    // The link works once.
    let (_, headers, _) = post(&router, "/publish/sign-in", None, &format!("link={link}")).await;
    assert_eq!(headers["location"], "/publish/sign-in?failed=1");
    let (_, _, page) = get(&router, "/publish/sign-in?failed=1", &[]).await;
    assert!(page.contains("app-error-summary"));

    // Signed in: the provider's own locations, and a CSRF token.
    let (_, headers, page) = get(&router, "/publish", &[("cookie", &cookie)]).await;
    assert_eq!(headers["cache-control"], "no-store, private");
    assert!(page.contains("Aireside Manor Nursing Home"), "{page}");
    assert!(
        !page.contains("Kirkgate House"),
        "another provider's home is not listed"
    );
    let token = csrf(&page);

    // Another provider's home: not yours (the page and the POST).
    let (_, _, page) = get(
        &router,
        &format!("/publish/{OTHER_HOME}/fees"),
        &[("cookie", &cookie)],
    )
    .await;
    assert!(page.contains("id=\"publish-not-yours\""));
    let (status, headers, _) = post(&router, &format!("/publish/{OTHER_HOME}/fees"), Some(&cookie),
        &format!("csrf={token}&valid_from=2026-04-01&nursing_from=1400&deposit=none&last_increase=none&accepts_council_rate=yes&increase_notice_days=28&fees_after_death_days=3")).await;
    assert_eq!(
        (status.as_u16(), headers["location"].to_str().unwrap()),
        (303, "/publish")
    );
    assert!(store.fees(OTHER_HOME).await.unwrap().is_none());

    // Without the CSRF token: refused.
    let uri = format!("/publish/{HOME}/fees");
    let (status, _, _) = post(
        &router,
        &uri,
        Some(&cookie),
        "valid_from=2026-04-01&nursing_from=1400",
    )
    .await;
    assert_eq!(status, 403);

    // Errors: the same page again, the answers kept, each error by its field and in the summary.
    let (status, headers, page) = post(&router, &uri, Some(&cookie),
        &format!("csrf={token}&valid_from=2026-04-01&nursing_from=lots&nursing_room=Garden+view&deposit=kept&increase_notice_days=28&fees_after_death_days=3")).await;
    assert_eq!(status, 422);
    assert!(page.contains("app-error-summary"));
    // Whole in the HTML, not streamed into a template a browser without JavaScript never shows.
    assert!(!page.contains("<template"), "{page}");
    // Its scripts carry this response's CSP nonce (or a browser would block them).
    let csp = headers["content-security-policy"].to_str().unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    assert!(page.contains(&format!("nonce=\"{nonce}\"")), "{csp}");
    assert!(page.contains("href=\"#nursing_from\""), "{page}");
    assert!(page.contains("id=\"nursing_from-error\""));
    assert!(page.contains("Nursing care: lowest fee: enter an amount in pounds"));
    assert!(page.contains("value=\"Garden view\""), "answers are kept");
    assert!(page.contains("id=\"deposit_amount-error\""));
    assert!(page.contains("id=\"accepts_council_rate-error\""));
    assert!(store.fees(HOME).await.unwrap().is_none());

    // Published: back to the list, and the public page shows it.
    let (status, headers, _) = post(&router, &uri, Some(&cookie),
        &format!("csrf={token}&valid_from=2026-04-01&nursing_from=1%2C420&nursing_to=1560&nursing_room=Garden+view&deposit=refundable&deposit_amount=500&increase_notice_days=28&last_increase=some&last_increase_date=2026-04-01&last_increase_percent=6.5&accepts_council_rate=sometimes&fees_after_death_days=3&included=Meals%0ALaundry&extra0_name=Hairdresser&extra0_amount=15&extra0_period=each")).await;
    assert_eq!(status, 303);
    assert_eq!(
        headers["location"],
        format!("/publish?published=fees&location={HOME}")
    );
    let (_, _, page) = get(&router, &format!("/providers/{HOME}"), &[]).await;
    assert!(page.contains("£1,420 to £1,560 a week"), "{page}");
    assert!(page.contains("Hairdresser: £15 each time"));
    let published = store.fees(HOME).await.unwrap().unwrap();
    assert_eq!(published.provenance.how, "form");
    let audit = store.audit_log(Some(HOME), 5).await.unwrap();
    assert_eq!(audit[0].actor, format!("account {}", account.id));

    // The form shows what is published, to change it.
    let (_, _, page) = get(&router, &uri, &[("cookie", &cookie)]).await;
    assert!(page.contains("value=\"1420.00\""));

    // Availability, with an error first.
    let uri = format!("/publish/{HOME}/availability");
    let today = carenav::clock::today();
    let (status, _, page) = post(&router, &uri, Some(&cookie), &format!(
        "csrf={token}&a0_kind=care_home_short_stay&a0_available=3&a0_maximum=2&a0_from={}&a0_to={}",
        today.add_days(2), today.add_days(9))).await;
    assert_eq!(status, 422);
    assert!(page.contains("id=\"a0_available-error\""));
    let (status, _, _) = post(&router, &uri, Some(&cookie), &format!(
        "csrf={token}&a0_kind=care_home_short_stay&a0_available=1&a0_maximum=2&a0_from={}&a0_to={}",
        today.add_days(2), today.add_days(9))).await;
    assert_eq!(status, 303);
    let (_, _, page) = get(&router, &format!("/providers/{HOME}"), &[]).await;
    assert!(page.contains("id=\"short-breaks-table\""));

    // Sign out ends the session at once.
    let (status, headers, _) = post(
        &router,
        "/publish/sign-out",
        Some(&cookie),
        &format!("csrf={token}"),
    )
    .await;
    assert_eq!(status, 303);
    assert!(
        headers["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let (_, _, page) = get(&router, "/publish", &[("cookie", &cookie)]).await;
    assert!(page.contains("id=\"publish-not-signed-in\""));
    let (status, headers, _) = post(
        &router,
        &format!("/publish/{HOME}/fees"),
        Some(&cookie),
        &format!("csrf={token}"),
    )
    .await;
    assert_eq!(
        (status.as_u16(), headers["location"].to_str().unwrap()),
        (303, "/publish")
    );
}
