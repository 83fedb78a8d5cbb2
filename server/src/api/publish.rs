//! `PUT /api/v1/providers/{location_id}/fees` and `…/availability`: providers' own systems
//! publish with `Authorization: Bearer <token>` (from `carenav publishers token`).
//!
//! 200 with the stored record; 401 without a valid token; 403 for another provider's
//! location; 404 for a location not in the directory; 400 for a body that is not JSON;
//! 413 over 64 KB; 415 for another content type; 422 naming every bad field; 429 when
//! rate limited (bad tokens per client, publications per account), with `Retry-After`.

use std::net::SocketAddr;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use carenav_domain::date::Date;
use carenav_services::PublishError;
use carenav_services::publish::{self, Channel};
use carenav_store::{Account, SecretKind};
use serde_json::{Value, json};

use super::ApiError;
use crate::state::AppState;

/// The largest body these endpoints read.
pub const MAX_BODY: usize = 64 * 1024;

type Client = Option<Extension<ConnectInfo<SocketAddr>>>;

fn client_key(client: &Client) -> String {
    client
        .as_ref()
        .map_or_else(|| "unknown".to_owned(), |c| c.0.0.ip().to_string())
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// The account behind the request's token, or the error to answer with.
async fn account(
    state: &AppState,
    headers: &HeaderMap,
    client: &Client,
) -> Result<Account, ApiError> {
    let limits = &state.services.limits;
    let key = client_key(client);
    if let Some(wait) = limits.failures.blocked(&key) {
        return Err(ApiError::too_many(wait));
    }
    let Some(token) = bearer(headers) else {
        return Err(ApiError::unauthorized(
            "Send your API token as 'Authorization: Bearer <token>'. Ask the site's operators for one.",
        ));
    };
    match publish::authenticate(&state.services.store, token, SecretKind::Api).await {
        Ok(Some(account)) => Ok(account),
        Ok(None) => {
            tracing::warn!(client = %key, "publishing API: unknown, expired or revoked token");
            if let Err(wait) = limits.failures.hit(&key) {
                return Err(ApiError::too_many(wait));
            }
            Err(ApiError::unauthorized(
                "This token is not valid: it may have expired or been revoked.",
            ))
        }
        Err(e) => Err(service_error(e)),
    }
}

fn service_error(e: PublishError) -> ApiError {
    match e {
        PublishError::NoLocation(id) => {
            ApiError::not_found(format!("There is no location {id} in the directory."))
        }
        e @ PublishError::NotYours { .. } => ApiError::forbidden(format!(
            "{e}. A token publishes only for its own provider's locations."
        )),
        PublishError::Invalid(errors) => {
            let message = errors
                .iter()
                .map(|e| format!("{} {}", e.field, e.message))
                .collect::<Vec<_>>()
                .join("; ");
            ApiError::unprocessable("invalid_fields", message)
                .with("fields", serde_json::to_value(&errors).unwrap_or_default())
        }
        e => {
            tracing::error!(error = %e, "publishing failed");
            ApiError::internal("Something went wrong on our side. Nothing was published.")
        }
    }
}

/// The body as JSON, or the error to answer with.
fn json_body(headers: &HeaderMap, body: Result<Bytes, BytesRejection>) -> Result<Value, ApiError> {
    let body = body.map_err(|r| {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::too_large(format!("The body is larger than {} KB.", MAX_BODY / 1024))
        } else {
            ApiError::bad_request("unreadable_body", r.body_text())
        }
    })?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let mime = content_type.split(';').next().unwrap_or_default().trim();
    if !mime.eq_ignore_ascii_case("application/json") {
        return Err(ApiError::unsupported_media_type(
            "Send the record as JSON, with 'Content-Type: application/json'.",
        ));
    }
    serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(
            "invalid_json",
            format!(
                "The body is not valid JSON (line {}, column {}).",
                e.line(),
                e.column()
            ),
        )
    })
}

fn today() -> Date {
    crate::clock::today()
}

/// Nothing a publisher sends or gets back is cached on the way.
async fn put(
    state: AppState,
    location_id: String,
    client: Client,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
    fees: bool,
) -> Response {
    let mut response = put_inner(state, location_id, client, headers, body, fees).await;
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    response
}

async fn put_inner(
    state: AppState,
    location_id: String,
    client: Client,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
    fees: bool,
) -> Response {
    let account = match account(&state, &headers, &client).await {
        Ok(a) => a,
        Err(e) => return e.into_response(),
    };
    if let Err(wait) = state
        .services
        .limits
        .publishes
        .hit(&format!("account {}", account.id))
    {
        return ApiError::too_many(wait).into_response();
    }
    let body = match json_body(&headers, body) {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let store = &state.services.store;
    let result = if fees {
        publish::publish_fees(store, &account, &location_id, &body, Channel::Api, today())
            .await
            .map(|p| {
                json!({
                    "location_id": location_id,
                    "fees": p.record,
                    "provenance": p.provenance,
                    "published_at": p.published_at,
                })
            })
    } else {
        publish::publish_availability(store, &account, &location_id, &body, Channel::Api, today())
            .await
            .map(|p| {
                json!({
                    "location_id": location_id,
                    "items": p.record.items,
                    "updated": p.provenance.as_of,
                    "provenance": p.provenance,
                    "published_at": p.published_at,
                })
            })
    };
    if result.is_ok() {
        state.services.refresh_facts_after_publishing().await;
    }
    match result {
        Ok(record) => {
            tracing::info!(account = account.id, location = %location_id, what = if fees { "fees" } else { "availability" }, "published");
            (StatusCode::OK, axum::Json(record)).into_response()
        }
        Err(e) => service_error(e).into_response(),
    }
}

pub async fn put_fees(
    State(state): State<AppState>,
    Path(location_id): Path<String>,
    client: Client,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    put(state, location_id, client, headers, body, true).await
}

pub async fn put_availability(
    State(state): State<AppState>,
    Path(location_id): Path<String>,
    client: Client,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    put(state, location_id, client, headers, body, false).await
}
