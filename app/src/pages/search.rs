use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::live::Live;
use crate::components::page_title::PageTitle;
use crate::components::preload::PreloadBundle;
use crate::pages::not_found::Unavailable;
use crate::t;
use carenav_domain::site_search::{MAX_QUERY_CHARS, SearchHit, SearchResults};
use carenav_domain::url::encode_component;

/// Site-wide search. Server-rendered from `?q=` (works without JavaScript); once hydrated,
/// results update as you type and the address stays shareable.
#[server(prefix = "/fn", endpoint = "site-search")]
pub async fn site_search(q: String) -> Result<SearchResults, ServerFnError> {
    let services = use_context::<carenav_services::SiteServices>()
        .ok_or_else(|| ServerFnError::new("services missing"))?;
    let locale = crate::request::current_locale();
    services.search_site(&q, locale, 20).map_err(|e| {
        tracing::error!(error = %e, "site search failed");
        ServerFnError::new("search unavailable")
    })
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let query_map = use_query_map();
    let q = move || query_map.with(|m| m.get("q").unwrap_or_default());
    let results = Resource::new(q, |q| async move {
        if q.trim().is_empty() {
            Ok(SearchResults::default())
        } else {
            site_search(q).await
        }
    });
    view! {
        <PageTitle text=t!("search-page-title")/>
        <h1 class="app-heading-xl">{t!("search-page-title")}</h1>
        <PreloadBundle/>
        <Live regions=vec!["search-results".to_owned()] shortcut=false links=String::new() forms=false>
        <form class="app-search-page__form" action="/search" method="get" role="search">
            <label class="app-label" for="search-page-q">{t!("search-label")}</label>
            <p class="app-hint" id="search-page-hint">{t!("search-hint")}</p>
            <div class="app-site-search__row">
                <input class="app-site-search__input" id="search-page-q" name="q" type="search"
                    aria-describedby="search-page-hint" autocomplete="off" maxlength=MAX_QUERY_CHARS.to_string()
                    value=q/>
                <button class="app-button" type="submit">{t!("search-button")}</button>
            </div>
        </form>
        <div class="app-search-results" id="search-results" aria-live="polite">
            <Suspense fallback=|| view! { <p>{t!("search-loading")}</p> }>
                {move || results.get().map(|res| match res {
                    Ok(res) => view! { <Results res/> }.into_any(),
                    Err(_) => view! { <Unavailable message="search-error"/> }.into_any(),
                })}
            </Suspense>
        </div>
        </Live>
    }
}

#[component]
fn Results(res: SearchResults) -> impl IntoView {
    if res.query.is_empty() {
        return view! { <p>{t!("search-empty")}</p> }.into_any();
    }
    let suggestion = res.did_you_mean.clone().map(|s| {
        let href = format!("/search?q={}", encode_component(&s));
        view! { <p class="app-did-you-mean" id="did-you-mean">{t!("search-did-you-mean")}" "<a href=href>{s}</a>"?"</p> }
    });
    if res.hits.is_empty() {
        return view! { {suggestion}<p id="search-count">{t!("search-no-results", query = res.query.clone())}</p> }.into_any();
    }
    view! {
        {suggestion}
        <p id="search-count">{t!("search-results-count", count = res.total, query = res.query.clone())}</p>
        <ol class="app-results">
            {res.hits.into_iter().map(|hit| view! { <Hit hit/> }).collect_view()}
        </ol>
    }
    .into_any()
}

#[component]
fn Hit(hit: SearchHit) -> impl IntoView {
    let kind = match hit.kind.as_str() {
        "section" => t!("search-kind-section"),
        "explainer" => t!("search-kind-explainer"),
        "tool" => t!("search-kind-tool"),
        _ => t!("search-kind-page"),
    };
    view! {
        <li class="app-results__item">
            <span class="app-results__kind">{kind}</span>
            <a class="app-results__title" href=hit.url>{hit.title}</a>
            // The snippet is HTML-escaped by the index; only <mark> is added.
            <p class="app-results__snippet" inner_html=hit.snippet_html></p>
        </li>
    }
}
