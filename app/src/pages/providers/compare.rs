//! `/providers/compare?id=…&id=…`: up to four locations side by side (stacked on phones).
//! The address is the shareable link.

use carenav_domain::directory::{KeyQuestion, Rating};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::parts::{
    MAX_COMPARE, OverallRating, RatingBadge, key_question_label, long_date, service_label,
    service_slugs, specialism_label, specialism_slugs,
};
use super::{DetailOutcome, parse_pairs, provider_details};
use crate::components::page_title::PageTitle;
use crate::i18n::{text, text_count, text_with, use_locale};
use crate::pages::not_found::Unavailable;
use crate::t;

/// The ids asked for, each once, in order.
fn requested_ids(raw: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for (k, v) in parse_pairs(raw) {
        if k != "id" {
            continue;
        }
        for id in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if !ids.iter().any(|x| x == id) {
                ids.push(id.to_owned());
            }
        }
    }
    ids
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let location = use_location();
    let ids = move || requested_ids(&location.search.get());
    let outcome = Resource::new(ids, |ids| async move { provider_details(ids).await });
    let locale = use_locale();
    view! {
        <PageTitle text=t!("compare-title")/>
        <nav class="app-breadcrumbs" aria-label=t!("provider-breadcrumbs")>
            <a href="/providers">{t!("providers-title")}</a>
        </nav>
        <h1 class="app-heading-xl">{t!("compare-title")}</h1>
        {move || {
            let n = ids().len();
            (n > MAX_COMPARE).then(|| view! {
                <div class="app-warning-panel" role="alert">{text_with(locale, "compare-too-many", &[("n", MAX_COMPARE.to_string())])}</div>
            })
        }}
        <Suspense fallback=|| ()>
            {move || outcome.get().map(|res| match res {
                Ok(o) => view! { <CompareTable outcome=o ids=ids()/> }.into_any(),
                Err(_) => view! { <Unavailable message="search-error"/> }.into_any(),
            })}
        </Suspense>
    }
}

/// The lowest published fee for each kind of care, dated; or "not published".
fn compare_fees(
    locale: crate::i18n::Locale,
    fees: &Option<carenav_domain::publish::Published<carenav_domain::publish::FeeSchedule>>,
) -> String {
    let Some(p) = fees else {
        return text(locale, "council-rates-home-none");
    };
    let items: Vec<String> = p
        .record
        .items
        .iter()
        .map(|i| {
            let amount = text_with(
                locale,
                &format!("fee-amount-{}", i.period.code()),
                &[("amount", i.amount_from.format_gbp())],
            );
            format!(
                "{}: {}",
                text(locale, &format!("fee-care-{}", i.care_type.code())),
                text_with(locale, "compare-fee-from", &[("amount", amount)])
            )
        })
        .collect();
    let on = long_date(locale, &p.provenance.as_of.to_string());
    let key = if p.synthetic {
        "compare-fees-demo"
    } else {
        "compare-fees-published"
    };
    format!(
        "{} {}",
        items.join("; "),
        text_with(locale, key, &[("date", on)])
    )
}

/// Short-break places free, with the update's age; stale or absent said so.
fn compare_breaks(
    locale: crate::i18n::Locale,
    availability: &Option<
        carenav_domain::publish::Published<carenav_domain::publish::Availability>,
    >,
    today: i64,
) -> String {
    use carenav_domain::date::Date;
    let Some(p) = availability else {
        return text(locale, "council-rates-home-none");
    };
    let today = Date::from_unix_days(today);
    let updated = p.provenance.as_of;
    let age = super::fees::days_ago(locale, today, updated);
    if !carenav_domain::publish::availability::is_fresh(updated, today) {
        return text_with(locale, "compare-breaks-stale", &[("age", age)]);
    }
    let free: u32 = p
        .record
        .items
        .iter()
        .filter(|i| i.to >= today)
        .map(|i| i.available)
        .sum();
    text_with(
        locale,
        "compare-breaks",
        &[("n", free.to_string()), ("age", age)],
    )
}

