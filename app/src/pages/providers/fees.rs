//! The provider page's published facts: the fee schedule (or "Fees not published" and what to
//! ask for in writing), the council's usual rate beside it (the gap only when both exist, both
//! dated), the fee history, and short-break availability with its age.
//!
//! Nothing here estimates a price: a home's fee is shown only as the provider published it.

use carenav_domain::date::Date;
use carenav_domain::directory::{CouncilRef, ProviderDetail};
use carenav_domain::money::Pence;
use carenav_domain::publish::availability::is_fresh;
use carenav_domain::publish::council::financial_year_of;
use carenav_domain::publish::{
    Availability, CareType, CouncilRate, FeeSchedule, Published, RateCategory,
};
use carenav_domain::rules::RULES;
use leptos::prelude::*;

use super::parts::long_date;
use crate::components::table_scroll::TableScroll;
use crate::i18n::{Locale, text, text_count, text_with, use_locale};
use crate::t;

fn day(locale: Locale, d: Date) -> String {
    long_date(locale, &d.to_string())
}

fn care_label(locale: Locale, c: CareType) -> String {
    text(locale, &format!("fee-care-{}", c.code()))
}

/// "£1,150 a week" or "£1,150 to £1,295.50 a week".
fn amount(locale: Locale, from: Pence, to: Option<Pence>, period: &str) -> String {
    match to.filter(|t| *t != from) {
        Some(to) => text_with(
            locale,
            &format!("fee-range-{period}"),
            &[("from", from.format_gbp()), ("to", to.format_gbp())],
        ),
        None => text_with(
            locale,
            &format!("fee-amount-{period}"),
            &[("amount", from.format_gbp())],
        ),
    }
}

/// How many days ago, in words ("today", "3 days ago").
pub fn days_ago(locale: Locale, today: Date, then: Date) -> String {
    let n = today.days_since(then).max(0);
    text_count(locale, "published-days-ago", "n", n)
}

