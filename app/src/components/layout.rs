use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

use crate::i18n::{Locale, use_locale};
use crate::sections::Section;
use crate::t;
use carenav_domain::url::encode_component;

/// The page shell: skip link, banners, header with navigation, search and languages,
/// the main content, and the footer with attribution.
#[component]
pub fn Layout(demo: bool, children: Children) -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    view! {
        <a href="#main" class="app-skip-link">{t!("skip-link")}</a>
        {demo.then(|| view! {
            <div class="app-demo-banner" role="note" id="demo-banner">
                <strong class="app-demo-banner__title">{t!("demo-banner-title")}</strong>
                " "
                <span>{t!("demo-banner-text")}</span>
            </div>
        })}
        <header class="app-header">
            <div class="app-header__inner app-width">
                <a href="/" class="app-header__brand">
                    <span class="app-header__name">{t!("site-name")}</span>
                    <span class="app-header__tagline">{t!("site-tagline")}</span>
                </a>
                <LanguageSwitcher/>
            </div>
            <nav class="app-nav" aria-label=t!("nav-label")>
                <ul class="app-nav__list app-width">
                    {Section::ALL.into_iter().map(|s| view! {
                        <li class="app-nav__item"><a class="app-nav__link" href=s.path()>{s.nav_label(locale)}</a></li>
                    }).collect_view()}
                </ul>
            </nav>
            {move || (location.pathname.get() != "/search").then(|| view! { <SiteSearchBox/> })}
        </header>
        {(locale != Locale::EnGb).then(|| view! {
            <p class="app-translation-notice app-width" role="note">{t!("translation-notice")}</p>
        })}
        <main id="main" class="app-main app-width" tabindex="-1">
            {children()}
        </main>
        <footer class="app-footer">
            <div class="app-width">
                <ul class="app-footer__links">
                    <li><a href="/about">{t!("footer-about")}</a></li>
                    <li><a href="/about#privacy">{t!("footer-privacy")}</a></li>
                    <li><a href="/about#accessibility">{t!("footer-accessibility")}</a></li>
                </ul>
                <p>{t!("footer-independent")}</p>
                <p>{t!("footer-cqc")}</p>
                <p class="app-footer__licence">{t!("footer-ogl")}</p>
            </div>
        </footer>
    }
}

/// Links that set the language cookie and come back to this page. Plain links, so they work
/// without JavaScript.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let current = use_locale();
    let location = use_location();
    let back = move || {
        let search = location.search.get();
        let path = location.pathname.get();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    view! {
        <nav class="app-language" aria-label=t!("language-label")>
            <ul class="app-language__list">
                {Locale::ALL.into_iter().map(|locale| {
                    let name = crate::i18n::autonym(locale);
                    if locale == current {
                        view! {
                            <li><span class="app-language__current" aria-current="true" lang=locale.tag()>{name}</span></li>
                        }.into_any()
                    } else {
                        let href = move || format!("/language?to={}&back={}", locale.tag(), encode_component(&back()));
                        view! {
                            <li><a class="app-language__link" href=href hreflang=locale.tag() lang=locale.tag() rel="external"
                                title=crate::t_in!(locale, "language-switch-to", language = name.clone())>{name.clone()}</a></li>
                        }.into_any()
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// The site search box: a GET form to `/search`, so it works without JavaScript. It shows
/// the query on the search page only (another page's `q`, such as the directory's, is not a
/// site search).
#[component]
fn SiteSearchBox() -> impl IntoView {
    let query = use_query_map();
    let location = use_location();
    let value = move || {
        if location.pathname.with(|p| p == "/search") {
            query.with(|q| q.get("q").unwrap_or_default())
        } else {
            String::new()
        }
    };
    view! {
        <form class="app-site-search app-width" action="/search" method="get" role="search">
            <label class="app-site-search__label" for="site-search">{t!("search-label")}</label>
            <p class="app-site-search__hint" id="site-search-hint">{t!("search-hint")}</p>
            <div class="app-site-search__row">
                <input class="app-site-search__input" id="site-search" name="q" type="search"
                    aria-describedby="site-search-hint" autocomplete="off" maxlength="200"
                    value=value/>
                <button class="app-button" type="submit">{t!("search-button")}</button>
            </div>
        </form>
    }
}
