//! The store's behaviour, run against SQLite always and against Postgres when
//! `CARENAV_TEST_POSTGRES_URL` is set (the project's test script starts a local server and
//! sets it; under CI a missing Postgres is a failure, not a skip).

use carenav_domain::directory::{Location, Rating, RatingSet, RegistrationStatus};
use carenav_store::{Backend, ContentPage, DataLoad, ProviderRow, Store, Upsert};

fn location(id: &str, provider: &str, name: &str) -> Location {
    Location {
        location_id: id.into(),
        provider_id: Some(provider.into()),
        name: name.into(),
        postcode: Some("LS6 3HN".into()),
        latitude: Some(53.82),
        longitude: Some(-1.57),
        current: Some(RatingSet {
            overall: Rating::Good,
            date: Some("2024-03-14".into()),
            key_questions: Default::default(),
            report_link_id: None,
        }),
        ..Default::default()
    }
}

/// The provider directory's tables: upserts, lookups, paging, and a rolled-back import.
async fn exercise_directory(store: &Store) {
    let mut tx = store.begin_import().await.unwrap();
    assert_eq!(
        tx.upsert_location(&location("1-2", "1-9", "Beta House"), "t")
            .await
            .unwrap(),
        Upsert::Inserted
    );
    tx.upsert_location(&location("1-1", "1-9", "Alpha Court"), "t")
        .await
        .unwrap();
    let mut closed = location("1-3", "1-9", "Gamma Lodge");
    closed.registration_status = RegistrationStatus::Deregistered;
    tx.upsert_location(&closed, "t").await.unwrap();
    assert_eq!(
        tx.upsert_location(&location("1-2", "1-9", "Beta House Renamed"), "t")
            .await
            .unwrap(),
        Upsert::Updated
    );
    assert_eq!(
        tx.location("1-2").await.unwrap().unwrap().name,
        "Beta House Renamed"
    );
    tx.upsert_provider(&ProviderRow {
        provider_id: "1-9".into(),
        name: "Example Care Ltd".into(),
        ownership_type: Some("Organisation".into()),
        synthetic: true,
    })
    .await
    .unwrap();
    tx.upsert_postcode("LS6 3HN", 53.8225, -1.5786, Some("Leeds"))
        .await
        .unwrap();
    tx.commit().await.unwrap();

    assert_eq!(store.count_locations().await.unwrap(), 3);
    let loc = store.location("1-1").await.unwrap().unwrap();
    assert_eq!(loc.overall(), Rating::Good);
    assert_eq!(loc.latitude, Some(53.82));
    let names: Vec<String> = store
        .provider_locations("1-9")
        .await
        .unwrap()
        .into_iter()
        .map(|l| l.name)
        .collect();
    assert_eq!(
        names,
        vec!["Alpha Court", "Beta House Renamed", "Gamma Lodge"],
        "registered first, then by name"
    );
    let page = store.locations_after("1-1", 1).await.unwrap();
    assert_eq!(page[0].location_id, "1-2");
    assert_eq!(
        store.provider("1-9").await.unwrap().unwrap().name,
        "Example Care Ltd"
    );
    assert_eq!(
        store.provider_names().await.unwrap()["1-9"],
        "Example Care Ltd"
    );
    assert_eq!(
        store.postcode("LS6 3HN").await.unwrap(),
        Some((53.8225, -1.5786))
    );
    assert_eq!(store.count_postcodes().await.unwrap(), 1);

    // An import that is not committed leaves nothing behind.
    let mut tx = store.begin_import().await.unwrap();
    tx.upsert_location(&location("1-4", "1-9", "Delta"), "t")
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(store.count_locations().await.unwrap(), 3);
    assert!(store.location("1-4").await.unwrap().is_none());
}

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

    // One import at a time: a second lock is refused until the first is dropped.
    let held = store.lock_imports().await.expect("the import lock is free");
    assert!(matches!(
        store.lock_imports().await,
        Err(carenav_store::StoreError::ImportRunning)
    ));
    drop(held);
    let again = tokio::time::timeout(std::time::Duration::from_secs(5), async {
        loop {
            // Postgres: the lock goes with its connection, which closes in the background.
            match store.lock_imports().await {
                Ok(lock) => break lock,
                Err(carenav_store::StoreError::ImportRunning) => {
                    tokio::time::sleep(std::time::Duration::from_millis(20)).await
                }
                Err(e) => panic!("{e}"),
            }
        }
    })
    .await
    .expect("free again once dropped");
    drop(again);

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
    exercise_directory(store).await;
    exercise_publishing(store).await;
}

