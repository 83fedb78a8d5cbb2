//! A question page of the navigator, for any kind of question.

use carenav_domain::flow::{AnswerError, Kind, Question};
use leptos::prelude::*;

use super::words::{Voice, answer_text, say, who};
use super::{Request, UrgentHelp};
use crate::components::page_title::PageTitle;
use crate::i18n::{Locale, use_locale};
use crate::t;

/// The page asking question `id`: with `error` when the answer given cannot be used.
pub fn question_page(req: &Request, id: &str, error: Option<AnswerError>) -> impl IntoView {
    let locale = use_locale();
    let flow = req.flow;
    let q = &flow.questions[id];
    let who = who(&req.evaluation.on_path);
    let title = say(locale, &q.text, &who);
    let hint = q.hint.as_deref().map(|h| say(locale, h, &who));
    // Asking again (a "Change" link): only the answers before it ride along, because the ones
    // after it may no longer apply (and a shared question, such as age, may then be about
    // someone else).
    let answered = &req.evaluation.answered;
    let before: Vec<String> = answered
        .iter()
        .take_while(|a| a.as_str() != id)
        .cloned()
        .collect();
    // Asked in order, every other answer in the address rides along (a link may arrive with
    // later answers already given, such as `/check?situation=caring`).
    let hidden = if req.ask.is_some() {
        req.pairs_for(&before)
    } else {
        let others: Vec<String> = req
            .pairs
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| k != id)
            .collect();
        req.pairs_for(&others)
    };
    let given = req.answers.values(id).to_vec();
    // An amount says what is wrong with it; anything else, the question's own message.
    let error_text = error.as_ref().map(|e| match e.reason() {
        Some(reason) => crate::i18n::text(locale, &format!("err-{reason}")),
        None => say(locale, &q.error, &who),
    });
    let back = before
        .last()
        .map(|prev| req.address(Some(prev)))
        .or_else(|| (!req.pairs.is_empty() && id == flow.start).then(|| "/check".to_owned()));
    let page_title = match &error_text {
        Some(_) => format!("{}: {title}", t!("check-error-prefix")),
        None => title.clone(),
    };
    let first = answered.is_empty() && req.pairs.is_empty();
    let adviser = req.answers.get("for") == "adviser";
    // The answers so far, each with a link to change it.
    let so_far: Vec<(String, String, String)> = before
        .iter()
        .map(|a| {
            let text = say(locale, &flow.questions[a].text, &who);
            let value = answer_text(locale, flow, a, req.evaluation.on_path.values(a), &who);
            (text, value, req.address(Some(a)))
        })
        .collect();
    let field = field(
        locale,
        id,
        q,
        &given,
        error_text.clone(),
        title.clone(),
        hint,
        &who,
    );

    view! {
        <PageTitle text=page_title/>
        {back.map(|href| view! { <a class="app-back-link" href=href>{t!("check-back")}</a> })}
        {error_text.clone().map(|e| view! {
            <div class="app-error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 class="app-error-summary__title" id="error-summary-title">{t!("check-error-summary")}</h2>
                <ul class="app-error-summary__list"><li><a href=format!("#{id}")>{e}</a></li></ul>
            </div>
        })}
        {first.then(|| view! {
            <p class="app-lead">{t!("check-intro")}</p>
            <UrgentHelp/>
        })}
        <form class="app-form" action="/check" method="get" novalidate>
            {hidden.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
            <span class="app-caption">{t!("section-check-title")}</span>
            {field}
            <button class="app-button" type="submit">{t!("check-continue")}</button>
        </form>
        {(!first).then(|| view! { <UrgentHelp compact=true/> })}
        {(!so_far.is_empty()).then(|| view! {
            <details class="app-details" open=adviser>
                <summary>{t!("check-answers-so-far")}</summary>
                <dl class="app-summary-list">
                    {so_far.into_iter().map(|(q, a, href)| view! {
                        <div class="app-summary-list__row">
                            <dt>{q.clone()}</dt>
                            <dd>{a}</dd>
                            <dd><a href=href>{t!("check-change")}<span class="app-visually-hidden">{format!(" {q}")}</span></a></dd>
                        </div>
                    }).collect_view()}
                </dl>
            </details>
        })}
        <p class="app-note">{t!("check-privacy")}</p>
    }
}

