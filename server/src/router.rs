//! The HTTP router: pages (Leptos SSR), server functions, the JSON API, health checks,
//! static assets, and the layers every response passes through.

use std::path::Path;

use axum::Router;
use axum::extract::{Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use carenav_app::i18n::Locale;
use carenav_app::{App, shell};
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list, handle_server_fns_with_context};
use serde::Deserialize;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

use crate::middleware::{error_page, security_headers};
use crate::state::AppState;

/// The routes the router adds besides the Leptos pages and `/api/v1` (whose table is
/// `crate::api::ENDPOINTS`), each with the test module that covers it
/// (`server/tests/it/routes/pages/<module>.rs`; a test checks that it exists).
pub const EDGE_ROUTES: &[(&str, &str)] = &[
    ("/healthz", "health"),
    ("/readyz", "health"),
    ("/language", "language"),
    ("/fn/{*fn_name}", "server_fns"),
    ("/pkg", "pkg"),
    ("/check/letters/{slug}/download", "letters"),
    ("/publish/sign-in (POST)", "publish"),
    ("/publish/sign-out", "publish"),
];

pub fn build(state: AppState, site_root: &Path) -> Router {
    let routes = generate_route_list(App);
    let (services, assets) = (state.services.clone(), state.assets.clone());
    let page_context = move || {
        provide_context(services.clone());
        provide_context(assets.clone());
    };
    let options = state.leptos_options.clone();
    let page_shell = move || shell(options.clone());

    // Hashed, precompressed assets: the build's own files cached for a year, nothing else.
    let pkg = Router::new()
        .fallback_service(
            ServeDir::new(site_root.join("pkg"))
                .precompressed_br()
                .precompressed_gzip(),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.assets.clone(),
            crate::middleware::asset_cache,
        ));

    let fallback_handler =
        leptos_axum::render_app_to_stream_with_context(page_context.clone(), page_shell.clone());

    Router::new()
        .route("/healthz", get(crate::health::healthz))
        .route("/readyz", get(crate::health::readyz))
        .route("/language", get(switch_language))
        .route("/check/letters/{slug}/download", get(letter_download))
        .route("/publish/sign-in", post(crate::publish_forms::sign_in))
        .route("/publish/sign-out", post(crate::publish_forms::sign_out))
        .route(
            "/publish/{location_id}/fees",
            post(crate::publish_forms::fees),
        )
        .route(
            "/publish/{location_id}/availability",
            post(crate::publish_forms::availability),
        )
        // A nested router's "/" answers only `/api/v1`; the documented address has the slash.
        .route("/api/v1/", get(crate::api::index))
        .nest("/api/v1", crate::api::router())
        .route("/fn/{*fn_name}", get(server_fn).post(server_fn))
        .leptos_routes_with_context(&state, routes, page_context, page_shell)
        .nest("/pkg", pkg)
        .fallback(move |req: Request| fallback_handler(req))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn(crate::middleware::cache_policy))
        // Outermost last: every response, timed out or from a panic included, passes the
        // security headers and then the access log.
        .layer(axum::middleware::from_fn(
            crate::middleware::request_timeout,
        ))
        .layer(CatchPanicLayer::custom(error_page))
        .layer(axum::middleware::from_fn(security_headers))
        .layer(axum::middleware::from_fn(crate::middleware::access_log))
        .with_state(state)
}

/// Render the page at `req`'s address with `reply` in context (a form sent back with what to
/// fix).
pub async fn render_page(
    state: &AppState,
    req: Request,
    reply: carenav_app::publishing::PublishReply,
) -> Response {
    let (services, assets) = (state.services.clone(), state.assets.clone());
    let context = move || {
        provide_context(services.clone());
        provide_context(assets.clone());
        provide_context(reply.clone());
    };
    let options = state.leptos_options.clone();
    let handler =
        leptos_axum::render_app_async_with_context(context, move || shell(options.clone()));
    handler(req).await.into_response()
}

async fn server_fn(State(state): State<AppState>, req: Request) -> impl IntoResponse {
    let services = state.services.clone();
    handle_server_fns_with_context(move || provide_context(services.clone()), req).await
}

/// `/check/letters/{slug}/download?<the navigator's answers>`: a plan's letter as a text
/// file. Written from the address alone; nothing is stored, and the answer is not cached.
async fn letter_download(
    axum::extract::Path(slug): axum::extract::Path<String>,
    axum::extract::RawQuery(raw): axum::extract::RawQuery,
) -> Response {
    use carenav_app::navigator::{Request as NavRequest, letters};
    use carenav_domain::flow::Letter;
    let Some(letter) = Letter::from_slug(&slug) else {
        return (StatusCode::NOT_FOUND, "No such letter.\n").into_response();
    };
    let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    // To an English council: in English, whatever the reader's language.
    let req = NavRequest::new(pairs, crate::clock::today());
    let body = letters::plain_text(&req, letter, Locale::EnGb);
    let disposition = format!("attachment; filename=\"{slug}-letter.txt\"");
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store, private".to_owned()),
        ],
        body,
    )
        .into_response()
}

#[derive(Debug, Deserialize)]
struct LanguageParams {
    to: String,
    back: Option<String>,
}

/// `back` when it is a path on this site in origin form (`/path?query`), else `None`. Only
/// visible ASCII is accepted: browsers drop tabs and newlines and read `\\` as `/`, so
/// `/<TAB>/evil.example` or `/\\evil.example` would leave the site, and a control character
/// cannot go into a `Location` header at all.
pub(crate) fn local_path(back: &str) -> Option<&str> {
    let mut chars = back.chars();
    let ok = chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && back.chars().all(|c| c.is_ascii_graphic() && c != '\\');
    ok.then_some(back)
}

/// `/language?to=pl&back=/search?q=x`: remember the choice in a cookie and go back. A plain
/// link, so it works without JavaScript.
async fn switch_language(Query(params): Query<LanguageParams>) -> Response {
    let back = params.back.as_deref().and_then(local_path).unwrap_or("/");
    let mut res = Redirect::to(back).into_response();
    if let Some(locale) = Locale::from_tag(&params.to) {
        let cookie = format!(
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
            carenav_app::LANG_COOKIE,
            locale.tag()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().insert(header::SET_COOKIE, v);
        }
    }
    res
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_origin_form_paths_are_followed() {
        for ok in [
            "/",
            "/search?q=care",
            "/explainers/glossary#deprivation",
            "/a%20b",
        ] {
            assert_eq!(local_path(ok), Some(ok), "{ok:?}");
        }
        for bad in [
            "",
            "evil.example",
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "/x\\y",
            "/\t/evil.example",
            "/\r\nSet-Cookie: a=b",
            "/\n/evil.example",
            "/\0",
            "/ /evil.example",
            "/\u{a0}/evil.example",
            "/caf\u{e9}",
            "/\u{7f}",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
    }
}
