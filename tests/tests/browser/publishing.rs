//! End-to-end on a 390×844 phone, JavaScript off: a provider signs in with the link the
//! operator sent, makes a mistake, publishes its fees; a family sees them on the home's page,
//! and compares a home with fees and one without.

use crate::support::{Browser, Server, TODAY};

const HOME: &str = "1-1001000001";
const OTHER: &str = "1-1001000002";

#[tokio::test]
async fn publish_as_a_provider_then_see_and_compare_as_a_family() {
    let server = Server::start_with_providers().await;
    let out = server.carenav(&[
        "publishers",
        "invite",
        "--provider",
        "1-1001100001",
        "--name",
        "Manager",
        "--base-url",
        &server.url,
    ]);
    let link = out
        .lines()
        .find(|l| l.contains("/publish/sign-in?link=cnp_"))
        .unwrap_or_else(|| panic!("no link in {out}"))
        .trim()
        .to_owned();

    let b = Browser::start(false).await;
    b.goto(&link).await;
    assert_eq!(b.text("h1").await, "Sign in to publish");
    b.submit_form("form[action='/publish/sign-in']").await;
    assert_eq!(b.text("h1").await, "Publish for Aireside Care Ltd");
    assert!(
        b.text("#publish-locations")
            .await
            .contains("Aireside Manor Nursing Home")
    );
    b.goto(&format!("{}/publish/{HOME}/fees", server.url)).await;
    assert_eq!(b.text("h1").await, "Fees for Aireside Manor Nursing Home");
    assert_eq!(b.horizontal_overflow().await, None);

    // A mistake: the error by the field and in the summary; what was typed is kept.
    b.fill("#valid_from", TODAY).await;
    b.fill("#nursing_from", "about 1400").await;
    b.fill("#nursing_room", "Single, garden view").await;
    b.choose("#deposit").await;
    b.fill("#increase_notice_days", "28").await;
    b.choose("#last_increase").await;
    b.choose("#accepts_council_rate-sometimes").await;
    b.fill("#fees_after_death_days", "3").await;
    b.fill("#included", "Meals and drinks\nLaundry").await;
    b.submit_form("#fees-form").await;
    assert!(
        b.text(".app-error-summary")
            .await
            .contains("Nursing care: lowest fee")
    );
    assert!(
        b.text("#nursing_from-error")
            .await
            .contains("enter an amount in pounds")
    );
    assert_eq!(
        b.js("return document.querySelector('#nursing_room').value;")
            .await,
        "Single, garden view"
    );

    b.fill("#nursing_from", "1,420").await;
    b.fill("#nursing_to", "1560").await;
    b.submit_form("#fees-form").await;
    assert!(
        b.text("#publish-done")
            .await
            .contains("Fees published for Aireside Manor Nursing Home")
    );

    // A family (no session) sees the fees on the home's page, dated, with FNC said apart.
    let family = Browser::start(false).await;
    family
        .goto(&format!("{}/providers/{HOME}", server.url))
        .await;
    let fees = family.text("#fees").await;
    assert!(
        fees.contains("Published by the provider on 29 November 2026"),
        "{fees}"
    );
    assert!(fees.contains("£1,420 to £1,560 a week"));
    assert!(fees.contains("NHS-funded nursing care is not part of these fees"));
    assert!(fees.contains("Sometimes"));
    assert_eq!(family.horizontal_overflow().await, None);

    // Compare a home with fees and one without: "Not published" is visible.
    family
        .goto(&format!(
            "{}/providers/compare?id={HOME}&id={OTHER}",
            server.url
        ))
        .await;
    let fees: Vec<String> = family
        .js("return [...document.querySelectorAll('.app-compare__fees')].map(e => e.textContent);")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(fees.len(), 2);
    assert!(fees[0].contains("from £1,420 a week"), "{fees:?}");
    assert_eq!(fees[1], "Not published");
    assert_eq!(family.horizontal_overflow().await, None);

    // Search for homes that have published fees: the filter, its count and the card's fee;
    // then the estimator with this home's fee, named and dated.
    family
        .goto(&format!("{}/providers?q=Aireside", server.url))
        .await;
    family.choose("#pf-fees-published").await;
    family.submit_form("#provider-search").await;
    let card = family.text(&format!("#card-{HOME}")).await;
    assert!(!card.is_empty());
    let list = family.text(".app-cards").await;
    assert!(
        list.contains("Fees from £1,420 a week (published 29 November 2026)"),
        "{list}"
    );
    assert_eq!(family.horizontal_overflow().await, None);
    family
        .goto(&format!("{}/providers/{HOME}", server.url))
        .await;
    family.follow("#fees a[href^='/estimate']").await;
    let note = family.text("#est-home-fee").await;
    assert!(
        note.contains("the fee Aireside Manor Nursing Home published on 29 November 2026: from £1,420 a week for Nursing care"),
        "{note}"
    );
    assert_eq!(family.horizontal_overflow().await, None);

    // Sign out: the session ends.
    b.goto(&format!("{}/publish", server.url)).await;
    b.submit_form("form[action='/publish/sign-out']").await;
    assert!(b.text("#signed-out").await.contains("You have signed out"));
    b.close().await;
    family.close().await;
}

