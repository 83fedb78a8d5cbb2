use leptos::prelude::*;
use leptos_meta::Title;

use crate::t;

/// Rendered for any path no route matches, with status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=format!("{} – {}", t!("not-found-title"), t!("site-name"))/>
        <h1 class="app-heading-xl">{t!("not-found-title")}</h1>
        <p>{t!("not-found-text")}</p>
        <p><a href="/">{t!("not-found-home")}</a></p>
    }
}
