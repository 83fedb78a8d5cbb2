//! `/councils` (every council with adult social care in England, from the register) and
//! `/councils/:code` (one council: its usual rates by year and category with sources, its
//! services in the directory, and how to contact it).

use carenav_domain::councils::{COUNCILS, CouncilDetail};
use carenav_domain::date::Date;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::page_title::PageTitle;
use crate::components::table_scroll::TableScroll;
use crate::i18n::{text, text_count, text_with, use_locale};
use crate::pages::not_found::{NotFound, Unavailable};
use crate::pages::providers::parts::long_date;
use crate::t;

/// One council, whole.
#[server(prefix = "/fn", endpoint = "council")]
pub async fn council(code: String) -> Result<Option<CouncilDetail>, ServerFnError> {
    let services = use_context::<carenav_services::SiteServices>()
        .ok_or_else(|| ServerFnError::new("services missing"))?;
    let today = crate::request::today().unix_days();
    services.council_detail(&code, today).await.map_err(|e| {
        tracing::error!(error = %e, "council page failed");
        ServerFnError::new("directory unavailable")
    })
}

#[component]
pub fn CouncilsIndex() -> impl IntoView {
    let locale = use_locale();
    let mut regions: Vec<&str> = COUNCILS.iter().map(|c| c.region.as_str()).collect();
    regions.sort();
    regions.dedup();
    view! {
        <PageTitle text=t!("councils-title")/>
        <h1 class="app-heading-xl">{t!("councils-title")}</h1>
        <p class="app-lead">{text_count(locale, "councils-lead", "n", COUNCILS.len() as i64)}</p>
        {regions.into_iter().map(|region| view! {
            <h2 class="app-heading-m">{region.to_owned()}</h2>
            <ul class="app-list app-list--columns">
                {COUNCILS.iter().filter(|c| c.region == region).map(|c| view! {
                    <li><a href=format!("/councils/{}", c.code)>{c.name.clone()}</a></li>
                }).collect_view()}
            </ul>
        }).collect_view()}
        <p class="app-note">{t!("councils-source")}</p>
    }
}

