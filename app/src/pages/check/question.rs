//! A question page of the navigator, for any kind of question.

use carenav_domain::flow::AnswerError;
use leptos::prelude::*;

use super::words::{answer_text, say, who};
use super::{Request, UrgentHelp};
use crate::components::field::{FieldText, error_summary, field};
use crate::components::page_title::PageTitle;
use crate::i18n::use_locale;
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
    let say_it = |key: &str| say(locale, key, &who);
    let field = field(
        id,
        q,
        &given,
        FieldText {
            title: title.clone(),
            hint,
            error: error_text.clone(),
        },
        &say_it,
        true,
    );

    view! {
        <PageTitle text=page_title/>
        {back.map(|href| view! { <a class="app-back-link" href=href>{t!("check-back")}</a> })}
        {error_summary(
            t!("check-error-summary"),
            error_text.clone().map(|e| (id.to_owned(), e)).into_iter().collect(),
        )}
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
