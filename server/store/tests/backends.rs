//! The store's behaviour, run against SQLite always and against Postgres when
//! `CARENAV_TEST_POSTGRES_URL` is set (the project's test script starts a local server and
//! sets it; under CI a missing Postgres is a failure, not a skip).

use carenav_store::{Backend, ContentPage, DataLoad, Store};

fn page(id: &str, kind: &str, title: &str) -> ContentPage {
    ContentPage {
        id: id.into(),
        kind: kind.into(),
        slug: id.into(),
        locale: "en-GB".into(),
        url: format!("/{id}"),
        title: title.into(),
        summary: "summary".into(),
        body: "body text".into(),
        keywords: String::new(),
    }
}

async fn exercise(store: &Store) {
    store.migrate().await.expect("migrate");
    store.migrate().await.expect("migrate twice is a no-op");
    store.ping().await.expect("ping");

    assert!(!store.has_synthetic_data().await.unwrap());
    store
        .replace_pages(
            &["section", "page"],
            &[page("a", "section", "A"), page("b", "page", "B")],
        )
        .await
        .unwrap();
    // Replacing one kind leaves the other alone and is atomic per call.
    store
        .replace_pages(&["section"], &[page("c", "section", "C")])
        .await
        .unwrap();
    let ids: Vec<String> = store
        .pages()
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(ids, vec!["b", "c"]);

    store
        .record_load(&DataLoad {
            kind: "demo".into(),
            source: "generator".into(),
            synthetic: true,
            started_at: 1,
            finished_at: 2,
            rows_read: 10,
            rows_imported: 9,
            rows_rejected: 1,
        })
        .await
        .unwrap();
    assert!(store.has_synthetic_data().await.unwrap());
    let loads = store.recent_loads(5).await.unwrap();
    assert_eq!(loads.len(), 1);
    assert!(loads[0].synthetic);
    assert_eq!(loads[0].rows_rejected, 1);
}

#[tokio::test]
async fn sqlite_backend() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/nested/carenav.db", dir.path().display());
    let store = Store::connect(&url).await.unwrap();
    assert_eq!(store.backend(), Backend::Sqlite);
    exercise(&store).await;
    store.close().await;
    assert!(dir.path().join("nested/carenav.db").exists());
}

#[tokio::test]
async fn postgres_backend() {
    let Ok(url) = std::env::var("CARENAV_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("CI").is_err(),
            "CARENAV_TEST_POSTGRES_URL must be set under CI (scripts/test.sh starts Postgres)"
        );
        eprintln!("skipping: CARENAV_TEST_POSTGRES_URL not set (run scripts/test.sh)");
        return;
    };
    // A fresh schema per run: drop what an earlier run left.
    let store = Store::connect(&url).await.unwrap();
    for stmt in [
        "DROP TABLE IF EXISTS content_pages",
        "DROP TABLE IF EXISTS data_loads",
        "DROP TABLE IF EXISTS _sqlx_migrations",
    ] {
        sqlx::query(stmt).execute(store.pool()).await.unwrap();
    }
    assert_eq!(store.backend(), Backend::Postgres);
    exercise(&store).await;
}

#[tokio::test]
async fn rejects_unknown_urls() {
    let err = Store::connect("mysql://x").await.unwrap_err();
    assert!(err.to_string().contains("unsupported database URL"));
}