#[component]
pub fn CouncilPage() -> impl IntoView {
    let params = use_params_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let detail = Resource::new(code, |code| async move { council(code).await });
    view! {
        <Suspense fallback=|| ()>
            {move || detail.get().map(|res| match res {
                Ok(Some(d)) => view! { <CouncilView detail=d/> }.into_any(),
                Ok(None) => view! { <NotFound/> }.into_any(),
                Err(_) => view! { <Unavailable message="search-error"/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn CouncilView(detail: CouncilDetail) -> impl IntoView {
    let locale = use_locale();
    let c = detail.council.clone();
    let kind = text(locale, &format!("council-kind-{}", c.kind));
    let mut years: Vec<String> = detail
        .rates
        .iter()
        .map(|r| r.financial_year.clone())
        .collect();
    years.sort();
    years.dedup();
    years.reverse();
    let day = move |d: Date| long_date(locale, &d.to_string());
    view! {
        <PageTitle text=text_with(locale, "council-title", &[("council", c.name.clone())])/>
        <nav class="app-breadcrumbs" aria-label=t!("provider-breadcrumbs")>
            <a href="/councils">{t!("councils-title")}</a>
        </nav>
        <h1 class="app-heading-xl" id="council-name">{text_with(locale, "council-title", &[("council", c.name.clone())])}</h1>
        <p class="app-lead">{text_with(locale, "council-lead", &[("kind", kind), ("region", c.region.clone()), ("code", c.code.clone())])}</p>

        <section class="app-section" aria-labelledby="council-rates-heading" id="rates">
            <h2 class="app-heading-l" id="council-rates-heading">{t!("council-rates-heading")}</h2>
            {if years.is_empty() {
                view! { <p id="council-rates-none">{text_with(locale, "council-rates-unknown", &[("council", c.name.clone())])}</p> }.into_any()
            } else {
                view! {
                    <p>{t!("council-rates-explain")}</p>
                    {years.into_iter().map(|year| {
                        let caption = text_with(locale, "council-rates-caption", &[("council", c.name.clone()), ("year", year.clone())]);
                        let id = format!("rates-{year}");
                        let table_id = format!("table-{id}");
                        let rows: Vec<_> = detail.rates.iter().filter(|r| r.financial_year == year).cloned().collect();
                        view! {
                            <TableScroll labelled_by=id.clone()>
                            <table class="app-table" id=table_id>
                                <caption class="app-table__caption" id=id>{caption}</caption>
                                <thead><tr>
                                    <th scope="col">{t!("fees-col-care")}</th>
                                    <th scope="col">{t!("council-rates-col-rate")}</th>
                                    <th scope="col">{t!("council-rates-col-from")}</th>
                                    <th scope="col">{t!("council-rates-source")}</th>
                                </tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|r| view! {
                                        <tr>
                                            <th scope="row">
                                                {text(locale, &format!("fee-care-{}", r.category.code()))}
                                                {r.band_or_grade.clone().map(|b| view! { <br/><span class="app-hint">{b}</span> })}
                                                {r.band_trigger_description.clone().map(|b| view! { <br/><span class="app-hint">{b}</span> })}
                                            </th>
                                            <td>
                                                {text_with(locale, "fee-amount-week", &[("amount", r.weekly_rate.format_gbp())])}
                                                {match r.fnc_included {
                                                    Some(true) => Some(text(locale, "council-rates-fnc-in")),
                                                    Some(false) => Some(text(locale, "council-rates-fnc-out")),
                                                    None => None,
                                                }.map(|f| view! { <br/><span class="app-hint">{f}</span> })}
                                            </td>
                                            <td>{day(r.effective_from)}</td>
                                            <td><a href=r.source_url.clone() rel="external">{t!("council-rates-source")}</a></td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                            </TableScroll>
                        }
                    }).collect_view()}
                }.into_any()
            }}
            <p class="app-note">{t!("council-rates-gap-note")}</p>
            <NationalAverages averages=detail.national_averages.clone()/>
        </section>

        <section class="app-section" aria-labelledby="council-services-heading" id="services">
            <h2 class="app-heading-m" id="council-services-heading">{t!("council-services-heading")}</h2>
            {if detail.areas.is_empty() {
                view! { <p>{t!("council-services-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="app-list">
                        {detail.areas.iter().map(|a| {
                            let href = format!("/providers?la={}", carenav_domain::url::encode_form_value(&a.name));
                            view! { <li><a href=href>{text_count(locale, "council-services-link", "n", a.services as i64)}</a></li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>

        <section class="app-section" aria-labelledby="council-contact-heading" id="contact">
            <h2 class="app-heading-m" id="council-contact-heading">{t!("council-contact-heading")}</h2>
            <p>{text_with(locale, "council-contact-text", &[("council", c.name.clone())])}</p>
            <p><a href="https://www.gov.uk/find-local-council" rel="external">{t!("council-contact-link")}</a></p>
            <p><a href="/check?situation=needs_help">{t!("council-contact-check")}</a></p>
        </section>
    }
}

/// What councils across England paid on average (the DHSC finance report), beside this
/// council's rates: labelled as national averages that are not the price of any home, with the
/// source, and "unconfirmed" with the report to check when only a summary stated the figure.
#[component]
fn NationalAverages(averages: Vec<carenav_domain::rules::NationalStatistic>) -> impl IntoView {
    use carenav_domain::money::Pence;
    let locale = use_locale();
    if averages.is_empty() {
        return None;
    }
    let items: Vec<_> = averages
        .into_iter()
        .filter_map(|s| {
            let amount = s.value.value.and_then(Pence::from_pounds)?.format_gbp();
            let year = s.financial_year.replacen('-', " to 20", 1);
            let sentence = text_with(
                locale,
                &format!("council-national-{}", s.key),
                &[("amount", amount), ("year", year)],
            );
            let source = s.value.source.clone();
            let check = (!s.value.verified).then(|| s.value.check_against.clone()).flatten();
            Some(view! {
                <li data-statistic=s.key.clone()>
                    {sentence}
                    {source.map(|src| view! {
                        " " <a href=src.url.unwrap_or_default() rel="external" class="app-source">{t!("council-national-source")}</a>
                    })}
                    {check.map(|c| view! {
                        <br/>
                        <span class="app-hint app-unconfirmed">
                            <strong>{t!("council-national-unconfirmed")}</strong>" "
                            <a href=c.url.unwrap_or_default() rel="external">{c.title}</a>
                        </span>
                    })}
                </li>
            })
        })
        .collect();
    Some(view! {
        <h3 class="app-heading-s" id="council-national-heading">{t!("council-national-heading")}</h3>
        <ul class="app-list" aria-labelledby="council-national-heading" id="council-national">{items}</ul>
        <p class="app-hint">{t!("council-national-not-a-price")}</p>
    })
}
