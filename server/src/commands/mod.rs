//! What each subcommand does: one module per command. Each parses nothing itself (clap did)
//! and does little itself: it opens what it needs and calls the use cases in
//! `carenav-services`.

pub mod demo_data;
pub mod import;
pub mod index;
pub mod publishers;
pub mod rules;
pub mod serve;

pub use serve::prepare;

use anyhow::Context;
use carenav_store::Store;

use crate::cli::{Cli, Command, DataArgs, IndexCommand, RulesCommand};
use crate::config::DataConfig;
use crate::content::sync_builtin_pages;

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => serve::run(args).await,
        Command::Migrate(args) => {
            let (config, store) = open_store(&args).await?;
            sync_builtin_pages(&store).await?;
            tracing::info!(database = %config.redacted_database_url(), "database is up to date");
            Ok(())
        }
        Command::Index {
            command: IndexCommand::Rebuild(args),
        } => index::rebuild(args).await,
        Command::Import(args) => import::run(args).await,
        Command::DemoData(args) => demo_data::run(args).await,
        Command::Bench(args) => crate::bench::run(args).await,
        Command::Publishers { command } => publishers::run(command).await,
        Command::Rules {
            command: RulesCommand::Report(args),
        } => rules::report(args),
    }
}

/// Connect to the configured database and migrate it.
pub async fn open_store(args: &DataArgs) -> anyhow::Result<(DataConfig, Store)> {
    let config = DataConfig::from_args(args);
    let store = Store::connect(&config.database_url)
        .await
        .with_context(|| {
            format!(
                "could not open the database at {}",
                config.redacted_database_url()
            )
        })?;
    store.migrate().await?;
    Ok((config, store))
}
