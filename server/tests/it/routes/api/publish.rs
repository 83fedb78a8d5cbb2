//! `PUT /api/v1/providers/{location_id}/fees` and `…/availability`: providers publish with a
//! bearer token; what they publish shows on the location's page and in its API record, with
//! its date; every change is audited; a CQC re-import leaves it alone.

use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode};
use carenav::commands::open_store;
use carenav_services::import::ImportKind;
use carenav_services::publish;
use carenav_store::{SecretKind, Store};
use serde_json::{Value, json};
use tower::ServiceExt;

use crate::common::{get, json as parse};
use crate::directory::{Data, api, names};

/// Aireside Manor Nursing Home and its provider (fixtures: `cqc_api/valid.jsonl`).
const HOME: &str = "1-1001000001";
const PROVIDER: &str = "1-1001100001";
/// Kirkgate House, another provider's home.
const OTHER_HOME: &str = "1-1001000002";

fn fees() -> Value {
    json!({
        "valid_from": "2026-04-01",
        "items": [
            {"care_type": "nursing", "room": "Standard single", "amount_from": 1420, "amount_to": 1560, "period": "week"},
            {"care_type": "respite_per_day", "amount_from": 210, "period": "day"}
        ],
        "included": ["Meals and drinks", "Laundry"],
        "extras": [{"name": "Hairdresser", "amount": 15, "period": "each"}],
        "deposit": {"amount": 500, "refundable": true},
        "increase_notice_days": 28,
        "last_increase": {"date": "2026-04-01", "percent": 6.5},
        "accepts_council_rate": "sometimes",
        "fees_after_death_days": 3
    })
}

