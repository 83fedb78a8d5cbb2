//! The provider directory end to end in-process: the real importers into a real SQLite
//! store, the real tantivy index, and the JSON API over the real router.

use std::path::PathBuf;

use crate::common::{get, json};
use carenav::cli::DataArgs;
use carenav::commands::{open_store, prepare};
use carenav::config::DataConfig;
use carenav_ingest::generator::GenerateOptions;
use carenav_search::ProviderIndex;
use carenav_services::import::{ImportKind, ImportSummary, NoProgress, import_file, load_demo};
use serde_json::Value;

fn fixture(path: &str) -> PathBuf {
    crate::common::manifest_dir()
        .join("../crates/ingest/tests/fixtures")
        .join(path)
}

pub(crate) struct Data {
    dir: tempfile::TempDir,
    pub(crate) args: DataArgs,
}

impl Data {
    pub(crate) fn new() -> Data {
        let dir = tempfile::tempdir().unwrap();
        let args = DataArgs {
            data_dir: dir.path().join("data"),
            database_url: None,
        };
        Data { dir, args }
    }

    pub(crate) async fn import(
        &self,
        kind: ImportKind,
        path: &str,
        strict: bool,
    ) -> Result<ImportSummary, carenav_services::ImportError> {
        let (config, store) = open_store(&self.args).await.unwrap();
        let index = ProviderIndex::open(config.provider_index_dir()).unwrap();
        let res = import_file(&store, &index, kind, &fixture(path), strict, &NoProgress).await;
        store.close().await;
        res
    }

    pub(crate) async fn router(&self) -> axum::Router {
        let site_root = self.dir.path().join("site");
        std::fs::create_dir_all(site_root.join("pkg")).unwrap();
        std::fs::write(
            site_root.join("pkg/manifest.json"),
            r#"{ "js": "carenav.abc.js", "wasm": "carenav.abc.wasm", "css": "carenav.abc.css" }"#,
        )
        .unwrap();
        let state = prepare(&self.args, &site_root).await.unwrap();
        carenav::router::build(state, &site_root)
    }
}

pub(crate) async fn api(router: &axum::Router, uri: &str) -> (u16, Value) {
    let (status, _, body) = get(router, uri, &[]).await;
    (status.as_u16(), json(&body))
}

pub(crate) fn names(v: &Value) -> Vec<String> {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn every_format_imports_and_bad_rows_are_reported_not_fatal() {
    let data = Data::new();
    let s = data
        .import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    assert_eq!((s.read, s.imported, s.rejected), (8, 8, 0), "{s:?}");
    assert!(s.index.as_ref().unwrap().documents == 6);

    // Re-importing is an upsert keyed by location id.
    let again = data
        .import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    assert_eq!((again.imported, again.updated), (0, 8));

    for (kind, file) in [
        (ImportKind::CqcApi, "cqc_api/truncated.jsonl"),
        (ImportKind::CqcApi, "cqc_api/wrong-types.jsonl"),
        (ImportKind::CqcApi, "cqc_api/missing-ids.jsonl"),
        (ImportKind::CqcApi, "cqc_api/duplicate-ids.jsonl"),
        (ImportKind::CqcApi, "cqc_api/non-utf8.jsonl"),
        (
            ImportKind::CqcActiveLocations,
            "active_locations/truncated.csv",
        ),
        (
            ImportKind::CqcActiveLocations,
            "active_locations/wrong-types.csv",
        ),
        (
            ImportKind::CqcActiveLocations,
            "active_locations/missing-ids.csv",
        ),
        (
            ImportKind::CqcActiveLocations,
            "active_locations/duplicate-ids.csv",
        ),
        (
            ImportKind::CqcActiveLocations,
            "active_locations/non-utf8.csv",
        ),
        (ImportKind::Postcodes, "postcodes/truncated.csv"),
        (ImportKind::Postcodes, "postcodes/wrong-types.csv"),
        (ImportKind::Postcodes, "postcodes/non-utf8.csv"),
    ] {
        let s = data.import(kind, file, false).await.unwrap();
        assert!(s.rejected >= 1, "{file}: expected a rejected row: {s:?}");
        assert!(
            s.imported + s.updated >= 1,
            "{file}: the good rows still import: {s:?}"
        );
        for e in &s.errors {
            let text = e.to_string();
            assert!(
                text.contains("line") && e.line > 0,
                "{file}: error without a line: {text}"
            );
        }
    }

    // Ratings update locations already in the directory; unknown ones are reported.
    let s = data
        .import(ImportKind::CqcRatings, "ratings/valid.csv", false)
        .await
        .unwrap();
    assert!(s.updated >= 3, "{s:?}");
    let s = data
        .import(ImportKind::Postcodes, "postcodes/valid.csv", false)
        .await
        .unwrap();
    assert_eq!(s.rejected, 0, "{s:?}");

    // The location's rating history survived the re-imports and the ratings file.
    let router = data.router().await;
    let (status, body) = api(&router, "/api/v1/providers/1-1001000002").await;
    assert_eq!(status, 200);
    assert_eq!(body["location"]["name"], "Kirkgate House");
    assert!(body["location"]["history"].as_array().unwrap().len() >= 2);
}

#[tokio::test]
async fn a_strict_or_broken_import_leaves_the_previous_data_serving() {
    let data = Data::new();
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let config = DataConfig::from_args(&data.args);
    let index = ProviderIndex::open(config.provider_index_dir()).unwrap();
    let generation = index.handle().generation();

    let err = data
        .import(ImportKind::CqcApi, "cqc_api/wrong-types.jsonl", true)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("line"), "{err}");
    assert!(err.contains("--strict"), "{err}");
    // A missing file is a clear error before anything changes.
    let err = data
        .import(
            ImportKind::CqcActiveLocations,
            "active_locations/nope.csv",
            false,
        )
        .await
        .unwrap_err();
    assert!(format!("{err:#}").contains("nope.csv"), "{err:#}");

    let index = ProviderIndex::open(config.provider_index_dir()).unwrap();
    assert_eq!(index.handle().generation(), generation, "index not swapped");
    let router = data.router().await;
    let (_, body) = api(&router, "/api/v1/providers?q=aireside").await;
    assert_eq!(body["total"], 1);
    // Nothing from the rejected strict import was committed.
    let (_, all) = api(
        &router,
        "/api/v1/providers?include_deregistered=true&per_page=50",
    )
    .await;
    assert_eq!(all["total"], 6);
}

/// Demonstration data (through the real CQC API importer) plus the hand-written fixtures.
pub(crate) async fn demo_site() -> (Data, axum::Router) {
    let data = Data::new();
    let (config, store) = open_store(&data.args).await.unwrap();
    let index = ProviderIndex::open(config.provider_index_dir()).unwrap();
    let s = load_demo(
        &config.data_dir,
        &store,
        &index,
        &GenerateOptions {
            locations: 3000,
            seed: 7,
        },
        &NoProgress,
    )
    .await
    .unwrap();
    assert!(s.synthetic && s.rejected == 0, "{s:?}");
    store.close().await;
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let router = data.router().await;
    (data, router)
}
