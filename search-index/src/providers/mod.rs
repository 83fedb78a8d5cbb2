//! The `providers` collection: the CQC directory, searched by name, town or postcode, with
//! filters, facet counts, distance and sorting.
//!
//! Text matching is tantivy's (stemmed fields, unstemmed word fields for typo tolerance and
//! prefixes, an exact-name key and name phrases for ranking): [`text_query`] builds the
//! query and [`text_matches`] runs it. Everything else — filters, facets, distance, sort and
//! paging — runs over row sets and an in-memory table built once per generation
//! ([`table`]; pages are cut by [`order`]), so that each facet can count every other filter
//! but not its own without a pass over every document. [`search`] puts them together.
//!
//! A rebuild ([`build`]) writes the index and, beside it, `directory.json`
//! ([`DirectoryMeta`], in [`directory_meta`]): the local authority list the `la` fast field
//! points into, and the geocoder built from the locations' own coordinates (exact postcodes,
//! outward-code and town centres).
//!
//! This file holds the index handle: opening, rebuilding, and loading a generation's
//! metadata and table once.

use std::sync::{Arc, RwLock};

use carenav_domain::directory::Location;
use carenav_domain::publish::FactsSnapshot;

use crate::schema::ProviderFields;
use crate::{IndexHandle, SearchError};

mod build;
mod directory_meta;
mod order;
mod search;
mod table;
mod text_matches;
mod text_query;

pub use build::summary_of;
pub use directory_meta::{BuildStats, DirectoryMeta};

use build::write_generation;
use table::{DocTable, FactsOverlay, load_table};

/// A generation's name with its metadata and row table.
type Loaded = (String, Arc<DirectoryMeta>, Arc<DocTable>);
/// A generation's name, with a facts snapshot laid over that generation (the overlay holds
/// the snapshot it was made from).
type Overlaid = (String, Arc<FactsOverlay>);

/// The provider directory's index: a handle plus the metadata of the loaded generation, and
/// the providers' published facts laid over it.
#[derive(Clone)]
pub struct ProviderIndex {
    handle: IndexHandle,
    meta: Arc<RwLock<Option<Loaded>>>,
    facts: Arc<RwLock<Arc<FactsSnapshot>>>,
    overlay: Arc<RwLock<Option<Overlaid>>>,
    /// Held while a generation's table or an overlay is being made, so that concurrent first
    /// searches wait for one copy instead of each making their own.
    loading: Arc<std::sync::Mutex<()>>,
    /// How many times a generation's table has been read from disk (for tests and logs).
    table_loads: Arc<std::sync::atomic::AtomicU64>,
}

impl ProviderIndex {
    pub fn open(root: impl Into<std::path::PathBuf>) -> Result<Self, SearchError> {
        Ok(Self {
            handle: IndexHandle::open(root)?,
            meta: Arc::new(RwLock::new(None)),
            facts: Arc::default(),
            overlay: Arc::new(RwLock::new(None)),
            loading: Arc::default(),
            table_loads: Arc::default(),
        })
    }

    /// Replace the published facts searches filter and sort by (no rebuild: they are laid
    /// over whichever generation is live).
    pub fn set_facts(&self, facts: Arc<FactsSnapshot>) {
        *self.facts.write().unwrap_or_else(|p| p.into_inner()) = facts;
    }

