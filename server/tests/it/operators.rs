//! `carenav import` as an operator meets it: a file whose every row is rejected fails; a second
//! import while one runs is refused with a clear message; UTF-16, the wrong kind of file and a
//! FIFO are refused before anything is read; and a fatal message says each thing once.

use std::path::{Path, PathBuf};

use carenav::cli::{ImportArgs, ImportFormat};
use carenav::commands::{import, open_store};

use crate::directory::Data;

fn fixture(path: &str) -> PathBuf {
    crate::common::manifest_dir()
        .join("../crates/ingest/tests/fixtures")
        .join(path)
}

async fn run(data: &Data, kind: ImportFormat, path: &Path) -> Result<(), String> {
    import::run(ImportArgs {
        kind,
        path: path.to_owned(),
        strict: false,
        data: data.args.clone(),
    })
    .await
    // As `carenav` prints it: the whole chain.
    .map_err(|e| format!("{e:#}"))
}

#[tokio::test]
async fn an_import_that_keeps_nothing_fails() {
    let data = Data::new();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"name\": \"no id\"}\n{\"also\": \"no id\"}\n").unwrap();
    let err = run(&data, ImportFormat::CqcApi, &bad).await.unwrap_err();
    assert!(
        err.contains("nothing was imported: all 2 rows were rejected"),
        "{err}"
    );
    // A good file still succeeds.
    run(&data, ImportFormat::CqcApi, &fixture("cqc_api/valid.jsonl"))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_second_import_while_one_runs_is_refused_plainly() {
    let data = Data::new();
    run(&data, ImportFormat::CqcApi, &fixture("cqc_api/valid.jsonl"))
        .await
        .unwrap();
    let (_, store) = open_store(&data.args).await.unwrap();
    let held = store.lock_imports().await.unwrap();
    let err = run(&data, ImportFormat::CqcApi, &fixture("cqc_api/valid.jsonl"))
        .await
        .unwrap_err();
    assert!(
        err.contains("another import is running on this database"),
        "{err}"
    );
    assert!(!err.contains("database is locked"), "{err}");
    drop(held);
    run(&data, ImportFormat::CqcApi, &fixture("cqc_api/valid.jsonl"))
        .await
        .unwrap();
}

#[tokio::test]
async fn files_of_the_wrong_shape_are_refused_before_reading() {
    let data = Data::new();
    let dir = tempfile::tempdir().unwrap();

    // UTF-16 (as Excel's "Unicode text" saves), with and without a byte-order mark.
    let csv = std::fs::read_to_string(fixture("active_locations/valid.csv")).unwrap();
    let utf16: Vec<u8> = csv.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for (name, bom) in [("bom.csv", true), ("nobom.csv", false)] {
        let path = dir.path().join(name);
        let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        bytes.extend_from_slice(&utf16);
        std::fs::write(&path, bytes).unwrap();
        let err = run(&data, ImportFormat::CqcActiveLocations, &path)
            .await
            .unwrap_err();
        assert!(
            err.contains("UTF-16") && err.contains("Save it as UTF-8"),
            "{err}"
        );
    }

    // The ratings sheet imported as active locations; a CSV imported as API JSON.
    let err = run(
        &data,
        ImportFormat::CqcActiveLocations,
        &fixture("ratings/valid.csv"),
    )
    .await
    .unwrap_err();
    assert!(
        err.contains("looks like a CQC ratings file") && err.contains("cqc-ratings"),
        "{err}"
    );
    let err = run(
        &data,
        ImportFormat::CqcApi,
        &fixture("active_locations/valid.csv"),
    )
    .await
    .unwrap_err();
    assert!(
        err.contains("not CQC API JSON") && err.contains("Location ID"),
        "{err}"
    );

    // A FIFO would block forever.
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let err = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        run(&data, ImportFormat::CqcActiveLocations, &fifo),
    )
    .await
    .expect("refused at once, not blocked")
    .unwrap_err();
    assert!(err.contains("is not a regular file"), "{err}");

    // Said once: the path and the reason appear one time each.
    let missing = dir.path().join("missing.csv");
    let err = run(&data, ImportFormat::CqcActiveLocations, &missing)
        .await
        .unwrap_err();
    assert_eq!(err.matches("missing.csv").count(), 1, "{err}");
    assert_eq!(err.matches("No such file").count(), 1, "{err}");
}
