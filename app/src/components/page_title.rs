//! The document title, written one way on every page: "<page> – <site name>".

use leptos::prelude::*;
use leptos_meta::Title;

use crate::t;

/// `<title>` for a page: its own title, then the site's name.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    view! { <Title text=format!("{text} – {}", t!("site-name"))/> }
}
