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
    council_rates::read_council_rates, cqc_api::ApiRecord, cqc_api::read_cqc_api,
    postcodes::read_postcodes, ratings::read_ratings,
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
    // The reader's own message names the file; it is shown once (no `#[source]`, which
    // would print it again in the error chain).
    #[error("{1}")]
    Read(PathBuf, ReadError),
    #[error("could not write {}: {}", .0.display(), .1)]
    Write(PathBuf, std::io::Error),
    #[error("{} is not a regular file{}: nothing was read", .0.display(), if .0.is_dir() { " (only cqc-api reads a directory)" } else { "" })]
    NotAFile(PathBuf),
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
    /// Councils' usual rates for care-home places (the FOI schema; see docs/data.md).
    CouncilRates,
}

impl ImportKind {
    pub const ALL: [ImportKind; 5] = [
        ImportKind::CqcApi,
        ImportKind::CqcActiveLocations,
        ImportKind::CqcRatings,
        ImportKind::Postcodes,
        ImportKind::CouncilRates,
    ];

    /// The name used on the command line and in the load log.
    pub fn code(self) -> &'static str {
        match self {
            ImportKind::CqcApi => "cqc-api",
            ImportKind::CqcActiveLocations => "cqc-active-locations",
            ImportKind::CqcRatings => "cqc-ratings",
            ImportKind::Postcodes => "postcodes",
            ImportKind::CouncilRates => "council-rates",
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
/// One import runs at a time on a database: a second one is refused at once, with a message
/// that says so, before it reads anything.
pub async fn import_file(
    store: &Store,
    index: &ProviderIndex,
    kind: ImportKind,
    path: &Path,
    strict: bool,
    progress: &dyn Progress,
) -> Result<ImportSummary, ImportError> {
    let _lock = store.lock_imports().await?;
    import_file_locked(store, index, kind, path, strict, progress).await
}

async fn import_file_locked(
    store: &Store,
    index: &ProviderIndex,
    kind: ImportKind,
    path: &Path,
    strict: bool,
    progress: &dyn Progress,
) -> Result<ImportSummary, ImportError> {
    // A FIFO or a device would block or never end: only files (and, for the API format,
    // directories of files).
    let meta = std::fs::metadata(path).map_err(|e| {
        ImportError::Read(
            path.to_owned(),
            ReadError::Io {
                path: path.to_owned(),
                error: e,
            },
        )
    })?;
    if !(meta.is_file() || (meta.is_dir() && kind == ImportKind::CqcApi)) {
        return Err(ImportError::NotAFile(path.to_owned()));
    }
    let started = unix_now();
    progress.update(&format!("{}: starting", kind.code()));
    let source = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    if kind == ImportKind::CouncilRates {
        return import_council_rates(store, path, &source, strict, started, false).await;
    }
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
            ImportKind::CqcRatings | ImportKind::CouncilRates => {}
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

/// Councils' usual rates: read the whole (small) file, then store every good row in one
/// transaction with its audit record. Nothing is stored when `strict` meets a bad row.
pub async fn import_council_rates(
    store: &Store,
    path: &Path,
    source: &str,
    strict: bool,
    started: i64,
    synthetic: bool,
) -> Result<ImportSummary, ImportError> {
    let path_buf = path.to_path_buf();
    let (rates, errors, rows) = tokio::task::spawn_blocking(move || {
        let reader = read_council_rates(&path_buf)?;
        let (mut rates, mut errors, mut rows) = (Vec::new(), Vec::new(), 0u64);
        for item in reader {
            rows += 1;
            match item {
                Ok(r) => rates.push(r),
                Err(e) => errors.push(e),
            }
        }
        Ok::<_, ReadError>((rates, errors, rows))
    })
    .await
    .map_err(|_| ImportError::ReaderStopped)?
    .map_err(|e| ImportError::Read(path.to_path_buf(), e))?;
    let mut summary = ImportSummary {
        read: rows,
        synthetic,
        ..Default::default()
    };
    for e in errors {
        summary.reject(e, strict)?;
    }
    if !rates.is_empty() {
        let (inserted, updated) = store
            .upsert_council_rates(&rates, source, synthetic)
            .await?;
        summary.imported = inserted;
        summary.updated = updated;
    }
    store
        .record_load(&DataLoad {
            kind: ImportKind::CouncilRates.code().to_owned(),
            source: source.to_owned(),
            synthetic,
            started_at: started,
            finished_at: unix_now(),
            rows_read: summary.read as i64,
            rows_imported: (summary.imported + summary.updated) as i64,
            rows_rejected: summary.rejected as i64,
        })
        .await?;
    Ok(summary)
}

/// The store's directory version (the newest load the provider index is built from).
pub async fn directory_version(store: &Store) -> Result<Option<i64>, carenav_store::StoreError> {
    Ok(store
        .directory_version(ImportKind::CouncilRates.code())
        .await?
        .map(|(id, _)| id))
}

/// Whether the live provider index was built from older data than the store holds (a crash
/// between an import's commit and its index swap leaves it so). An index built before
/// versions were recorded counts as behind once, so it is rebuilt and recorded.
pub async fn provider_index_behind(
    store: &Store,
    index: &ProviderIndex,
) -> Result<bool, carenav_store::StoreError> {
    let store_version = directory_version(store).await?;
    Ok(match (store_version, index.built_from()) {
        (None, _) => false,
        (Some(s), Some(built)) => built < s,
        (Some(_), None) => true,
    })
}

/// Build a new provider index generation from the store and swap it in.
pub async fn rebuild_provider_index(
    store: &Store,
    index: &ProviderIndex,
) -> Result<BuildStats, ImportError> {
    // Read the version first: a load that commits while this reads is newer than the
    // generation records, so the next check rebuilds again rather than missing it.
    let version = directory_version(store).await?;
    let (send, mut recv) = tokio::sync::mpsc::channel::<Location>(4096);
    let builder = {
        let index = index.clone();
        tokio::task::spawn_blocking(move || {
            index.rebuild(std::iter::from_fn(|| recv.blocking_recv()), version)
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
    let _lock = store.lock_imports().await?;
    let (opts, path) = (*options, file.clone());
    tokio::task::spawn_blocking(move || write_demo_file(&opts, &path))
        .await
        .map_err(|_| ImportError::ReaderStopped)??;
    let summary =
        import_file_locked(store, index, ImportKind::CqcApi, &file, false, progress).await?;
    std::fs::remove_file(&file).ok();
    progress.update("demonstration data: publishing fees and short breaks");
    publish_demo_facts(store, options.seed).await?;
    load_usual_rates(work_dir, store).await?;
    Ok(summary)
}

/// Councils' usual rates found in public sources, shipped with the site
/// (`content/councils/usual-rates.csv`, each row with its source address; real data, not
/// demonstration data). Loaded with the demonstration data so its pages show them.
pub const USUAL_RATES_CSV: &str = include_str!("../../../content/councils/usual-rates.csv");

/// Import [`USUAL_RATES_CSV`] through the council-rates importer.
pub async fn load_usual_rates(
    work_dir: &Path,
    store: &Store,
) -> Result<ImportSummary, ImportError> {
    let file = work_dir.join("usual-rates.csv");
    std::fs::write(&file, USUAL_RATES_CSV).map_err(|e| ImportError::Write(file.clone(), e))?;
    let summary = import_council_rates(
        store,
        &file,
        "content/councils/usual-rates.csv",
        false,
        unix_now(),
        false,
    )
    .await;
    std::fs::remove_file(&file).ok();
    summary
}

/// Publish the generator's made-up fees and availability for the demonstration locations
/// (marked synthetic; see `carenav_ingest::generator::published`).
async fn publish_demo_facts(store: &Store, seed: u64) -> Result<(), ImportError> {
    use carenav_domain::date::Date;
    use carenav_domain::publish::Provenance;
    use carenav_ingest::generator::published::{demo_availability, demo_fees};
    use carenav_store::NewFact;

    let now = unix_now();
    let today = Date::from_unix_days(now.div_euclid(86_400));
    let provenance = |days_ago: i64| Provenance {
        who: "demo".into(),
        how: "generator".into(),
        as_of: today.add_days(-days_ago),
        source: "carenav demo-data (synthetic)".into(),
    };
    // (location, provider, provenance, at, fact)
    let mut fees = Vec::new();
    let mut breaks = Vec::new();
    let mut after = String::new();
    loop {
        let page = store.locations_after(&after, 2_000).await?;
        let Some(last) = page.last() else { break };
        after = last.location_id.clone();
        for loc in &page {
            let provider = loc.provider_id.clone().unwrap_or_default();
            for f in demo_fees(loc, seed, today) {
                fees.push((
                    loc.location_id.clone(),
                    provider.clone(),
                    provenance(f.days_ago),
                    now - f.days_ago * 86_400,
                    f.schedule,
                ));
            }
            if let Some(a) = demo_availability(loc, seed, today) {
                breaks.push((
                    loc.location_id.clone(),
                    provider.clone(),
                    provenance(a.days_ago),
                    now - a.days_ago * 86_400,
                    a.availability,
                ));
            }
        }
    }
    fn fact<'a>(
        loc: &'a str,
        provider: &'a str,
        provenance: &'a Provenance,
        at: i64,
    ) -> NewFact<'a> {
        NewFact {
            location_id: loc,
            provider_id: provider,
            provenance,
            account_id: None,
            actor: "generator",
            synthetic: true,
            at,
        }
    }
    let fee_facts: Vec<_> = fees
        .iter()
        .map(|(loc, provider, provenance, at, s)| (fact(loc, provider, provenance, *at), s.clone()))
        .collect();
    let break_facts: Vec<_> = breaks
        .iter()
        .map(|(loc, provider, provenance, at, a)| (fact(loc, provider, provenance, *at), a.clone()))
        .collect();
    store.publish_many(&fee_facts, &break_facts).await?;
    Ok(())
}
