//! `carenav index rebuild`: build both search indexes from the store and swap them in.

use carenav_search::{IndexHandle, ProviderIndex};
use carenav_services::import::rebuild_provider_index;

use super::open_store;
use crate::cli::DataArgs;
use crate::content::{rebuild_site_index, sync_builtin_pages};

pub async fn rebuild(args: DataArgs) -> anyhow::Result<()> {
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
