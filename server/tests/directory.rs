//! The provider directory end to end in-process: the real importers into a real SQLite
//! store, the real tantivy index, and the JSON API over the real router.

mod common;

use std::path::{Path, PathBuf};

use carenav::cli::DataArgs;
use carenav::commands::{open_store, prepare};
use carenav::config::DataConfig;
use carenav::directory::{ImportKind, import_file, load_demo};
use carenav_directory::generator::GenerateOptions;
use carenav_search::ProviderIndex;
use common::{get, json};
use serde_json::Value;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("directory/tests/fixtures")
        .join(path)
}

struct Data {
    dir: tempfile::TempDir,
    args: DataArgs,
}

impl Data {
    fn new() -> Data {
        let dir = tempfile::tempdir().unwrap();
        let args = DataArgs {
            data_dir: dir.path().join("data"),
            database_url: None,
        };
        Data { dir, args }
    }

    async fn import(
        &self,
        kind: ImportKind,
        path: &str,
        strict: bool,
    ) -> anyhow::Result<carenav::directory::ImportSummary> {
        let (config, store) = open_store(&self.args).await.unwrap();
        let index = ProviderIndex::open(config.provider_index_dir()).unwrap();
        let res = import_file(&store, &index, kind, &fixture(path), strict).await;
        store.close().await;
        res
    }

