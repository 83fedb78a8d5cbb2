//! `/providers`: one box ("name, town or postcode"), a place and radius, and filters with
//! counts. A plain GET form, so it works without JavaScript; with JavaScript, results follow
//! the box as you type and "/" focuses it (the [`Live`] island).

use carenav_domain::directory::query::{FEE_FACET_POUNDS, Facets, GeoSource, ProviderResults};
use carenav_domain::directory::vocab::{SERVICES, SPECIALISMS};
use carenav_domain::directory::{KeyQuestion, ProviderQuery, QueryError, Rating, SortOrder};
use carenav_domain::money::Pence;
use carenav_domain::publish::{AcceptsCouncilRate, BreakKind};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::parts::{
    MAX_COMPARE, ProviderCard, group_digits, key_question_label, rating_label, service_label,
    specialism_label,
};
use super::{SearchOutcome, parse_pairs, provider_search};
use crate::components::live::Live;
use crate::components::page_title::PageTitle;
use crate::components::preload::PreloadBundle;
use crate::components::related::{self, RelatedExplainers};
use crate::i18n::{Locale, text, text_with, use_locale};
use crate::pages::not_found::Unavailable;
use crate::t;

/// The form field each parameter's error belongs to.
fn field_id(param: &str) -> String {
    format!("pf-{}", param.replace('_', "-"))
}

/// "Distance: enter a number" — the field's name, then what to do, in the page's language.
fn error_text(locale: Locale, e: &QueryError) -> String {
    let field = text(locale, &format!("pq-field-{}", e.param));
    let message = text(locale, &format!("pq-err-{}", e.code));
    text_with(
        locale,
        "pq-error",
        &[("field", field), ("message", message)],
    )
}

