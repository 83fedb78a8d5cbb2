//! The search index is derived data and repairs itself: an index left behind by a crash
//! between an import's commit and its index swap is rebuilt (at start-up at once; while
//! serving, once the lag is longer than an import takes, with `/readyz` saying so), and a bad
//! `CURRENT` pointer falls back to a complete generation or a rebuild.

use std::path::Path;
use std::time::{Duration, Instant};

use carenav::commands::open_store;
use carenav::config::DataConfig;
use carenav_services::import::ImportKind;

use crate::common::{get, json};
use crate::directory::{Data, api};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn providers_dir(data: &Data) -> std::path::PathBuf {
    DataConfig::from_args(&data.args).provider_index_dir()
}

/// Import the CQC API fixture, then the active-locations file (which adds Meanwood Supported
/// Living), and put the index back as it was before the second import: the database holds the
/// new data and search the old, as a crash after the commit would leave them.
async fn crash_after_commit(data: &Data) {
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let saved = tempfile::tempdir().unwrap();
    copy_dir(&providers_dir(data), saved.path());
    let s = import_active_locations(data).await;
    assert!(s.imported + s.updated > 0);
    std::fs::remove_dir_all(providers_dir(data)).unwrap();
    copy_dir(saved.path(), &providers_dir(data));
}

async fn import_active_locations(data: &Data) -> carenav_services::ImportSummary {
    data.import(
        ImportKind::CqcActiveLocations,
        "active_locations/valid.csv",
        false,
    )
    .await
    .unwrap()
}

async fn finds_meanwood(router: &axum::Router) -> bool {
    let (status, body) = api(router, "/api/v1/providers?q=Meanwood").await;
    assert_eq!(status, 200, "{body}");
    body["total"].as_u64().unwrap() > 0
}

#[tokio::test]
async fn start_up_rebuilds_an_index_left_behind_by_a_crash() {
    let data = Data::new();
    crash_after_commit(&data).await;
    let router = data.router().await;
    assert!(
        finds_meanwood(&router).await,
        "search caught up at start-up"
    );
    let (status, _, body) = get(&router, "/readyz", &[]).await;
    assert_eq!(
        (status.as_u16(), json(&body)["provider_index"].as_str()),
        (200, Some("ok"))
    );
}

#[tokio::test]
async fn a_running_server_reports_and_repairs_an_index_left_behind() {
    let data = Data::new();
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let router = data.router().await;
    assert!(!finds_meanwood(&router).await);

    crash_after_commit(&data).await;
    // Within the time an import needs to swap its index in, the lag is reported, not acted on.
    tokio::time::sleep(Duration::from_millis(600)).await; // the handle looks at CURRENT every 500 ms
    let (status, _, body) = get(&router, "/readyz", &[]).await;
    assert_eq!(
        (status.as_u16(), json(&body)["provider_index"].as_str()),
        (200, Some("catching_up")),
        "{body}"
    );
    assert!(!finds_meanwood(&router).await);

    // Ten minutes on, nothing has caught up: not ready, and rebuilt in the background.
    let (_, store) = open_store(&data.args).await.unwrap();
    sqlx::query("UPDATE data_loads SET finished_at = finished_at - 600")
        .execute(store.pool())
        .await
        .unwrap();
    store.close().await;
    let (status, _, body) = get(&router, "/readyz", &[]).await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(json(&body)["provider_index"], "rebuilding");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, _, _) = get(&router, "/readyz", &[]).await;
        if status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "not rebuilt within 30 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(finds_meanwood(&router).await);
}

#[tokio::test]
async fn a_bad_current_pointer_falls_back_or_rebuilds() {
    let data = Data::new();
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let current = providers_dir(&data).join("CURRENT");
    let site_current = DataConfig::from_args(&data.args)
        .site_index_dir()
        .join("CURRENT");

    // Pointing nowhere, with a complete generation beside it: that generation serves.
    std::fs::write(&current, "gen-00000000000000000001").unwrap();
    std::fs::create_dir_all(site_current.parent().unwrap()).unwrap();
    std::fs::write(&site_current, "").unwrap();
    let router = data.router().await;
    let (status, body) = api(&router, "/api/v1/providers?q=Aireside").await;
    assert_eq!((status, body["total"].as_u64()), (200, Some(1)), "{body}");
    assert_ne!(
        std::fs::read_to_string(&current).unwrap(),
        "gen-00000000000000000001"
    );

    // No complete generation at all: rebuilt from the store.
    for entry in std::fs::read_dir(providers_dir(&data)).unwrap().flatten() {
        if entry.file_type().unwrap().is_dir() {
            std::fs::remove_dir_all(entry.path()).unwrap();
        }
    }
    std::fs::write(&current, "").unwrap();
    let router = data.router().await;
    let (status, body) = api(&router, "/api/v1/providers?q=Aireside").await;
    assert_eq!((status, body["total"].as_u64()), (200, Some(1)), "{body}");
    // And the other commands work on it too.
    std::fs::write(&current, "gen-missing").unwrap();
    let s = import_active_locations(&data).await;
    assert!(s.index.is_some());
}
