//! The provider directory's commands: `import` (CQC API JSON, HSCA Active Locations CSV,
//! Latest Ratings CSV, postcodes CSV), `demo-data`, and the index rebuild every import ends
//! with.
//!
//! An import streams its file on a blocking thread (the readers validate row by row) into
//! one database transaction. A bad row is reported (file, line, field, reason) and skipped,
//! unless `--strict`. Only when the whole file has been read is the transaction committed and
//! the search index rebuilt and swapped; a failure or an interruption before that leaves the
//! previous data and index serving.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use carenav_directory::generator::{GenerateOptions, generate};
use carenav_directory::read::{
    ReadError, RowError, active_locations::read_active_locations, cqc_api::ApiRecord,
    cqc_api::read_cqc_api, postcodes::read_postcodes, ratings::read_ratings,
};
use carenav_directory::{Location, RatingSet};
use carenav_search::{BuildStats, ProviderIndex};
use carenav_store::{DataLoad, ImportTx, ProviderRow, Store, Upsert, unix_now};
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::{DemoDataArgs, ImportArgs};
use crate::commands::open_store;
use crate::config::DataConfig;

/// The formats `carenav import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
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
    fn code(self) -> &'static str {
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

    fn reject(&mut self, error: RowError, strict: bool) -> anyhow::Result<()> {
        self.rejected += 1;
        if strict {
            bail!("{error}\n--strict: nothing was imported; the previous data is still serving");
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
    Postcode(Result<carenav_directory::read::postcodes::PostcodeRecord, RowError>),
}

fn progress(label: &str) -> ProgressBar {
    // Drawn only when stderr is a terminal; in logs and tests it stays silent.
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    bar.set_message(format!("{label}: starting"));
    bar
}

/// `carenav import <kind> <path>`.
pub async fn import_command(args: ImportArgs) -> anyhow::Result<()> {
    let (config, store) = open_store(&args.data).await?;
    let index = ProviderIndex::open(config.provider_index_dir())?;
    let summary = import_file(&store, &index, args.kind, &args.path, args.strict).await?;
    print_summary(&args.path, args.kind, &summary);
    store.close().await;
    Ok(())
}

fn print_summary(path: &Path, kind: ImportKind, s: &ImportSummary) {
    let shown = s.errors.len().min(50);
    for e in &s.errors[..shown] {
        eprintln!("rejected: {e}");
    }
    if s.rejected as usize > shown {
        eprintln!("… and {} more rejected rows", s.rejected as usize - shown);
    }
    println!(
        "{} ({}): read {}, imported {}, updated {}, rejected {}{}",
        path.display(),
        kind.code(),
        s.read,
        s.imported,
        s.updated,
        s.rejected,
        if s.synthetic {
            " — demonstration data"
        } else {
            ""
        }
    );
    if let Some(ix) = &s.index {
        println!(
            "provider index rebuilt: {} locations ({} registered, {} placed approximately, {} without a position)",
            ix.documents, ix.registered, ix.approximated, ix.unplaced
        );
    }
}

/// Import one file (or directory) and, when anything changed, rebuild the provider index.
pub async fn import_file(
    store: &Store,
    index: &ProviderIndex,
    kind: ImportKind,
    path: &Path,
    strict: bool,
) -> anyhow::Result<ImportSummary> {
    let started = unix_now();
    let bar = progress(kind.code());
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
        _ => import_stream(&mut tx, kind, path, &source, strict, &mut summary, &bar).await,
    };
    bar.finish_and_clear();
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
    tx.commit().await.context("could not commit the import")?;
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
    bar: &ProgressBar,
) -> anyhow::Result<()> {
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
            bar.set_message(format!(
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
        .context("the file reader stopped unexpectedly")?
        .with_context(|| format!("could not read {}", path.display()))?;
    Ok(())
}

async fn import_ratings(
    tx: &mut ImportTx,
    path: &Path,
    source: &str,
    strict: bool,
    summary: &mut ImportSummary,
) -> anyhow::Result<()> {
    let path_buf = path.to_path_buf();
    let (updates, errors, rows) = tokio::task::spawn_blocking(move || read_ratings(&path_buf))
        .await
        .context("the file reader stopped unexpectedly")?
        .with_context(|| format!("could not read {}", path.display()))?;
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

/// Make `set` the current rating; the previous current set joins the history if it is older.
fn apply_rating(loc: &mut Location, set: RatingSet) {
    if let Some(old) = loc.current.take()
        && old.date != set.date
    {
        loc.history.insert(0, old);
    }
    loc.current = Some(set);
    sort_history(loc);
}

fn sort_history(loc: &mut Location) {
    let current_date = loc.current.as_ref().and_then(|c| c.date.clone());
    loc.history
        .retain(|h| h.date.is_some() && h.date != current_date);
    loc.history.sort_by(|a, b| b.date.cmp(&a.date));
    loc.history.dedup_by(|a, b| a.date == b.date);
}

/// A full record replaces the old one, but rating sets only the old one knew are kept.
fn carry_history(new: &mut Location, old: &Location) {
    for set in old.current.iter().chain(old.history.iter()) {
        if !new
            .current
            .iter()
            .chain(new.history.iter())
            .any(|s| s.date == set.date)
        {
            new.history.push(set.clone());
        }
    }
    sort_history(new);
}

/// The spreadsheet has fewer fields than the API: keep what only the stored record knows.
fn merge_partial(new: &mut Location, old: Location) {
    macro_rules! keep {
        ($($f:ident),*) => { $( if new.$f.is_none() { new.$f = old.$f.clone(); } )* };
    }
    keep!(
        provider_id,
        provider_name,
        also_known_as,
        brand_name,
        location_type,
        inspection_directorate,
        registration_date,
        beds,
        address_line1,
        address_line2,
        town,
        county,
        postcode,
        region,
        local_authority,
        latitude,
        longitude,
        phone,
        website
    );
    if new.service_types.is_empty() {
        new.service_types = old.service_types.clone();
    }
    if new.specialisms.is_empty() {
        new.specialisms = old.specialisms.clone();
    }
    // The spreadsheet gives only the overall rating: keep the key questions when it is the
    // same report.
    match (&mut new.current, &old.current) {
        (None, Some(o)) => new.current = Some(o.clone()),
        (Some(n), Some(o)) if n.date == o.date && n.overall == o.overall => {
            *n = o.clone();
        }
        _ => {}
    }
    new.synthetic |= old.synthetic;
    carry_history(new, &old);
}

/// Build a new provider index generation from the store and swap it in.
pub async fn rebuild_provider_index(
    store: &Store,
    index: &ProviderIndex,
) -> anyhow::Result<BuildStats> {
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
        .context("the index builder stopped unexpectedly")??;
    tracing::info!(
        documents = stats.documents,
        approximated = stats.approximated,
        "provider index built"
    );
    Ok(stats)
}

/// `carenav demo-data`.
pub async fn demo_data_command(args: DemoDataArgs) -> anyhow::Result<()> {
    let options = GenerateOptions {
        locations: args.locations,
        seed: args.seed,
    };
    if let Some(out) = &args.out {
        let stats = write_demo_file(&options, out)?;
        println!(
            "wrote {} demonstration locations and {} providers to {} (every record is marked synthetic); load it with: carenav import cqc-api {}",
            stats.locations,
            stats.providers,
            out.display(),
            out.display()
        );
        return Ok(());
    }
    let (config, store) = open_store(&args.data).await?;
    let index = ProviderIndex::open(config.provider_index_dir())?;
    if args.if_empty && store.count_locations().await? > 0 {
        println!("the directory already holds provider data; nothing generated (--if-empty)");
        if !index.is_ready() {
            rebuild_provider_index(&store, &index).await?;
        }
        return Ok(());
    }
    let summary = load_demo(&config, &store, &index, &options).await?;
    print_summary(
        Path::new("demonstration data"),
        ImportKind::CqcApi,
        &summary,
    );
    store.close().await;
    Ok(())
}

fn write_demo_file(
    options: &GenerateOptions,
    out: &Path,
) -> anyhow::Result<carenav_directory::generator::GenerateStats> {
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("could not create {}", dir.display()))?;
    }
    let file = std::fs::File::create(out)
        .with_context(|| format!("could not create {}", out.display()))?;
    let mut w = std::io::BufWriter::new(file);
    let stats =
        generate(options, &mut w).with_context(|| format!("could not write {}", out.display()))?;
    std::io::Write::flush(&mut w)?;
    Ok(stats)
}

/// Generate demonstration data into the data directory and load it through the real
/// CQC API importer.
pub async fn load_demo(
    config: &DataConfig,
    store: &Store,
    index: &ProviderIndex,
    options: &GenerateOptions,
) -> anyhow::Result<ImportSummary> {
    let file = config.data_dir.join(format!(
        "demo-cqc-{}-seed{}.jsonl",
        options.locations, options.seed
    ));
    let (opts, path) = (*options, file.clone());
    tokio::task::spawn_blocking(move || write_demo_file(&opts, &path)).await??;
    let summary = import_file(store, index, ImportKind::CqcApi, &file, false).await?;
    std::fs::remove_file(&file).ok();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use carenav_directory::Rating;

    fn set(date: &str, overall: Rating) -> RatingSet {
        RatingSet {
            overall,
            date: Some(date.into()),
            key_questions: Default::default(),
            report_link_id: None,
        }
    }

    #[test]
    fn a_new_rating_moves_the_old_one_into_history() {
        let mut loc = Location {
            current: Some(set("2022-01-01", Rating::RequiresImprovement)),
            history: vec![set("2019-01-01", Rating::RequiresImprovement)],
            ..Default::default()
        };
        apply_rating(&mut loc, set("2025-06-01", Rating::Good));
        assert_eq!(loc.overall(), Rating::Good);
        let dates: Vec<_> = loc
            .history
            .iter()
            .map(|h| h.date.clone().unwrap())
            .collect();
        assert_eq!(dates, vec!["2022-01-01", "2019-01-01"]);
        // Re-applying the same report changes nothing.
        apply_rating(&mut loc, set("2025-06-01", Rating::Good));
        assert_eq!(loc.history.len(), 2);
    }

    #[test]
    fn a_spreadsheet_row_keeps_what_only_the_api_knew() {
        let mut old = Location {
            location_id: "1-1".into(),
            phone: Some("0113 496 0000".into()),
            current: Some(set("2024-01-01", Rating::Good)),
            ..Default::default()
        };
        old.current.as_mut().unwrap().key_questions[0] = Some(carenav_directory::KeyRating {
            rating: Rating::Good,
            date: Some("2024-01-01".into()),
        });
        let mut new = Location {
            location_id: "1-1".into(),
            current: Some(set("2024-01-01", Rating::Good)),
            ..Default::default()
        };
        merge_partial(&mut new, old);
        assert_eq!(new.phone.as_deref(), Some("0113 496 0000"));
        assert!(new.current.unwrap().key_questions[0].is_some());
    }
}
