//! The site's read-side use cases, shared by the pages' server functions and the `/api/v1`
//! handlers: site search, provider search (with geocoding), one provider's page, and the
//! demonstration-data flag. Provided through context (one pool, one index handle per
//! process), never created per request.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use carenav_domain::directory::model::{is_outcode, normalise_postcode};
use carenav_domain::directory::query::{GeoSource, Place};
use carenav_domain::directory::{
    Location, ProviderDetail, ProviderOrg, ProviderQuery, ProviderResults, QueryError,
};
use carenav_domain::locale::Locale;
use carenav_domain::site_search::{MAX_QUERY_CHARS, SearchHit, SearchResults};
use carenav_search::{IndexHandle, ProviderIndex, SiteIndex};
use carenav_store::Store;

#[derive(Clone)]
pub struct SiteServices {
    pub store: Store,
    pub site_index: IndexHandle,
    pub providers: ProviderIndex,
    /// Rate limits on the publishing write paths (per process).
    pub limits: Arc<crate::limit::Limits>,
    demo_data: Arc<AtomicBool>,
    /// A background rebuild of the provider index is running (at most one per process).
    rebuilding: Arc<AtomicBool>,
}

/// How the provider index stands against the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexState {
    /// Built from the store's newest data.
    Current,
    /// Behind the store, within the time an import takes to swap its index in.
    Catching,
    /// Behind the store for longer than an import needs: left behind by a crash. Being
    /// rebuilt in the background; the site is not ready until it is.
    Rebuilding,
}

/// How long an index may lag the store's newest load before it counts as left behind.
pub const INDEX_LAG_GRACE_SECS: i64 = 300;

/// Errors a page or API call can meet; the web edge maps them to status codes.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Search(#[from] carenav_search::SearchError),
    #[error(transparent)]
    Store(#[from] carenav_store::StoreError),
    /// A search task on a blocking thread stopped before answering (it panicked).
    #[error("a search task stopped unexpectedly")]
    TaskStopped,
    /// The request itself was wrong (bad parameters, a place we cannot find).
    #[error("bad request: {0:?}")]
    BadQuery(Vec<QueryError>),
}

/// Run index work on a blocking thread, so it cannot hold up the async workers.
async fn on_blocking_thread<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, carenav_search::SearchError> + Send + 'static,
) -> Result<T, ServiceError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| ServiceError::TaskStopped)?
        .map_err(ServiceError::from)
}

impl ServiceError {
    /// The database is down or unreachable: answer 503 and ask to try again.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, ServiceError::Store(e) if e.is_unavailable())
    }
}