#[component]
fn CompareTable(outcome: DetailOutcome, ids: Vec<String>) -> impl IntoView {
    let locale = use_locale();
    let today = outcome.today;
    let missing = outcome.missing.clone();
    if outcome.details.is_empty() {
        return view! {
            <p>{t!("compare-empty")}</p>
            <p><a href="/providers">{t!("compare-find")}</a></p>
        }
        .into_any();
    }
    let shown: Vec<String> = outcome
        .details
        .iter()
        .map(|d| d.location.location_id.clone())
        .collect();
    let remove_link = move |id: &str| {
        let rest: Vec<String> = shown
            .iter()
            .filter(|x| *x != id)
            .map(|x| format!("id={x}"))
            .collect();
        format!("/providers/compare?{}", rest.join("&"))
    };
    let _ = ids;
    // A class per column count: the CSP allows no inline styles.
    let columns = format!("app-compare app-compare--{}", outcome.details.len());
    view! {
        {(!missing.is_empty()).then(|| view! {
            <div class="app-warning-panel" role="note">{text_with(locale, "compare-missing", &[("ids", missing.join(", "))])}</div>
        })}
        <p class="app-hint">{t!("compare-share")}</p>
        <div class=columns>
            {outcome.details.into_iter().map(|d| {
                let loc = d.location;
                let c = loc.current.clone();
                let below = loc.consecutive_below_good();
                let heading = format!("compare-{}", loc.location_id);
                let labelled_by = heading.clone();
                view! {
                    <section class="app-compare__column" aria-labelledby=labelled_by>
                        <h2 class="app-heading-m" id=heading>
                            <a href=format!("/providers/{}", loc.location_id)>{loc.name.clone()}</a>
                        </h2>
                        {loc.synthetic.then(|| view! { <p><span class="app-tag">{t!("provider-demo-tag")}</span></p> })}
                        <dl class="app-compare__list">
                            <dt>{t!("provider-overall")}</dt>
                            <dd><OverallRating rating=loc.overall() date=c.as_ref().and_then(|c| c.date.clone()) today/></dd>
                            {KeyQuestion::ALL.into_iter().map(|q| view! {
                                <dt>{key_question_label(locale, q)}</dt>
                                <dd><RatingBadge rating=c.as_ref().map_or(Rating::NotRated, |c| c.key_rating(q))/></dd>
                            }).collect_view()}
                            <dt>{t!("compare-history")}</dt>
                            <dd>
                                {if below >= 2 {
                                    text_count(locale, "provider-below-good-run", "n", below as i64)
                                } else {
                                    text_count(locale, "compare-earlier-ratings", "n", loc.history.len() as i64)
                                }}
                            </dd>
                            <dt>{t!("compare-services")}</dt>
                            <dd>{service_slugs(&loc.service_types).iter().map(|s| service_label(locale, s)).collect::<Vec<_>>().join(", ")}</dd>
                            <dt>{t!("provider-specialisms")}</dt>
                            <dd>{specialism_slugs(&loc.specialisms).iter().map(|s| specialism_label(locale, s)).collect::<Vec<_>>().join(", ")}</dd>
                            <dt>{t!("provider-beds-label")}</dt>
                            <dd>{loc.beds.map(|b| b.to_string()).unwrap_or_else(|| "–".into())}</dd>
                            <dt>{t!("provider-address")}</dt>
                            <dd>{[loc.town.clone(), loc.postcode.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ")}</dd>
                            <dt>{t!("provider-fees-heading")}</dt>
                            <dd class="app-compare__fees">{compare_fees(locale, &d.fees)}</dd>
                            <dt>{t!("fee-accepts-label")}</dt>
                            <dd>{d.fees.as_ref().map_or_else(
                                || text(locale, "council-rates-home-none"),
                                |f| text(locale, &format!("fee-accepts-{}", f.record.accepts_council_rate.code())),
                            )}</dd>
                            <dt>{t!("breaks-heading")}</dt>
                            <dd class="app-compare__breaks">{compare_breaks(locale, &d.availability, today)}</dd>
                            <dt>{t!("provider-org-heading")}</dt>
                            <dd>{d.provider.map(|p| p.name).unwrap_or_else(|| "–".into())}</dd>
                        </dl>
                        <p><a href=remove_link(&loc.location_id)>{t!("compare-remove", name = loc.name.clone())}</a></p>
                    </section>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}
