//! `/providers/:location_id`: everything known about one location — every rating with its
//! date, the history (so a repeated "Requires improvement" shows), services, specialisms,
//! beds, contact, the provider and its other locations, the CQC report, the fees and short-break
//! availability the provider published (`fees.rs`), and the council's usual rates beside them.

use carenav_domain::directory::{KeyQuestion, Location, Rating, RatingSet};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::fees::{FeesSection, ShortBreaksSection};
use super::parts::{
    OverallRating, ProviderCard, RatingBadge, key_question_label, long_date, rating_age,
    service_label, service_slugs, specialism_label, specialism_slugs,
};
use super::{DetailOutcome, provider_details};
use crate::components::page_title::PageTitle;
use crate::components::table_scroll::TableScroll;
use crate::i18n::{text_count, text_with, use_locale};
use crate::pages::not_found::{NotFound, Unavailable};
use crate::t;
use carenav_domain::directory::ProviderDetail;

#[component]
pub fn ProviderPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("location_id").unwrap_or_default());
    let outcome = Resource::new(id, |id| async move { provider_details(vec![id]).await });
    view! {
        <Suspense fallback=|| ()>
            {move || outcome.get().map(|res| match res {
                Ok(DetailOutcome { mut details, today, .. }) if !details.is_empty() => {
                    let detail = details.remove(0);
                    view! { <ProviderView detail today/> }.into_any()
                }
                Ok(_) => view! { <NotFound/> }.into_any(),
                Err(_) => view! { <Unavailable message="search-error"/> }.into_any(),
            })}
        </Suspense>
    }
}

