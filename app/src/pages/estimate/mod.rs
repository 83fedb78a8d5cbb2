//! `/estimate`: the care cost estimator. Questions one topic per page (plain GET forms,
//! server-rendered); results with a headline, a table per phase, a chart with a data table,
//! "what if" links, and the figures used with their sources. Everything is computed by the
//! pure domain code on the server. With JavaScript, a "what if" link replaces the results in
//! place (the [`Live`] island fetches them) instead of loading the page again.

mod chart;
pub mod form;
mod results;

use leptos::prelude::*;

use crate::components::live::Live;
use crate::components::page_title::PageTitle;
use crate::components::preload::PreloadBundle;
use crate::components::related::{self, RelatedExplainers};
use leptos_router::hooks::use_query_map;

use crate::i18n::use_locale;
use crate::t;
use form::{AnswerError, Answers, Step, first_invalid};

/// The element the results are in, replaced in place when a link leads to other results.
const RESULTS_ID: &str = "est-results";

/// Links from the results to other results (the "what if" links, and any other link whose
/// answers end on the results): followed in place, without a page load. Links to a question
/// page load as usual.
const IN_PLACE_LINKS: &str = r#"a[href^="/estimate?"][href*="view=results"]"#;

/// What the address asks for: a question (possibly with errors) or the results.
enum View {
    Question(Step, Vec<AnswerError>),
    Results,
}

fn decide(a: &Answers) -> View {
    let from = a.get("from").parse::<u8>().ok().and_then(Step::from_number);
    let wants_results = a.get("view") == "results";
    match (from, wants_results) {
        (_, true) => match first_invalid(a, Step::Income) {
            Some((step, errors)) => View::Question(step, errors),
            None => View::Results,
        },
        (Some(from), _) => match first_invalid(a, from) {
            Some((step, errors)) => View::Question(step, errors),
            None => match Step::from_number(from.number() + 1) {
                Some(next) => View::Question(next, Vec::new()),
                None => View::Results,
            },
        },
        (None, _) => {
            let step = a
                .get("step")
                .parse::<u8>()
                .ok()
                .and_then(Step::from_number)
                .unwrap_or(Step::Setting);
            View::Question(step, Vec::new())
        }
    }
}

#[component]
pub fn EstimatePage() -> impl IntoView {
    let query = use_query_map();
    let answers = Memo::new(move |_| {
        query.with(|q| {
            let a = Answers::from_pairs(
                q.clone()
                    .into_iter()
                    .map(|(k, v)| (k.into_owned(), v))
                    .collect::<Vec<_>>()
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.clone())),
            );
            // The start date is fixed when the questions begin, so server and browser (and a
            // shared link) compute the same weeks.
            if a.get("start_date").is_empty() {
                a.with("start_date", today_string())
            } else {
                a
            }
        })
    });
    let page = move || {
        let a = answers.get();
        match decide(&a) {
            View::Results => view! {
                <PageTitle text=t!("est-results-title")/>
                <PreloadBundle/>
                <Live regions=vec![RESULTS_ID.to_owned()] shortcut=false links=IN_PLACE_LINKS.to_owned() forms=false>
                    <div id=RESULTS_ID><results::Results answers=a/></div>
                </Live>
            }
            .into_any(),
            View::Question(step, errors) => view! { <Question step answers=a errors/> }.into_any(),
        }
    };
    view! {
        {page}
        <RelatedExplainers links=related::ESTIMATE/>
    }
}

/// Today's date as YYYY-MM-DD, by the server's clock (the page renders only on the server);
/// carried in the address from the first question on.
fn today_string() -> String {
    #[cfg(feature = "ssr")]
    let today = crate::request::today();
    #[cfg(not(feature = "ssr"))]
    let today = carenav_domain::date::Date::from_unix_days(0);
    today.to_string()
}

