//! The `/publish` pages. Server-rendered only (no islands): each reads the session through
//! [`super::signed_in`] in a resource, so the page is whole in the first response.

use carenav_domain::date::Date;
use carenav_domain::publish::fees::ExtraPeriod;
use carenav_domain::publish::{AcceptsCouncilRate, BreakKind, CareType};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::PublishReply;
use super::form::{BREAK_ROWS, EXTRA_ROWS, FormError, Values, availability_values, fees_values};
use crate::components::field::{described_by, error_summary};
use crate::components::page_title::PageTitle;
use crate::i18n::{Locale, text, text_with, use_locale};
use crate::pages::providers::parts::long_date;
use crate::t;

/// The signed-in publisher, or `None`. Only the server answers it (pages are SSR-only).
#[server(prefix = "/fn", endpoint = "publisher")]
pub async fn publisher() -> Result<Option<PublisherPage>, ServerFnError> {
    super::no_store();
    Ok(super::signed_in().await.map(|v| PublisherPage {
        provider_name: v.provider_name,
        csrf: v.csrf,
        locations: v
            .locations
            .into_iter()
            .map(|l| PublisherLoc {
                fees_on: l.fees.as_ref().map(|f| f.provenance.as_of),
                availability_on: l.availability.as_ref().map(|a| a.provenance.as_of),
                fees: l.fees.map(|f| f.record),
                availability: l.availability.map(|a| a.record),
                location_id: l.location_id,
                name: l.name,
            })
            .collect(),
    }))
}

/// What the pages need of a signed-in publisher.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublisherPage {
    pub provider_name: String,
    pub csrf: String,
    pub locations: Vec<PublisherLoc>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublisherLoc {
    pub location_id: String,
    pub name: String,
    pub fees_on: Option<Date>,
    pub availability_on: Option<Date>,
    pub fees: Option<carenav_domain::publish::FeeSchedule>,
    pub availability: Option<carenav_domain::publish::Availability>,
}

fn day(locale: Locale, d: Date) -> String {
    long_date(locale, &d.to_string())
}

fn reply() -> Option<PublishReply> {
    use_context::<PublishReply>()
}

/// The page for someone not signed in.
#[component]
fn NotSignedIn() -> impl IntoView {
    view! {
        <p id="publish-not-signed-in">{t!("pub-sign-in-needed")}</p>
        <p>{t!("pub-what-for")}</p>
    }
}

