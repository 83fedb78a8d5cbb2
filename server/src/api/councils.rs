//! `GET /api/v1/councils` (the register) and `GET /api/v1/councils/{code}` (one council: its
//! usual rates by year and category with sources, and its services in the directory).

use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use carenav_domain::councils::COUNCILS;
use serde_json::json;

use super::{ApiError, today_days};
use crate::state::AppState;

pub async fn list() -> Response {
    Json(json!({
        "count": COUNCILS.len(),
        "source": "ons-counties-unitary-authorities-2025",
        "councils": COUNCILS.iter().map(|c| json!({
            "code": c.code,
            "name": c.name,
            "kind": c.kind,
            "region": c.region,
            "aliases": c.aliases,
            "former_codes": c.former_codes,
            "url": format!("/api/v1/councils/{}", c.code),
        })).collect::<Vec<_>>(),
    }))
    .into_response()
}

pub async fn get_one(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, ApiError> {
    match state.services.council_detail(&code, today_days()).await? {
        Some(d) => Ok(Json(d).into_response()),
        None => Err(ApiError::not_found(format!(
            "{:?} is not the GSS code of a council with adult social care in England: see /api/v1/councils.",
            code.chars().take(20).collect::<String>()
        ))),
    }
}
