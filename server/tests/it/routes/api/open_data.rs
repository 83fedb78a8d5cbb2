//! `GET /api/v1/open-data/{fees,availability,council-rates}.{json,csv}`.

use carenav::commands::open_store;
use carenav_services::import::{ImportKind, import_council_rates};
use carenav_services::publish::{self, Channel};
use serde_json::json;

use crate::common::{get, json as parse};
use crate::directory::Data;

#[tokio::test]
async fn published_facts_are_open_data_with_licence_and_date() {
    let data = Data::new();
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let (_, store) = open_store(&data.args).await.unwrap();
    let account = publish::account_for(&store, "1-1001100001", "t")
        .await
        .unwrap();
    let today = carenav::clock::today();
    let fees = json!({
        "valid_from": "2026-04-01",
        "items": [{"care_type": "nursing", "room": "Single, garden view", "amount_from": 1420, "period": "week"}],
        "included": ["=HYPERLINK(\"http://evil.example\")", "Meals"], "extras": [], "deposit": null,
        "increase_notice_days": 28, "last_increase": null, "accepts_council_rate": "no",
        "fees_after_death_days": 3
    });
    publish::publish_fees(&store, &account, "1-1001000001", &fees, Channel::Api, today)
        .await
        .unwrap();
    let fixture = crate::common::manifest_dir()
        .join("../crates/ingest/tests/fixtures/council_rates/valid.csv");
    import_council_rates(&store, &fixture, "valid.csv", false, 0, false)
        .await
        .unwrap();
    let router = data.router().await;

    let (status, headers, body) = get(&router, "/api/v1/open-data/fees.json", &[]).await;
    assert_eq!(status, 200);
    assert!(
        headers["link"]
            .to_str()
            .unwrap()
            .contains("open-government-licence")
    );
    let v = parse(&body);
    assert_eq!(v["licence"], "Open Government Licence v3.0");
    assert_eq!(v["as_of"], today.to_string());
    assert_eq!(v["count"], 1);
    assert_eq!(
        v["records"][0]["location_name"],
        "Aireside Manor Nursing Home"
    );
    assert_eq!(v["records"][0]["amount_from_gbp"], "1420.00");

    let (status, headers, csv) = get(&router, "/api/v1/open-data/fees.csv", &[]).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("location_id,location_name,provider_id,care_type,room,")
    );
    let row = lines.next().unwrap();
    assert!(row.contains("\"Single, garden view\""), "{row}");
    assert!(
        row.contains("'=HYPERLINK"),
        "a formula is not run by a spreadsheet: {row}"
    );

    let (_, _, body) = get(&router, "/api/v1/open-data/council-rates.json", &[]).await;
    let v = parse(&body);
    assert_eq!(v["count"], 5);
    assert!(
        v["records"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["source_url"].as_str().unwrap().starts_with("https://"))
    );

    let (_, _, body) = get(&router, "/api/v1/open-data/availability.json", &[]).await;
    assert_eq!(parse(&body)["count"], 0);

    for bad in ["fees.xml", "people.json", "fees"] {
        let (status, _, _) = get(&router, &format!("/api/v1/open-data/{bad}"), &[]).await;
        assert_eq!(status, 404, "{bad}");
    }
}
