//! `POST /api/v1/estimate`: care costs under the means test, week by week.

use axum::Json;
use axum::extract::Query;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use carenav_app::domain_text::{field_error, figure_name, warning, why};
use carenav_domain::estimate::{EstimateError, EstimateRequest, Note, estimate};
use carenav_domain::rules::RULES;
use serde::Serialize;
use serde_json::{Value, json};

use super::explainers::LocaleOnly;
use super::{ApiError, params};

#[derive(Debug, Serialize)]
struct NoteOut<'a> {
    code: &'a str,
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    week: Option<u32>,
}

fn notes<'a>(notes: &'a [Note], render: impl Fn(&Note) -> String) -> Vec<NoteOut<'a>> {
    notes
        .iter()
        .map(|n| NoteOut {
            code: n.code,
            text: render(n),
            rule: n.rule.as_deref(),
            week: n.week,
        })
        .collect()
}

fn internal() -> ApiError {
    ApiError::internal("Something went wrong on our side.")
}

pub async fn post(
    query: Result<Query<LocaleOnly>, QueryRejection>,
    body: Result<Json<EstimateRequest>, JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    let Query(p) = query?;
    let locale = params::locale(p.locale.as_deref())?;
    let Json(req) = body?;
    match estimate(&req, &RULES, crate::clock::today()) {
        Ok(e) => {
            // Serialise the estimate, then replace its code-only notes with rendered ones.
            let mut value = serde_json::to_value(&e).map_err(|_| internal())?;
            value["explanations"] =
                serde_json::to_value(notes(&e.explanations, |n| why(locale, n)))
                    .map_err(|_| internal())?;
            value["warnings"] = serde_json::to_value(notes(&e.warnings, |n| warning(locale, n)))
                .map_err(|_| internal())?;
            Ok(Json(value))
        }
        Err(EstimateError::Invalid { errors }) => {
            let fields: Vec<_> = errors
                .iter()
                .map(|e| json!({ "field": e.field, "code": e.code, "message": field_error(locale, e) }))
                .collect();
            Err(ApiError::bad_request(
                "invalid_input",
                "Some answers need fixing: see `fields`.",
            )
            .with("fields", fields))
        }
        Err(EstimateError::UnknownFigure {
            key,
            period,
            check_title,
            check_url,
        }) => Err(ApiError::unprocessable(
            "unknown_figure",
            format!(
                "We do not know the {} for {period}, so we cannot estimate this without guessing. Check it in: {}.",
                figure_name(locale, &key),
                check_title.as_deref().unwrap_or("your council's charging policy"),
            ),
        )
        .with("figure", key)
        .with("period", period)
        .with("check_url", check_url)),
    }
}