#[component]
pub fn PublishHome() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let who = Resource::new(|| (), |_| publisher());
    view! {
        <PageTitle text=t!("pub-title")/>
        <Suspense fallback=|| ()>
            {move || who.get().map(|res| match res {
                Ok(Some(p)) => {
                    let published = query.with(|q| q.get("published"));
                    let at = query.with(|q| q.get("location")).unwrap_or_default();
                    let at_name = p.locations.iter().find(|l| l.location_id == at).map(|l| l.name.clone()).unwrap_or_default();
                    view! {
                        <h1 class="app-heading-xl" id="publish-heading">{text_with(locale, "pub-home-title", &[("provider", p.provider_name.clone())])}</h1>
                        {published.map(|what| view! {
                            <div class="app-inset" role="status" id="publish-done">
                                <p><strong>{text_with(locale, if what == "fees" { "pub-done-fees" } else { "pub-done-availability" }, &[("name", at_name.clone())])}</strong></p>
                                <p><a href=format!("/providers/{at}")>{t!("pub-done-see")}</a></p>
                            </div>
                        })}
                        <p>{t!("pub-home-intro")}</p>
                        <ul class="app-cards" id="publish-locations">
                            {p.locations.iter().map(|l| view! {
                                <li class="app-card">
                                    <h2 class="app-heading-s app-card__title">{l.name.clone()}</h2>
                                    <dl class="app-summary-list">
                                        <div class="app-summary-list__row">
                                            <dt>{t!("provider-fees-heading")}</dt>
                                            <dd>{match l.fees_on {
                                                Some(d) => text_with(locale, "pub-published-on", &[("date", day(locale, d))]),
                                                None => text(locale, "pub-not-published"),
                                            }}</dd>
                                            <dd><a href=format!("/publish/{}/fees", l.location_id)>{text_with(locale, "pub-edit-fees", &[("name", l.name.clone())])}</a></dd>
                                        </div>
                                        <div class="app-summary-list__row">
                                            <dt>{t!("breaks-heading")}</dt>
                                            <dd>{match l.availability_on {
                                                Some(d) => text_with(locale, "pub-updated-on", &[("date", day(locale, d))]),
                                                None => text(locale, "pub-not-published"),
                                            }}</dd>
                                            <dd><a href=format!("/publish/{}/availability", l.location_id)>{text_with(locale, "pub-edit-availability", &[("name", l.name.clone())])}</a></dd>
                                        </div>
                                    </dl>
                                </li>
                            }).collect_view()}
                        </ul>
                        <form method="post" action="/publish/sign-out" class="app-no-print">
                            <input type="hidden" name="csrf" value=p.csrf.clone()/>
                            <button type="submit" class="app-button app-button--secondary" id="sign-out">{t!("pub-sign-out")}</button>
                        </form>
                    }.into_any()
                }
                Ok(None) => view! {
                    <h1 class="app-heading-xl" id="publish-heading">{t!("pub-title")}</h1>
                    {query.with(|q| q.get("signed_out")).map(|_| view! { <p class="app-inset" role="status" id="signed-out">{t!("pub-signed-out")}</p> })}
                    <NotSignedIn/>
                }.into_any(),
                Err(_) => view! { <h1 class="app-heading-xl">{t!("pub-title")}</h1><p>{t!("search-error")}</p> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    super::no_store();
    let query = use_query_map();
    let link = query.with(|q| q.get("link")).unwrap_or_default();
    let failed = query.with(|q| q.get("failed")).is_some();
    view! {
        <PageTitle text=t!("pub-sign-in-title")/>
        {failed.then(|| error_summary(text(use_locale(), "check-error-summary"), vec![("sign-in".into(), text(use_locale(), "pub-sign-in-failed"))]))}
        <h1 class="app-heading-xl">{t!("pub-sign-in-title")}</h1>
        {if link.is_empty() {
            view! { <NotSignedIn/> }.into_any()
        } else {
            view! {
                <p>{t!("pub-sign-in-text")}</p>
                <form method="post" action="/publish/sign-in">
                    <input type="hidden" name="link" value=link/>
                    <button type="submit" class="app-button" id="sign-in">{t!("pub-sign-in-button")}</button>
                </form>
            }.into_any()
        }}
    }
}

/// A form page for one of the signed-in publisher's locations.
#[component]
fn LocationForm(
    children: Box<dyn Fn(PublisherPage, PublisherLoc) -> AnyView + Send + Sync>,
) -> impl IntoView {
    let params = use_params_map();
    let id = params.with(|p| p.get("location_id")).unwrap_or_default();
    let who = Resource::new(|| (), |_| publisher());
    let children = std::sync::Arc::new(children);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let children = children.clone();
                let id = id.clone();
                who.get().map(move |res| match res {
                    Ok(Some(p)) => match p.locations.iter().find(|l| l.location_id == id).cloned() {
                        Some(l) => children(p, l),
                        None => view! {
                            <PageTitle text=t!("pub-title")/>
                            <h1 class="app-heading-xl">{t!("pub-not-yours-title")}</h1>
                            <p id="publish-not-yours">{t!("pub-not-yours")}</p>
                            <p><a href="/publish">{t!("pub-back")}</a></p>
                        }.into_any(),
                    },
                    _ => view! {
                        <PageTitle text=t!("pub-title")/>
                        <h1 class="app-heading-xl">{t!("pub-title")}</h1>
                        <NotSignedIn/>
                    }.into_any(),
                })
            }}
        </Suspense>
    }
}

fn error_for<'a>(errors: &'a [FormError], field: &str) -> Option<&'a FormError> {
    errors.iter().find(|e| e.field == field)
}