async fn put(
    router: &axum::Router,
    uri: &str,
    token: Option<&str>,
    content_type: &str,
    body: Vec<u8>,
) -> (StatusCode, axum::http::HeaderMap, Value) {
    let mut req = Request::put(uri).header("content-type", content_type);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let res = router
        .clone()
        .oneshot(req.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = to_bytes(res.into_body(), 1_000_000).await.unwrap();
    (status, headers, parse(&String::from_utf8_lossy(&bytes)))
}

async fn token(store: &Store, provider: &str) -> String {
    let account = publish::account_for(store, provider, "test").await.unwrap();
    publish::issue(store, &account, SecretKind::Api, 3_600, "operator")
        .await
        .unwrap()
        .0
}

async fn site() -> (Data, axum::Router, Store) {
    let data = Data::new();
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let router = data.router().await;
    let (_, store) = open_store(&data.args).await.unwrap();
    (data, router, store)
}

#[tokio::test]
async fn a_provider_publishes_fees_and_availability_and_the_public_sees_them() {
    let (data, router, store) = site().await;
    let uri = format!("/api/v1/providers/{HOME}/fees");

    // The search's order before anything is published.
    let (_, before) = api(&router, "/api/v1/providers?include_deregistered=true").await;
    let (_, no_fees) = api(&router, "/api/v1/providers?fees_published=true").await;
    assert_eq!(no_fees["total"], 0);

    // Before: the page says fees are not published, and what to ask for in writing.
    let (_, _, page) = get(&router, &format!("/providers/{HOME}"), &[]).await;
    assert!(page.contains("id=\"fees-not-published\""), "{page}");
    assert!(page.contains("id=\"fees-ask\""));
    assert!(page.contains("id=\"short-breaks-none\""));

    let token = token(&store, PROVIDER).await;
    let body = serde_json::to_vec(&fees()).unwrap();
    let (status, headers, stored) =
        put(&router, &uri, Some(&token), "application/json", body).await;
    assert_eq!(status, 200, "{stored}");
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(stored["location_id"], HOME);
    assert_eq!(stored["fees"]["items"][0]["amount_from"], 1420.0);
    assert_eq!(stored["provenance"]["who"], "provider");
    assert_eq!(stored["provenance"]["how"], "api");

    // A rise: the history keeps both, newest first.
    let mut raised = fees();
    raised["items"][0]["amount_from"] = json!(1490);
    let (status, _, _) = put(
        &router,
        &uri,
        Some(&token),
        "application/json; charset=utf-8",
        serde_json::to_vec(&raised).unwrap(),
    )
    .await;
    assert_eq!(status, 200);

    let availability = json!({"items": [{"kind": "care_home_short_stay", "available": 1, "maximum": 2,
        "from": carenav::clock::today().add_days(3).to_string(), "to": carenav::clock::today().add_days(20).to_string()}]});
    let (status, _, stored) = put(
        &router,
        &format!("/api/v1/providers/{HOME}/availability"),
        Some(&token),
        "application/json",
        serde_json::to_vec(&availability).unwrap(),
    )
    .await;
    assert_eq!(status, 200, "{stored}");
    assert_eq!(stored["updated"], carenav::clock::today().to_string());

    // The public page shows what was published, dated, with FNC said to be separate.
    let (_, _, page) = get(&router, &format!("/providers/{HOME}"), &[]).await;
    assert!(page.contains("id=\"fees-published\""), "{page}");
    assert!(page.contains("Published by the provider on"));
    assert!(page.contains("£1,490 to £1,560 a week"));
    assert!(page.contains("id=\"fee-fnc\""));
    assert!(page.contains("£500, paid back when the stay ends"));
    assert!(page.contains("id=\"fee-history\""));
    // The estimator, with this home's fee filled in; the council by its code.
    let estimate =
        format!("/estimate?setting=care_home&weekly_cost=1490.00&nursing=yes&fee_of={HOME}");
    assert!(
        page.contains(&format!("href=\"{}\"", estimate.replace('&', "&amp;"))),
        "{page}"
    );
    // The estimator names the fee it was given and its date, from the store, not the link;
    // and says so when the person changes the amount.
    let today_long = carenav::clock::today().long();
    let (status, _, est) = get(&router, &estimate, &[]).await;
    assert_eq!(status, 200);
    assert!(est.contains("id=\"est-home-fee\""), "{est}");
    assert!(
        est.contains(&format!("the fee Aireside Manor Nursing Home published on {today_long}: from £1,490 a week for Nursing care")),
        "{est}"
    );
    assert!(!est.contains("est-home-fee-changed"));
    let (_, _, est) = get(
        &router,
        &format!("{estimate}&step=cost&weekly_cost=1600"),
        &[],
    )
    .await;
    assert!(
        est.contains("You changed the weekly cost to £1,600. The home published £1,490."),
        "{est}"
    );
    let (_, _, est) = get(
        &router,
        "/estimate?setting=care_home&weekly_cost=900&fee_of=1-1001000003",
        &[],
    )
    .await;
    assert!(
        est.contains("could not find a published fee for that home"),
        "{est}"
    );
    assert!(page.contains("href=\"/councils/E08000035\""));
    assert!(
        page.contains("from £1,420 a week"),
        "the old fee stays visible"
    );
    assert!(page.contains("id=\"short-breaks-table\""));
    assert!(page.contains("1 of 2"));
    assert!(
        !page.contains("Demonstration data"),
        "real publications are not labelled demo"
    );

    // Search finds it by what was published, at once (no re-index), and shows the fee and
    // the places on its card; not having published is no penalty in the default order.
    let today = carenav::clock::today();
    let (_, found) = api(&router, "/api/v1/providers?fees_published=true").await;
    assert_eq!(names(&found), ["Aireside Manor Nursing Home"]);
    assert_eq!(found["results"][0]["weekly_fee_from"], 1490.0);
    assert_eq!(found["results"][0]["fees_published_on"], today.to_string());
    assert_eq!(found["facets"]["fees_published"][0]["count"], 1);
    let (_, after) = api(&router, "/api/v1/providers?include_deregistered=true").await;
    assert_eq!(
        names(&after),
        names(&before),
        "publishing changed the default order"
    );
    for (query, total) in [
        ("max_weekly_fee=1400", 0),
        ("max_weekly_fee=1490", 1),
        ("accepts_council_rate=sometimes", 1),
        ("accepts_council_rate=yes", 0),
        ("fees_published=false&q=Aireside", 0),
    ] {
        let (status, r) = api(&router, &format!("/api/v1/providers?{query}")).await;
        assert_eq!(
            (status, r["total"].as_u64()),
            (200, Some(total)),
            "{query}: {r}"
        );
    }
    let (_, registered) = api(&router, "/api/v1/providers").await;
    let (_, r) = api(&router, "/api/v1/providers?fees_published=false").await;
    assert_eq!(
        r["total"].as_u64().unwrap() + 1,
        registered["total"].as_u64().unwrap(),
        "every other service is found by fees_published=false: {r}"
    );
    let on = |days: i64| today.add_days(days).to_string();
    for (query, total) in [
        (format!("short_breaks_from={}", on(5)), 1),
        (
            format!(
                "short_breaks_from={}&short_break_kind=care_home_short_stay",
                on(20)
            ),
            1,
        ),
        (format!("short_breaks_from={}", on(21)), 0),
        (
            format!("short_breaks_from={}&short_break_kind=day_service", on(5)),
            0,
        ),
    ] {
        let (_, r) = api(&router, &format!("/api/v1/providers?{query}")).await;
        assert_eq!(r["total"].as_u64(), Some(total), "{query}: {r}");
    }
    let (_, r) = api(
        &router,
        &format!("/api/v1/providers?short_breaks_from={}", on(5)),
    )
    .await;
    assert_eq!(r["results"][0]["short_break_places"], 1);
    assert_eq!(r["results"][0]["short_breaks_updated"], today.to_string());
    let (_, r) = api(
        &router,
        "/api/v1/providers?sort=fee&include_deregistered=true",
    )
    .await;
    assert_eq!(
        names(&r)[0],
        "Aireside Manor Nursing Home",
        "the only published fee leads"
    );
    let (status, r) = api(
        &router,
        "/api/v1/providers?short_breaks_from=2026-02-30&max_weekly_fee=cheap",
    )
    .await;
    assert_eq!(status, 400);
    let params: Vec<&str> = r["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["param"].as_str().unwrap())
        .collect();
    assert_eq!(params, ["short_breaks_from", "max_weekly_fee"]);
    let (_, _, html) = get(&router, "/providers?fees_published=true", &[]).await;
    assert!(html.contains("Fees from £1,490"), "{html}");

    // The API record has them too; the public history has no account details.
    let (_, _, api) = get(&router, &format!("/api/v1/providers/{HOME}"), &[]).await;
    let api = parse(&api);
    assert_eq!(api["fees"]["record"]["items"][0]["amount_from"], 1490.0);
    assert_eq!(api["fee_history"].as_array().unwrap().len(), 2);
    assert!(!api.to_string().contains("account"), "{api}");

    // Every change is audited: who, what, before and after.
    let audit = store.audit_log(Some(HOME), 10).await.unwrap();
    let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(
        actions,
        ["publish_availability", "publish_fees", "publish_fees"]
    );
    assert!(audit.iter().all(|a| a.actor.starts_with("account ")));
    assert!(audit[1].before.as_deref().unwrap().contains("1420"));
    assert!(audit[1].after.as_deref().unwrap().contains("1490"));

    // Tokens are stored only as hashes: the token is nowhere in the database file.
    let hashes = store.secret_hashes().await.unwrap();
    assert!(!hashes.iter().any(|h| h.contains(&token[4..20])));
    store.close().await;
    let db = std::fs::read(data.args.data_dir.join("carenav.db")).unwrap();
    let wal = std::fs::read(data.args.data_dir.join("carenav.db-wal")).unwrap_or_default();
    for bytes in [db, wal] {
        assert!(
            !bytes.windows(20).any(|w| w == &token.as_bytes()[4..24]),
            "a token is readable at rest"
        );
    }

    // A CQC re-import of the same location leaves the published facts alone.
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let (_, store) = open_store(&data.args).await.unwrap();
    let fees_now = store.fees(HOME).await.unwrap().unwrap();
    assert_eq!(fees_now.record.items[0].amount_from.0, 149_000);
    assert_eq!(store.fee_history(HOME).await.unwrap().len(), 2);
}

#[tokio::test]
async fn the_publishing_api_refuses_clearly() {
    let (_data, router, store) = site().await;
    let uri = format!("/api/v1/providers/{HOME}/fees");
    let good = serde_json::to_vec(&fees()).unwrap();
    let token = token(&store, PROVIDER).await;

    // 401 without a token, with how to send one.
    let (status, headers, body) = put(&router, &uri, None, "application/json", good.clone()).await;
    assert_eq!(status, 401);
    assert!(
        headers["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Bearer")
    );
    assert_eq!(body["error"]["code"], "unauthorized");

    // 403 for another provider's home; 404 for a location not in the directory.
    let (status, _, body) = put(
        &router,
        &format!("/api/v1/providers/{OTHER_HOME}/fees"),
        Some(&token),
        "application/json",
        good.clone(),
    )
    .await;
    assert_eq!(status, 403, "{body}");
    let (status, _, _) = put(
        &router,
        "/api/v1/providers/1-999/fees",
        Some(&token),
        "application/json",
        good.clone(),
    )
    .await;
    assert_eq!(status, 404);

    // 415 for another content type; 400 for a body that is not JSON; 413 over the limit.
    let (status, _, body) = put(&router, &uri, Some(&token), "text/plain", good.clone()).await;
    assert_eq!(
        (status.as_u16(), body["error"]["code"].as_str()),
        (415, Some("unsupported_media_type"))
    );
    let (status, _, body) = put(
        &router,
        &uri,
        Some(&token),
        "application/json",
        b"{\"valid_from\": ".to_vec(),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"]["code"].as_str()),
        (400, Some("invalid_json"))
    );
    let (status, _, body) = put(
        &router,
        &uri,
        Some(&token),
        "application/json",
        vec![b' '; 70 * 1024],
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"]["code"].as_str()),
        (413, Some("body_too_large"))
    );

    // 422 naming every bad field at once.
    let mut bad = fees();
    bad["items"][0]["care_type"] = json!("castle");
    bad["deposit"] = json!({"amount": -1, "refundable": "yes"});
    bad["fees_after_death_days"] = json!(400);
    let (status, _, body) = put(
        &router,
        &uri,
        Some(&token),
        "application/json",
        serde_json::to_vec(&bad).unwrap(),
    )
    .await;
    assert_eq!(status, 422);
    let fields: Vec<&str> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "items[0].care_type",
            "deposit.amount",
            "deposit.refundable",
            "fees_after_death_days"
        ],
        "{body}"
    );
    assert!(
        store.fees(HOME).await.unwrap().is_none(),
        "nothing was stored"
    );

    // A revoked token stops working at once.
    store.revoke_accounts(None, Some(PROVIDER)).await.unwrap();
    let (status, _, _) = put(
        &router,
        &uri,
        Some(&token),
        "application/json",
        good.clone(),
    )
    .await;
    assert_eq!(status, 401);

    // Guessing tokens is rate limited (429 with Retry-After), per client.
    let mut last = StatusCode::OK;
    let mut retry = None;
    for i in 0..12 {
        let (status, headers, _) = put(
            &router,
            &uri,
            Some(&format!("cnp_{i:064}")),
            "application/json",
            good.clone(),
        )
        .await;
        last = status;
        retry = headers.get("retry-after").cloned();
    }
    assert_eq!(last, 429);
    assert!(retry.is_some());
}