#[component]
fn Question(step: Step, answers: Answers, errors: Vec<AnswerError>) -> impl IntoView {
    let locale = use_locale();
    let total = Step::ALL.len();
    let title = step_title(step);
    let has_errors = !errors.is_empty();
    let error_for = {
        let errors = errors.clone();
        move |key: &str| {
            errors
                .iter()
                .find(|e| e.key == key)
                .map(|e| crate::i18n::text(locale, e.message))
        }
    };
    // Every answer not asked on this page rides along as a hidden field.
    let hidden = answers
        .without(step.keys())
        .without(&["from", "step", "view"]);
    let back = (step.number() > 1).then(|| {
        format!(
            "/estimate?step={}&{}",
            step.number() - 1,
            answers.without(&["from", "step", "view"]).query()
        )
    });
    let page_title = if has_errors {
        format!("{}: {title}", t!("est-error-prefix"))
    } else {
        title.clone()
    };

    view! {
        <PageTitle text=page_title.clone()/>
        {back.map(|href| view! { <a class="app-back-link" href=href>{t!("est-back")}</a> })}
        {has_errors.then(|| view! {
            <div class="app-error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 class="app-error-summary__title" id="error-summary-title">{t!("est-error-summary")}</h2>
                <ul class="app-error-summary__list">
                    {errors.iter().map(|e| view! {
                        <li><a href=format!("#{}", e.key)>{crate::i18n::text(locale, e.message)}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        })}
        <form class="app-form" action="/estimate" method="get" novalidate>
            {hidden.0.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| view! { <input type="hidden" name=*k value=v.clone()/> }).collect_view()}
            <input type="hidden" name="from" value=step.number().to_string()/>
            <span class="app-caption">{t!("est-step-of", step = step.number(), total = total)}</span>
            <h1 class="app-heading-xl">{title}</h1>
            {match step {
                Step::Setting => view! { <SettingStep answers=answers.clone() error=error_for("setting")/> }.into_any(),
                Step::Cost => view! { <CostStep answers=answers.clone() error_for=error_for.clone()/> }.into_any(),
                Step::You => view! { <YouStep answers=answers.clone() error_for=error_for.clone()/> }.into_any(),
                Step::Money => view! { <MoneyStep answers=answers.clone() error_for=error_for.clone()/> }.into_any(),
                Step::Income => view! { <IncomeStep answers=answers.clone() error_for=error_for.clone()/> }.into_any(),
            }}
            <button class="app-button" type="submit">{if step == Step::Income { t!("est-see-results") } else { t!("est-continue") }}</button>
        </form>
        <p class="app-note">{t!("est-privacy")}</p>
    }
}

fn step_title(step: Step) -> String {
    match step {
        Step::Setting => t!("est-q-setting"),
        Step::Cost => t!("est-q-cost"),
        Step::You => t!("est-q-you"),
        Step::Money => t!("est-q-money"),
        Step::Income => t!("est-q-income"),
    }
}

/// Ids of a field's hint and error, and its `aria-describedby` value (ids of the parts shown).
fn field_ids(name: &str, has_hint: bool, has_error: bool) -> (String, String, String) {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = [(has_hint, &hint_id), (has_error, &error_id)]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, id)| id.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    (hint_id, error_id, described)
}

/// A group of radio buttons.
#[component]
fn Radios(
    name: &'static str,
    legend: String,
    #[prop(optional)] hint: Option<String>,
    options: Vec<(&'static str, String)>,
    value: String,
    error: Option<String>,
) -> impl IntoView {
    let (hint_id, error_id, described) = field_ids(name, hint.is_some(), error.is_some());
    let group_class = if error.is_some() {
        "app-form-group app-form-group--error"
    } else {
        "app-form-group"
    };
    view! {
        <div class=group_class>
            <fieldset class="app-fieldset" aria-describedby=(!described.is_empty()).then_some(described)>
                <legend class="app-fieldset__legend">{legend}</legend>
                {hint.map(|h| view! { <p class="app-hint" id=hint_id.clone()>{h}</p> })}
                {error.map(|e| view! { <p class="app-error-message" id=error_id.clone()>{e}</p> })}
                <div class="app-radios">
                    {options.into_iter().enumerate().map(|(i, (v, label))| {
                        // The first radio carries the group's id so the error summary can link to it.
                        let id = if i == 0 { name.to_owned() } else { format!("{name}-{v}") };
                        view! {
                            <div class="app-radios__item">
                                <input class="app-radios__input" type="radio" id=id.clone() name=name value=v checked=value == v/>
                                <label class="app-radios__label" for=id>{label}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// A money field: accepts "£1,250.50" or "1250".
#[component]
fn MoneyField(
    name: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    value: String,
    error: Option<String>,
) -> impl IntoView {
    let (hint_id, error_id, described) = field_ids(name, hint.is_some(), error.is_some());
    let invalid = error.is_some();
    let group_class = if invalid {
        "app-form-group app-form-group--error"
    } else {
        "app-form-group"
    };
    view! {
        <div class=group_class>
            <label class="app-label" for=name>{label}</label>
            {hint.map(|h| view! { <p class="app-hint" id=hint_id.clone()>{h}</p> })}
            {error.map(|e| view! { <p class="app-error-message" id=error_id.clone()>{e}</p> })}
            <div class="app-input-prefix">
                <span class="app-input-prefix__symbol" aria-hidden="true">"£"</span>
                <input class="app-input app-input--money" id=name name=name type="text" inputmode="decimal" autocomplete="off"
                    spellcheck="false" value=value aria-invalid=invalid.then_some("true")
                    aria-describedby=(!described.is_empty()).then_some(described)/>
            </div>
        </div>
    }
}

#[component]
fn SettingStep(answers: Answers, error: Option<String>) -> impl IntoView {
    view! {
        <Radios name="setting" legend=t!("est-q-setting") hint=t!("est-h-setting")
            options=vec![("care_home", t!("est-o-care_home")), ("care_home_temporary", t!("est-o-care_home_temporary")), ("home_care", t!("est-o-home_care"))]
            value=answers.get("setting").to_owned() error/>
    }
}

fn yes_no() -> Vec<(&'static str, String)> {
    vec![("yes", t!("est-yes")), ("no", t!("est-no"))]
}

#[component]
fn CostStep(
    answers: Answers,
    error_for: impl Fn(&str) -> Option<String> + 'static,
) -> impl IntoView {
    let care_home = answers.is_care_home();
    let cost_hint = if care_home {
        t!("est-h-cost-care-home")
    } else {
        t!("est-h-cost-home-care")
    };
    view! {
        <MoneyField name="weekly_cost" label=t!("est-l-weekly_cost") hint=cost_hint value=answers.get("weekly_cost").to_owned() error=error_for("weekly_cost")/>
        {care_home.then(|| view! {
            <Radios name="nursing" legend=t!("est-l-nursing") hint=t!("est-h-nursing") options=yes_no() value=answers.get("nursing").to_owned() error=error_for("nursing")/>
            <MoneyField name="council_rate" label=t!("est-l-council_rate") hint=t!("est-h-council_rate") value=answers.get("council_rate").to_owned() error=error_for("council_rate")/>
            <MoneyField name="top_up" label=t!("est-l-top_up") hint=t!("est-h-top_up") value=answers.get("top_up").to_owned() error=error_for("top_up")/>
        })}
    }
}

#[component]
fn YouStep(
    answers: Answers,
    error_for: impl Fn(&str) -> Option<String> + 'static,
) -> impl IntoView {
    let age_error = error_for("age");
    let invalid = age_error.is_some();
    // Age is asked only for care at home, where it sets the Minimum Income Guarantee.
    let ask_age = !answers.is_care_home();
    view! {
        {ask_age.then(|| view! {
            <div class=if invalid { "app-form-group app-form-group--error" } else { "app-form-group" }>
                <label class="app-label" for="age">{t!("est-l-age")}</label>
                <p class="app-hint" id="age-hint">{t!("est-h-age")}</p>
                {age_error.clone().map(|e| view! { <p class="app-error-message" id="age-error">{e}</p> })}
                <input class="app-input app-input--short" id="age" name="age" type="text" inputmode="numeric" autocomplete="off"
                    value=answers.get("age").to_owned() aria-invalid=invalid.then_some("true")
                    aria-describedby=if invalid { "age-hint age-error" } else { "age-hint" }/>
            </div>
        })}
        <Radios name="partner" legend=t!("est-l-partner") hint=t!("est-h-partner") options=yes_no() value=answers.get("partner").to_owned() error=error_for("partner")/>
    }
}

#[component]
fn MoneyStep(
    answers: Answers,
    error_for: impl Fn(&str) -> Option<String> + 'static,
) -> impl IntoView {
    let care_home = answers.is_care_home();
    let savings_hint = if answers.get("partner") == "yes" {
        t!("est-h-savings-couple")
    } else {
        t!("est-h-savings")
    };
    view! {
        <MoneyField name="savings" label=t!("est-l-savings") hint=savings_hint value=answers.get("savings").to_owned() error=error_for("savings")/>
        <MoneyField name="property_value" label=t!("est-l-property_value") hint=t!("est-h-property_value") value=answers.get("property_value").to_owned() error=error_for("property_value")/>
        {care_home.then(|| view! {
            <Radios name="occupant" legend=t!("est-l-occupant") hint=t!("est-h-occupant")
                options=vec![("nobody", t!("est-o-nobody")), ("partner", t!("est-o-partner")), ("relative_60_plus", t!("est-o-relative_60_plus")), ("relative_incapacitated", t!("est-o-relative_incapacitated"))]
                value=answers.get("occupant").to_owned() error=error_for("occupant")/>
            <Radios name="deferred_payment" legend=t!("est-l-deferred_payment") hint=t!("est-h-deferred_payment") options=yes_no() value=answers.get("deferred_payment").to_owned() error=error_for("deferred_payment")/>
        })}
    }
}

#[component]
fn IncomeStep(
    answers: Answers,
    error_for: impl Fn(&str) -> Option<String> + 'static,
) -> impl IntoView {
    let care_home = answers.is_care_home();
    let label = |key: &str| crate::i18n::text(use_locale(), &format!("est-l-{key}"));
    view! {
        <p class="app-hint">{t!("est-h-income")}</p>
        {form::INCOME_KEYS.iter().map(|key| view! {
            <MoneyField name=key label=label(key) value=answers.get(key).to_owned() error=error_for(key)/>
        }).collect_view()}
        {(!care_home).then(|| view! {
            <MoneyField name="disability_related_expenditure" label=t!("est-l-disability_related_expenditure") hint=t!("est-h-dre")
                value=answers.get("disability_related_expenditure").to_owned() error=error_for("disability_related_expenditure")/>
            <MoneyField name="housing_costs" label=t!("est-l-housing_costs") hint=t!("est-h-housing_costs")
                value=answers.get("housing_costs").to_owned() error=error_for("housing_costs")/>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers::from_pairs(pairs.iter().map(|(k, v)| (*k, (*v).to_owned())))
    }

    #[test]
    fn flow_routes_by_node() {
        assert!(matches!(decide(&answers(&[])), View::Question(Step::Setting, e) if e.is_empty()));
        assert!(
            matches!(decide(&answers(&[("from", "1")])), View::Question(Step::Setting, e) if e.len() == 1)
        );
        assert!(
            matches!(decide(&answers(&[("from", "1"), ("setting", "home_care")])), View::Question(Step::Cost, e) if e.is_empty())
        );
        let done = answers(&[
            ("from", "5"),
            ("setting", "home_care"),
            ("weekly_cost", "300"),
            ("age", "80"),
            ("partner", "no"),
        ]);
        assert!(matches!(decide(&done), View::Results));
        // A shared results link with a broken answer goes back to that question.
        let broken = done.with("view", "results").with("age", "7");
        assert!(matches!(decide(&broken), View::Question(Step::You, _)));
        let _ = form::check_step(Step::Income, &done);
    }
}
