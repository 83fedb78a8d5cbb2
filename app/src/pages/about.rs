use leptos::prelude::*;

use crate::components::page_title::PageTitle;
use crate::t;

#[component]
pub fn About() -> impl IntoView {
    view! {
        <PageTitle text=t!("about-title")/>
        <h1 class="app-heading-xl">{t!("about-title")}</h1>
        <p class="app-lead">{t!("about-purpose")}</p>
        <h2 class="app-heading-m" id="data">{t!("about-data-heading")}</h2>
        <p>{t!("about-data-text")}</p>
        <p>{t!("footer-ogl")}</p>
        <h2 class="app-heading-m" id="privacy">{t!("about-privacy-heading")}</h2>
        <p>{t!("about-privacy-text")}</p>
        <p>{t!("about-cookie-text")}</p>
        <h2 class="app-heading-m" id="accessibility">{t!("about-accessibility-heading")}</h2>
        <p>{t!("about-accessibility-text")}</p>
    }
}
