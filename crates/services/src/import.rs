//! Import use cases: `import` (CQC API JSON, HSCA Active Locations CSV, Latest Ratings CSV,
//! postcodes CSV), demonstration data, and the provider-index rebuild every import ends with.
//!
//! An import streams its file on a blocking thread (the readers in `carenav-ingest` validate
//! row by row) into one database transaction, merging each record with the stored one by the
//! domain's rules ([`carenav_domain::directory::merge`]). A bad row is reported (file, line,
//! field, reason) and skipped, unless `strict`. Only when the whole file has been read is the
//! transaction committed and the search index rebuilt and swapped; a failure or an
//! interruption before that leaves the previous data and index serving.
//!
//! The caller chooses how progress is shown ([`Progress`]): the command line draws a spinner,
//! tests and the server pass [`NoProgress`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use carenav_domain::directory::Location;
use carenav_domain::directory::merge::{apply_rating, carry_history, merge_partial};
use carenav_ingest::generator::{GenerateOptions, GenerateStats, generate};
use carenav_ingest::read::{
    PostcodeRecord, ReadError, RowError, active_locations::read_active_locations,
    cqc_api::ApiRecord, cqc_api::read_cqc_api, postcodes::read_postcodes, ratings::read_ratings,
};
use carenav_search::{BuildStats, ProviderIndex};
use carenav_store::{DataLoad, ImportTx, ProviderRow, Store, Upsert, unix_now};

/// Where an import reports how far it has got (about ten times a second at most).
pub trait Progress: Sync {
    fn update(&self, message: &str);
}

/// Progress that goes nowhere.
pub struct NoProgress;

impl Progress for NoProgress {
    fn update(&self, _: &str) {}
}

