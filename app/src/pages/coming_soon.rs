use leptos::prelude::*;

use crate::components::page_title::PageTitle;
use crate::i18n::use_locale;
use crate::sections::Section;
use crate::t;

/// A section that a later piece of work fills in. Says so plainly.
#[component]
pub fn ComingSoon(section: Section) -> impl IntoView {
    let locale = use_locale();
    let title = section.title(locale);
    view! {
        <PageTitle text=title.clone()/>
        <span class="app-tag">{t!("coming-soon-badge")}</span>
        <h1 class="app-heading-xl">{title}</h1>
        <p class="app-lead">{section.summary(locale)}</p>
        <p>{t!("coming-soon-text")}</p>
        <p>{t!("coming-soon-meanwhile")}</p>
    }
}