/// The fees section of a location's page.
#[component]
pub fn FeesSection(detail: ProviderDetail, today: i64, is_care_home: bool) -> impl IntoView {
    let locale = use_locale();
    let today = Date::from_unix_days(today);
    let council = detail.council.clone();
    let rates = detail.council_rates.clone();
    let history = detail.fee_history.clone();
    view! {
        <section aria-labelledby="fees-heading" class="app-section" id="fees">
            <h2 class="app-heading-m" id="fees-heading">{t!("provider-fees-heading")}</h2>
            {match detail.fees.clone() {
                Some(p) => view! { <PublishedFees published=p today location_id=detail.location.location_id.clone()/> }.into_any(),
                None => view! { <FeesNotPublished/> }.into_any(),
            }}
            {is_care_home.then(|| view! {
                <CouncilRates council fees=detail.fees.as_ref().map(|p| p.record.clone()) rates today/>
            })}
            {(history.len() > 1).then(|| view! {
                <h3 class="app-heading-s" id="fee-history-heading">{t!("fee-history-heading")}</h3>
                <ul class="app-list" id="fee-history" aria-labelledby="fee-history-heading">
                    {history.into_iter().map(|h| {
                        let weekly = h.weekly_from.map(|w| text_with(locale, "fee-history-weekly", &[("amount", w.format_gbp())]));
                        let from = h.valid_from.map(|d| text_with(locale, "fee-history-from", &[("date", day(locale, d))]));
                        view! {
                            <li>
                                <time datetime=h.day.to_string()>{format!("{}:", day(locale, h.day))}</time>" "
                                {weekly.unwrap_or_else(|| text(locale, "fee-history-published"))}
                                {from.map(|f| view! { " "{f} })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            <p><a href="/explainers/choosing-care">{t!("provider-fees-explainer")}</a></p>
        </section>
    }
}

#[component]
fn FeesNotPublished() -> impl IntoView {
    view! {
        <div class="app-inset" id="fees-not-published">
            <p><strong>{t!("fees-not-published")}</strong></p>
            <p>{t!("fees-not-published-why")}</p>
        </div>
        <p>{t!("fees-ask-intro")}</p>
        <ul class="app-list app-list--bullet" id="fees-ask">
            <li>{t!("fees-ask-fee")}</li>
            <li>{t!("fees-ask-included")}</li>
            <li>{t!("fees-ask-deposit")}</li>
            <li>{t!("fees-ask-top-up")}</li>
            <li>{t!("fees-ask-increases")}</li>
            <li>{t!("fees-ask-after-death")}</li>
        </ul>
    }
}

#[component]
fn PublishedFees(
    published: Published<FeeSchedule>,
    today: Date,
    location_id: String,
) -> impl IntoView {
    let locale = use_locale();
    let s = published.record.clone();
    let nursing = s.items.iter().any(|i| i.care_type.has_nursing());
    let published_on = day(locale, published.provenance.as_of);
    let notice = text_count(locale, "fee-days", "n", s.increase_notice_days as i64);
    let after_death = text_count(locale, "fee-days", "n", s.fees_after_death_days as i64);
    let deposit = match &s.deposit {
        None => text(locale, "fee-deposit-none"),
        Some(d) if d.refundable => text_with(
            locale,
            "fee-deposit-refundable",
            &[("amount", d.amount.format_gbp())],
        ),
        Some(d) => text_with(
            locale,
            "fee-deposit-not-refundable",
            &[("amount", d.amount.format_gbp())],
        ),
    };
    let last = match &s.last_increase {
        None => text(locale, "fee-last-increase-none"),
        Some(l) => text_with(
            locale,
            "fee-last-increase",
            &[
                ("percent", format!("{}", l.percent)),
                ("date", day(locale, l.date)),
            ],
        ),
    };
    let accepts = text(
        locale,
        &format!("fee-accepts-{}", s.accepts_council_rate.code()),
    );
    let estimate = estimate_link(&s, &location_id);
    view! {
        <p id="fees-published">
            {published.synthetic.then(|| view! { <span class="app-tag">{t!("provider-demo-tag")}</span>" " })}
            {text_with(
                locale,
                if published.synthetic { "fees-published-demo" } else { "fees-published-by" },
                &[("date", published_on), ("from", day(locale, s.valid_from))],
            )}
        </p>
        <TableScroll labelled_by="fees-caption">
        <table class="app-table" id="fees-table">
            <caption class="app-table__caption" id="fees-caption">{t!("fees-table-caption")}</caption>
            <thead><tr>
                <th scope="col">{t!("fees-col-care")}</th>
                <th scope="col">{t!("fees-col-fee")}</th>
            </tr></thead>
            <tbody>
                {s.items.iter().map(|i| {
                    let label = match &i.room {
                        Some(r) => format!("{} ({r})", care_label(locale, i.care_type)),
                        None => care_label(locale, i.care_type),
                    };
                    view! {
                        <tr>
                            <th scope="row">{label}</th>
                            <td>{amount(locale, i.amount_from, i.amount_to, i.period.code())}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </TableScroll>
        {nursing.then(|| view! { <FncNote today/> })}
        {estimate.map(|(href, amount)| view! {
            <p class="app-no-print"><a href=href id="fees-estimate">{text_with(locale, "fees-estimate-link", &[("amount", amount)])}</a></p>
        })}
        <dl class="app-summary-list" id="fees-terms">
            <div class="app-summary-list__row">
                <dt>{t!("fee-included")}</dt>
                <dd>{if s.included.is_empty() {
                    text(locale, "fee-none-stated").into_any()
                } else {
                    view! { <ul class="app-list">{s.included.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}</ul> }.into_any()
                }}</dd>
            </div>
            <div class="app-summary-list__row">
                <dt>{t!("fee-extras")}</dt>
                <dd>{if s.extras.is_empty() {
                    text(locale, "fee-none-stated").into_any()
                } else {
                    view! { <ul class="app-list">{s.extras.iter().map(|e| view! {
                        <li>{format!("{}: {}", e.name, text_with(locale, &format!("fee-extra-{}", e.period.code()), &[("amount", e.amount.format_gbp())]))}</li>
                    }).collect_view()}</ul> }.into_any()
                }}</dd>
            </div>
            <div class="app-summary-list__row"><dt>{t!("fee-deposit")}</dt><dd>{deposit}</dd></div>
            <div class="app-summary-list__row"><dt>{t!("fee-notice")}</dt><dd>{notice}</dd></div>
            <div class="app-summary-list__row"><dt>{t!("fee-last-increase-label")}</dt><dd>{last}</dd></div>
            <div class="app-summary-list__row"><dt>{t!("fee-accepts-label")}</dt><dd id="fee-accepts">{accepts}</dd></div>
            <div class="app-summary-list__row"><dt>{t!("fee-after-death")}</dt><dd>{after_death}</dd></div>
        </dl>
        <p class="app-note">{t!("fees-check-contract")}</p>
    }
}

/// The estimator with this home's lowest weekly care-home fee filled in (a day rate counts
/// seven days), whether it is a nursing fee, and the home (`fee_of`), so the estimator can
/// name the fee and its date.
fn estimate_link(s: &FeeSchedule, location_id: &str) -> Option<(String, String)> {
    let item = s.cheapest_weekly()?;
    let weekly = item.weekly_from()?;
    let nursing = if item.care_type.has_nursing() {
        "yes"
    } else {
        "no"
    };
    Some((
        format!(
            "/estimate?setting=care_home&weekly_cost={:.2}&nursing={nursing}&fee_of={location_id}",
            weekly.pounds()
        ),
        weekly.format_gbp(),
    ))
}

/// NHS-funded nursing care is never part of a fee: what the NHS pays, dated, from the rules.
#[component]
fn FncNote(today: Date) -> impl IntoView {
    let locale = use_locale();
    let known = RULES.lookup_known("nhs_nursing_care_standard_rate", today);
    let words = match known {
        Some(k) if k.current => text_with(
            locale,
            "fee-fnc",
            &[
                (
                    "amount",
                    Pence::from_pounds(k.amount)
                        .unwrap_or_default()
                        .format_gbp(),
                ),
                ("dates", k.label()),
            ],
        ),
        Some(k) => text_with(
            locale,
            "fee-fnc-old",
            &[
                (
                    "amount",
                    Pence::from_pounds(k.amount)
                        .unwrap_or_default()
                        .format_gbp(),
                ),
                ("dates", k.label()),
            ],
        ),
        None => text(locale, "fee-fnc-unknown"),
    };
    view! { <p id="fee-fnc">{words}" "<a href="/explainers/nhs-continuing-healthcare">{t!("fee-fnc-link")}</a></p> }
}

/// The council's usual rate for each care-home category in the current financial year (or the
/// latest year imported, named), beside this home's published fee and the gap when both exist.
#[component]
fn CouncilRates(
    council: Option<CouncilRef>,
    fees: Option<FeeSchedule>,
    rates: Vec<CouncilRate>,
    today: Date,
) -> impl IntoView {
    let locale = use_locale();
    let Some(council) = council else {
        return view! { <p id="council-rates-none">{t!("council-rates-no-council")}</p> }
            .into_any();
    };
    let year = financial_year_of(today);
    let shown_year = if rates.iter().any(|r| r.financial_year == year) {
        Some(year.clone())
    } else {
        rates.iter().map(|r| r.financial_year.clone()).max()
    };
    let council_link = format!("/councils/{}", council.code);
    let Some(shown_year) = shown_year else {
        return view! {
            <h3 class="app-heading-s">{t!("council-rates-heading")}</h3>
            <p id="council-rates-none">
                {text_with(locale, "council-rates-unknown", &[("council", council.name.clone())])}
                " "<a href=council_link>{text_with(locale, "council-page-link", &[("council", council.name.clone())])}</a>
            </p>
        }
        .into_any();
    };
    // Per category, each band's rate in the year shown: the one in force today, or else the
    // earliest to come.
    let mut rows: Vec<(RateCategory, Vec<CouncilRate>)> = Vec::new();
    for cat in RateCategory::ALL {
        let mut bands: Vec<CouncilRate> = Vec::new();
        for r in rates
            .iter()
            .filter(|r| r.financial_year == shown_year && r.category == cat)
        {
            let better = |old: &CouncilRate| {
                (r.effective_from <= today, r.effective_from)
                    > (old.effective_from <= today, old.effective_from)
            };
            match bands
                .iter_mut()
                .find(|b| b.band_or_grade == r.band_or_grade)
            {
                Some(old) if better(old) => *old = r.clone(),
                Some(_) => {}
                None => bands.push(r.clone()),
            }
        }
        if !bands.is_empty() {
            rows.push((cat, bands));
        }
    }
    let old_year = shown_year != year;
    let caption = text_with(
        locale,
        "council-rates-caption",
        &[
            ("council", council.name.clone()),
            ("year", shown_year.clone()),
        ],
    );
    let page_link = text_with(
        locale,
        "council-page-link",
        &[("council", council.name.clone())],
    );
    view! {
        <h3 class="app-heading-s" id="council-rates-heading">{t!("council-rates-heading")}</h3>
        <p>{text_with(locale, "council-rates-intro", &[("council", council.name.clone()), ("year", shown_year.clone())])}</p>
        {old_year.then(|| view! { <p class="app-warning-text">{text_with(locale, "council-rates-old-year", &[("year", shown_year.clone())])}</p> })}
        <TableScroll labelled_by="council-rates-caption">
        <table class="app-table" id="council-rates">
            <caption class="app-table__caption" id="council-rates-caption">{caption}</caption>
            <thead><tr>
                <th scope="col">{t!("fees-col-care")}</th>
                <th scope="col">{t!("council-rates-col-rate")}</th>
                <th scope="col">{t!("council-rates-col-home")}</th>
                <th scope="col">{t!("council-rates-col-gap")}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|(cat, bands)| {
                    let home = fees.as_ref().and_then(|f| f.item(cat.care_type())).and_then(|i| i.weekly_from());
                    // A gap only against one rate: with bands, which applies is the council's call.
                    let single = (bands.len() == 1 && bands[0].band_or_grade.is_none()).then(|| bands[0].weekly_rate);
                    let gap = home.zip(single).map(|(h, r)| h - r);
                    let banded = bands.len() > 1 || bands[0].band_or_grade.is_some();
                    view! {
                        <tr>
                            <th scope="row">{care_label(locale, cat.care_type())}</th>
                            <td>
                                {bands.into_iter().map(|r| {
                                    let fnc = match r.fnc_included {
                                        Some(true) => Some(text(locale, "council-rates-fnc-in")),
                                        Some(false) if cat.care_type().has_nursing() => Some(text(locale, "council-rates-fnc-out")),
                                        _ => None,
                                    };
                                    let amount = text_with(locale, "fee-amount-week", &[("amount", r.weekly_rate.format_gbp())]);
                                    view! {
                                        <p class="app-council-rate">
                                            {match r.band_or_grade.clone() {
                                                Some(b) => view! { <strong>{format!("{b}:")}</strong>" "{amount}}.into_any(),
                                                None => amount.into_any(),
                                            }}
                                            {r.band_trigger_description.clone().map(|d| view! { " ("{d}")" })}
                                            <br/><span class="app-hint">{text_with(locale, "council-rates-from", &[("date", day(locale, r.effective_from))])}
                                            {fnc.map(|f| view! { " "{f} })}
                                            " "<a href=r.source_url.clone() rel="external">{t!("council-rates-source")}</a></span>
                                        </p>
                                    }
                                }).collect_view()}
                            </td>
                            <td>{match home {
                                Some(h) => text_with(locale, "fee-amount-week", &[("amount", h.format_gbp())]),
                                None => text(locale, "council-rates-home-none"),
                            }}</td>
                            <td>{match gap {
                                Some(g) if g > Pence::ZERO => text_with(locale, "council-rates-gap-more", &[("amount", g.format_gbp())]),
                                Some(g) if g < Pence::ZERO => text_with(locale, "council-rates-gap-less", &[("amount", Pence(-g.0).format_gbp())]),
                                Some(_) => text(locale, "council-rates-gap-same"),
                                None if banded && home.is_some() => text(locale, "council-rates-gap-bands"),
                                None => text(locale, "council-rates-gap-none"),
                            }}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </TableScroll>
        <p class="app-note">{t!("council-rates-gap-note")}" "<a href=council_link>{page_link}</a></p>
    }
    .into_any()
}

/// Short-break availability, with its age; older than 14 days is not offered as available.
#[component]
pub fn ShortBreaksSection(
    availability: Option<Published<Availability>>,
    today: i64,
) -> impl IntoView {
    let locale = use_locale();
    let today = Date::from_unix_days(today);
    let body = match availability {
        None => view! { <p id="short-breaks-none">{t!("breaks-not-published")}</p> }.into_any(),
        Some(p) => {
            let updated = p.provenance.as_of;
            let age = days_ago(locale, today, updated);
            let fresh = is_fresh(updated, today);
            let items: Vec<_> = p
                .record
                .items
                .iter()
                .filter(|i| i.to >= today)
                .cloned()
                .collect();
            view! {
                <p id="short-breaks-updated">
                    {p.synthetic.then(|| view! { <span class="app-tag">{t!("provider-demo-tag")}</span>" " })}
                    {text_with(
                        locale,
                        if p.synthetic { "breaks-updated-demo" } else { "breaks-updated" },
                        &[("date", day(locale, updated)), ("age", age)],
                    )}
                </p>
                {if !fresh {
                    view! {
                        <div class="app-warning-panel" role="note" id="short-breaks-stale">
                            {text_count(locale, "breaks-stale", "n", carenav_domain::publish::STALE_AFTER_DAYS)}
                        </div>
                    }.into_any()
                } else if items.is_empty() {
                    view! { <p id="short-breaks-empty">{t!("breaks-none-free")}</p> }.into_any()
                } else {
                    view! {
                        <TableScroll labelled_by="short-breaks-caption">
                        <table class="app-table" id="short-breaks-table">
                            <caption class="app-table__caption" id="short-breaks-caption">{t!("breaks-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{t!("breaks-col-kind")}</th>
                                <th scope="col">{t!("breaks-col-free")}</th>
                                <th scope="col">{t!("breaks-col-dates")}</th>
                            </tr></thead>
                            <tbody>
                                {items.into_iter().map(|i| view! {
                                    <tr>
                                        <th scope="row">{text(locale, &format!("break-kind-{}", i.kind.code()))}</th>
                                        <td>{text_with(locale, "breaks-free-of", &[("available", i.available.to_string()), ("maximum", i.maximum.to_string())])}</td>
                                        <td>{text_with(locale, "breaks-dates", &[("from", day(locale, i.from)), ("to", day(locale, i.to))])}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                        </TableScroll>
                    }.into_any()
                }}
            }
            .into_any()
        }
    };
    view! {
        <section aria-labelledby="short-breaks-heading" class="app-section" id="short-breaks">
            <h2 class="app-heading-m" id="short-breaks-heading">{t!("breaks-heading")}</h2>
            {body}
            <p><a href="/explainers/respite-and-short-breaks">{t!("breaks-explainer")}</a></p>
        </section>
    }
}
