//! `GET /api/v1/search`: every page of the site.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use carenav_domain::site_search::{MAX_QUERY_CHARS, SearchResults};
use serde::Deserialize;

use super::{ApiError, params};
use crate::state::AppState;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchParams {
    pub q: Option<String>,
    pub locale: Option<String>,
    pub limit: Option<usize>,
}

pub async fn get(
    State(state): State<AppState>,
    query: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Json<SearchResults>, ApiError> {
    let Query(p) = query?;
    let q = p.q.unwrap_or_default();
    if q.trim().is_empty() {
        return Err(ApiError::bad_request(
            "missing_parameter",
            "Give the words to search for in the `q` parameter.",
        ));
    }
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::bad_request(
            "invalid_parameter",
            format!("`q` is too long: at most {MAX_QUERY_CHARS} characters."),
        ));
    }
    let locale = params::locale(p.locale.as_deref())?;
    let limit = p.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::bad_request(
            "invalid_parameter",
            "`limit` must be between 1 and 100.",
        ));
    }
    Ok(Json(state.services.search_site(&q, locale, limit)?))
}