/// The query string with `key` set to `value` (or removed) and paging reset.
fn with_param(pairs: &[(String, String)], key: &str, value: Option<&str>) -> String {
    let mut out: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, v)| k != key && k != "page" && !v.is_empty())
        .cloned()
        .collect();
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        out.push((key.to_owned(), v.to_owned()));
    }
    out.iter()
        .map(|(k, v)| format!("{k}={}", carenav_domain::url::encode_form_value(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[component]
pub fn ProviderSearchPage() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let raw = move || location.search.get();
    let outcome = Resource::new(raw, |raw| async move { provider_search(raw).await });
    let value_of = move |key: &'static str| {
        move || {
            parse_pairs(&raw())
                .into_iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
                .unwrap_or_default()
        }
    };
    let regions = vec![
        "provider-controls".to_owned(),
        "provider-results".to_owned(),
    ];

    view! {
        <PageTitle text=t!("providers-title")/>
        <h1 class="app-heading-xl">{t!("providers-title")}</h1>
        <p class="app-lead">{t!("providers-lead")}</p>
        <PreloadBundle/>
        <Live regions shortcut=true links=String::new() forms=false>
        <form class="app-provider-search" id="provider-search" action="/providers" method="get" role="search">
            <div class="app-form-group">
                <label class="app-label" for="providers-q">{t!("providers-q-label")}</label>
                <p class="app-hint" id="providers-q-hint">{t!("providers-q-hint")}</p>
                <div class="app-site-search__row">
                    <input class="app-site-search__input" id="providers-q" name="q" type="search"
                        aria-describedby="providers-q-hint" autocomplete="off" maxlength="200"
                        aria-keyshortcuts="/" value=value_of("q")/>
                    <button class="app-button" type="submit">{t!("search-button")}</button>
                </div>
            </div>
            <div id="provider-controls">
                <Transition fallback=|| ()>
                    {move || outcome.get().map(|res| match res {
                        Ok(o) => view! { <SearchControls outcome=o raw=raw()/> }.into_any(),
                        Err(_) => ().into_any(),
                    })}
                </Transition>
            </div>
        </form>
        <div class="app-provider-results" id="provider-results" aria-live="polite">
            <Transition fallback=move || view! { <p>{text(locale, "search-loading")}</p> }>
                {move || outcome.get().map(|res| match res {
                    Ok(SearchOutcome { results: Some(r), today, .. }) => view! { <ResultsList results=r today raw=raw()/> }.into_any(),
                    Ok(_) => ().into_any(),
                    Err(_) => view! { <Unavailable message="search-error"/> }.into_any(),
                })}
            </Transition>
        </div>
        </Live>
        <RelatedExplainers links=related::PROVIDERS/>
    }
}

fn count_of(list: &[carenav_domain::directory::FacetCount], value: &str) -> u64 {
    list.iter()
        .find(|f| f.value == value)
        .map_or(0, |f| f.count)
}

/// Place, radius, filters and sort, with counts; errors beside their fields.
#[component]
fn SearchControls(outcome: SearchOutcome, raw: String) -> impl IntoView {
    let locale = use_locale();
    let pairs = parse_pairs(&raw);
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let all = |k: &str| -> Vec<String> {
        pairs
            .iter()
            .filter(|(key, _)| key == k)
            .flat_map(|(_, v)| {
                v.split(',')
                    .map(|s| s.trim().to_owned())
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let errors = outcome.errors.clone();
    let error_for = move |param: &str| -> Option<String> {
        errors
            .iter()
            .find(|e| e.param == param)
            .map(|e| error_text(locale, e))
    };
    let facets: Facets = outcome
        .results
        .as_ref()
        .map(|r| r.facets.clone())
        .unwrap_or_default();
    let services_on = all("service");
    let specialisms_on = all("specialism");
    let filters_on = pairs.iter().any(|(k, v)| {
        !v.is_empty()
            && !matches!(
                k.as_str(),
                "q" | "near" | "radius_km" | "sort" | "page" | "per_page"
            )
    });
    let summary = (!outcome.errors.is_empty()).then(|| {
        view! {
            <div class="app-error-summary" role="alert" tabindex="-1" id="error-summary" aria-labelledby="error-summary-title">
                <h2 class="app-error-summary__title" id="error-summary-title">{t!("est-error-summary")}</h2>
                <ul class="app-error-summary__list">
                    {outcome.errors.iter().map(|e| view! {
                        <li><a href=format!("#{}", field_id(&e.param))>{error_text(locale, e)}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        }
    });
    let near_error = error_for("near");
    let radius_error = error_for("radius_km");
    let beds_error = error_for("beds_min").or_else(|| error_for("beds_max"));
    let beds_class = if beds_error.is_some() {
        "app-fieldset app-form-group--error"
    } else {
        "app-fieldset"
    };
    let radius = get("radius_km");
    let rating_min = get("min_rating");
    let la = get("la");
    let within = get("rated_within_years");
    let sort = get("sort");
    let radius_counts = facets.radius_km.clone();
    let min_rating_counts = facets.min_rating.clone();
    let age_counts = facets.rated_within_years.clone();
    let la_counts = facets.la.clone();
    let kq_counts = facets.key_questions.clone();
    let accepts = get("accepts_council_rate");
    let max_fee = get("max_weekly_fee");
    let break_kind = get("short_break_kind");
    let breaks_from_error = error_for("short_breaks_from");
    let breaks_to_error = error_for("short_breaks_to");
    let max_fee_error = error_for("max_weekly_fee");
    let fee_counts = facets.max_weekly_fee.clone();
    let accepts_counts = facets.accepts_council_rate.clone();
    let kind_counts = facets.short_break_kind.clone();
    let fees_on = get("fees_published") == "true";
    let has_place = outcome.results.as_ref().is_some_and(|r| r.near.is_some());

    view! {
        {summary}
        <div class=if near_error.is_some() { "app-form-group app-form-group--error" } else { "app-form-group" }>
            <label class="app-label" for=field_id("near")>{t!("providers-near-label")}</label>
            <p class="app-hint" id="pf-near-hint">{t!("providers-near-hint")}</p>
            {near_error.clone().map(|e| view! { <p class="app-error-message" id="pf-near-error">{e}</p> })}
            <input class="app-input app-input--postcode" id=field_id("near") name="near" type="text" autocomplete="postal-code"
                aria-describedby=if near_error.is_some() { "pf-near-hint pf-near-error" } else { "pf-near-hint" }
                aria-invalid=near_error.is_some().then_some("true") value=get("near")/>
            <label class="app-label app-label--inline" for=field_id("radius_km")>{t!("providers-radius-label")}</label>
            {radius_error.map(|e| view! { <p class="app-error-message">{e}</p> })}
            <select class="app-select" id=field_id("radius_km") name="radius_km">
                <option value="" selected=radius.is_empty()>{t!("providers-radius-default")}</option>
                {["5", "10", "25", "50"].into_iter().map(|r| {
                    let count = has_place.then(|| count_of(&radius_counts, r));
                    view! {
                        <option value=r selected=radius == r>
                            {text_with(locale, "providers-radius-option", &[("km", r.to_owned())])}
                            {count.map(|c| format!(" ({})", group_digits(c)))}
                        </option>
                    }
                }).collect_view()}
            </select>
        </div>
        <details class="app-filters" open=filters_on>
            <summary class="app-filters__summary">{t!("providers-filters")}</summary>
            <fieldset class="app-fieldset" id=field_id("service")>
                <legend class="app-fieldset__legend">{t!("providers-filter-service")}</legend>
                {SERVICES.iter().map(|slug| {
                    let id = format!("pf-service-{slug}");
                    let n = count_of(&facets.service, slug);
                    let on = services_on.iter().any(|s| s == slug);
                    (n > 0 || on).then(|| view! {
                        <div class="app-checkbox-row">
                            <input class="app-checkbox" type="checkbox" name="service" value=*slug id=id.clone() checked=on/>
                            <label for=id>{service_label(locale, slug)}" ("{group_digits(n)}")"</label>
                        </div>
                    })
                }).collect_view()}
            </fieldset>
            <fieldset class="app-fieldset" id="pf-published">
                <legend class="app-fieldset__legend">{t!("providers-filter-published")}</legend>
                <p class="app-hint">{t!("providers-filter-published-hint")}</p>
                <div class="app-checkbox-row">
                    <input class="app-checkbox" type="checkbox" name="fees_published" value="true" id=field_id("fees_published") checked=fees_on/>
                    <label for=field_id("fees_published")>
                        {t!("providers-filter-fees-published")}" ("{group_digits(count_of(&facets.fees_published, "true"))}")"
                    </label>
                </div>
                <div class=if max_fee_error.is_some() { "app-form-group app-form-group--error" } else { "app-form-group" } id="pf-max-fee-group">
                    <label class="app-label" for=field_id("max_weekly_fee")>{t!("providers-filter-max-fee")}</label>
                    {max_fee_error.clone().map(|e| view! { <p class="app-error-message">{e}</p> })}
                    <select class="app-select" id=field_id("max_weekly_fee") name="max_weekly_fee">
                        <option value="" selected=max_fee.is_empty()>{t!("providers-any")}</option>
                        {FEE_FACET_POUNDS.iter().map(|p| {
                            let v = p.to_string();
                            view! {
                                <option value=v.clone() selected=max_fee == v>
                                    {text_with(locale, "providers-max-fee-option", &[("amount", Pence(*p as i64 * 100).format_gbp())])}
                                    {format!(" ({})", group_digits(count_of(&fee_counts, &v)))}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for=field_id("accepts_council_rate")>{t!("fee-accepts-label")}</label>
                    <select class="app-select" id=field_id("accepts_council_rate") name="accepts_council_rate">
                        <option value="" selected=accepts.is_empty()>{t!("providers-any")}</option>
                        {AcceptsCouncilRate::ALL.into_iter().map(|a| view! {
                            <option value=a.code() selected=accepts == a.code()>
                                {text(locale, &format!("providers-accepts-{}", a.code()))}
                                {format!(" ({})", group_digits(count_of(&accepts_counts, a.code())))}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div class=if breaks_from_error.is_some() || breaks_to_error.is_some() { "app-form-group app-form-group--error" } else { "app-form-group" }>
                    <label class="app-label" for=field_id("short_breaks_from")>{t!("providers-filter-breaks-from")}</label>
                    <p class="app-hint" id="pf-breaks-hint">{t!("providers-filter-breaks-hint")}</p>
                    {breaks_from_error.clone().map(|e| view! { <p class="app-error-message" id="pf-breaks-from-error">{e}</p> })}
                    <input class="app-input app-input--date" type="date" id=field_id("short_breaks_from") name="short_breaks_from"
                        aria-describedby=if breaks_from_error.is_some() { "pf-breaks-hint pf-breaks-from-error" } else { "pf-breaks-hint" }
                        aria-invalid=breaks_from_error.is_some().then_some("true") value=get("short_breaks_from")/>
                    <label class="app-label" for=field_id("short_breaks_to")>{t!("providers-filter-breaks-to")}</label>
                    {breaks_to_error.clone().map(|e| view! { <p class="app-error-message" id="pf-breaks-to-error">{e}</p> })}
                    <input class="app-input app-input--date" type="date" id=field_id("short_breaks_to") name="short_breaks_to"
                        aria-describedby=breaks_to_error.is_some().then_some("pf-breaks-to-error")
                        aria-invalid=breaks_to_error.is_some().then_some("true") value=get("short_breaks_to")/>
                    <label class="app-label" for=field_id("short_break_kind")>{t!("providers-filter-break-kind")}</label>
                    <select class="app-select" id=field_id("short_break_kind") name="short_break_kind">
                        <option value="" selected=break_kind.is_empty()>
                            {t!("providers-any")}{format!(" ({})", group_digits(facets.short_breaks))}
                        </option>
                        {BreakKind::ALL.into_iter().map(|k| view! {
                            <option value=k.code() selected=break_kind == k.code()>
                                {text(locale, &format!("break-kind-{}", k.code()))}
                                {format!(" ({})", group_digits(count_of(&kind_counts, k.code())))}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </fieldset>
            <fieldset class="app-fieldset" id=field_id("specialism")>
                <legend class="app-fieldset__legend">{t!("providers-filter-specialism")}</legend>
                {SPECIALISMS.iter().map(|slug| {
                    let id = format!("pf-specialism-{slug}");
                    let n = count_of(&facets.specialism, slug);
                    let on = specialisms_on.iter().any(|s| s == slug);
                    (n > 0 || on).then(|| view! {
                        <div class="app-checkbox-row">
                            <input class="app-checkbox" type="checkbox" name="specialism" value=*slug id=id.clone() checked=on/>
                            <label for=id>{specialism_label(locale, slug)}" ("{group_digits(n)}")"</label>
                        </div>
                    })
                }).collect_view()}
            </fieldset>
            <fieldset class="app-fieldset" id=field_id("min_rating")>
                <legend class="app-fieldset__legend">{t!("providers-filter-rating")}</legend>
                <div class="app-checkbox-row">
                    <input class="app-radio" type="radio" name="min_rating" value="" id="pf-min-rating-any" checked=rating_min.is_empty()/>
                    <label for="pf-min-rating-any">{t!("providers-any")}</label>
                </div>
                {[Rating::Outstanding, Rating::Good, Rating::RequiresImprovement].into_iter().map(|r| {
                    let id = format!("pf-min-rating-{}", r.code());
                    let n = count_of(&min_rating_counts, r.code());
                    view! {
                        <div class="app-checkbox-row">
                            <input class="app-radio" type="radio" name="min_rating" value=r.code() id=id.clone() checked=rating_min == r.code()/>
                            <label for=id>{text_with(locale, "providers-at-least", &[("rating", rating_label(locale, r))])}" ("{group_digits(n)}")"</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset class="app-fieldset">
                <legend class="app-fieldset__legend">{t!("providers-filter-key-questions")}</legend>
                <p class="app-hint">{t!("providers-filter-key-questions-hint")}</p>
                {KeyQuestion::ALL.into_iter().map(|q| {
                    let param = ProviderQuery::key_param(q);
                    let current = get(param);
                    let counts = kq_counts.iter().find(|(k, _)| k == q.code()).map(|(_, c)| c.clone()).unwrap_or_default();
                    view! {
                        <div class="app-form-group app-form-group--inline">
                            <label class="app-label app-label--inline" for=field_id(param)>{key_question_label(locale, q)}</label>
                            <select class="app-select" id=field_id(param) name=param>
                                <option value="" selected=current.is_empty()>{t!("providers-any")}</option>
                                {[Rating::Outstanding, Rating::Good, Rating::RequiresImprovement].into_iter().map(|r| view! {
                                    <option value=r.code() selected=current == r.code()>
                                        {text_with(locale, "providers-at-least", &[("rating", rating_label(locale, r))])}
                                        {format!(" ({})", group_digits(count_of(&counts, r.code())))}
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="app-form-group">
                <label class="app-label" for=field_id("rated_within_years")>{t!("providers-filter-age")}</label>
                <select class="app-select" id=field_id("rated_within_years") name="rated_within_years">
                    <option value="" selected=within.is_empty()>{t!("providers-any")}</option>
                    {["1", "2", "3", "5"].into_iter().map(|y| view! {
                        <option value=y selected=within == y>
                            {text_with(locale, "providers-within-years", &[("n", y.to_owned())])}
                            {format!(" ({})", group_digits(count_of(&age_counts, y)))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <fieldset class=beds_class id=field_id("beds_min")>
                <legend class="app-fieldset__legend">{t!("providers-filter-beds")}</legend>
                {beds_error.map(|e| view! { <p class="app-error-message">{e}</p> })}
                <label class="app-label app-label--inline" for="pf-beds-min-input">{t!("providers-beds-min")}</label>
                <input class="app-input app-input--short" id="pf-beds-min-input" name="beds_min" inputmode="numeric" value=get("beds_min")/>
                <label class="app-label app-label--inline" for=field_id("beds_max")>{t!("providers-beds-max")}</label>
                <input class="app-input app-input--short" id=field_id("beds_max") name="beds_max" inputmode="numeric" value=get("beds_max")/>
            </fieldset>
            <div class="app-form-group">
                <label class="app-label" for=field_id("la")>{t!("providers-filter-la")}</label>
                <select class="app-select" id=field_id("la") name="la">
                    <option value="" selected=la.is_empty()>{t!("providers-any")}</option>
                    {la_counts.iter().map(|f| view! {
                        <option value=f.value.clone() selected=la.eq_ignore_ascii_case(&f.value)>
                            {format!("{} ({})", f.value, group_digits(f.count))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="app-checkbox-row">
                <input class="app-checkbox" type="checkbox" name="include_deregistered" value="true" id=field_id("include_deregistered")
                    checked=get("include_deregistered") == "true"/>
                <label for=field_id("include_deregistered")>
                    {t!("providers-filter-deregistered")}" ("{group_digits(facets.deregistered)}")"
                </label>
            </div>
        </details>
        <div class="app-form-group app-form-group--inline">
            <label class="app-label app-label--inline" for=field_id("sort")>{t!("providers-sort")}</label>
            <select class="app-select" id=field_id("sort") name="sort">
                {SortOrder::ALL.into_iter().map(|s| view! {
                    <option value=if s == SortOrder::Relevance { "" } else { s.code() } selected=sort == s.code() || (sort.is_empty() && s == SortOrder::Relevance)>
                        {text(locale, &format!("providers-sort-{}", s.code()))}
                    </option>
                }).collect_view()}
            </select>
            <button class="app-button app-button--secondary" type="submit">{t!("providers-apply")}</button>
        </div>
    }
}

#[component]
fn ResultsList(results: ProviderResults, today: i64, raw: String) -> impl IntoView {
    let locale = use_locale();
    let pairs = parse_pairs(&raw);
    let total = results.total;
    let pages = total.div_ceil(results.per_page.max(1) as u64).max(1);
    let page = results.page as u64;
    let near = results.near.clone();
    let page_link = move |p: u64| {
        let q = with_param(&pairs, "page", None);
        let sep = if q.is_empty() { "" } else { "&" };
        if p <= 1 {
            format!("/providers?{q}")
        } else {
            format!("/providers?{q}{sep}page={p}")
        }
    };
    let count_text = text_with(
        locale,
        "providers-count",
        &[("count", group_digits(total)), ("n", total.to_string())],
    );
    view! {
        <h2 class="app-heading-m" id="providers-count">{count_text}</h2>
        {near.map(|p| {
            let key = match p.source {
                GeoSource::Exact => "providers-near-exact",
                GeoSource::Outcode => "providers-near-outcode",
                GeoSource::Town => "providers-near-town",
            };
            view! { <p class="app-hint" id="providers-near-note">{text_with(locale, key, &[("place", p.label.clone())])}</p> }
        })}
        {(total > 0).then(|| view! {
            <form id="compare-form" class="app-compare-form" action="/providers/compare" method="get">
                <p class="app-hint">{text_with(locale, "providers-compare-hint", &[("n", MAX_COMPARE.to_string())])}</p>
                <button class="app-button app-button--secondary" type="submit">{t!("providers-compare-button")}</button>
            </form>
        })}
        {(total == 0).then(|| view! { <p>{t!("providers-none")}</p> })}
        <ol class="app-cards">
            {results.results.into_iter().map(|s| view! { <ProviderCard summary=s today compare=true/> }).collect_view()}
        </ol>
        {(pages > 1).then(|| view! {
            <nav class="app-pagination" aria-label=t!("providers-pages")>
                {(page > 1).then(|| view! { <a class="app-pagination__link" rel="prev" href=page_link(page - 1)>{t!("providers-previous")}</a> })}
                <span class="app-pagination__status">{text_with(locale, "providers-page-of", &[("page", page.to_string()), ("pages", group_digits(pages))])}</span>
                {(page < pages).then(|| view! { <a class="app-pagination__link" rel="next" href=page_link(page + 1)>{t!("providers-next")}</a> })}
            </nav>
        })}
    }
}
