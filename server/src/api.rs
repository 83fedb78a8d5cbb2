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
        Self {
            status: StatusCode::BAD_REQUEST,
            code,
            message: message.into(),
        }
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
            ServiceError::BadQuery(errors) => ApiError::bad_request(
                "invalid_parameters",
                errors
                    .iter()
                    .map(|e| e.message.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
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
        .route(
            "/estimate",
            axum::routing::post(crate::api_estimate::post_estimate),
        )
        .route("/rules", get(crate::api_estimate::get_rules))
        .route("/providers", get(crate::api_providers::search))
        .route(
            "/providers/{location_id}",
            get(crate::api_providers::get_one),
        )
        .route("/explainers", get(list_explainers))
        .route("/explainers/{slug}", get(get_explainer))
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
            { "path": "/api/v1/search", "method": "GET", "params": ["q", "locale", "limit"], "about": "Search every page of the site" },
            { "path": "/api/v1/estimate", "method": "POST", "params": ["locale"], "about": "Care costs under the means test, week by week (JSON body; see docs/api.md)" },
            { "path": "/api/v1/rules", "method": "GET", "params": ["date"], "about": "The charging figures by period, with sources" },
            { "path": "/api/v1/providers", "method": "GET", "params": ["q", "near", "radius_km", "service", "specialism", "min_rating", "min_safe", "min_effective", "min_caring", "min_responsive", "min_well_led", "rated_within_years", "beds_min", "beds_max", "la", "include_deregistered", "sort", "page", "per_page"], "about": "Search the CQC provider directory, with facet counts" },
            { "path": "/api/v1/providers/{location_id}", "method": "GET", "params": [], "about": "One location: every rating with its date, history, services, provider and its other locations" },
            { "path": "/api/v1/explainers", "method": "GET", "params": ["locale"], "about": "Every explainer: slug, title, summary, topic" },
            { "path": "/api/v1/explainers/{slug}", "method": "GET", "params": ["locale"], "about": "One explainer: rendered HTML, figures with sources, sources, review dates" }
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
    let locale = match params.locale.as_deref() {
        None => Locale::EnGb,
        Some(tag) => Locale::from_tag(tag).ok_or_else(|| {
            let known: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            ApiError::bad_request(
                "invalid_parameter",
                format!("Unknown `locale` {tag:?}: use one of {}.", known.join(", ")),
            )
        })?,
    };
    let limit = params.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::bad_request(
            "invalid_parameter",
            "`limit` must be between 1 and 100.",
        ));
    }
    Ok(Json(state.services.search_site(&q, locale, limit)?))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleOnly {
    pub locale: Option<String>,
}

fn parse_locale(tag: Option<&str>) -> Result<Locale, ApiError> {
    match tag {
        None => Ok(Locale::EnGb),
        Some(tag) => Locale::from_tag(tag).ok_or_else(|| {
            ApiError::bad_request("invalid_parameter", format!("Unknown `locale` {tag:?}."))
        }),
    }
}

async fn list_explainers(
    params: Result<Query<LocaleOnly>, QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let Query(p) = params?;
    let locale = parse_locale(p.locale.as_deref())?;
    Ok(Json(
        json!({ "locale": locale.tag(), "explainers": carenav_app::explainers::list(locale) }),
    ))
}

async fn get_explainer(
    axum::extract::Path(slug): axum::extract::Path<String>,
    params: Result<Query<LocaleOnly>, QueryRejection>,
) -> Result<Json<carenav_app::explainers::ExplainerPage>, ApiError> {
    let Query(p) = params?;
    let locale = parse_locale(p.locale.as_deref())?;
    let raw = carenav_app::explainers::find(&slug, locale).ok_or_else(|| ApiError {
        status: StatusCode::NOT_FOUND,
        code: "not_found",
        message: format!("There is no explainer called {slug:?}. See /api/v1/explainers."),
    })?;
    Ok(Json(carenav_app::explainers::render(
        raw,
        locale,
        crate::api_estimate::today(),
    )))
}
