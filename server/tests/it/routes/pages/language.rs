//! `/language` and the language a page is served in.

use crate::common::{get, site};
use axum::http::{StatusCode, header};

#[tokio::test]
async fn language_from_cookie_and_accept_language() {
    let s = site().await;
    let (_, _, body) = get(
        &s.router,
        "/",
        &[("accept-language", "pl-PL,pl;q=0.9,en;q=0.5")],
    )
    .await;
    assert!(body.contains(r#"lang="pl""#));
    assert!(body.contains(r#"dir="ltr""#));
    assert!(
        !body.contains("Help with adult social care in England"),
        "home title is translated"
    );

    let (_, _, body) = get(&s.router, "/", &[("cookie", "other=1; carenav_lang=ur")]).await;
    assert!(body.contains(r#"lang="ur""#));
    assert!(body.contains(r#"dir="rtl""#));
}

#[tokio::test]
async fn language_switch_sets_cookie_and_only_redirects_locally() {
    let s = site().await;
    let (status, headers, _) =
        get(&s.router, "/language?to=pl&back=%2Fsearch%3Fq%3Dcare", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/search?q=care");
    let cookie = headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("carenav_lang=pl;"));
    assert!(cookie.contains("SameSite=Lax"));

    for evil in [
        "%2F%2Fevil.example",
        "https%3A%2F%2Fevil.example",
        "%2F%5Cevil.example",
        // A tab or newline is dropped by browsers: `/<TAB>/evil.example` became
        // `//evil.example`, another origin.
        "/%09/evil.example",
        "/%0a/evil.example",
        "/%0d%0aSet-Cookie:%20x=1",
        "/%00",
        "/%20/evil.example",
        "/%C2%A0/evil.example",
        "/%7F",
    ] {
        let (status, headers, _) =
            get(&s.router, &format!("/language?to=pl&back={evil}"), &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{evil}");
        assert_eq!(headers[header::LOCATION], "/", "{evil}");
    }
}
