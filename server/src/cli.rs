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
    /// Providers who publish fees and availability: sign-in links, API tokens, revocation and
    /// the audit log.
    Publishers {
        #[command(subcommand)]
        command: PublishersCommand,
    },
    /// The charging-rules data: what has run out or runs out soon.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum PublishersCommand {
    /// Create an account for a provider and print a one-time sign-in link (valid 7 days).
    Invite(PublisherArgs),
    /// Create an account for a provider's own systems and print an API token.
    Token(TokenArgs),
    /// Revoke an account (or every account of a provider) and all its links, tokens and
    /// sessions, at once.
    Revoke(RevokeArgs),
    /// List the accounts, with their secrets' hints and dates (never the secrets).
    List(ListArgs),
    /// Print the audit log, newest first: who changed what, when, before and after.
    Audit(AuditArgs),
}

#[derive(Debug, Args)]
pub struct PublisherArgs {
    /// The CQC provider id (e.g. 1-101234567); the account may publish only for its locations.
    #[arg(long)]
    pub provider: String,
    /// Who the account is for (kept for the operators; not shown to the public).
    #[arg(long, default_value = "")]
    pub name: String,
    /// The site's public address, for the link.
    #[arg(
        long,
        env = "CARENAV_PUBLIC_URL",
        default_value = "http://127.0.0.1:3000"
    )]
    pub base_url: String,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    /// The CQC provider id.
    #[arg(long)]
    pub provider: String,
    /// Who or what the token is for.
    #[arg(long, default_value = "")]
    pub name: String,
    /// Days until the token expires.
    #[arg(long, default_value_t = carenav_services::publish::DEFAULT_TOKEN_DAYS, value_parser = clap::value_parser!(i64).range(1..=730))]
    pub days: i64,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct RevokeTarget {
    /// One account, by the number `list` shows.
    #[arg(long)]
    pub account: Option<i64>,
    /// Every account of a provider.
    #[arg(long)]
    pub provider: Option<String>,
}

#[derive(Debug, Args)]
pub struct RevokeArgs {
    #[command(flatten)]
    pub target: RevokeTarget,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this provider's accounts.
    #[arg(long)]
    pub provider: Option<String>,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only changes to this location id or account ("account 3").
    #[arg(long)]
    pub subject: Option<String>,
    /// How many entries.
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
    /// One JSON object per line instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub data: DataArgs,
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

    /// Seconds a connection has to send a whole request head, when it opens and again while
    /// it is kept alive between requests; then it is closed.
    #[arg(long, env = "CARENAV_HEADER_TIMEOUT_SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=300))]
    pub header_timeout: u64,

    /// Connections open at once; past this the server waits for one to close before
    /// accepting another.
    #[arg(long, env = "CARENAV_MAX_CONNECTIONS", default_value_t = 512, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub max_connections: u64,

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
    /// Councils' usual rates for care-home places: council_code (or name), financial_year,
    /// effective_from, care_category, weekly_rate_gbp, fnc_included, band_or_grade,
    /// band_trigger_description, addon_type, addon_value, source_url.
    CouncilRates,
}

impl From<ImportFormat> for carenav_services::ImportKind {
    fn from(f: ImportFormat) -> Self {
        use carenav_services::ImportKind as K;
        match f {
            ImportFormat::CqcApi => K::CqcApi,
            ImportFormat::CqcActiveLocations => K::CqcActiveLocations,
            ImportFormat::CqcRatings => K::CqcRatings,
            ImportFormat::Postcodes => K::Postcodes,
            ImportFormat::CouncilRates => K::CouncilRates,
        }
    }
}
