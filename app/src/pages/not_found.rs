use leptos::prelude::*;

use crate::components::page_title::PageTitle;
use crate::t;

/// Rendered for any path no route matches, with status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text=t!("not-found-title")/>
        <h1 class="app-heading-xl">{t!("not-found-title")}</h1>
        <p>{t!("not-found-text")}</p>
        <p><a href="/">{t!("not-found-home")}</a></p>
    }
}

/// A paragraph saying a part of the page could not be loaded (the search index or database is
/// unavailable), served with status 503 and `Retry-After`, so the page is not mistaken for a
/// working one (by people's tools, caches or monitoring). `message` is a Fluent key.
#[component]
pub fn Unavailable(message: &'static str) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::SERVICE_UNAVAILABLE);
        response.insert_header(
            http::header::RETRY_AFTER,
            http::HeaderValue::from_static("30"),
        );
    }
    let locale = crate::i18n::use_locale();
    view! { <p class="app-error-text" role="alert">{crate::i18n::text(locale, message)}</p> }
}
