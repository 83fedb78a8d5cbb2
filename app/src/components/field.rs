//! One question's field, for any flow (the navigator's pages and the estimator's): GOV.UK
//! form patterns: a legend or label, a hint, the error by the field, and the inputs for its
//! kind, with ids the error summary can link to (the first input of a group has the question's
//! id; the others `{id}-{value}`).

use carenav_domain::flow::{Kind, Question};
use leptos::prelude::*;

use crate::t;

/// Ids of a field's hint and error, and its `aria-describedby` value.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let parts: Vec<String> = [(hint, format!("{id}-hint")), (error, format!("{id}-error"))]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, s)| s)
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// A question's words, already in the reader's language.
pub struct FieldText {
    pub title: String,
    pub hint: Option<String>,
    pub error: Option<String>,
}

/// A question's field: a group of radios or checkboxes with the question as its legend, or one
/// input with the question as its label. With `heading`, the question is the page's `h1` (one
/// question on the page); otherwise one of several on a page titled by the caller. `say` turns
/// the flow's Fluent keys (option labels) into words.
pub fn field(
    id: &str,
    q: &Question,
    given: &[String],
    words: FieldText,
    say: &dyn Fn(&str) -> String,
    heading: bool,
) -> AnyView {
    let FieldText { title, hint, error } = words;
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
                .map(|o| (o.value.clone(), say(&o.label)))
                .collect(),
            "radio",
        )),
        Kind::YesNo => Some((
            q.kind
                .answer_values()
                .iter()
                .map(|v| ((*v).to_owned(), say(&format!("nav-o-{v}"))))
                .collect(),
            "radio",
        )),
        Kind::ManyOf { options } => Some((
            options
                .iter()
                .map(|o| (o.value.clone(), say(&o.label)))
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
                    {if heading {
                        view! {
                            <legend class="app-fieldset__legend app-fieldset__legend--page">
                                <h1 class="app-heading-l">{title}</h1>
                            </legend>
                        }.into_any()
                    } else {
                        view! { <legend class="app-fieldset__legend">{title}</legend> }.into_any()
                    }}
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
            {if heading {
                view! { <h1 class="app-heading-l"><label class="app-label app-label--page" for=id.clone()>{title}</label></h1> }.into_any()
            } else {
                view! { <label class="app-label" for=id.clone()>{title}</label> }.into_any()
            }}
            {hint_view}
            {error_view}
            {input}
        </div>
    }
    .into_any()
}

/// The error summary at the top of a question page: a link to each field with a problem
/// (`(field id, message)`), shown only when there is one.
pub fn error_summary(title: String, errors: Vec<(String, String)>) -> Option<AnyView> {
    (!errors.is_empty()).then(|| {
        view! {
            <div class="app-error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 class="app-error-summary__title" id="error-summary-title">{title}</h2>
                <ul class="app-error-summary__list">
                    {errors.into_iter().map(|(id, message)| view! {
                        <li><a href=format!("#{id}")>{message}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        }
        .into_any()
    })
}