    async fn router(&self) -> axum::Router {
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

async fn api(router: &axum::Router, uri: &str) -> (u16, Value) {
    let (status, _, body) = get(router, uri, &[]).await;
    (status.as_u16(), json(&body))
}

fn names(v: &Value) -> Vec<String> {
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
async fn demo_site() -> (Data, axum::Router) {
    let data = Data::new();
    let (config, store) = open_store(&data.args).await.unwrap();
    let index = ProviderIndex::open(config.provider_index_dir()).unwrap();
    let s = load_demo(
        &config,
        &store,
        &index,
        &GenerateOptions {
            locations: 3000,
            seed: 7,
        },
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

#[tokio::test]
async fn relevance_filters_facets_and_distance() {
    let (_data, router) = demo_site().await;

    // Exact name first; a one-letter typo still finds it; a prefix while typing finds it.
    for q in [
        "Aireside Manor Nursing Home",
        "aireside manor",
        "Airside Manor",
        "Aireside Manr",
        "airesi",
    ] {
        let (status, body) = api(
            &router,
            &format!("/api/v1/providers?q={}", q.replace(' ', "+")),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(
            names(&body).first().map(String::as_str),
            Some("Aireside Manor Nursing Home"),
            "query {q:?}: {:?}",
            names(&body)
        );
    }

    // A postcode query is a place: results come nearest first, with distances.
    let (_, body) = api(&router, "/api/v1/providers?q=LS6+3HN").await;
    let d: Vec<f64> = body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["distance_km"].as_f64().unwrap())
        .collect();
    assert!(!d.is_empty());
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");
    assert!(d[0] < 1.0, "{d:?}");
    assert_eq!(body["near"]["source"], "exact");

    // Synonyms: "nursing home" and "domiciliary care" find care homes and home care.
    let (_, body) = api(&router, "/api/v1/providers?q=domiciliary+care&per_page=50").await;
    assert!(body["total"].as_u64().unwrap() > 0);
    assert!(
        body["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["service_types"].as_array().unwrap().iter().any(|s| s
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("home"))),
        "{:?}",
        names(&body)
    );

    // Filters and facet counts agree: each facet count equals the total when it is chosen.
    let base = "/api/v1/providers?near=Leeds&radius_km=50";
    let (_, body) = api(&router, base).await;
    let total = body["total"].as_u64().unwrap();
    assert!(total > 0);
    for f in body["facets"]["service"].as_array().unwrap() {
        let (value, count) = (f["value"].as_str().unwrap(), f["count"].as_u64().unwrap());
        let (_, filtered) = api(&router, &format!("{base}&service={value}")).await;
        assert_eq!(
            filtered["total"].as_u64().unwrap(),
            count,
            "service {value}"
        );
    }
    for f in body["facets"]["min_rating"].as_array().unwrap() {
        let (value, count) = (f["value"].as_str().unwrap(), f["count"].as_u64().unwrap());
        let (_, filtered) = api(&router, &format!("{base}&min_rating={value}")).await;
        assert_eq!(filtered["total"].as_u64().unwrap(), count, "rating {value}");
    }
    let spec = "/api/v1/providers?near=Leeds&radius_km=10&min_rating=good&specialism=dementia";
    let (_, body) = api(&router, spec).await;
    for r in body["results"].as_array().unwrap() {
        assert!(r["distance_km"].as_f64().unwrap() <= 10.0);
        assert!(matches!(
            r["overall_rating"].as_str().unwrap(),
            "good" | "outstanding"
        ));
        assert!(
            r["specialisms"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s.as_str().unwrap().contains("Dementia"))
        );
    }
    let (_, radius) = api(&router, "/api/v1/providers?near=Leeds&radius_km=50").await;
    let within10 = radius["facets"]["radius_km"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["value"] == "10")
        .unwrap()["count"]
        .as_u64()
        .unwrap();
    let (_, ten) = api(&router, "/api/v1/providers?near=Leeds&radius_km=10").await;
    assert_eq!(ten["total"].as_u64().unwrap(), within10);

    // Deregistered locations are hidden unless asked for.
    let q = "/api/v1/providers?q=Old+Mill+Residential+Home&per_page=50";
    let (_, hidden) = api(&router, q).await;
    assert!(!names(&hidden).contains(&"Old Mill Residential Home".to_owned()));
    assert!(hidden["facets"]["deregistered"].as_u64().unwrap() >= 1);
    let (_, shown) = api(&router, &format!("{q}&include_deregistered=true")).await;
    assert_eq!(names(&shown)[0], "Old Mill Residential Home");
    assert_eq!(shown["results"][0]["deregistered"], true);

    // Sorting by rating date: newest first.
    let (_, recent) = api(&router, "/api/v1/providers?sort=recent&per_page=20").await;
    let dates: Vec<String> = recent["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["rating_date"].as_str().map(str::to_owned))
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
}

#[tokio::test]
async fn bad_parameters_are_clear_400s() {
    let (_data, router) = demo_site().await;
    for (uri, param) in [
        ("/api/v1/providers?radius_km=far&near=Leeds", "radius_km"),
        ("/api/v1/providers?service=spa", "service"),
        ("/api/v1/providers?min_safe=excellent", "min_safe"),
        ("/api/v1/providers?sort=distance", "sort"),
        ("/api/v1/providers?page=0", "page"),
        ("/api/v1/providers?near=Atlantis", "near"),
    ] {
        let (status, body) = api(&router, uri).await;
        assert_eq!(status, 400, "{uri}");
        assert_eq!(body["error"]["fields"][0]["param"], param, "{uri}: {body}");
        assert!(!body["error"]["message"].as_str().unwrap().is_empty());
    }
    let (status, _) = api(&router, "/api/v1/providers/not-an-id").await;
    assert_eq!(status, 400);
    let (status, _) = api(&router, "/api/v1/providers/1-999").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn pages_render_without_javascript() {
    let (_data, router) = demo_site().await;
    let (status, _, html) = get(&router, "/providers?q=aireside", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("Aireside Manor Nursing Home"));
    assert!(
        html.contains("demo-banner"),
        "demonstration data is labelled"
    );
    let (status, _, html) = get(&router, "/providers/1-1001000002", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("Kirkgate House"));
    assert!(html.contains("rating-history"));
    assert!(
        html.contains("provider-below-good"),
        "a repeated Requires improvement shows"
    );
    let (status, _, html) = get(
        &router,
        "/providers/compare?id=1-1001000001&id=1-1001000002",
        &[],
    )
    .await;
    assert_eq!(status, 200);
    assert!(html.contains("Aireside Manor Nursing Home") && html.contains("Kirkgate House"));
    let (status, _, html) = get(&router, "/providers?near=Atlantis", &[]).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("error-summary"),
        "{}",
        &html[..html.len().min(500)]
    );
}
