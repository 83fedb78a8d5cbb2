//! What each subcommand does.

use std::path::Path;

use anyhow::Context;
use carenav_app::AssetManifest;
use carenav_app::services::SiteServices;
use carenav_search::{IndexHandle, ProviderIndex};
use carenav_store::Store;
use leptos::config::LeptosOptions;

use crate::cli::{Cli, Command, DataArgs, IndexCommand, RulesCommand, ServeArgs};
use crate::config::DataConfig;
use crate::content::{rebuild_site_index, sync_builtin_pages};
use crate::directory::rebuild_provider_index;
use crate::state::AppState;

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => serve(args).await,
        Command::Migrate(args) => {
            let (config, store) = open_store(&args).await?;
            sync_builtin_pages(&store).await?;
            tracing::info!(database = %config.redacted_database_url(), "database is up to date");
            Ok(())
        }
        Command::Index {
            command: IndexCommand::Rebuild(args),
        } => {
            let (config, store) = open_store(&args).await?;
            sync_builtin_pages(&store).await?;
            let handle = IndexHandle::open(config.site_index_dir())?;
            let count = rebuild_site_index(&store, &handle).await?;
            println!(
                "search index rebuilt: {count} pages in {}",
                config.site_index_dir().display()
            );
            let providers = ProviderIndex::open(config.provider_index_dir())?;
            let stats = rebuild_provider_index(&store, &providers).await?;
            println!(
                "provider index rebuilt: {} locations in {}",
                stats.documents,
                config.provider_index_dir().display()
            );
            Ok(())
        }
        Command::Import(args) => crate::directory::import_command(args).await,
        Command::DemoData(args) => crate::directory::demo_data_command(args).await,
        Command::Bench(args) => crate::bench::run(args).await,
        Command::Rules {
            command: RulesCommand::Report(args),
        } => {
            let today = match args.today.as_deref() {
                None => crate::clock::today(),
                Some(s) => carenav_app::domain::date::Date::parse(s)
                    .with_context(|| format!("--today {s:?} is not a date like 2026-11-29"))?,
            };
            let report = crate::rules_report::report(today, args.within_days);
            if args.json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", crate::rules_report::render(&report));
            }
            Ok(())
        }
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

/// Read `pkg/manifest.json`, written by `scripts/build.sh`.
pub fn load_assets(site_root: &Path) -> anyhow::Result<AssetManifest> {
    let path = site_root.join("pkg").join("manifest.json");
    let text = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "no built browser assets at {} (run scripts/build.sh first)",
            path.display()
        )
    })?;
    serde_json::from_str(&text)
        .with_context(|| format!("{} is not a valid asset manifest", path.display()))
}

/// Everything `serve` needs, ready to route: used by the binary and the route tests.
pub async fn prepare(data: &DataArgs, site_root: &Path) -> anyhow::Result<AppState> {
    let (config, store) = open_store(data).await?;
    let handle = IndexHandle::open(config.site_index_dir())?;
    let changed = sync_builtin_pages(&store).await?;
    if changed || !handle.is_ready() || !carenav_search::SiteIndex::is_current(&handle) {
        let count = rebuild_site_index(&store, &handle).await?;
        tracing::info!(pages = count, "site search index built");
    }
    let providers = ProviderIndex::open(config.provider_index_dir())?;
    if !providers.is_ready() || !providers.is_current() {
        let stats = rebuild_provider_index(&store, &providers).await?;
        tracing::info!(locations = stats.documents, "provider index built");
    }
    let assets = load_assets(site_root)?;
    let services = SiteServices::new(store, handle, providers, assets);
    services.refresh_demo_flag().await?;
    let leptos_options = LeptosOptions::builder()
        .output_name("carenav")
        .site_root(site_root.display().to_string())
        .site_pkg_dir("pkg")
        .build();
    tracing::info!(database = %config.redacted_database_url(), index = %config.index_dir.display(), "store and index ready");
    Ok(AppState {
        leptos_options,
        services,
    })
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let state = prepare(&args.data, &args.site_root).await?;
    let report = crate::rules_report::report(crate::clock::today(), crate::rules_report::WARN_DAYS);
    for e in report.running_out() {
        tracing::warn!(
            figure = %e.key,
            last_known = ?e.last_known.map(|d| d.to_string()),
            state = e.state,
            "rules data: figure ends soon or has ended; pages show the latest value with its dates (see `carenav rules report`)"
        );
    }
    let store = state.services.store.clone();
    let app = crate::router::build(state, &args.site_root);
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("could not listen on {}", args.addr))?;
    tracing::info!(
        "Care Navigator is serving at http://{}",
        listener.local_addr()?
    );
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    store.close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down");
}
