use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_locale;
use crate::sections::Section;
use crate::t;

/// The home page: the four jobs, each one tap away, and where to go in an emergency.
#[component]
pub fn Home() -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=t!("site-name")/>
        <h1 class="app-heading-xl">{t!("home-title")}</h1>
        <p class="app-lead">{t!("home-lead")}</p>
        <form class="app-home-search" action="/providers" method="get" role="search" aria-labelledby="home-find-heading">
            <h2 class="app-heading-m" id="home-find-heading">{t!("home-find-heading")}</h2>
            <label class="app-label" for="home-providers-q">{t!("providers-q-label")}</label>
            <p class="app-hint" id="home-providers-hint">{t!("home-find-hint")}</p>
            <div class="app-site-search__row">
                <input class="app-site-search__input" id="home-providers-q" name="q" type="search"
                    aria-describedby="home-providers-hint" autocomplete="off" maxlength="200"/>
                <button class="app-button" type="submit" id="home-providers-submit">{t!("home-find-button")}</button>
            </div>
        </form>
        <h2 class="app-heading-m app-visually-hidden">{t!("home-jobs-heading")}</h2>
        <ul class="app-jobs">
            {Section::ALL.into_iter().map(|s| view! {
                <li class="app-jobs__item">
                    <a class="app-jobs__link" href=s.path()>
                        <span class="app-jobs__title">{s.title(locale)}</span>
                        <span class="app-jobs__text">{s.job_text(locale)}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
        <section class="app-urgent" aria-labelledby="urgent-heading">
            <h2 class="app-heading-m" id="urgent-heading">{t!("home-urgent-heading")}</h2>
            <ul class="app-list">
                <li>{t!("home-urgent-danger")}</li>
                <li>{t!("home-urgent-health")}</li>
                <li>{t!("home-urgent-council")}</li>
            </ul>
        </section>
        <p class="app-note">{t!("home-reform-note")}</p>
    }
}
