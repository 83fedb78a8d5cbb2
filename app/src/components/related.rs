//! "Read more": links from a tool back to the explainers behind it.

use leptos::prelude::*;

use crate::i18n::{text, use_locale};
use crate::t;

/// Explainers behind the cost estimator: (slug, Fluent key of the link text).
pub const ESTIMATE: &[(&str, &str)] = &[
    ("paying-for-care", "related-paying-for-care"),
    ("your-home-and-care-costs", "related-your-home"),
    ("care-at-home-charges", "related-care-at-home"),
    ("nhs-continuing-healthcare", "related-chc"),
];

/// Explainers behind the provider directory.
pub const PROVIDERS: &[(&str, &str)] = &[
    ("choosing-care", "related-choosing-care"),
    ("respite-and-short-breaks", "related-respite"),
    ("paying-for-care", "related-paying-for-care"),
    ("complaints-and-advocacy", "related-complaints"),
];

#[component]
pub fn RelatedExplainers(links: &'static [(&'static str, &'static str)]) -> impl IntoView {
    let locale = use_locale();
    view! {
        <aside class="app-related" aria-labelledby="related-heading">
            <h2 class="app-heading-m" id="related-heading">{t!("related-heading")}</h2>
            <ul class="app-list">
                {links.iter().map(|(slug, key)| view! {
                    <li><a href=format!("/explainers/{slug}")>{text(locale, key)}</a></li>
                }).collect_view()}
            </ul>
        </aside>
    }
}
