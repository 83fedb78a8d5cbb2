//! `carenav import <format> <path>`: one file through the import use case, with a spinner on
//! a terminal and a summary at the end.

use std::path::Path;
use std::time::Duration;

use carenav_search::ProviderIndex;
use carenav_services::import::{ImportKind, ImportSummary, Progress, import_file};
use indicatif::{ProgressBar, ProgressStyle};

use super::open_store;
use crate::cli::ImportArgs;

/// The import's progress as a spinner, drawn only when stderr is a terminal (in logs and
/// tests it stays silent).
pub struct Spinner(ProgressBar);

impl Spinner {
    pub fn new() -> Self {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(200));
        Spinner(bar)
    }
}

impl Default for Spinner {
    fn default() -> Self {
        Self::new()
    }
}

impl Progress for Spinner {
    fn update(&self, message: &str) {
        self.0.set_message(message.to_owned());
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}

pub async fn run(args: ImportArgs) -> anyhow::Result<()> {
    let (config, store) = open_store(&args.data).await?;
    let index = ProviderIndex::open(config.provider_index_dir())?;
    let kind = ImportKind::from(args.kind);
    let summary = {
        let spinner = Spinner::new();
        import_file(&store, &index, kind, &args.path, args.strict, &spinner).await?
    };
    print_summary(&args.path, kind, &summary);
    store.close().await;
    nothing_imported(&summary)
}

/// An import that read rows but kept none is a failure (exit status 1): a script or an
/// operator must not take it for success.
pub fn nothing_imported(s: &ImportSummary) -> anyhow::Result<()> {
    if s.read > 0 && s.imported + s.updated == 0 {
        anyhow::bail!(
            "nothing was imported: all {} rows were rejected (the first are listed above); the \
             previous data is still serving",
            s.read
        );
    }
    Ok(())
}

pub fn print_summary(path: &Path, kind: ImportKind, s: &ImportSummary) {
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
