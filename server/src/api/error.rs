//! The one error vocabulary of the JSON API and its one body builder: every error is
//! `{"error": {"code", "message", …}}` with the matching status code.

use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use carenav_services::ServiceError;
use serde_json::{Map, Value, json};

/// An API error: status, a stable machine-readable code, a message for people, and any
/// further members of the error object (`fields`, `figure`, …).
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub extra: Vec<(&'static str, Value)>,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            extra: Vec::new(),
        }
    }

    /// 400: the request needs fixing.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// 404 for a thing that does not exist.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    /// 404 for an address with no endpoint.
    pub fn no_endpoint() -> Self {
        Self::not_found("There is no API endpoint at this address. See /api/v1/ for the list.")
    }

    pub fn method_not_allowed() -> Self {
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            "This endpoint does not accept that HTTP method.",
        )
    }

    /// 422: understood, but cannot be answered without guessing.
    pub fn unprocessable(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, code, message)
    }

    /// 401: no valid credentials; says how to authenticate.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }

    /// 403: authenticated, but not allowed to do this.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    /// 413: the body is larger than this endpoint takes.
    pub fn too_large(message: impl Into<String>) -> Self {
        Self::new(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large", message)
    }

    /// 415: the body is not JSON.
    pub fn unsupported_media_type(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            message,
        )
    }

    /// 429: too many requests; `retry_after` seconds.
    pub fn too_many(retry_after: u64) -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            format!("Too many requests. Please wait {retry_after} seconds and try again."),
        )
        .with("retry_after", retry_after)
    }

    /// 408: the request's body did not arrive in time.
    pub fn timeout() -> Self {
        Self::new(
            StatusCode::REQUEST_TIMEOUT,
            "request_timeout",
            format!(
                "The request body did not arrive within {} seconds.",
                crate::middleware::REQUEST_TIMEOUT.as_secs()
            ),
        )
    }

    /// 503: try again shortly.
    pub fn unavailable(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::SERVICE_UNAVAILABLE, code, message)
    }

    /// 500: nothing internal is told.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
    }

    /// Add a member to the error object (after `code` and `message`).
    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Self {
        self.extra.push((name, value.into()));
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut error = Map::new();
        error.insert("code".into(), json!(self.code));
        error.insert("message".into(), json!(self.message));
        for (name, value) in self.extra {
            error.insert(name.into(), value);
        }
        let retry_after = error.get("retry_after").and_then(Value::as_u64);
        let mut response = (self.status, Json(json!({ "error": error }))).into_response();
        if let Some(secs) = retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, secs.into());
        }
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer realm=\"carenav-publish\""),
            );
        }
        response
    }
}

/// `Retry-After` when the database is unavailable.
pub const DATABASE_RETRY_AFTER_SECS: u64 = 30;

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        // Log the detail; tell the client nothing internal.
        if e.is_unavailable() {
            tracing::warn!(error = %e, "API: the database is unavailable");
            return ApiError::unavailable(
                "database_unavailable",
                "The database is not answering. Please try again in a minute.",
            )
            .with("retry_after", DATABASE_RETRY_AFTER_SECS);
        }
        tracing::error!(error = %e, "API service error");
        match e {
            ServiceError::Search(carenav_search::SearchError::NotBuilt(_)) => {
                ApiError::unavailable(
                    "index_unavailable",
                    "The search index is being built. Please try again shortly.",
                )
            }
            ServiceError::BadQuery(errors) => invalid_parameters(errors),
            _ => ApiError::internal("Something went wrong on our side. Please try again later."),
        }
    }
}

/// 400 naming every bad parameter: `fields[{param, code, message}]`.
pub fn invalid_parameters(errors: Vec<carenav_domain::directory::QueryError>) -> ApiError {
    let message = errors
        .iter()
        .map(|e| e.message.clone())
        .collect::<Vec<_>>()
        .join("; ");
    let fields = serde_json::to_value(&errors).unwrap_or_default();
    ApiError::bad_request("invalid_parameters", message).with("fields", fields)
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        ApiError::bad_request("invalid_query", r.body_text())
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        ApiError::bad_request("invalid_json", r.body_text())
    }
}