/// Accounts and hashed secrets, publications with their history, the audit log (which
/// refuses changes) and the data version.
async fn exercise_publishing(store: &Store) {
    use carenav_domain::date::Date;
    use carenav_domain::publish::{Availability, FeeSchedule, Provenance};
    use carenav_store::{Fact, NewFact, SecretKind};

    let account = store.create_account("1-9", "Manager").await.unwrap();
    store
        .add_secret(
            "h-invite",
            "abcd",
            account.id,
            SecretKind::Invite,
            2_000,
            "operator",
        )
        .await
        .unwrap();
    let owner = store
        .secret_owner("h-invite", SecretKind::Invite, 1_000)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(owner.account.provider_id, "1-9");
    // Expired, wrong kind, or used: no owner.
    assert!(
        store
            .secret_owner("h-invite", SecretKind::Invite, 2_000)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .secret_owner("h-invite", SecretKind::Api, 1_000)
            .await
            .unwrap()
            .is_none()
    );
    assert!(store.use_secret("h-invite", 1_000).await.unwrap());
    assert!(
        !store.use_secret("h-invite", 1_001).await.unwrap(),
        "a link signs in once"
    );
    assert!(
        store
            .secret_owner("h-invite", SecretKind::Invite, 1_000)
            .await
            .unwrap()
            .is_none()
    );

    let today = Date::parse("2026-11-29").unwrap();
    let body = serde_json::json!({
        "valid_from": "2026-04-01",
        "items": [{"care_type": "residential", "amount_from": 1150, "period": "week"}],
        "included": ["Meals"], "extras": [], "deposit": null, "increase_notice_days": 28,
        "last_increase": null, "accepts_council_rate": "yes", "fees_after_death_days": 3
    });
    let schedule = FeeSchedule::from_json(&body, today).unwrap();
    let provenance = Provenance {
        who: "provider".into(),
        how: "api".into(),
        as_of: today,
        source: "provider".into(),
    };
    let version = store.data_version().await.unwrap();
    let fact = NewFact {
        location_id: "1-1",
        provider_id: "1-9",
        provenance: &provenance,
        account_id: Some(account.id),
        actor: "account 1",
        synthetic: false,
        at: 1_764_374_400,
    };
    store.publish_fees(&fact, &schedule).await.unwrap();
    let mut raised = schedule.clone();
    raised.items[0].amount_from = carenav_domain::money::Pence(120_000);
    store
        .publish_fees(
            &NewFact {
                at: 1_764_460_800,
                ..fact
            },
            &raised,
        )
        .await
        .unwrap();
    assert_eq!(store.data_version().await.unwrap(), version + 2);
    let current = store.fees("1-1").await.unwrap().unwrap();
    assert_eq!(current.record, raised);
    assert_eq!(current.provenance.how, "api");
    let history = store.fee_history("1-1").await.unwrap();
    assert_eq!(history.len(), 2, "a fee rise keeps the old fee visible");
    assert_eq!(history[1].weekly_from.map(|p| p.0), Some(115_000));
    assert!(store.fees("1-2").await.unwrap().is_none());
    // Catching up: the newest per location, and only what came after an id already read.
    let all: Vec<(i64, String, carenav_domain::publish::Published<FeeSchedule>)> =
        store.current_after(Fact::Fees, 0).await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].2.record, raised);
    let newer: Vec<(i64, String, carenav_domain::publish::Published<FeeSchedule>)> =
        store.current_after(Fact::Fees, all[0].0).await.unwrap();
    assert!(newer.is_empty());

    let availability = Availability::from_json(
        &serde_json::json!({"items": [{"kind": "care_home_short_stay", "available": 1, "maximum": 2, "from": "2026-12-01", "to": "2026-12-31"}]}),
        today,
    )
    .unwrap();
    store
        .publish_availability(&fact, &availability)
        .await
        .unwrap();
    let all: Vec<(
        String,
        String,
        String,
        carenav_domain::publish::Published<Availability>,
    )> = store.all_current_named(Fact::Availability).await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].3.record, availability);

    let audit = store.audit_log(Some("1-1"), 10).await.unwrap();
    assert_eq!(audit.len(), 3);
    assert_eq!(audit[1].action, "publish_fees");
    assert!(audit[1].before.as_deref().unwrap().contains("1150"));
    assert!(audit[1].after.as_deref().unwrap().contains("1200"));
    assert_eq!(audit[2].before, None);
    for sql in [
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log",
    ] {
        let err = sqlx::query(sql).execute(store.pool()).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{err}");
    }

    let revoked = store.revoke_accounts(None, Some("1-9")).await.unwrap();
    assert_eq!(revoked, vec![account.id]);
    store
        .add_secret(
            "h-api",
            "efgh",
            account.id,
            SecretKind::Api,
            i64::MAX,
            "operator",
        )
        .await
        .unwrap();
    assert!(
        store
            .secret_owner("h-api", SecretKind::Api, 1_000)
            .await
            .unwrap()
            .is_none(),
        "a revoked account's secrets do not work"
    );
    assert!(store.revoke_accounts(None, None).await.unwrap().is_empty());
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
        "DROP TABLE IF EXISTS locations",
        "DROP TABLE IF EXISTS providers",
        "DROP TABLE IF EXISTS postcodes",
        "DROP TABLE IF EXISTS publisher_secrets",
        "DROP TABLE IF EXISTS publisher_accounts",
        "DROP TABLE IF EXISTS fee_schedules",
        "DROP TABLE IF EXISTS availability_updates",
        "DROP TABLE IF EXISTS council_rates",
        "DROP TABLE IF EXISTS audit_log",
        "DROP TABLE IF EXISTS data_version",
        "DROP FUNCTION IF EXISTS audit_log_append_only() CASCADE",
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
