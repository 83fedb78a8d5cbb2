//! `POST /api/v1/estimate` and `GET /api/v1/rules`.

use axum::Json;
use axum::extract::Query;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use carenav_app::domain::date::Date;
use carenav_app::domain::estimate::{EstimateError, EstimateRequest, Note, estimate};
use carenav_app::domain::rules::RULES;
use carenav_app::domain_text::{field_error, figure_name, warning, why};
use carenav_app::i18n::Locale;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::api::ApiError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleParam {
    pub locale: Option<String>,
}

fn locale_param(params: Result<Query<LocaleParam>, QueryRejection>) -> Result<Locale, ApiError> {
    let Query(p) = params?;
    match p.locale.as_deref() {
        None => Ok(Locale::EnGb),
        Some(tag) => Locale::from_tag(tag).ok_or_else(|| {
            ApiError::bad_request("invalid_parameter", format!("Unknown `locale` {tag:?}."))
        }),
    }
}

/// Today's date (the domain has no clock): the server's one clock, which
/// `CARENAV_TODAY=YYYY-MM-DD` fixes.
pub fn today() -> Date {
    carenav_app::request::today()
}

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

pub async fn post_estimate(
    params: Result<Query<LocaleParam>, QueryRejection>,
    body: Result<Json<EstimateRequest>, JsonRejection>,
) -> Result<Response, ApiError> {
    let locale = locale_param(params)?;
    let Json(req) = body.map_err(|r| ApiError {
        status: StatusCode::BAD_REQUEST,
        code: "invalid_json",
        message: r.body_text(),
    })?;
    match estimate(&req, &RULES, today()) {
        Ok(e) => {
            // Serialise the estimate, then replace its code-only notes with rendered ones.
            let mut value = serde_json::to_value(&e).map_err(|_| internal())?;
            value["explanations"] =
                serde_json::to_value(notes(&e.explanations, |n| why(locale, n)))
                    .map_err(|_| internal())?;
            value["warnings"] = serde_json::to_value(notes(&e.warnings, |n| warning(locale, n)))
                .map_err(|_| internal())?;
            Ok(Json(value).into_response())
        }
        Err(EstimateError::Invalid { errors }) => {
            let fields: Vec<_> = errors
                .iter()
                .map(|e| json!({ "field": e.field, "code": e.code, "message": field_error(locale, e) }))
                .collect();
            let body = json!({ "error": {
                "code": "invalid_input",
                "message": "Some answers need fixing: see `fields`.",
                "fields": fields,
            }});
            Ok((StatusCode::BAD_REQUEST, Json(body)).into_response())
        }
        Err(EstimateError::UnknownFigure {
            key,
            period,
            check_title,
            check_url,
        }) => {
            let body = json!({ "error": {
                "code": "unknown_figure",
                "message": format!(
                    "We do not know the {} for {period}, so we cannot estimate this without guessing. Check it in: {}.",
                    figure_name(locale, &key),
                    check_title.as_deref().unwrap_or("your council's charging policy"),
                ),
                "figure": key,
                "period": period,
                "check_url": check_url,
            }});
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response())
        }
    }
}

fn internal() -> ApiError {
    ApiError {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        code: "internal",
        message: "Something went wrong on our side.".into(),
    }
}

/// `GET /api/v1/rules`: the period in force today, every period, and the 2021 plan, with
/// sources. `?date=YYYY-MM-DD` picks another day.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesParams {
    pub date: Option<String>,
}

pub async fn get_rules(
    params: Result<Query<RulesParams>, QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let Query(p) = params?;
    let date = match p.date.as_deref() {
        None => today(),
        Some(s) => Date::parse(s).ok_or_else(|| {
            ApiError::bad_request("invalid_parameter", "`date` must look like 2026-11-23.")
        })?,
    };
    let in_force = RULES.period_on(date).map(|p| p.id.clone());
    // Each figure as it applies on `date`: today's value, or the latest earlier one marked
    // `"current": false` with the period it is from, or null when none was ever known.
    let figures: serde_json::Map<String, serde_json::Value> = RULES
        .keys()
        .into_iter()
        .map(|key| {
            let v = match RULES.lookup_known(key, date) {
                Some(k) => json!({
                    "value": k.amount,
                    "unit": k.value.unit,
                    "current": k.current,
                    "from_period": k.period.id,
                    "applies": k.label(),
                    "verified": k.value.verified,
                }),
                None => json!({ "value": null, "current": false }),
            };
            (key.to_owned(), v)
        })
        .collect();
    Ok(Json(json!({
        "date": date,
        "in_force": in_force,
        "figures": figures,
        "jurisdiction": RULES.jurisdiction,
        "compiled": RULES.compiled,
        "periods": RULES.periods,
        "dpa_interest_periods": RULES.dpa_interest_periods,
        "reform_2021": RULES.reform_2021,
    })))
}
