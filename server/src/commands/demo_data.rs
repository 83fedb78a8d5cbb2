//! `carenav demo-data`: generate demonstration data and load it through the real CQC API
//! importer, or write it to a file.

use std::path::Path;

use carenav_ingest::generator::GenerateOptions;
use carenav_search::ProviderIndex;
use carenav_services::import::{ImportKind, load_demo, rebuild_provider_index, write_demo_file};

use super::import::{Spinner, print_summary};
use super::open_store;
use crate::cli::DemoDataArgs;

pub async fn run(args: DemoDataArgs) -> anyhow::Result<()> {
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
    let summary = {
        let spinner = Spinner::new();
        load_demo(&config.data_dir, &store, &index, &options, &spinner).await?
    };
    print_summary(
        Path::new("demonstration data"),
        ImportKind::CqcApi,
        &summary,
    );
    store.close().await;
    Ok(())
}
