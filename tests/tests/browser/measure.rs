//! Measurement, not a test of speed (nothing here asserts a time): each page type's first
//! visit on a phone over emulated slow 4G with the CPU slowed 4×, as Lighthouse's mobile
//! preset does. Prints a table for docs/performance.md. Run it with
//! `scripts/test.sh --test browser measure_first_visits -- --ignored --nocapture`.
//!
//! It fails only if a page does not finish loading (or, with islands, hydrating).

use serde_json::json;

use crate::support::{Browser, Server};

/// Lighthouse's "slow 4G": 150 ms RTT and 1.6 Mbit/s down, 750 kbit/s up, with its
/// simulated-throttling multipliers (RTT × 3.75, throughput × 0.9).
const LATENCY_MS: f64 = 562.5;
const DOWN_BYTES_PER_S: f64 = 1.6 * 1024.0 * 1024.0 / 8.0 * 0.9;
const UP_BYTES_PER_S: f64 = 750.0 * 1024.0 / 8.0 * 0.9;

/// Bytes on the wire (all resources and the page) and when it was ready: the
/// `carenav-hydrated` mark (set by the boot script once every island has hydrated, or at
/// once on a page without one), from the start of navigation.
const READ: &str = r#"
const nav = performance.getEntriesByType("navigation")[0];
const res = performance.getEntriesByType("resource");
const mark = performance.getEntriesByName("carenav-hydrated")[0];
return {
  bytes: nav.transferSize + res.reduce((n, e) => n + e.transferSize, 0),
  wasm: res.filter((e) => e.name.endsWith(".wasm")).reduce((n, e) => n + e.transferSize, 0),
  islands: document.querySelectorAll("leptos-island").length,
  loaded: nav.loadEventEnd,
  hydrated: mark ? mark.startTime : null,
};
"#;

#[tokio::test]
#[ignore = "a measurement for docs/performance.md, run on demand"]
async fn measure_first_visits() {
    let server = Server::start_with_providers().await;
    let b = Browser::start(true).await;
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
    b.cdp(
        "Network.emulateNetworkConditions",
        json!({
            "offline": false,
            "latency": LATENCY_MS,
            "downloadThroughput": DOWN_BYTES_PER_S,
            "uploadThroughput": UP_BYTES_PER_S,
        }),
    )
    .await;
    b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
        .await;
    let pages = [
        "/".to_owned(),
        "/explainers".to_owned(),
        "/explainers/paying-for-care".to_owned(),
        "/estimate".to_owned(),
        format!("/estimate?{}", crate::estimator::RESULTS_QUERY),
        "/search?q=care+home".to_owned(),
        "/providers?q=Leeds".to_owned(),
        "/providers/1-1002000001".to_owned(),
        "/about".to_owned(),
        "/check".to_owned(),
        "/check?for=me&situation=caring&age=50&caring_hours=50&carer_unable=recreation&carer_health=yes&carer_wellbeing=yes&cared_for_benefit=attendance_allowance&carer_earnings=120&full_time_education=no".to_owned(),
    ];
    println!(
        "| page | islands | bytes on the wire | of which WASM | load event | ready (hydrated) |"
    );
    println!("|---|---|---|---|---|---|");
    for page in pages {
        b.goto(&format!("{}{page}", server.url)).await;
        let m = b.js(READ).await;
        let hydrated = m["hydrated"]
            .as_f64()
            .unwrap_or_else(|| panic!("{page}: never marked hydrated: {m}"));
        println!(
            "| `{page}` | {} | {:.1} KB | {:.1} KB | {:.0} ms | {:.0} ms |",
            m["islands"],
            m["bytes"].as_f64().unwrap() / 1024.0,
            m["wasm"].as_f64().unwrap() / 1024.0,
            m["loaded"].as_f64().unwrap(),
            hydrated,
        );
    }
    b.close().await;
}
