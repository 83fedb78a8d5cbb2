//! Command-line interface. Every subcommand has `--help`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "carenav",
    version,
    about = "Care Navigator: adult social care in England, explained"
)]
pub struct Cli {
    /// Log format: human-readable text or one JSON object per line.
    #[arg(long, global = true, env = "CARENAV_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// Where the data lives; shared by every subcommand.
#[derive(Debug, Clone, Args)]
pub struct DataArgs {
    /// Directory for the embedded database and the search index.
    #[arg(long, env = "CARENAV_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// Database URL: sqlite://PATH or postgres://USER@HOST/DB. Default: sqlite://<data-dir>/carenav.db
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the portal over HTTP (migrates the database and builds the index if missing).
    Serve(ServeArgs),
    /// Create or update the database schema.
    Migrate(DataArgs),
    /// Manage the search index.
    Index {
        #[command(subcommand)]
        command: IndexCommand,
    },
    /// Import a data file into the store, then rebuild and swap the search index.
    Import(ImportArgs),
    /// Generate demonstration data (clearly labelled as synthetic on every page).
    DemoData(DemoDataArgs),
    /// Time the estimator, the site search and page rendering in-process (see docs/performance.md).
    Bench(BenchArgs),
    /// The charging-rules data: what has run out or runs out soon.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List figures whose data has ended or ends within --within-days, figures with no value
    /// today, and explainers past their review date. Always exits 0: it is a report.
    Report(RulesReportArgs),
}

#[derive(Debug, Args)]
pub struct RulesReportArgs {
    /// The day to report for (YYYY-MM-DD); default today.
    #[arg(long)]
    pub today: Option<String>,
    /// Report figures whose data ends within this many days.
    #[arg(long, default_value_t = crate::rules_report::WARN_DAYS)]
    pub within_days: i64,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// How many times to run each measurement.
    #[arg(long, default_value_t = 1000)]
    pub iterations: usize,
    /// Directory holding the built browser assets.
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,
    /// Also time provider searches in-process against this data directory (one with a
    /// directory loaded, e.g. by `carenav demo-data`).
    #[arg(long, requires = "provider_queries")]
    pub provider_data_dir: Option<PathBuf>,
    /// The searches: lines of "kind<TAB>query string", as `scripts/provider-queries.py
    /// --by-kind` writes them.
    #[arg(long, requires = "provider_data_dir")]
    pub provider_queries: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "CARENAV_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Directory holding the built browser assets (`pkg/` with manifest.json).
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, Subcommand)]
pub enum IndexCommand {
    /// Build a new index from the store and swap it in atomically.
    Rebuild(DataArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What the file holds.
    #[arg(value_enum)]
    pub kind: ImportFormat,
    /// The file (or directory) to import.
    pub path: PathBuf,
    /// Abort on the first bad row instead of reporting it and going on.
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, Args)]
pub struct DemoDataArgs {
    /// How many locations to generate (all sectors; about a quarter are care homes).
    #[arg(long, default_value_t = 60_000)]
    pub locations: usize,
    /// Seed: the same seed and count always give the same data.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Write CQC-API-format JSON lines to this file instead of loading them.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Only generate and load when the store holds no provider data yet.
    #[arg(long)]
    pub if_empty: bool,
    #[command(flatten)]
    pub data: DataArgs,
}

/// The formats `carenav import` reads (the command line's names for
/// [`ImportKind`](carenav_services::ImportKind)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
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

impl From<ImportFormat> for carenav_services::ImportKind {
    fn from(f: ImportFormat) -> Self {
        use carenav_services::ImportKind as K;
        match f {
            ImportFormat::CqcApi => K::CqcApi,
            ImportFormat::CqcActiveLocations => K::CqcActiveLocations,
            ImportFormat::CqcRatings => K::CqcRatings,
            ImportFormat::Postcodes => K::Postcodes,
        }
    }
}
