//! The provider directory's pages: search (`/providers`), one location
//! (`/providers/:location_id`) and compare (`/providers/compare?id=…`).
//! Each is server-rendered and complete without JavaScript.

pub mod compare;
pub mod detail;
pub mod fees;
pub mod parts;
pub mod search;

use serde::{Deserialize, Serialize};

use carenav_domain::directory::ProviderDetail;
use carenav_domain::directory::{ProviderResults, QueryError};
use leptos::prelude::*;

/// A search's outcome: results, or what to fix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchOutcome {
    pub results: Option<ProviderResults>,
    pub errors: Vec<QueryError>,
    /// Days since 1970 by the server's clock, so rating ages agree after hydration.
    pub today: i64,
}

/// One or more locations, whole, for the provider and compare pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetailOutcome {
    pub details: Vec<ProviderDetail>,
    /// Requested ids that are not in the directory.
    pub missing: Vec<String>,
    pub today: i64,
}

#[cfg(feature = "ssr")]
fn services() -> Result<carenav_services::SiteServices, ServerFnError> {
    use_context::<carenav_services::SiteServices>()
        .ok_or_else(|| ServerFnError::new("services missing"))
}

#[cfg(feature = "ssr")]
fn today_days() -> i64 {
    crate::request::today().days_since(carenav_domain::date::Date::from_unix_days(0))
}

/// A home's published fee, as the estimator names it when a person uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublishedHomeFee {
    pub location_id: String,
    pub name: String,
    /// The lowest weekly care-home fee, and the kind of care it is for.
    pub weekly: carenav_domain::money::Pence,
    pub care_type: carenav_domain::publish::CareType,
    pub published: carenav_domain::date::Date,
    pub valid_from: carenav_domain::date::Date,
    pub synthetic: bool,
}

/// The fee a home has published, if it has one with a weekly care-home fee.
#[server(prefix = "/fn", endpoint = "home-fee")]
pub async fn home_fee(location_id: String) -> Result<Option<PublishedHomeFee>, ServerFnError> {
    if !carenav_domain::directory::model::is_location_id(&location_id) {
        return Ok(None);
    }
    let found = services()?
        .published_fees(&location_id)
        .await
        .map_err(|e| ServerFnError::new(e.to_string()))?;
    let Some((name, p)) = found else {
        return Ok(None);
    };
    let Some(item) = p.record.cheapest_weekly() else {
        return Ok(None);
    };
    Ok(item.weekly_from().map(|weekly| PublishedHomeFee {
        location_id,
        name,
        weekly,
        care_type: item.care_type,
        published: p.provenance.as_of,
        valid_from: p.record.valid_from,
        synthetic: p.synthetic,
    }))
}

/// Search the directory with a raw query string (`q=…&service=…`).
#[server(prefix = "/fn", endpoint = "provider-search")]
pub async fn provider_search(query: String) -> Result<SearchOutcome, ServerFnError> {
    use carenav_services::ServiceError;
    let today = today_days();
    let parsed = match carenav_domain::directory::ProviderQuery::from_pairs(parse_pairs(&query)) {
        Ok(q) => q,
        Err(errors) => {
            return Ok(SearchOutcome {
                results: None,
                errors,
                today,
            });
        }
    };
    match services()?.search_providers(&parsed, today).await {
        Ok(results) => Ok(SearchOutcome {
            results: Some(results),
            errors: Vec::new(),
            today,
        }),
        Err(ServiceError::BadQuery(errors)) => Ok(SearchOutcome {
            results: None,
            errors,
            today,
        }),
        Err(e) => {
            tracing::error!(error = %e, "provider search failed");
            Err(ServerFnError::new("search unavailable"))
        }
    }
}

/// Whole records for up to four locations.
#[server(prefix = "/fn", endpoint = "provider-details")]
pub async fn provider_details(ids: Vec<String>) -> Result<DetailOutcome, ServerFnError> {
    let services = services()?;
    let mut details = Vec::new();
    let mut missing = Vec::new();
    for id in ids.into_iter().take(parts::MAX_COMPARE) {
        if !carenav_domain::directory::model::is_location_id(&id) {
            missing.push(id);
            continue;
        }
        match services.provider_detail(&id).await {
            Ok(Some(d)) => details.push(d),
            Ok(None) => missing.push(id),
            Err(e) => {
                tracing::error!(error = %e, "provider detail failed");
                return Err(ServerFnError::new("directory unavailable"));
            }
        }
    }
    Ok(DetailOutcome {
        details,
        missing,
        today: today_days(),
    })
}

/// Query-string pairs (`+` and percent escapes decoded).
pub fn parse_pairs(raw: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(raw.trim_start_matches('?').as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}
