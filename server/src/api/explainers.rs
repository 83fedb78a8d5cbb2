//! `GET /api/v1/explainers` and `GET /api/v1/explainers/{slug}`.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query};
use carenav_app::explainers::{ExplainerPage, find, list, render};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ApiError, params};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleOnly {
    pub locale: Option<String>,
}

pub async fn list_all(
    query: Result<Query<LocaleOnly>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let Query(p) = query?;
    let locale = params::locale(p.locale.as_deref())?;
    Ok(Json(
        json!({ "locale": locale.tag(), "explainers": list(locale) }),
    ))
}

pub async fn get_one(
    Path(slug): Path<String>,
    query: Result<Query<LocaleOnly>, QueryRejection>,
) -> Result<Json<ExplainerPage>, ApiError> {
    let Query(p) = query?;
    let locale = params::locale(p.locale.as_deref())?;
    let raw = find(&slug, locale).ok_or_else(|| {
        ApiError::not_found(format!(
            "There is no explainer called {slug:?}. See /api/v1/explainers."
        ))
    })?;
    Ok(Json(render(raw, locale, crate::clock::today())))
}
