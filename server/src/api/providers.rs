//! `GET /api/v1/providers` (search the directory) and `GET /api/v1/providers/{location_id}`
//! (one location with its rating history, provider and the provider's other locations).

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use carenav_domain::date::Date;
use carenav_domain::directory::model::is_location_id;
use carenav_domain::directory::{ProviderQuery, QueryError};
use carenav_services::ServiceError;

use super::ApiError;
use super::error::invalid_parameters;
use crate::state::AppState;

/// Days since 1970 today, for rating ages.
pub fn today_days() -> i64 {
    crate::clock::today().days_since(Date::from_unix_days(0))
}

/// Read a provider search from a raw query string (repeated parameters allowed).
pub fn parse_query(raw: Option<&str>) -> Result<ProviderQuery, Vec<QueryError>> {
    ProviderQuery::from_pairs(form_urlencoded::parse(raw.unwrap_or_default().as_bytes()))
}

pub async fn search(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let query = match parse_query(raw.as_deref()) {
        Ok(q) => q,
        Err(errors) => return invalid_parameters(errors).into_response(),
    };
    match state.services.search_providers(&query, today_days()).await {
        Ok(results) => Json(results).into_response(),
        Err(ServiceError::BadQuery(errors)) => invalid_parameters(errors).into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}

pub async fn get_one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    if !is_location_id(&id) {
        return Err(ApiError::bad_request(
            "invalid_parameter",
            format!("{id:?} is not a CQC location id (\"1-\" followed by digits)."),
        ));
    }
    match state.services.provider_detail(&id).await? {
        Some(detail) => Ok(Json(detail).into_response()),
        None => Err(ApiError::not_found(format!(
            "There is no location {id} in the directory."
        ))),
    }
}
