//! `GET /api/v1/councils` and `/api/v1/councils/{code}`.

use crate::common::{get, json};
use crate::directory::Data;
use carenav::commands::open_store;
use carenav_services::import::{ImportKind, import_council_rates};
use serde_json::json;

#[tokio::test]
async fn the_register_and_one_council_with_its_rates_and_services() {
    let data = Data::new();
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let (_, store) = open_store(&data.args).await.unwrap();
    let fixture = crate::common::manifest_dir()
        .join("../crates/ingest/tests/fixtures/council_rates/valid.csv");
    let s = import_council_rates(&store, &fixture, "valid.csv", false, 0, false)
        .await
        .unwrap();
    assert_eq!((s.read, s.imported, s.rejected), (5, 5, 0));
    let router = data.router().await;

    let (status, _, body) = get(&router, "/api/v1/councils", &[]).await;
    assert_eq!(status, 200);
    let list = json(&body);
    assert_eq!(list["count"], 153);
    assert!(
        list["councils"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == "E08000035" && c["name"] == "Leeds")
    );

    let (status, _, body) = get(&router, "/api/v1/councils/E08000035", &[]).await;
    assert_eq!(status, 200);
    let leeds = json(&body);
    assert_eq!(leeds["council"]["name"], "Leeds");
    let rates = leeds["rates"].as_array().unwrap();
    assert_eq!(rates.len(), 2);
    assert!(
        rates
            .iter()
            .all(|r| r["source_url"].as_str().unwrap().starts_with("https://"))
    );
    // Leeds's homes in the fixtures join to the council by name.
    assert_eq!(leeds["areas"][0]["name"], "Leeds");
    assert!(leeds["areas"][0]["services"].as_u64().unwrap() >= 3);
    // The national averages travel with their year, unit, source and status.
    let averages = leeds["national_averages"].as_array().unwrap();
    let weekly = averages
        .iter()
        .find(|a| a["key"] == "council_average_weekly_care_home_cost")
        .expect("the weekly national average");
    assert_eq!(
        (
            &weekly["financial_year"],
            &weekly["value"],
            &weekly["unit"],
            &weekly["verified"]
        ),
        (
            &json!("2024-25"),
            &json!(1185.55),
            &json!("gbp_per_week"),
            &json!(false)
        )
    );
    assert!(
        weekly["check_against"]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://www.gov.uk/")
    );

    // A former code still finds the council; nonsense is a 404 that says where to look.
    let (status, _, body) = get(&router, "/api/v1/councils/E08000016", &[]).await;
    assert_eq!(
        (status.as_u16(), json(&body)["council"]["name"].as_str()),
        (200, Some("Barnsley"))
    );
    let (status, _, body) = get(&router, "/api/v1/councils/E99999999", &[]).await;
    assert_eq!(status, 404);
    assert!(
        json(&body)["error"]["message"]
            .as_str()
            .unwrap()
            .contains("/api/v1/councils")
    );
}