/// Why an import stopped. Nothing was committed in any of these cases: the previous data and
/// index are still serving.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("could not read {}: {}", .0.display(), .1)]
    Read(PathBuf, #[source] ReadError),
    #[error("could not write {}: {}", .0.display(), .1)]
    Write(PathBuf, #[source] std::io::Error),
    #[error("{0}\n--strict: nothing was imported; the previous data is still serving")]
    Strict(RowError),
    #[error("the file reader stopped unexpectedly")]
    ReaderStopped,
    #[error("the index builder stopped unexpectedly")]
    IndexBuilderStopped,
    #[error(transparent)]
    Store(#[from] carenav_store::StoreError),
    #[error(transparent)]
    Search(#[from] carenav_search::SearchError),
}

/// The formats `carenav import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    /// CQC public API objects (locations and providers), one JSON object per line, or a
    /// directory of such files.
    CqcApi,
    /// CQC "HSCA Active Locations" CSV export.
    CqcActiveLocations,
    /// CQC "Latest ratings" (Locations sheet as CSV, long format).
    CqcRatings,
    /// ONS Postcode Directory / Code-Point-Open-style CSV with latitude and longitude.
    Postcodes,
}

impl ImportKind {
    pub const ALL: [ImportKind; 4] = [
        ImportKind::CqcApi,
        ImportKind::CqcActiveLocations,
        ImportKind::CqcRatings,
        ImportKind::Postcodes,
    ];

    /// The name used on the command line and in the load log.
    pub fn code(self) -> &'static str {
        match self {
            ImportKind::CqcApi => "cqc-api",
            ImportKind::CqcActiveLocations => "cqc-active-locations",
            ImportKind::CqcRatings => "cqc-ratings",
            ImportKind::Postcodes => "postcodes",
        }
    }
}

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ImportSummary {
    pub read: u64,
    pub imported: u64,
    pub updated: u64,
    pub rejected: u64,
    pub synthetic: bool,
    pub errors: Vec<RowError>,
    pub index: Option<BuildStats>,
}

impl ImportSummary {
    fn count(&mut self, upsert: Upsert) {
        match upsert {
            Upsert::Inserted => self.imported += 1,
            Upsert::Updated => self.updated += 1,
        }
    }

    fn reject(&mut self, error: RowError, strict: bool) -> Result<(), ImportError> {
        self.rejected += 1;
        if strict {
            return Err(ImportError::Strict(error));
        }
        if self.errors.len() < 1000 {
            self.errors.push(error);
        }
        Ok(())
    }
}

/// Items the reader thread sends to the database loop.
enum Item {
    Api(Result<ApiRecord, RowError>),
    Location(Result<Box<Location>, RowError>),
    Postcode(Result<PostcodeRecord, RowError>),
}

/// Import one file (or directory) and, when anything changed, rebuild the provider index.
pub async fn import_file(
    store: &Store,
    index: &ProviderIndex,
    kind: ImportKind,
    path: &Path,
    strict: bool,
    progress: &dyn Progress,
) -> Result<ImportSummary, ImportError> {
    let started = unix_now();
    progress.update(&format!("{}: starting", kind.code()));
    let source = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let mut tx = store.begin_import().await?;
    let mut summary = ImportSummary::default();
    let result = match kind {
        ImportKind::CqcRatings => {
            import_ratings(&mut tx, path, &source, strict, &mut summary).await
        }
        _ => import_stream(&mut tx, kind, path, &source, strict, &mut summary, progress).await,
    };
    if let Err(e) = result {
        tx.rollback().await.ok();
        return Err(e);
    }
    tx.record_load(&DataLoad {
        kind: kind.code().to_owned(),
        source,
        synthetic: summary.synthetic,
        started_at: started,
        finished_at: unix_now(),
        rows_read: summary.read as i64,
        rows_imported: (summary.imported + summary.updated) as i64,
        rows_rejected: summary.rejected as i64,
    })
    .await?;
    tx.commit().await?;
    if summary.imported + summary.updated > 0 || !index.is_ready() {
        summary.index = Some(rebuild_provider_index(store, index).await?);
    }
    Ok(summary)
}

async fn import_stream(
    tx: &mut ImportTx,
    kind: ImportKind,
    path: &Path,
    source: &str,
    strict: bool,
    summary: &mut ImportSummary,
    progress: &dyn Progress,
) -> Result<(), ImportError> {
    let (send, mut recv) = tokio::sync::mpsc::channel::<Item>(1024);
    let path_buf: PathBuf = path.to_path_buf();
    let reader = tokio::task::spawn_blocking(move || -> Result<(), ReadError> {
        match kind {
            ImportKind::CqcApi => {
                for item in read_cqc_api(&path_buf)? {
                    if send.blocking_send(Item::Api(item)).is_err() {
                        break;
                    }
                }
            }
            ImportKind::CqcActiveLocations => {
                for item in read_active_locations(&path_buf)? {
                    if send
                        .blocking_send(Item::Location(item.map(Box::new)))
                        .is_err()
                    {
                        break;
                    }
                }
            }
            ImportKind::Postcodes => {
                for item in read_postcodes(&path_buf)? {
                    if send.blocking_send(Item::Postcode(item)).is_err() {
                        break;
                    }
                }
            }
            ImportKind::CqcRatings => {}
        }
        Ok(())
    });
    let tick = Instant::now();
    let mut last_draw = Instant::now();
    while let Some(item) = recv.recv().await {
        summary.read += 1;
        if last_draw.elapsed() > Duration::from_millis(100) {
            last_draw = Instant::now();
            let rate = summary.read as f64 / tick.elapsed().as_secs_f64().max(0.001);
            progress.update(&format!(
                "{}: {} rows read, {} rejected ({rate:.0} rows/s)",
                kind.code(),
                summary.read,
                summary.rejected
            ));
        }
        match item {
            Item::Api(Ok(ApiRecord::Location(loc))) => {
                let mut loc = *loc;
                summary.synthetic |= loc.synthetic;
                if let Some(old) = tx.location(&loc.location_id).await? {
                    carry_history(&mut loc, &old);
                }
                let upsert = tx.upsert_location(&loc, source).await?;
                summary.count(upsert);
            }
            Item::Api(Ok(ApiRecord::Provider(p))) => {
                summary.synthetic |= p.synthetic;
                let upsert = tx
                    .upsert_provider(&ProviderRow {
                        provider_id: p.provider_id,
                        name: p.name,
                        ownership_type: p.ownership_type,
                        synthetic: p.synthetic,
                    })
                    .await?;
                summary.count(upsert);
            }
            Item::Location(Ok(loc)) => {
                let mut loc = *loc;
                if let Some(old) = tx.location(&loc.location_id).await? {
                    merge_partial(&mut loc, old);
                }
                summary.synthetic |= loc.synthetic;
                let upsert = tx.upsert_location(&loc, source).await?;
                summary.count(upsert);
            }
            Item::Postcode(Ok(p)) => {
                let upsert = tx
                    .upsert_postcode(
                        &p.postcode,
                        p.latitude,
                        p.longitude,
                        p.local_authority.as_deref(),
                    )
                    .await?;
                summary.count(upsert);
            }
            Item::Api(Err(e)) | Item::Location(Err(e)) | Item::Postcode(Err(e)) => {
                summary.reject(e, strict)?;
            }
        }
    }
    reader
        .await
        .map_err(|_| ImportError::ReaderStopped)?
        .map_err(|e| ImportError::Read(path.to_path_buf(), e))?;
    Ok(())
}

async fn import_ratings(
    tx: &mut ImportTx,
    path: &Path,
    source: &str,
    strict: bool,
    summary: &mut ImportSummary,
) -> Result<(), ImportError> {
    let path_buf = path.to_path_buf();
    let (updates, errors, rows) = tokio::task::spawn_blocking(move || read_ratings(&path_buf))
        .await
        .map_err(|_| ImportError::ReaderStopped)?
        .map_err(|e| ImportError::Read(path.to_path_buf(), e))?;
    summary.read = rows;
    for e in errors {
        summary.reject(e, strict)?;
    }
    for update in updates {
        let Some(mut loc) = tx.location(&update.location_id).await? else {
            summary.reject(
                RowError {
                    source: source.to_owned(),
                    line: update.line,
                    field: Some("Location ID".into()),
                    message: format!(
                        "location {} is not in the directory: import the locations (cqc-api or cqc-active-locations) first",
                        update.location_id
                    ),
                },
                strict,
            )?;
            continue;
        };
        apply_rating(&mut loc, update.ratings);
        summary.synthetic |= loc.synthetic;
        tx.upsert_location(&loc, source).await?;
        summary.updated += 1;
    }
    Ok(())
}

/// Build a new provider index generation from the store and swap it in.
pub async fn rebuild_provider_index(
    store: &Store,
    index: &ProviderIndex,
) -> Result<BuildStats, ImportError> {
    let (send, mut recv) = tokio::sync::mpsc::channel::<Location>(4096);
    let builder = {
        let index = index.clone();
        tokio::task::spawn_blocking(move || {
            index.rebuild(std::iter::from_fn(|| recv.blocking_recv()))
        })
    };
    let names: HashMap<String, String> = store.provider_names().await?;
    let has_postcodes = store.count_postcodes().await? > 0;
    let mut after = String::new();
    'pages: loop {
        let page = store.locations_after(&after, 2000).await?;
        let Some(last) = page.last() else { break };
        after = last.location_id.clone();
        for mut loc in page {
            if loc.provider_name.is_none()
                && let Some(name) = loc.provider_id.as_ref().and_then(|p| names.get(p))
            {
                loc.provider_name = Some(name.clone());
            }
            if has_postcodes
                && (loc.latitude.is_none() || loc.longitude.is_none())
                && let Some(pc) = &loc.postcode
                && let Some((lat, lon)) = store.postcode(pc).await?
            {
                loc.latitude = Some(lat);
                loc.longitude = Some(lon);
            }
            if send.send(loc).await.is_err() {
                break 'pages; // the builder failed; its error is reported below
            }
        }
    }
    drop(send);
    let stats = builder
        .await
        .map_err(|_| ImportError::IndexBuilderStopped)??;
    tracing::info!(
        documents = stats.documents,
        approximated = stats.approximated,
        "provider index built"
    );
    Ok(stats)
}