/// The words for an error on a field: what to do, for that kind of field.
fn error_text(locale: Locale, e: &FormError, label: &str) -> String {
    let f = e.field.as_str();
    let availability_row = f.starts_with('a') && f[1..].starts_with(|c: char| c.is_ascii_digit());
    let is_date = matches!(f, "valid_from" | "last_increase_date")
        || (availability_row && (f.ends_with("_from") || f.ends_with("_to")));
    let is_money =
        !availability_row && (f.ends_with("_from") || f.ends_with("_to") || f.ends_with("_amount"));
    let is_choice = matches!(f, "deposit" | "last_increase" | "accepts_council_rate");
    let key = match e.code.as_str() {
        _ if is_choice => "pub-err-choose",
        "required" => "pub-err-required",
        "wrong_type" | "not_a_date" if is_date => "pub-err-date",
        "wrong_type" if is_money => "pub-err-money",
        "out_of_range" if is_money => "pub-err-money-range",
        "wrong_type" => "pub-err-number",
        "out_of_range" if is_date => "pub-err-date-range",
        "inconsistent" => "pub-err-inconsistent",
        _ => "pub-err-out_of_range",
    };
    text_with(locale, key, &[("label", label.to_owned())])
}

/// A text input with its label, hint and error.
#[allow(clippy::too_many_arguments)]
fn input(
    locale: Locale,
    name: &str,
    label: String,
    hint: Option<String>,
    values: &Values,
    errors: &[FormError],
    input_type: &'static str,
    class: &'static str,
    prefix: bool,
) -> AnyView {
    let error = error_for(errors, name).map(|e| error_text(locale, e, &label));
    let described = described_by(name, hint.is_some(), error.is_some());
    let group = if error.is_some() {
        "app-form-group app-form-group--error"
    } else {
        "app-form-group"
    };
    let value = values.get(name).to_owned();
    let name = name.to_owned();
    let input = view! {
        <input class=class type=input_type id=name.clone() name=name.clone() value=value
            aria-describedby=described inputmode=if prefix { Some("decimal") } else { None } autocomplete="off"/>
    };
    view! {
        <div class=group>
            <label class="app-label" for=name.clone()>{label}</label>
            {hint.map(|h| view! { <p class="app-hint" id=format!("{name}-hint")>{h}</p> })}
            {error.map(|e| view! { <p class="app-error-message" id=format!("{name}-error")>{e}</p> })}
            {if prefix {
                view! { <div class="app-input-prefix"><span class="app-input-prefix__symbol" aria-hidden="true">"£"</span>{input}</div> }.into_any()
            } else {
                input.into_any()
            }}
        </div>
    }
    .into_any()
}