impl SiteServices {
    pub fn new(store: Store, site_index: IndexHandle, providers: ProviderIndex) -> Self {
        Self {
            store,
            site_index,
            providers,
            limits: Arc::default(),
            demo_data: Arc::new(AtomicBool::new(false)),
            rebuilding: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Compare the provider index with the store (`now`: Unix seconds). An index left behind
    /// for longer than [`INDEX_LAG_GRACE_SECS`] is rebuilt in the background.
    pub async fn provider_index_state(&self, now: i64) -> Result<IndexState, ServiceError> {
        if self.rebuilding.load(Ordering::Acquire) {
            return Ok(IndexState::Rebuilding);
        }
        let Some((version, finished_at)) = self
            .store
            .directory_version(crate::import::ImportKind::CouncilRates.code())
            .await?
        else {
            return Ok(IndexState::Current);
        };
        if self.providers.built_from().is_some_and(|b| b >= version) {
            return Ok(IndexState::Current);
        }
        if now - finished_at < INDEX_LAG_GRACE_SECS {
            return Ok(IndexState::Catching);
        }
        if !self.rebuilding.swap(true, Ordering::AcqRel) {
            tracing::warn!(
                "the provider index is behind the database's newest import: rebuilding it"
            );
            let this = self.clone();
            tokio::spawn(async move {
                match crate::import::rebuild_provider_index(&this.store, &this.providers).await {
                    Ok(stats) => {
                        tracing::info!(locations = stats.documents, "provider index rebuilt")
                    }
                    Err(e) => tracing::error!(error = %e, "provider index rebuild failed"),
                }
                this.rebuilding.store(false, Ordering::Release);
            });
        }
        Ok(IndexState::Rebuilding)
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

    /// Lay the store's current published facts (fees, short breaks) over the provider
    /// search, if the store's data version has moved since they were last read: after a
    /// publication here, and every few seconds for those made through another server on the
    /// same database. Returns whether they were read again.
    pub async fn refresh_facts(&self) -> Result<bool, ServiceError> {
        use carenav_store::Fact;
        // The version first: a publication landing while the facts are read moves it
        // again, and the next refresh reads them again.
        let version = self.store.data_version().await?;
        if version == self.providers.facts_version() {
            return Ok(false);
        }
        let started = std::time::Instant::now();
        // Only what was published since the facts in use were read: a copy of them with
        // the newer publications laid over it.
        let mut snapshot = (*self.providers.facts()).clone();
        let fees = self
            .store
            .current_after(Fact::Fees, snapshot.fees_read_to)
            .await?;
        let availability = self
            .store
            .current_after(Fact::Availability, snapshot.breaks_read_to)
            .await?;
        let read = fees.len() + availability.len();
        snapshot.apply(version, fees, availability);
        let locations = snapshot.locations.len();
        self.providers.set_facts(Arc::new(snapshot));
        // Lay them over the table now, not in the next search.
        self.warm_up().await?;
        tracing::info!(
            version,
            read,
            locations,
            ms = started.elapsed().as_millis() as u64,
            "published facts loaded for search"
        );
        Ok(true)
    }

    /// [`SiteServices::refresh_facts`] after a publication that has already been stored:
    /// a failure is logged (the next refresh will pick it up), not returned.
    pub async fn refresh_facts_after_publishing(&self) {
        if let Err(e) = self.refresh_facts().await {
            tracing::warn!(error = %e, "published facts not yet visible in search; the next refresh will retry");
        }
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
            did_you_mean: found.did_you_mean,
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

    /// Where `near` is: the imported postcode directory first, then the directory's own
    /// postcodes, outward codes, towns and authorities.
    pub async fn geocode(&self, near: &str) -> Result<Option<Place>, ServiceError> {
        if let Some(pc) = normalise_postcode(near)
            && let Some((lat, lon)) = self.store.postcode(&pc).await?
        {
            return Ok(Some(Place {
                label: pc,
                latitude: lat,
                longitude: lon,
                source: GeoSource::Exact,
            }));
        }
        Ok(self.providers.meta()?.geocode(near))
    }

    /// Search the provider directory. A query that is only a postcode or outward code is
    /// taken as the place to search near. `today` is days since 1970.
    pub async fn search_providers(
        &self,
        query: &ProviderQuery,
        today: i64,
    ) -> Result<ProviderResults, ServiceError> {
        let mut query = query.clone();
        let text = query.q.trim();
        if query.near.is_none()
            && !text.is_empty()
            && (normalise_postcode(text).is_some() || is_outcode(&text.to_ascii_uppercase()))
        {
            query.near = Some(text.to_owned());
            query.q.clear();
        }
        let place = match &query.near {
            Some(near) => match self.geocode(near).await? {
                Some(place) => Some(place),
                None => {
                    return Err(ServiceError::BadQuery(vec![QueryError {
                        param: "near".into(),
                        code: "unknown_place".into(),
                        message: format!(
                            "we could not find {near:?}: try a full postcode, the first half of one (like LS6) or a town"
                        ),
                    }]));
                }
            },
            None => None,
        };
        // Off the async workers: a cold search loads the generation's table, and a busy one
        // scores thousands of rows; neither may hold up other requests (or /healthz).
        let providers = self.providers.clone();
        on_blocking_thread(move || providers.search(&query, place, today)).await
    }

    /// Load the live provider generation's table and lay the published facts over it now, so
    /// the first search after start-up, an import or a publication does not pay for it.
    pub async fn warm_up(&self) -> Result<(), ServiceError> {
        let providers = self.providers.clone();
        let started = std::time::Instant::now();
        on_blocking_thread(move || providers.warm()).await?;
        tracing::debug!(
            ms = started.elapsed().as_millis() as u64,
            "provider search warmed"
        );
        Ok(())
    }

    /// One council: the register's entry, its usual rates, and its services in the directory.
    pub async fn council_detail(
        &self,
        code: &str,
        today: i64,
    ) -> Result<Option<carenav_domain::councils::CouncilDetail>, ServiceError> {
        use carenav_domain::councils::{CouncilArea, CouncilDetail, by_code, find};
        let Some(council) = by_code(code) else {
            return Ok(None);
        };
        let rates = self.store.council_rates(Some(&council.code)).await?;
        let mut areas = Vec::new();
        if self.providers.is_ready() {
            for name in &self.providers.meta()?.local_authorities {
                if find(name).is_some_and(|c| c.code == council.code) {
                    let query = ProviderQuery::from_pairs(vec![
                        ("la".to_owned(), name.clone()),
                        ("per_page".to_owned(), "1".to_owned()),
                    ])
                    .map_err(ServiceError::BadQuery)?;
                    areas.push(CouncilArea {
                        name: name.clone(),
                        services: self.providers.search(&query, None, today)?.total,
                    });
                }
            }
        }
        Ok(Some(CouncilDetail {
            council: council.clone(),
            rates,
            areas,
            national_averages: carenav_domain::councils::national_averages(),
        }))
    }

    /// The directory's local-authority names that join to no council in the register.
    pub fn unmapped_authorities(&self) -> Result<Vec<String>, ServiceError> {
        Ok(self
            .providers
            .meta()?
            .local_authorities
            .iter()
            .filter(|n| !n.is_empty() && carenav_domain::councils::find(n).is_none())
            .cloned()
            .collect())
    }

    /// A location's name and its current published fees, if it has published any.
    pub async fn published_fees(
        &self,
        id: &str,
    ) -> Result<
        Option<(
            String,
            carenav_domain::publish::Published<carenav_domain::publish::FeeSchedule>,
        )>,
        ServiceError,
    > {
        let Some(fees) = self.store.fees(id).await? else {
            return Ok(None);
        };
        Ok(self.store.location(id).await?.map(|l| (l.name, fees)))
    }

    /// One location with its provider and the provider's other locations.
    pub async fn provider_detail(&self, id: &str) -> Result<Option<ProviderDetail>, ServiceError> {
        let Some(location) = self.store.location(id).await? else {
            return Ok(None);
        };
        let (provider, others) = match &location.provider_id {
            Some(pid) => (
                self.store.provider(pid).await?,
                self.store.provider_locations(pid).await?,
            ),
            None => (None, Vec::new()),
        };
        let others: Vec<&Location> = others
            .iter()
            .filter(|l| l.location_id != location.location_id)
            .collect();
        let council = location
            .local_authority
            .as_deref()
            .and_then(carenav_domain::councils::find)
            .map(|c| carenav_domain::directory::CouncilRef {
                code: c.code.clone(),
                name: c.name.clone(),
            });
        let council_rates = match &council {
            Some(c) => self.store.council_rates(Some(&c.code)).await?,
            None => Vec::new(),
        };
        Ok(Some(ProviderDetail {
            fees: self.store.fees(id).await?,
            fee_history: self.store.fee_history(id).await?,
            availability: self.store.availability(id).await?,
            council,
            council_rates,
            other_locations_total: others.len(),
            other_locations: others
                .into_iter()
                .take(50)
                .map(|l| carenav_search::summary_of(l, false))
                .collect(),
            provider: provider.map(|p| ProviderOrg {
                provider_id: p.provider_id,
                name: p.name,
                ownership_type: p.ownership_type,
            }),
            location,
        }))
    }
}
