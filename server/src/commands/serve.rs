//! `carenav serve`: open the store and indexes (rebuilding what is missing or stale), then
//! serve the site until a signal.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use carenav_app::AssetManifest;
use carenav_search::{IndexHandle, ProviderIndex};
use carenav_services::SiteServices;
use carenav_services::import::{provider_index_behind, rebuild_provider_index};
use leptos::config::LeptosOptions;

use super::open_store;
use crate::cli::{DataArgs, ServeArgs};
use crate::content::{rebuild_site_index, sync_builtin_pages};
use crate::state::AppState;

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
    let behind = providers.is_ready()
        && providers.is_current()
        && provider_index_behind(&store, &providers).await?;
    if behind {
        tracing::warn!(
            "the provider index was built from older data than the database holds (an import \
             stopped between its commit and the index swap, or the index predates version \
             records): rebuilding it"
        );
    }
    if behind || !providers.is_ready() || !providers.is_current() {
        let stats = rebuild_provider_index(&store, &providers).await?;
        tracing::info!(locations = stats.documents, "provider index built");
    }
    let assets = load_assets(site_root)?;
    let services = SiteServices::new(store, handle, providers);
    services.refresh_demo_flag().await?;
    services.refresh_facts().await?;
    // Load the provider table before the first request, not in it.
    services.warm_up().await?;
    let leptos_options = LeptosOptions::builder()
        .output_name("carenav")
        .site_root(site_root.display().to_string())
        .site_pkg_dir("pkg")
        .build();
    tracing::info!(database = %config.redacted_database_url(), index = %config.index_dir.display(), "store and index ready");
    Ok(AppState {
        leptos_options,
        services,
        assets: Arc::new(assets),
    })
}

pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
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
    let follower = tokio::spawn(follow_published_facts(
        state.services.clone(),
        refresh_interval(),
    ));
    let app = crate::router::build(state, &args.site_root);
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("could not listen on {}", args.addr))?;
    tracing::info!(
        "Care Navigator is serving at http://{}",
        listener.local_addr()?
    );
    let limits = crate::listen::Limits {
        header_timeout: std::time::Duration::from_secs(args.header_timeout),
        max_connections: usize::try_from(args.max_connections).unwrap_or(usize::MAX),
    };
    crate::listen::serve(listener, app, limits, shutdown_signal()).await?;
    follower.abort();
    store.close().await;
    Ok(())
}

/// How often a server looks for facts published through another server on the same
/// database (`CARENAV_REFRESH_SECS`, default 2).
fn refresh_interval() -> std::time::Duration {
    let secs = std::env::var("CARENAV_REFRESH_SECS")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| *s >= 0.1 && *s <= 3600.0)
        .unwrap_or(2.0);
    std::time::Duration::from_secs_f64(secs)
}

/// Follow the store's data version: when another server publishes, lay the new facts over
/// this server's search within one interval.
pub async fn follow_published_facts(services: SiteServices, every: std::time::Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut failing = false;
    loop {
        tick.tick().await;
        // A generation swapped in by an import in another process: load it now, not in the
        // first search after it (a no-op when nothing changed).
        if let Err(e) = services.warm_up().await {
            tracing::debug!(error = %e, "provider search warm-up failed; searches load it themselves");
        }
        match services.refresh_facts().await {
            Ok(_) if failing => {
                failing = false;
                tracing::info!("published facts: the store answers again");
            }
            Ok(_) => {}
            Err(e) if !failing => {
                failing = true;
                tracing::warn!(error = %e, "published facts: could not read the store's data version; still serving the facts loaded");
            }
            Err(_) => {}
        }
    }
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
