//! The `/publish` forms' POSTs: sign in (a one-time link for a session cookie), sign out, and
//! publish fees or availability. Each checks the session and, for changes, the CSRF token;
//! publishes through the same use case as the API (`carenav_services::publish`); and answers
//! with a redirect (post/redirect/get) or, when the answers need fixing, the same page again
//! with the answers and the errors, rendered by Leptos with a [`PublishReply`] in context.
//!
//! The session cookie is `HttpOnly; SameSite=Strict; Path=/publish`, and `Secure` when
//! `CARENAV_SECURE_COOKIES=1` (set it behind TLS).

use std::net::SocketAddr;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use carenav_app::publishing::PublishReply;
use carenav_app::publishing::form::{Values, availability_json, fees_json, form_errors};
use carenav_services::PublishError;
use carenav_services::publish::{
    self, Channel, SESSION_COOKIE, SESSION_LIFETIME, csrf_ok, session_from_cookies,
};
use carenav_store::SecretKind;

use crate::state::AppState;

type Client = Option<Extension<ConnectInfo<SocketAddr>>>;

fn client_key(client: &Client) -> String {
    client
        .as_ref()
        .map_or_else(|| "unknown".to_owned(), |c| c.0.0.ip().to_string())
}

fn values(body: &Bytes) -> Values {
    Values(
        form_urlencoded::parse(body)
            .take(200)
            .map(|(k, v)| (k.into_owned(), v.chars().take(2_000).collect()))
            .collect(),
    )
}

fn secure() -> &'static str {
    static SECURE: std::sync::LazyLock<bool> = std::sync::LazyLock::new(|| {
        std::env::var("CARENAV_SECURE_COOKIES").is_ok_and(|v| v == "1" || v == "true")
    });
    if *SECURE { "; Secure" } else { "" }
}

fn session(headers: &HeaderMap) -> Option<String> {
    session_from_cookies(
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok()),
    )
}

fn see_other(to: &str) -> Response {
    let mut r = Redirect::to(to).into_response();
    *r.status_mut() = StatusCode::SEE_OTHER;
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-store, private"),
    );
    r
}

fn with_cookie(mut r: Response, cookie: String) -> Response {
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}

/// `POST /publish/sign-in`: `link` for a session.
pub async fn sign_in(State(state): State<AppState>, client: Client, body: Bytes) -> Response {
    let key = client_key(&client);
    let limits = &state.services.limits;
    if limits.failures.blocked(&key).is_some() {
        tracing::warn!(client = %key, "publish sign-in: rate limited");
        return see_other("/publish/sign-in?failed=1");
    }
    let link = values(&body).get("link").to_owned();
    match publish::sign_in(&state.services.store, &link).await {
        Ok(Some((account, session, _))) => {
            tracing::info!(account = account.id, "publisher signed in");
            with_cookie(
                see_other("/publish"),
                format!(
                    "{SESSION_COOKIE}={session}; Path=/publish; Max-Age={SESSION_LIFETIME}; HttpOnly; SameSite=Strict{}",
                    secure()
                ),
            )
        }
        Ok(None) => {
            tracing::warn!(client = %key, "publish sign-in: unknown, used, revoked or expired link");
            limits.failures.hit(&key).ok();
            see_other("/publish/sign-in?failed=1")
        }
        Err(e) => {
            tracing::error!(error = %e, "publish sign-in failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "Please try again shortly.\n",
            )
                .into_response()
        }
    }
}

fn clear_cookie() -> String {
    format!(
        "{SESSION_COOKIE}=; Path=/publish; Max-Age=0; HttpOnly; SameSite=Strict{}",
        secure()
    )
}

/// `POST /publish/sign-out`: the session ends at once.
pub async fn sign_out(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    if let Some(s) = session(&headers)
        && csrf_ok(&s, values(&body).get("csrf"))
    {
        publish::sign_out(&state.services.store, &s).await.ok();
    }
    with_cookie(see_other("/publish?signed_out=1"), clear_cookie())
}

/// `POST /publish/{location_id}/fees`.
pub async fn fees(
    State(state): State<AppState>,
    Path(location_id): Path<String>,
    req: Request,
) -> Response {
    publish_form(state, location_id, req, true).await
}

/// `POST /publish/{location_id}/availability`.
pub async fn availability(
    State(state): State<AppState>,
    Path(location_id): Path<String>,
    req: Request,
) -> Response {
    publish_form(state, location_id, req, false).await
}

async fn publish_form(
    state: AppState,
    location_id: String,
    req: Request,
    is_fees: bool,
) -> Response {
    let (parts, body) = req.into_parts();
    let Ok(body) = axum::body::to_bytes(body, 64 * 1024).await else {
        return (StatusCode::PAYLOAD_TOO_LARGE, "The form is too large.\n").into_response();
    };
    let store = &state.services.store;
    let Some(s) = session(&parts.headers) else {
        return see_other("/publish");
    };
    let account = match publish::authenticate(store, &s, SecretKind::Session).await {
        Ok(Some(a)) => a,
        Ok(None) => return with_cookie(see_other("/publish"), clear_cookie()),
        Err(e) => {
            tracing::error!(error = %e, "publish form: session lookup failed");
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                "Please try again shortly.\n",
            )
                .into_response();
        }
    };
    let v = values(&body);
    if !csrf_ok(&s, v.get("csrf")) {
        tracing::warn!(account = account.id, "publish form: bad CSRF token");
        return (
            StatusCode::FORBIDDEN,
            "This form has expired. Go back, reload the page and try again.\n",
        )
            .into_response();
    }
    if let Err(wait) = state
        .services
        .limits
        .publishes
        .hit(&format!("account {}", account.id))
    {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, wait.to_string())],
            "Too many changes: wait a minute.\n",
        )
            .into_response();
    }
    let today = crate::clock::today();
    let (json, fields) = if is_fees {
        fees_json(&v)
    } else {
        availability_json(&v)
    };
    let result = if is_fees {
        publish::publish_fees(store, &account, &location_id, &json, Channel::Form, today)
            .await
            .map(|_| ())
    } else {
        publish::publish_availability(store, &account, &location_id, &json, Channel::Form, today)
            .await
            .map(|_| ())
    };
    let what = if is_fees { "fees" } else { "availability" };
    if result.is_ok() {
        state.services.refresh_facts_after_publishing().await;
    }
    match result {
        Ok(()) => {
            tracing::info!(account = account.id, location = %location_id, what, "published (form)");
            see_other(&format!("/publish?published={what}&location={location_id}"))
        }
        Err(PublishError::Invalid(errors)) => {
            let reply = PublishReply {
                values: v,
                errors: form_errors(&errors, &fields),
            };
            let mut get = Request::builder()
                .method("GET")
                .uri(parts.uri.clone())
                .body(axum::body::Body::empty())
                .expect("a GET for the same page");
            *get.headers_mut() = parts.headers.clone();
            // The request's CSP nonce and the rest of what the layers put in.
            *get.extensions_mut() = parts.extensions.clone();
            get.headers_mut().remove(header::CONTENT_LENGTH);
            get.headers_mut().remove(header::CONTENT_TYPE);
            let mut page = crate::router::render_page(&state, get, reply).await;
            *page.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            page
        }
        Err(PublishError::NoLocation(_) | PublishError::NotYours { .. }) => see_other("/publish"),
        Err(e) => {
            tracing::error!(error = %e, "publish form failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "Nothing was published. Please try again shortly.\n",
            )
                .into_response()
        }
    }
}
