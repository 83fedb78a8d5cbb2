//! Provider search off the async workers: concurrent first searches on a cold index load its
//! table once, and start-up loads it before the first request.

use carenav::config::DataConfig;
use carenav_domain::directory::ProviderQuery;
use carenav_search::ProviderIndex;
use carenav_services::import::ImportKind;

use crate::directory::Data;

#[tokio::test]
async fn sixteen_cold_searches_load_the_table_once() {
    let data = Data::new();
    data.import(ImportKind::CqcApi, "cqc_api/valid.jsonl", false)
        .await
        .unwrap();
    let dir = DataConfig::from_args(&data.args).provider_index_dir();
    let index = ProviderIndex::open(&dir).unwrap();
    assert_eq!(index.table_loads(), 0);
    let query = ProviderQuery::from_pairs(vec![("q".to_owned(), "care".to_owned())]).unwrap();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(16));
    let threads: Vec<_> = (0..16)
        .map(|_| {
            let (index, query, barrier) = (index.clone(), query.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                index.search(&query, None, 20_400).unwrap().total
            })
        })
        .collect();
    let totals: Vec<u64> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert!(
        totals.iter().all(|&t| t == totals[0] && t > 0),
        "{totals:?}"
    );
    assert_eq!(index.table_loads(), 1, "one load shared by all sixteen");

    // A server loads it at start-up, before any search.
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    std::fs::write(
        site.path().join("pkg/manifest.json"),
        r#"{ "js": "a.js", "wasm": "a.wasm", "css": "a.css" }"#,
    )
    .unwrap();
    let state = carenav::commands::prepare(&data.args, site.path())
        .await
        .unwrap();
    assert_eq!(
        state.services.providers.table_loads(),
        1,
        "loaded at start-up"
    );
}