/// Two servers sharing one Postgres database, as behind a load balancer: a provider publishes
/// through one; the other's search finds the fee within 10 seconds (it follows the store's data
/// version), and its page shows it at once (pages read the store).
#[tokio::test]
async fn a_fee_published_through_one_server_reaches_the_other() {
    let Some(url) = crate::support::e2e_postgres("CARENAV_E2E_SHARED_POSTGRES_URL") else {
        return;
    };
    let import = |bin: &std::path::Path, data: &std::path::Path| {
        let fixture =
            crate::support::repo_root().join("crates/ingest/tests/fixtures/cqc_api/valid.jsonl");
        let out = std::process::Command::new(bin)
            .args(["import", "cqc-api", fixture.to_str().unwrap(), "--data-dir"])
            .arg(data)
            .env("DATABASE_URL", &url)
            .output()
            .expect("run carenav import");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let one = Server::start_prepared(Some(&url), import).await;
    let two = Server::start_with(Some(&url)).await;
    let out = one.carenav(&["publishers", "token", "--provider", "1-1001100001"]);
    let token = out
        .lines()
        .find(|l| l.trim().starts_with("cnp_"))
        .unwrap_or_else(|| panic!("no token in {out}"))
        .trim()
        .to_owned();
    // A fee no earlier run of this test published (the database outlives test runs).
    let pounds = 1000
        + std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            % 900;
    let fees = serde_json::json!({
        "valid_from": "2026-04-01",
        "items": [{"care_type": "nursing", "amount_from": pounds, "period": "week"}],
        "included": [], "extras": [], "deposit": null, "increase_notice_days": 28,
        "last_increase": null, "accepts_council_rate": "yes", "fees_after_death_days": 3
    });
    let http = reqwest::Client::new();
    let res = http
        .put(format!("{}/api/v1/providers/{HOME}/fees", one.url))
        .bearer_auth(&token)
        .json(&fees)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let published = std::time::Instant::now();

    let search = format!(
        "{}/api/v1/providers?fees_published=true&max_weekly_fee={pounds}&q=Aireside",
        two.url
    );
    let seen = loop {
        let r: serde_json::Value = http
            .get(&search)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if r["results"][0]["weekly_fee_from"].as_f64() == Some(pounds as f64) {
            break published.elapsed();
        }
        assert!(
            published.elapsed() < std::time::Duration::from_secs(10),
            "the other server's search did not show the fee within 10 s: {r}\n{}",
            two.log()
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    eprintln!("the other server's search showed the fee after {seen:?}");
    let page = http
        .get(format!("{}/providers/{HOME}", two.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("£{},{:03}", pounds / 1000, pounds % 1000)),
        "{page}"
    );
    assert!(two.log().contains("published facts loaded for search"));
}
