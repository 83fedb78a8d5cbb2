//! The JSON API under `/api/v1/`, one module per resource. The route table [`ENDPOINTS`]
//! builds the router and the `/api/v1/` index, so the two cannot disagree; errors share one
//! vocabulary and body ([`ApiError`]).

mod check;
mod councils;
mod error;
mod estimate;
mod explainers;
mod open_data;
mod params;
mod providers;
mod publish;
mod rules;
mod search;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde_json::{Value, json};

pub use error::ApiError;
pub use providers::{parse_query, today_days};

use crate::state::AppState;

/// One endpoint: its path under `/api/v1`, method, query parameters, what it is for, and how
/// it is routed.
pub struct Endpoint {
    pub path: &'static str,
    pub method: &'static str,
    pub params: &'static [&'static str],
    pub about: &'static str,
    route: fn(Router<AppState>, &'static str) -> Router<AppState>,
}

/// Every endpoint, in the order the index lists them.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        path: "/search",
        method: "GET",
        params: &["q", "locale", "limit"],
        about: "Search every page of the site",
        route: |r, p| r.route(p, get(search::get)),
    },
    Endpoint {
        path: "/estimate",
        method: "POST",
        params: &["locale"],
        about: "Care costs under the means test, week by week (JSON body; see docs/api.md)",
        route: |r, p| r.route(p, post(estimate::post)),
    },
    Endpoint {
        path: "/rules",
        method: "GET",
        params: &["date"],
        about: "The charging figures by period, with sources",
        route: |r, p| r.route(p, get(rules::get)),
    },
    Endpoint {
        path: "/providers",
        method: "GET",
        params: &[
            "q",
            "near",
            "radius_km",
            "service",
            "specialism",
            "min_rating",
            "min_safe",
            "min_effective",
            "min_caring",
            "min_responsive",
            "min_well_led",
            "rated_within_years",
            "beds_min",
            "beds_max",
            "la",
            "include_deregistered",
            "sort",
            "page",
            "per_page",
        ],
        about: "Search the CQC provider directory, with facet counts",
        route: |r, p| r.route(p, get(providers::search)),
    },
    Endpoint {
        path: "/providers/{location_id}",
        method: "GET",
        params: &[],
        about: "One location: every rating with its date, history, services, provider and its other locations",
        route: |r, p| r.route(p, get(providers::get_one)),
    },
    Endpoint {
        path: "/providers/{location_id}/fees",
        method: "PUT",
        params: &[],
        about: "Publish a location's fee schedule (the provider's own systems; Authorization: Bearer <token>; JSON body, see docs/api.md)",
        route: |r, p| {
            r.route(
                p,
                put(publish::put_fees).layer(DefaultBodyLimit::max(publish::MAX_BODY)),
            )
        },
    },
    Endpoint {
        path: "/providers/{location_id}/availability",
        method: "PUT",
        params: &[],
        about: "Publish a location's short-break availability (Authorization: Bearer <token>; JSON body, see docs/api.md)",
        route: |r, p| {
            r.route(
                p,
                put(publish::put_availability).layer(DefaultBodyLimit::max(publish::MAX_BODY)),
            )
        },
    },
    Endpoint {
        path: "/councils",
        method: "GET",
        params: &[],
        about: "Every council with adult social care in England: GSS code, name, aliases, region",
        route: |r, p| r.route(p, get(councils::list)),
    },
    Endpoint {
        path: "/councils/{code}",
        method: "GET",
        params: &[],
        about: "One council: its usual rates by year and category with sources, and its services in the directory",
        route: |r, p| r.route(p, get(councils::get_one)),
    },
    Endpoint {
        path: "/open-data/{file}",
        method: "GET",
        params: &[],
        about: "Open data (OGL v3.0): fees.json|csv, availability.json|csv, council-rates.json|csv, with attribution and as_of",
        route: |r, p| r.route(p, get(open_data::get)),
    },
    Endpoint {
        path: "/check",
        method: "GET",
        params: &[
            "for",
            "situation",
            "age",
            "impairment",
            "unable",
            "wellbeing",
            "caring_hours",
            "carer_unable",
            "carer_health",
            "carer_wellbeing",
            "cared_for_benefit",
            "carer_earnings",
            "full_time_education",
            "date",
            "locale",
        ],
        about: "The navigator: the next question and the outcomes that hold for the answers (the /check pages' query string)",
        route: |r, p| r.route(p, get(check::get)),
    },
    Endpoint {
        path: "/explainers",
        method: "GET",
        params: &["locale"],
        about: "Every explainer: slug, title, summary, topic",
        route: |r, p| r.route(p, get(explainers::list_all)),
    },
    Endpoint {
        path: "/explainers/{slug}",
        method: "GET",
        params: &["locale"],
        about: "One explainer: rendered HTML, figures with sources, sources, review dates",
        route: |r, p| r.route(p, get(explainers::get_one)),
    },
];

pub fn router() -> Router<AppState> {
    ENDPOINTS
        .iter()
        .fold(Router::new().route("/", get(index)), |r, e| {
            (e.route)(r, e.path)
        })
        .fallback(|| async { ApiError::no_endpoint() })
        .method_not_allowed_fallback(|| async { ApiError::method_not_allowed() })
}

/// `GET /api/v1/` (and `/api/v1`): the index, generated from [`ENDPOINTS`].
pub async fn index() -> Json<Value> {
    let endpoints: Vec<Value> = ENDPOINTS
        .iter()
        .map(|e| {
            json!({
                "path": format!("/api/v1{}", e.path),
                "method": e.method,
                "params": e.params,
                "about": e.about,
            })
        })
        .collect();
    Json(json!({ "version": "v1", "endpoints": endpoints }))
}
