//! A long-lived handle on one collection: one reader per process, a searcher per request,
//! reloaded when a new generation is published (by this process or another).

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use tantivy::{Index, IndexReader, ReloadPolicy, Searcher};

use crate::schema::register_analyzers;
use crate::{Generations, SearchError};

/// How often a search may look at `CURRENT` for a newer generation.
const CHECK_EVERY: Duration = Duration::from_millis(500);

#[derive(Clone)]
struct Loaded {
    generation: String,
    index: Index,
    reader: IndexReader,
}

/// Shared, cheap-to-clone handle on the live generation of one collection.
#[derive(Clone)]
pub struct IndexHandle {
    generations: Generations,
    loaded: Arc<RwLock<Option<Loaded>>>,
    last_check: Arc<Mutex<Instant>>,
}

impl IndexHandle {
    /// Open the collection at `root` (it may not have been built yet).
    pub fn open(root: impl Into<PathBuf>) -> Result<Self, SearchError> {
        let handle = Self {
            generations: Generations::new(root),
            loaded: Arc::new(RwLock::new(None)),
            last_check: Arc::new(Mutex::new(Instant::now())),
        };
        handle.reload()?;
        Ok(handle)
    }

    pub fn generations(&self) -> &Generations {
        &self.generations
    }

    /// The live generation's name, if one is loaded.
    pub fn generation(&self) -> Option<String> {
        self.read().as_ref().map(|l| l.generation.clone())
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Option<Loaded>> {
        self.loaded
            .read()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    /// Load the generation `CURRENT` points at, if it differs from the loaded one.
    /// Returns true when a (new) generation was loaded.
    pub fn reload(&self) -> Result<bool, SearchError> {
        let Some(name) = self.generations.current_name()? else {
            return Ok(false);
        };
        if self.read().as_ref().is_some_and(|l| l.generation == name) {
            return Ok(false);
        }
        let dir = self.generations.root().join(&name);
        let index = Index::open_in_dir(&dir)?;
        register_analyzers(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        tracing::info!(collection = %self.generations.root().display(), generation = %name, "search index loaded");
        *self.loaded.write().unwrap_or_else(|p| p.into_inner()) = Some(Loaded {
            generation: name,
            index,
            reader,
        });
        Ok(true)
    }

    fn maybe_reload(&self) {
        let due = {
            let mut last = self.last_check.lock().unwrap_or_else(|p| p.into_inner());
            if last.elapsed() >= CHECK_EVERY {
                *last = Instant::now();
                true
            } else {
                false
            }
        };
        if due && let Err(e) = self.reload() {
            // Keep serving the generation we have.
            tracing::warn!(error = %e, "could not reload search index; still serving the loaded generation");
        }
    }

    /// A searcher over the live generation (and its index, for schema and snippets).
    pub fn searcher(&self) -> Result<(Index, Searcher), SearchError> {
        self.maybe_reload();
        let guard = self.read();
        let loaded = guard
            .as_ref()
            .ok_or_else(|| SearchError::NotBuilt(self.generations.root().to_path_buf()))?;
        Ok((loaded.index.clone(), loaded.reader.searcher()))
    }

    /// A searcher with the name of the generation it reads (for files kept beside the index).
    pub fn searcher_with_generation(&self) -> Result<(Index, Searcher, String), SearchError> {
        self.maybe_reload();
        let guard = self.read();
        let loaded = guard
            .as_ref()
            .ok_or_else(|| SearchError::NotBuilt(self.generations.root().to_path_buf()))?;
        Ok((
            loaded.index.clone(),
            loaded.reader.searcher(),
            loaded.generation.clone(),
        ))
    }

    /// True when a generation is loaded and can be searched.
    pub fn is_ready(&self) -> bool {
        self.maybe_reload();
        self.read().is_some()
    }
}