/// Ids of a field's hint and error, and its `aria-describedby` value.
fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let parts: Vec<String> = [(hint, format!("{id}-hint")), (error, format!("{id}-error"))]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, s)| s)
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The question's field: a group of radios or checkboxes with the question as its legend, or
/// one input with the question as its label; either way the page's only `h1`.
#[allow(clippy::too_many_arguments)]
fn field(
    locale: Locale,
    id: &str,
    q: &Question,
    given: &[String],
    error: Option<String>,
    title: String,
    hint: Option<String>,
    who: &Voice,
) -> AnyView {
    let id = id.to_owned();
    let described = described_by(&id, hint.is_some(), error.is_some());
    let group_class = if error.is_some() {
        "app-form-group app-form-group--error"
    } else {
        "app-form-group"
    };
    let hint_view = hint.map(|h| view! { <p class="app-hint" id=format!("{id}-hint")>{h}</p> });
    let error_view = error
        .clone()
        .map(|e| view! { <p class="app-error-message" id=format!("{id}-error")>{e}</p> });
    let choices: Option<(Vec<(String, String)>, &str)> = match &q.kind {
        Kind::OneOf { options } => Some((
            options
                .iter()
                .map(|o| (o.value.clone(), say(locale, &o.label, who)))
                .collect(),
            "radio",
        )),
        Kind::YesNo => Some((
            q.kind
                .answer_values()
                .iter()
                .map(|v| {
                    (
                        (*v).to_owned(),
                        crate::i18n::text(locale, &format!("nav-o-{v}")),
                    )
                })
                .collect(),
            "radio",
        )),
        Kind::ManyOf { options } => Some((
            options
                .iter()
                .map(|o| (o.value.clone(), say(locale, &o.label, who)))
                .collect(),
            "checkbox",
        )),
        _ => None,
    };
    if let Some((choices, input_type)) = choices {
        let many = input_type == "checkbox";
        let list_class = if many { "app-checkboxes" } else { "app-radios" };
        return view! {
            <div class=group_class>
                <fieldset class="app-fieldset" aria-describedby=described>
                    <legend class="app-fieldset__legend app-fieldset__legend--page">
                        <h1 class="app-heading-l">{title}</h1>
                    </legend>
                    {hint_view}
                    {error_view}
                    // Sent first, empty: submitting with nothing chosen is then an error.
                    <input type="hidden" name=id.clone() value=""/>
                    <div class=list_class>
                        {choices.into_iter().enumerate().map(|(i, (v, label))| {
                            // The first carries the group's id so the error summary can link to it.
                            let input_id = if i == 0 { id.clone() } else { format!("{id}-{v}") };
                            let exclusive = many && (v == "none" || v == "not_sure");
                            let checked = given.contains(&v);
                            view! {
                                {(exclusive && v == "none").then(|| view! { <p class="app-checkboxes__divider">{t!("check-or")}</p> })}
                                <div class="app-radios__item">
                                    <input class="app-radios__input" type=input_type id=input_id.clone() name=id.clone() value=v checked=checked/>
                                    <label class="app-radios__label" for=input_id>{label}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
        }
        .into_any();
    }
    let value = given.first().cloned().unwrap_or_default();
    let invalid = error.is_some().then_some("true");
    let input = match &q.kind {
        Kind::Money { .. } => view! {
            <div class="app-input-prefix">
                <span class="app-input-prefix__symbol" aria-hidden="true">"£"</span>
                <input class="app-input app-input--money" id=id.clone() name=id.clone() type="text" inputmode="decimal"
                    autocomplete="off" spellcheck="false" value=value aria-invalid=invalid aria-describedby=described/>
            </div>
        }
        .into_any(),
        Kind::Date => view! {
            <input class="app-input app-input--short" id=id.clone() name=id.clone() type="date" value=value
                aria-invalid=invalid aria-describedby=described/>
        }
        .into_any(),
        _ => view! {
            <input class="app-input app-input--short" id=id.clone() name=id.clone() type="text" inputmode="numeric"
                autocomplete="off" spellcheck="false" value=value aria-invalid=invalid aria-describedby=described/>
        }
        .into_any(),
    };
    view! {
        <div class=group_class>
            <h1 class="app-heading-l"><label class="app-label app-label--page" for=id.clone()>{title}</label></h1>
            {hint_view}
            {error_view}
            {input}
        </div>
    }
    .into_any()
}