fn address(loc: &Location) -> Vec<String> {
    [
        &loc.address_line1,
        &loc.address_line2,
        &loc.town,
        &loc.county,
        &loc.postcode,
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .cloned()
    .collect()
}

#[component]
fn ProviderView(detail: ProviderDetail, today: i64) -> impl IntoView {
    let locale = use_locale();
    let loc = detail.location.clone();
    let current = loc.current.clone();
    let below = loc.consecutive_below_good();
    let services = service_slugs(&loc.service_types);
    let is_care_home = services
        .iter()
        .any(|s| matches!(*s, "care-home" | "care-home-nursing"));
    let specialisms = specialism_slugs(&loc.specialisms);
    let lines = address(&loc);
    let cqc_url = loc.cqc_url();
    let history: Vec<RatingSet> = loc
        .current
        .iter()
        .chain(loc.history.iter())
        .cloned()
        .collect();
    view! {
        <PageTitle text=loc.name.clone()/>
        <nav class="app-breadcrumbs" aria-label=t!("provider-breadcrumbs")>
            <a href="/providers">{t!("providers-title")}</a>
        </nav>
        <h1 class="app-heading-xl" id="provider-name">{loc.name.clone()}</h1>
        {loc.synthetic.then(|| view! { <p><span class="app-tag">{t!("provider-demo-tag")}</span>" "{t!("provider-demo-text")}</p> })}
        {loc.is_deregistered().then(|| view! {
            <div class="app-warning-panel" role="note">
                <strong>{t!("provider-deregistered")}</strong>
                {loc.deregistration_date.clone().map(|d| view! { " "{text_with(locale, "provider-deregistered-on", &[("date", long_date(locale, &d))])} })}
            </div>
        })}
        <p class="app-lead">
            {services.iter().map(|s| service_label(locale, s)).collect::<Vec<_>>().join(", ")}
        </p>

        <section aria-labelledby="rating-heading" class="app-section">
            <h2 class="app-heading-l" id="rating-heading">{t!("provider-rating-heading")}</h2>
            <OverallRating rating=loc.overall() date=current.as_ref().and_then(|c| c.date.clone()) today/>
            {(below >= 2).then(|| view! {
                <div class="app-warning-panel" role="note" id="provider-below-good">
                    {text_count(locale, "provider-below-good-run", "n", below as i64)}
                </div>
            })}
            {current.clone().filter(|c| c.overall != Rating::NotRated).map(|c| view! {
                <TableScroll labelled_by="key-questions-caption">
                <table class="app-table" id="key-questions">
                    <caption class="app-table__caption" id="key-questions-caption">{t!("provider-key-questions")}</caption>
                    <thead><tr>
                        <th scope="col">{t!("provider-kq-question")}</th>
                        <th scope="col">{t!("provider-kq-rating")}</th>
                        <th scope="col">{t!("provider-kq-date")}</th>
                    </tr></thead>
                    <tbody>
                        {KeyQuestion::ALL.into_iter().map(|q| {
                            let k = c.key(q).cloned();
                            let rating = k.as_ref().map_or(Rating::NotRated, |k| k.rating);
                            let date = k.and_then(|k| k.date).or_else(|| c.date.clone());
                            view! {
                                <tr>
                                    <th scope="row">{key_question_label(locale, q)}</th>
                                    <td><RatingBadge rating/></td>
                                    <td>{date.map(|d| view! { <time datetime=d.clone()>{long_date(locale, &d)}</time>" ("{rating_age(locale, today, &d)}")" })}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                </TableScroll>
            })}
            <p><a href=cqc_url.clone() rel="external">{t!("provider-cqc-link")}</a></p>
        </section>

        {(history.len() > 1).then(|| view! {
            <section aria-labelledby="history-heading" class="app-section">
                <h2 class="app-heading-m" id="history-heading">{t!("provider-history-heading")}</h2>
                <TableScroll labelled_by="history-heading">
                <table class="app-table app-table--compact" id="rating-history">
                    <thead><tr>
                        <th scope="col">{t!("provider-kq-date")}</th>
                        <th scope="col">{t!("provider-overall")}</th>
                        {KeyQuestion::ALL.into_iter().map(|q| view! { <th scope="col">{key_question_label(locale, q)}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {history.into_iter().map(|set| view! {
                            <tr>
                                <th scope="row">{set.date.clone().map(|d| long_date(locale, &d))}</th>
                                <td><RatingBadge rating=set.overall/></td>
                                {KeyQuestion::ALL.into_iter().map(|q| view! { <td><RatingBadge rating=set.key_rating(q)/></td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </TableScroll>
            </section>
        })}

        <section aria-labelledby="about-heading" class="app-section">
            <h2 class="app-heading-m" id="about-heading">{t!("provider-about-heading")}</h2>
            <dl class="app-summary-list">
                {(!specialisms.is_empty()).then(|| view! {
                    <div class="app-summary-list__row">
                        <dt>{t!("provider-specialisms")}</dt>
                        <dd><ul class="app-list">{specialisms.iter().map(|s| view! { <li>{specialism_label(locale, s)}</li> }).collect_view()}</ul></dd>
                    </div>
                })}
                {loc.beds.map(|b| view! {
                    <div class="app-summary-list__row"><dt>{t!("provider-beds-label")}</dt><dd>{b}</dd></div>
                })}
                <div class="app-summary-list__row">
                    <dt>{t!("provider-address")}</dt>
                    <dd>{lines.into_iter().map(|l| view! { <span class="app-address-line">{l}</span> }).collect_view()}</dd>
                </div>
                {loc.local_authority.clone().map(|la| {
                    let council = detail.council.clone();
                    view! {
                        <div class="app-summary-list__row"><dt>{t!("provider-la")}</dt><dd>{match council {
                            Some(c) => view! { <a href=format!("/councils/{}", c.code)>{la}</a> }.into_any(),
                            None => la.into_any(),
                        }}</dd></div>
                    }
                })}
                {loc.phone.clone().map(|p| {
                    let tel = format!("tel:{}", p.replace(' ', ""));
                    view! { <div class="app-summary-list__row"><dt>{t!("provider-phone")}</dt><dd><a href=tel>{p}</a></dd></div> }
                })}
                {loc.website.clone().filter(|w| w.starts_with("http://") || w.starts_with("https://")).map(|w| view! {
                    <div class="app-summary-list__row"><dt>{t!("provider-website")}</dt><dd><a href=w.clone() rel="external nofollow">{w.clone()}</a></dd></div>
                })}
                {loc.registration_date.clone().map(|d| view! {
                    <div class="app-summary-list__row"><dt>{t!("provider-registered")}</dt><dd>{long_date(locale, &d)}</dd></div>
                })}
                <div class="app-summary-list__row"><dt>{t!("provider-location-id")}</dt><dd>{loc.location_id.clone()}</dd></div>
            </dl>
        </section>

        <FeesSection detail=detail.clone() today is_care_home/>
        <ShortBreaksSection availability=detail.availability.clone() today/>

        <section aria-labelledby="provider-heading" class="app-section">
            <h2 class="app-heading-m" id="provider-heading">{t!("provider-org-heading")}</h2>
            {detail.provider.clone().map(|p| view! { <p>{t!("provider-run-by", name = p.name.clone())}</p> })}
            {(detail.other_locations_total > 0).then(|| view! {
                <p>{text_count(locale, "provider-other-locations", "n", detail.other_locations_total as i64)}</p>
                <ol class="app-cards app-cards--compact">
                    {detail.other_locations.clone().into_iter().map(|s| view! { <ProviderCard summary=s today/> }).collect_view()}
                </ol>
            })}
        </section>
        <p><a class="app-button app-button--secondary" href=format!("/providers/compare?id={}", loc.location_id)>{t!("provider-compare-start")}</a></p>
        <p class="app-note">{t!("provider-ogl")}</p>
    }
}
