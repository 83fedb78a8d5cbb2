//! The JSON API under `/api/v1/`. Errors are always `{"error": {"code", "message"}}` with a
//! matching status code.

use axum::Json;
use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use carenav_app::api::{MAX_QUERY_CHARS, SearchResults};
use carenav_app::i18n::Locale;
use carenav_app::services::ServiceError;
use serde::Deserialize;
use serde_json::json;

use crate::state::AppState;

/// An API error: status, a stable machine-readable code, and a message for people.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self { status: StatusCode::BAD_REQUEST, code, message: message.into() }
    }
    pub fn not_found() -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            code: "not_found",
            message: "There is no API endpoint at this address. See /api/v1/ for the list.".into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "error": { "code": self.code, "message": self.message } });
        (self.status, Json(body)).into_response()
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        // Log the detail; tell the client nothing internal.
        tracing::error!(error = %e, "API service error");
        match e {
            ServiceError::Search(carenav_search::SearchError::NotBuilt(_)) => ApiError {
                status: StatusCode::SERVICE_UNAVAILABLE,
                code: "index_unavailable",
                message: "The search index is being built. Please try again shortly.".into(),
            },
            _ => ApiError {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                code: "internal",
                message: "Something went wrong on our side. Please try again later.".into(),
            },
        }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        ApiError::bad_request("invalid_query", r.body_text())
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/search", get(search))
        .fallback(|| async { ApiError::not_found() })
        .method_not_allowed_fallback(|| async {
            ApiError {
                status: StatusCode::METHOD_NOT_ALLOWED,
                code: "method_not_allowed",
                message: "This endpoint does not accept that HTTP method.".into(),
            }
        })
}

async fn index() -> Json<serde_json::Value> {
    Json(json!({
        "version": "v1",
        "endpoints": [
            { "path": "/api/v1/search", "method": "GET", "params": ["q", "locale"], "about": "Search every page of the site" }
        ]
    }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchParams {
    pub q: Option<String>,
    pub locale: Option<String>,
    pub limit: Option<usize>,
}

async fn search(
    State(state): State<AppState>,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Json<SearchResults>, ApiError> {
    let Query(params) = params?;
    let q = params.q.unwrap_or_default();
    if q.trim().is_empty() {
        return Err(ApiError::bad_request("missing_parameter", "Give the words to search for in the `q` parameter."));
    }
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::bad_request(
            "invalid_parameter",
            format!("`q` is too long: at most {MAX_QUERY_CHARS} characters."),
        ));
    }
    let locale = match params.locale.as_deref() {
        None => Locale::EnGb,
        Some(tag) => Locale::from_tag(tag).ok_or_else(|| {
            let known: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            ApiError::bad_request("invalid_parameter", format!("Unknown `locale` {tag:?}: use one of {}.", known.join(", ")))
        })?,
    };
    let limit = params.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::bad_request("invalid_parameter", "`limit` must be between 1 and 100."));
    }
    Ok(Json(state.services.search_site(&q, locale, limit)?))
}
