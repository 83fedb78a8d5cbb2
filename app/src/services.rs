//! Server-side services the pages and the JSON API share. Provided through Leptos context
//! (one pool, one index handle per process), never created per request.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use carenav_search::{IndexHandle, SiteIndex};
use carenav_store::Store;

use crate::api::{MAX_QUERY_CHARS, SearchHit, SearchResults};
use crate::i18n::Locale;
use crate::shell::AssetManifest;

#[derive(Clone)]
pub struct SiteServices {
    pub store: Store,
    pub site_index: IndexHandle,
    pub assets: Arc<AssetManifest>,
    demo_data: Arc<AtomicBool>,
}

/// Errors a page or API call can meet; the web edge maps them to status codes.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Search(#[from] carenav_search::SearchError),
    #[error(transparent)]
    Store(#[from] carenav_store::StoreError),
}

impl SiteServices {
    pub fn new(store: Store, site_index: IndexHandle, assets: AssetManifest) -> Self {
        Self {
            store,
            site_index,
            assets: Arc::new(assets),
            demo_data: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Whether any synthetic (demonstration) record is loaded: the banner shows if so.
    pub fn demo_data_loaded(&self) -> bool {
        self.demo_data.load(Ordering::Relaxed)
    }

    /// Re-read the demonstration flag from the store (after start-up or an import).
    pub async fn refresh_demo_flag(&self) -> Result<bool, ServiceError> {
        let loaded = self.store.has_synthetic_data().await?;
        self.demo_data.store(loaded, Ordering::Relaxed);
        Ok(loaded)
    }

    /// Site-wide search in one locale.
    pub fn search_site(
        &self,
        q: &str,
        locale: Locale,
        limit: usize,
    ) -> Result<SearchResults, ServiceError> {
        let query: String = q.trim().chars().take(MAX_QUERY_CHARS).collect();
        if query.is_empty() {
            return Ok(SearchResults {
                query,
                locale: locale.tag().to_owned(),
                ..Default::default()
            });
        }
        let found = SiteIndex::search(&self.site_index, &query, locale.tag(), limit)?;
        Ok(SearchResults {
            query,
            locale: locale.tag().to_owned(),
            total: found.total,
            hits: found
                .hits
                .into_iter()
                .map(|h| SearchHit {
                    kind: h.kind,
                    title: h.title,
                    url: h.url,
                    snippet: h.snippet,
                    snippet_html: h.snippet_html,
                })
                .collect(),
        })
    }
}
