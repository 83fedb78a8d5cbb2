//! Security headers (with a per-request CSP nonce), the 500 page, and request logs.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, Response, StatusCode, header};
use axum::middleware::Next;
use carenav_app::i18n::{Locale, text};
use leptos::nonce::Nonce;

/// Mint a nonce for this request (the page renderer adds it to its inline scripts) and set
/// the security headers on every response.
pub async fn security_headers(mut req: Request, next: Next) -> Response<Body> {
    let nonce = Nonce::new();
    req.extensions_mut().insert(nonce.clone());
    let mut res = next.run(req).await;
    let csp = format!(
        "default-src 'self'; script-src 'self' 'nonce-{}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        &*nonce
    );
    let headers = res.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    res
}

/// The page shown when something fails inside the server: says sorry, leaks nothing.
pub fn error_page(_panic: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    tracing::error!("a request handler panicked");
    internal_error_response()
}

pub fn internal_error_response() -> Response<Body> {
    error_response(StatusCode::INTERNAL_SERVER_ERROR, "error-text")
}

/// A minimal error page (no database, no rendering: it must work when they do not), with the
/// `error-title` heading and `text_key` as its sentence.
pub fn error_response(status: StatusCode, text_key: &str) -> Response<Body> {
    let locale = Locale::EnGb;
    let title = text(locale, "error-title");
    let body_text = text(locale, text_key);
    let home = text(locale, "not-found-home");
    let body = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head>\
         <body><main><h1>{title}</h1><p>{body_text}</p><p><a href=\"/\">{home}</a></p></main></body></html>",
        locale.tag()
    );
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from(body))
        .unwrap_or_else(|_| Response::new(Body::empty()))
}

/// The longest one request may take, reading its body included.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Give up on a request after [`REQUEST_TIMEOUT`]. A request whose body was still arriving gets
/// 408 (the client was slow); any other gets 503 with `Retry-After` (we were). The API answers
/// in its JSON error shape, pages with a short HTML page. Sits inside the access log and the
/// security headers, so a timed-out response is logged and carries them.
pub async fn request_timeout(req: Request, next: Next) -> Response<Body> {
    use axum::response::IntoResponse;
    let api = req.uri().path().starts_with("/api/");
    let has_body = req.headers().contains_key(header::TRANSFER_ENCODING)
        || req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim() != "0");
    match tokio::time::timeout(REQUEST_TIMEOUT, next.run(req)).await {
        Ok(res) => res,
        Err(_) => {
            tracing::warn!(
                api,
                has_body,
                "request timed out after {} s",
                REQUEST_TIMEOUT.as_secs()
            );
            match (api, has_body) {
                (true, true) => crate::api::ApiError::timeout().into_response(),
                (true, false) => crate::api::ApiError::unavailable(
                    "timeout",
                    "The request took too long. Please try again in a minute.",
                )
                .with("retry_after", 30)
                .into_response(),
                (false, true) => error_response(StatusCode::REQUEST_TIMEOUT, "busy-text"),
                (false, false) => {
                    let mut res = error_response(StatusCode::SERVICE_UNAVAILABLE, "busy-text");
                    res.headers_mut()
                        .insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
                    res
                }
            }
        }
    }
}

/// A request slower than this is logged at `warn` (others at `debug`).
const SLOW_REQUEST: std::time::Duration = std::time::Duration::from_millis(500);

/// Log method, path, status and time; never the query string, which may hold a person's
/// answers. Server errors and slow requests are logged at `error`/`warn`; every other
/// request only at `debug` (`CARENAV_LOG=debug`), so a busy server's log stays readable and
/// a request does not pay for a log line nobody asked for.
pub async fn access_log(req: Request, next: Next) -> Response<Body> {
    let method = req.method().clone();
    let uri = req.uri().clone();
    let start = std::time::Instant::now();
    let res = next.run(req).await;
    let elapsed = start.elapsed();
    let latency_ms = elapsed.as_secs_f64() * 1e3;
    let status = res.status().as_u16();
    let path = uri.path();
    if res.status().is_server_error() {
        tracing::error!(%method, path, status, latency_ms, "request failed");
    } else if elapsed >= SLOW_REQUEST {
        tracing::warn!(%method, path, status, latency_ms, "slow request");
    } else {
        tracing::debug!(%method, path, status, latency_ms, "request");
    }
    res
}

/// Whether a request's address holds a person's answers: the estimator's and the navigator's
/// inputs, a place to search near (also a postcode typed as the search text, which is searched
/// as a place), or a home's fee carried into the estimator. Such responses are `no-store,
/// private`: no browser or proxy cache keeps them.
pub fn personal_address(uri: &axum::http::Uri) -> bool {
    let path = uri.path();
    let Some(query) = uri.query().filter(|q| !q.is_empty()) else {
        return false;
    };
    // Server functions carry a page's inputs in their own parameters.
    if path == "/estimate"
        || path == "/check"
        || path.starts_with("/check/")
        || path.starts_with("/fn/")
    {
        return true;
    }
    form_urlencoded::parse(query.as_bytes()).any(|(k, v)| match &*k {
        "near" | "fee_of" => !v.trim().is_empty(),
        "q" => {
            let t = v.trim();
            carenav_domain::directory::model::normalise_postcode(t).is_some()
                || carenav_domain::directory::model::is_outcode(&t.to_ascii_uppercase())
        }
        _ => false,
    })
}

/// Caching for everything but `/pkg` (which [`asset_cache`] handles): `no-store, private` for
/// personal addresses and for answers to forms and API writes, `no-cache` (revalidate) for the
/// rest; and `Vary: Cookie, Accept-Language`, since pages follow the language cookie, the
/// browser's languages and the publishers' session.
pub async fn cache_policy(req: Request, next: Next) -> Response<Body> {
    let pkg = req.uri().path().starts_with("/pkg/");
    let personal = personal_address(req.uri());
    let write = !req.method().is_safe();
    let mut res = next.run(req).await;
    if pkg {
        return res;
    }
    let headers = res.headers_mut();
    let no_store = HeaderValue::from_static("no-store, private");
    if personal {
        headers.insert(header::CACHE_CONTROL, no_store);
    } else if !headers.contains_key(header::CACHE_CONTROL) {
        let value = if write {
            no_store
        } else {
            HeaderValue::from_static("no-cache")
        };
        headers.insert(header::CACHE_CONTROL, value);
    }
    headers.append(
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language"),
    );
    res
}

/// `/pkg`: a year, `immutable`, only for a successful answer for one of the build's hashed
/// files (named in the asset manifest); anything else there (the unhashed manifest, a missing
/// file) is revalidated or not stored, so a 404 or a stale manifest is never pinned.
pub async fn asset_cache(
    axum::extract::State(assets): axum::extract::State<std::sync::Arc<carenav_app::AssetManifest>>,
    req: Request,
    next: Next,
) -> Response<Body> {
    let name = req
        .uri()
        .path()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    let hashed = [&assets.js, &assets.wasm, &assets.css]
        .iter()
        .any(|f| **f == name);
    let mut res = next.run(req).await;
    let value = match (res.status().is_success(), hashed) {
        (true, true) => "public, max-age=31536000, immutable",
        (true, false) => "no-cache",
        (false, _) => "no-store",
    };
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    res
}