/// Radios with a legend.
fn radios(
    locale: Locale,
    name: &str,
    legend: String,
    options: Vec<(String, String)>,
    values: &Values,
    errors: &[FormError],
) -> AnyView {
    let error = error_for(errors, name).map(|e| error_text(locale, e, &legend));
    let described = described_by(name, false, error.is_some());
    let group = if error.is_some() {
        "app-form-group app-form-group--error"
    } else {
        "app-form-group"
    };
    let chosen = values.get(name).to_owned();
    let name = name.to_owned();
    view! {
        <div class=group>
            <fieldset class="app-fieldset" aria-describedby=described>
                <legend class="app-fieldset__legend">{legend}</legend>
                {error.map(|e| view! { <p class="app-error-message" id=format!("{name}-error")>{e}</p> })}
                <div class="app-radios">
                    {options.into_iter().enumerate().map(|(i, (value, label))| {
                        let id = if i == 0 { name.clone() } else { format!("{name}-{value}") };
                        view! {
                            <div class="app-radios__item">
                                <input class="app-radios__input" type="radio" id=id.clone() name=name.clone() value=value.clone() checked=chosen == value/>
                                <label class="app-radios__label" for=id>{label}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}

fn select(name: &str, label: String, options: Vec<(String, String)>, values: &Values) -> AnyView {
    let chosen = values.get(name).to_owned();
    let name = name.to_owned();
    view! {
        <div class="app-form-group">
            <label class="app-label" for=name.clone()>{label}</label>
            <select class="app-select" id=name.clone() name=name>
                {options.into_iter().map(|(value, label)| view! { <option value=value.clone() selected=chosen == value>{label}</option> }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// The error summary: each error linked to its field, in the order of the form.
fn summary(
    locale: Locale,
    errors: &[FormError],
    label: &dyn Fn(&str) -> String,
) -> Option<AnyView> {
    error_summary(
        text(locale, "check-error-summary"),
        errors
            .iter()
            .map(|e| (e.field.clone(), error_text(locale, e, &label(&e.field))))
            .collect(),
    )
}

fn care_label(locale: Locale, c: CareType) -> String {
    text(locale, &format!("fee-care-{}", c.code()))
}

/// The label of a fee form field, for the error summary.
fn fee_label(locale: Locale, field: &str) -> String {
    for c in CareType::ALL {
        if let Some(rest) = field
            .strip_prefix(&format!("{}_", c.code()))
            .filter(|r| matches!(*r, "from" | "to" | "period" | "room"))
        {
            return text_with(
                locale,
                &format!("pub-fee-{rest}"),
                &[("care", care_label(locale, c))],
            );
        }
    }
    if let Some(rest) = field.strip_prefix("extra") {
        let (row, part) = rest.split_once('_').unwrap_or(("0", "name"));
        let n = row.parse::<usize>().unwrap_or(0) + 1;
        return text_with(
            locale,
            &format!("pub-extra-{part}"),
            &[("n", n.to_string())],
        );
    }
    text(locale, &format!("pub-f-{field}"))
}

#[component]
pub fn FeesFormPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <LocationForm children=Box::new(move |p: PublisherPage, l: PublisherLoc| {
            let reply = reply();
            let values = reply.as_ref().map(|r| r.values.clone()).unwrap_or_else(|| l.fees.as_ref().map(fees_values).unwrap_or_default());
            let errors = reply.map(|r| r.errors).unwrap_or_default();
            let v = &values;
            let e = &errors;
            let title = text_with(locale, "pub-fees-title", &[("name", l.name.clone())]);
            let periods = |c: CareType| -> Vec<(String, String)> {
                c.periods().iter().map(|p| (p.code().to_owned(), text(locale, &format!("pub-period-{}", p.code())))).collect()
            };
            view! {
                <PageTitle text=title.clone()/>
                <a class="app-back-link" href="/publish">{t!("pub-back")}</a>
                {summary(locale, &errors, &|f| fee_label(locale, f))}
                <h1 class="app-heading-xl" id="fees-form-heading">{title}</h1>
                <p>{t!("pub-fees-intro")}</p>
                <p class="app-inset">{t!("pub-fees-fnc")}</p>
                <form method="post" action=format!("/publish/{}/fees", l.location_id) novalidate=true id="fees-form">
                    <input type="hidden" name="csrf" value=p.csrf.clone()/>
                    {input(locale, "valid_from", text(locale, "pub-f-valid_from"), Some(text(locale, "pub-date-hint")), v, e, "date", "app-input app-input--short", false)}
                    <h2 class="app-heading-m">{t!("pub-fees-heading")}</h2>
                    <p class="app-hint">{t!("pub-fees-rows-hint")}</p>
                    {CareType::ALL.into_iter().map(|c| {
                        let code = c.code();
                        let label = care_label(locale, c);
                        view! {
                            <fieldset class="app-fieldset" id=format!("{code}-row")>
                                <legend class="app-fieldset__legend">{label.clone()}</legend>
                                {input(locale, &format!("{code}_from"), text_with(locale, "pub-fee-from", &[("care", label.clone())]), None, v, e, "text", "app-input app-input--short", true)}
                                {input(locale, &format!("{code}_to"), text_with(locale, "pub-fee-to", &[("care", label.clone())]), Some(text(locale, "pub-fee-to-hint")), v, e, "text", "app-input app-input--short", true)}
                                {(c.periods().len() > 1).then(|| select(&format!("{code}_period"), text_with(locale, "pub-fee-period", &[("care", label.clone())]), periods(c), v))}
                                {c.is_care_home_place().then(|| input(locale, &format!("{code}_room"), text_with(locale, "pub-fee-room", &[("care", label.clone())]), None, v, e, "text", "app-input", false))}
                            </fieldset>
                        }
                    }).collect_view()}
                    <h2 class="app-heading-m">{t!("pub-terms-heading")}</h2>
                    <div class=if error_for(e, "included").is_some() { "app-form-group app-form-group--error" } else { "app-form-group" }>
                        <label class="app-label" for="included">{t!("pub-f-included")}</label>
                        <p class="app-hint" id="included-hint">{t!("pub-included-hint")}</p>
                        {error_for(e, "included").map(|err| view! { <p class="app-error-message" id="included-error">{error_text(locale, err, &text(locale, "pub-f-included"))}</p> })}
                        <textarea class="app-input" id="included" name="included" rows="4" aria-describedby=described_by("included", true, error_for(e, "included").is_some())>{v.get("included").to_owned()}</textarea>
                    </div>
                    <fieldset class="app-fieldset">
                        <legend class="app-fieldset__legend">{t!("pub-extras-legend")}</legend>
                        <p class="app-hint">{t!("pub-extras-hint")}</p>
                        {(0..EXTRA_ROWS).map(|i| view! {
                            <div class="app-form-group--inline">
                                {input(locale, &format!("extra{i}_name"), text_with(locale, "pub-extra-name", &[("n", (i + 1).to_string())]), None, v, e, "text", "app-input", false)}
                                {input(locale, &format!("extra{i}_amount"), text_with(locale, "pub-extra-amount", &[("n", (i + 1).to_string())]), None, v, e, "text", "app-input app-input--short", true)}
                                {select(&format!("extra{i}_period"), text_with(locale, "pub-extra-period", &[("n", (i + 1).to_string())]),
                                    ExtraPeriod::ALL.iter().map(|p| (p.code().to_owned(), text(locale, &format!("pub-period-{}", p.code())))).collect(), v)}
                            </div>
                        }).collect_view()}
                    </fieldset>
                    {radios(locale, "deposit", text(locale, "pub-f-deposit"), vec![
                        ("none".into(), text(locale, "pub-deposit-none")),
                        ("refundable".into(), text(locale, "pub-deposit-refundable")),
                        ("kept".into(), text(locale, "pub-deposit-kept")),
                    ], v, e)}
                    {input(locale, "deposit_amount", text(locale, "pub-f-deposit_amount"), Some(text(locale, "pub-deposit-amount-hint")), v, e, "text", "app-input app-input--short", true)}
                    {input(locale, "increase_notice_days", text(locale, "pub-f-increase_notice_days"), None, v, e, "text", "app-input app-input--short", false)}
                    {radios(locale, "last_increase", text(locale, "pub-f-last_increase"), vec![
                        ("none".into(), text(locale, "pub-last-increase-none")),
                        ("some".into(), text(locale, "pub-last-increase-some")),
                    ], v, e)}
                    {input(locale, "last_increase_date", text(locale, "pub-f-last_increase_date"), Some(text(locale, "pub-date-hint")), v, e, "date", "app-input app-input--short", false)}
                    {input(locale, "last_increase_percent", text(locale, "pub-f-last_increase_percent"), None, v, e, "text", "app-input app-input--short", false)}
                    {radios(locale, "accepts_council_rate", text(locale, "pub-f-accepts_council_rate"),
                        AcceptsCouncilRate::ALL.iter().map(|a| (a.code().to_owned(), text(locale, &format!("fee-accepts-{}", a.code())))).collect(), v, e)}
                    {input(locale, "fees_after_death_days", text(locale, "pub-f-fees_after_death_days"), None, v, e, "text", "app-input app-input--short", false)}
                    <p>{t!("pub-publish-warning")}</p>
                    <button type="submit" class="app-button" id="publish-fees">{t!("pub-publish-fees")}</button>
                </form>
            }.into_any()
        })/>
    }
}

#[component]
pub fn AvailabilityFormPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <LocationForm children=Box::new(move |p: PublisherPage, l: PublisherLoc| {
            let reply = reply();
            let values = reply.as_ref().map(|r| r.values.clone()).unwrap_or_else(|| l.availability.as_ref().map(availability_values).unwrap_or_default());
            let errors = reply.map(|r| r.errors).unwrap_or_default();
            let v = &values;
            let e = &errors;
            let title = text_with(locale, "pub-breaks-title", &[("name", l.name.clone())]);
            let row_label = |field: &str| -> String {
                let (row, part) = field.trim_start_matches('a').split_once('_').unwrap_or(("0", "kind"));
                let n = row.parse::<usize>().unwrap_or(0) + 1;
                text_with(locale, &format!("pub-break-{part}"), &[("n", n.to_string())])
            };
            view! {
                <PageTitle text=title.clone()/>
                <a class="app-back-link" href="/publish">{t!("pub-back")}</a>
                {summary(locale, &errors, &row_label)}
                <h1 class="app-heading-xl" id="breaks-form-heading">{title}</h1>
                <p>{t!("pub-breaks-intro")}</p>
                <form method="post" action=format!("/publish/{}/availability", l.location_id) novalidate=true id="breaks-form">
                    <input type="hidden" name="csrf" value=p.csrf.clone()/>
                    {(0..BREAK_ROWS).map(|i| {
                        let n = (i + 1).to_string();
                        view! {
                            <fieldset class="app-fieldset" id=format!("a{i}-row")>
                                <legend class="app-fieldset__legend">{text_with(locale, "pub-break-row", &[("n", n.clone())])}</legend>
                                {select(&format!("a{i}_kind"), text_with(locale, "pub-break-kind", &[("n", n.clone())]),
                                    BreakKind::ALL.iter().map(|k| (k.code().to_owned(), text(locale, &format!("break-kind-{}", k.code())))).collect(), v)}
                                {input(locale, &format!("a{i}_available"), text_with(locale, "pub-break-available", &[("n", n.clone())]), None, v, e, "text", "app-input app-input--short", false)}
                                {input(locale, &format!("a{i}_maximum"), text_with(locale, "pub-break-maximum", &[("n", n.clone())]), None, v, e, "text", "app-input app-input--short", false)}
                                {input(locale, &format!("a{i}_from"), text_with(locale, "pub-break-from", &[("n", n.clone())]), Some(text(locale, "pub-date-hint")), v, e, "date", "app-input app-input--short", false)}
                                {input(locale, &format!("a{i}_to"), text_with(locale, "pub-break-to", &[("n", n.clone())]), Some(text(locale, "pub-date-hint")), v, e, "date", "app-input app-input--short", false)}
                            </fieldset>
                        }
                    }).collect_view()}
                    <p class="app-hint">{t!("pub-breaks-empty-hint")}</p>
                    <button type="submit" class="app-button" id="publish-breaks">{t!("pub-publish-breaks")}</button>
                </form>
            }.into_any()
        })/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field's label and every error's words are in the Fluent files (a missing key
    /// would show its id to the reader).
    #[test]
    fn every_field_and_error_has_words() {
        let locale = Locale::EnGb;
        let mut fields: Vec<String> = [
            "valid_from",
            "included",
            "deposit",
            "deposit_amount",
            "increase_notice_days",
            "last_increase",
            "last_increase_date",
            "last_increase_percent",
            "accepts_council_rate",
            "fees_after_death_days",
        ]
        .map(String::from)
        .to_vec();
        for c in CareType::ALL {
            for part in ["from", "to", "period", "room"] {
                fields.push(format!("{}_{part}", c.code()));
            }
        }
        for part in ["name", "amount", "period"] {
            fields.push(format!("extra0_{part}"));
        }
        let codes = [
            "required",
            "wrong_type",
            "unknown_value",
            "unknown_field",
            "too_long",
            "too_many",
            "out_of_range",
            "not_a_date",
            "inconsistent",
        ];
        for f in &fields {
            let label = fee_label(locale, f);
            assert!(
                !label.contains("No localization") && !label.contains("{$"),
                "{f}: {label}"
            );
            for code in codes {
                let e = FormError {
                    field: f.clone(),
                    code: code.into(),
                };
                let words = error_text(locale, &e, &label);
                assert!(
                    !words.contains("No localization") && !words.contains("{$"),
                    "{f} {code}: {words}"
                );
            }
        }
        for part in ["kind", "available", "maximum", "from", "to"] {
            let f = format!("a0_{part}");
            for code in codes {
                let e = FormError {
                    field: f.clone(),
                    code: code.into(),
                };
                assert!(!error_text(locale, &e, "x").contains("No localization"));
            }
        }
    }
}
