use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::page_title::PageTitle;
use crate::explainers::{ExplainerPage, ExplainerSummary, TOPICS};
use crate::pages::not_found::{NotFound, Unavailable};
use crate::t;

#[server(prefix = "/fn", endpoint = "explainer")]
pub async fn get_explainer(slug: String) -> Result<Option<ExplainerPage>, ServerFnError> {
    let locale = crate::request::current_locale();
    let today = crate::request::today();
    Ok(crate::explainers::find(&slug, locale)
        .map(|raw| crate::explainers::render(raw, locale, today)))
}

#[server(prefix = "/fn", endpoint = "explainers")]
pub async fn list_explainers() -> Result<Vec<ExplainerSummary>, ServerFnError> {
    Ok(crate::explainers::list(crate::request::current_locale()))
}

fn topic_name(topic: &str) -> String {
    crate::i18n::text(crate::i18n::use_locale(), &format!("topic-{topic}"))
}

/// `/explainers`: every guide, by topic.
#[component]
pub fn ExplainersIndex() -> impl IntoView {
    let list = Resource::new(|| (), |_| list_explainers());
    view! {
        <PageTitle text=t!("section-explainers-title")/>
        <h1 class="app-heading-xl">{t!("section-explainers-title")}</h1>
        <p class="app-lead">{t!("section-explainers-summary")}</p>
        <Suspense fallback=|| view! { <p>{t!("search-loading")}</p> }>
            {move || list.get().map(|res| match res {
                Ok(items) => TOPICS.iter().filter(|topic| items.iter().any(|e| e.topic == **topic)).map(|topic| {
                    let items: Vec<ExplainerSummary> = items.iter().filter(|e| e.topic == *topic).cloned().collect();
                    view! {
                        <section class="app-topic" aria-labelledby=format!("topic-{topic}")>
                            <h2 class="app-heading-m" id=format!("topic-{topic}")>{topic_name(topic)}</h2>
                            <ul class="app-link-list">
                                {items.into_iter().map(|e| view! {
                                    <li><a class="app-link-list__title" href=format!("/explainers/{}", e.slug)>{e.title}</a>
                                    <p class="app-link-list__summary">{e.summary}</p></li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                }).collect_view().into_any(),
                Err(_) => view! { <Unavailable message="error-text"/> }.into_any(),
            })}
        </Suspense>
    }
}

/// `/explainers/:slug`.
#[component]
pub fn ExplainerView() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let page = Resource::new(slug, get_explainer);
    view! {
        <Suspense fallback=|| view! { <p>{t!("search-loading")}</p> }>
            {move || page.get().map(|res| match res {
                Ok(Some(p)) => view! { <Explainer p/> }.into_any(),
                Ok(None) => view! { <NotFound/> }.into_any(),
                Err(_) => view! { <Unavailable message="error-text"/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Explainer(p: ExplainerPage) -> impl IntoView {
    let locale = crate::i18n::use_locale();
    let translated_missing = p.content_locale != locale.tag();
    let long = p.toc.len() >= 4;
    view! {
        <PageTitle text=p.meta.title.clone()/>
        <article class="app-explainer" lang=p.content_locale.clone()>
            <span class="app-caption">{topic_name(&p.meta.topic)}</span>
            <h1 class="app-heading-xl">{p.meta.title.clone()}</h1>
            <p class="app-lead">{p.meta.summary.clone()}</p>
            <p class="app-meta" id="explainer-meta">
                {t!("explainer-reviewed", date = p.meta.last_reviewed.clone())}" · "
                {t!("explainer-reading-time", minutes = p.reading_minutes)}
            </p>
            {translated_missing.then(|| view! { <p class="app-note" role="note">{t!("explainer-not-translated")}</p> })}
            {p.due_for_review.then(|| view! {
                <div class="app-warning-panel" role="note" id="explainer-due">{t!("explainer-due-for-review", date = p.meta.review_by.clone())}</div>
            })}
            {long.then(|| view! {
                <nav class="app-contents" aria-labelledby="contents-title">
                    <h2 class="app-contents__title" id="contents-title">{t!("explainer-contents")}</h2>
                    <ol class="app-contents__list">
                        {p.toc.iter().map(|h| view! { <li><a href=format!("#{}", h.id)>{h.text.clone()}</a></li> }).collect_view()}
                    </ol>
                </nav>
            })}
            // Sanitised at build time (ammonia); figures and labels added by our own code.
            <div class="app-prose" inner_html=p.html.clone()></div>
            {(!p.figures.is_empty()).then(|| view! {
                <section class="app-figures" aria-labelledby="figures-title">
                    <h2 class="app-heading-m" id="figures-title">{t!("explainer-figures")}</h2>
                    <ol class="app-figures__list">
                        {p.figures.iter().map(|f| view! {
                            <li id=format!("figure-{}", f.n)>
                                <strong>{f.name.clone()}</strong>": "{f.value.clone()}
                                {(!f.period.is_empty()).then(|| format!(" ({})", f.period))}". "
                                {(!f.current).then(|| view! { {t!("explainer-figure-not-current")}" " })}
                                {if f.verified { t!("est-verified") } else { t!("est-unverified") }}". "
                                {f.source_title.clone().map(|title| match f.source_url.clone() {
                                    Some(url) => view! { <a href=url>{title}</a> }.into_any(),
                                    None => view! { <span>{title}</span> }.into_any(),
                                })}
                            </li>
                        }).collect_view()}
                    </ol>
                    <p class="app-hint">{t!("explainer-figures-note")}</p>
                </section>
            })}
            <section class="app-sources" aria-labelledby="sources-title">
                <h2 class="app-heading-m" id="sources-title">{t!("explainer-sources")}</h2>
                <ul class="app-list">
                    {p.meta.sources.iter().map(|s| {
                        let label = match &s.section { Some(sec) => format!("{}: {sec}", s.title), None => s.title.clone() };
                        match s.url.clone() {
                            Some(url) => view! { <li><a href=url>{label}</a></li> }.into_any(),
                            None => view! { <li>{label}</li> }.into_any(),
                        }
                    }).collect_view()}
                </ul>
            </section>
            <p><a href="/explainers">{t!("explainer-all")}</a></p>
        </article>
    }
}