    /// The published facts in use.
    pub fn facts(&self) -> Arc<FactsSnapshot> {
        self.facts.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The data version of the published facts in use (0: none set yet).
    pub fn facts_version(&self) -> i64 {
        self.facts.read().unwrap_or_else(|p| p.into_inner()).version
    }

    /// The published facts laid over `generation`'s table, made once per generation and
    /// facts version.
    fn overlaid(&self, generation: &str, table: &DocTable) -> Arc<FactsOverlay> {
        let facts = self.facts();
        let cached = || {
            self.overlay
                .read()
                .unwrap_or_else(|p| p.into_inner())
                .as_ref()
                .filter(|(name, overlay)| {
                    name == generation && Arc::ptr_eq(&overlay.snapshot, &facts)
                })
                .map(|(_, overlay)| overlay.clone())
        };
        if let Some(overlay) = cached() {
            return overlay;
        }
        let _one_at_a_time = self.loading.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(overlay) = cached() {
            return overlay;
        }
        let overlay = Arc::new(table.overlay(facts));
        *self.overlay.write().unwrap_or_else(|p| p.into_inner()) =
            Some((generation.to_owned(), overlay.clone()));
        overlay
    }

    pub fn handle(&self) -> &IndexHandle {
        &self.handle
    }

    pub fn is_ready(&self) -> bool {
        self.handle.is_ready()
    }

    /// Whether the live generation has this version's fields (an older one must be
    /// rebuilt before it can be searched).
    pub fn is_current(&self) -> bool {
        self.handle
            .searcher_with_generation()
            .is_ok_and(|(index, _, _)| ProviderFields::from_schema(&index.schema()).is_ok())
    }

    /// How many times this process has read a generation's table from disk.
    pub fn table_loads(&self) -> u64 {
        self.table_loads.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Load the live generation's table and make the facts overlay now (a no-op when both
    /// are current), so the next search does not wait for them.
    pub fn warm(&self) -> Result<(), SearchError> {
        if !self.handle.is_ready() {
            return Ok(());
        }
        let (_, searcher, generation) = self.handle.searcher_with_generation()?;
        let (_, table) = self.loaded(&generation, &searcher)?;
        self.overlaid(&generation, &table);
        Ok(())
    }

    /// The store's directory version the live generation was built from (`None` when none is
    /// loaded, or it predates the record).
    pub fn built_from(&self) -> Option<i64> {
        self.meta().ok().and_then(|m| m.stats.store_version)
    }

    /// Build a complete new generation from `locations` (read from the store at
    /// `store_version`) and publish it. On error the live generation keeps serving.
    pub fn rebuild(
        &self,
        locations: impl IntoIterator<Item = Location>,
        store_version: Option<i64>,
    ) -> Result<BuildStats, SearchError> {
        let generations = self.handle.generations();
        let generation = generations.begin()?;
        match write_generation(&generation.dir, locations, store_version) {
            Ok(stats) => {
                generations.publish(generation)?;
                self.handle.reload()?;
                Ok(stats)
            }
            Err(e) => {
                generations.abandon(generation);
                Err(e)
            }
        }
    }

    /// The metadata of the live generation.
    pub fn meta(&self) -> Result<Arc<DirectoryMeta>, SearchError> {
        let (_, searcher, generation) = self.handle.searcher_with_generation()?;
        Ok(self.loaded(&generation, &searcher)?.0)
    }

    /// The metadata and column table of `generation`, loaded once per generation (concurrent
    /// callers wait for the one load).
    fn loaded(
        &self,
        generation: &str,
        searcher: &tantivy::Searcher,
    ) -> Result<(Arc<DirectoryMeta>, Arc<DocTable>), SearchError> {
        let cached = || {
            self.meta
                .read()
                .unwrap_or_else(|p| p.into_inner())
                .as_ref()
                .filter(|(name, _, _)| name == generation)
                .map(|(_, meta, table)| (meta.clone(), table.clone()))
        };
        if let Some(found) = cached() {
            return Ok(found);
        }
        let _one_at_a_time = self.loading.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(found) = cached() {
            return Ok(found);
        }
        let dir = self.handle.generations().root().join(generation);
        let meta = Arc::new(DirectoryMeta::read(&dir)?);
        let card = ProviderFields::from_schema(searcher.schema())?.card;
        let table = Arc::new(load_table(searcher, card, meta.local_authorities.len())?);
        self.table_loads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        *self.meta.write().unwrap_or_else(|p| p.into_inner()) =
            Some((generation.to_owned(), meta.clone(), table.clone()));
        Ok((meta, table))
    }
}