/// Write demonstration data (CQC API format, every record marked synthetic) to `out`.
pub fn write_demo_file(
    options: &GenerateOptions,
    out: &Path,
) -> Result<GenerateStats, ImportError> {
    let io = |e: std::io::Error| ImportError::Write(out.to_path_buf(), e);
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| ImportError::Write(dir.to_path_buf(), e))?;
    }
    let file = std::fs::File::create(out).map_err(io)?;
    let mut w = std::io::BufWriter::new(file);
    let stats = generate(options, &mut w).map_err(io)?;
    std::io::Write::flush(&mut w).map_err(io)?;
    Ok(stats)
}

/// Generate demonstration data into the data directory and load it through the real
/// CQC API importer.
pub async fn load_demo(
    work_dir: &Path,
    store: &Store,
    index: &ProviderIndex,
    options: &GenerateOptions,
    progress: &dyn Progress,
) -> Result<ImportSummary, ImportError> {
    let file = work_dir.join(format!(
        "demo-cqc-{}-seed{}.jsonl",
        options.locations, options.seed
    ));
    let (opts, path) = (*options, file.clone());
    tokio::task::spawn_blocking(move || write_demo_file(&opts, &path))
        .await
        .map_err(|_| ImportError::ReaderStopped)??;
    let summary = import_file(store, index, ImportKind::CqcApi, &file, false, progress).await?;
    std::fs::remove_file(&file).ok();
    Ok(summary)
}
