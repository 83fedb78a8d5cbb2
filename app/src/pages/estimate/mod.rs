//! `/estimate`: the care cost estimator. Questions one topic per page (plain GET forms,
//! server-rendered), asked on the navigator's engine from `content/flows/estimate.toml` (the
//! questions of a page share its `page`) and drawn by the same field renderer; results with a headline, a table per phase, a chart with a data table,
//! "what if" links, and the figures used with their sources. Everything is computed by the
//! pure domain code on the server. With JavaScript, a "what if" link replaces the results in
//! place (the [`Live`] island fetches them) instead of loading the page again.

mod chart;
pub mod form;
mod home_fee;
mod results;

use leptos::prelude::*;

use crate::components::live::Live;
use crate::components::page_title::PageTitle;
use crate::components::preload::PreloadBundle;
use crate::components::related::{self, RelatedExplainers};
use leptos_router::hooks::use_query_map;

use crate::components::field::{FieldText, error_summary, field};
use crate::i18n::use_locale;
use crate::t;
use carenav_domain::flow::{self, Context, Evaluation, Flow};
use form::Answers;

/// The element the results are in, replaced in place when a link leads to other results.
const RESULTS_ID: &str = "est-results";

/// Links from the results to other results (the "what if" links, and any other link whose
/// answers end on the results): followed in place, without a page load. Links to a question
/// page load as usual.
const IN_PLACE_LINKS: &str = r#"a[href^="/estimate?"][href*="view=results"]"#;

/// The flow the estimator asks (`content/flows/estimate.toml`), on the navigator's engine.
fn estimate_flow() -> &'static Flow {
    flow::flow("estimate").expect("content/flows/estimate.toml is embedded")
}

/// The flow's pages in order, and the step number each is shown as ("Question 2 of 5"; who
/// lives in the home is part of the money step).
const PAGES: [(&str, u8); 6] = [
    ("setting", 1),
    ("cost", 2),
    ("you", 3),
    ("money", 4),
    ("home", 4),
    ("income", 5),
];
const STEPS: u8 = 5;

/// A page named in the address: by name, or by the step number older links use.
fn page_named(s: &str) -> Option<&'static str> {
    PAGES
        .iter()
        .find(|(name, _)| *name == s)
        .map(|(name, _)| *name)
        .or(match s {
            "1" => Some("setting"),
            "2" => Some("cost"),
            "3" => Some("you"),
            "4" => Some("money"),
            "5" => Some("income"),
            _ => None,
        })
}

/// What the address asks for: a page of questions (with errors for answers that cannot be
/// used), or the results.
enum View {
    Page {
        page: &'static str,
        questions: Vec<String>,
        /// (question id, message key or words) for each answer on the page that cannot be used.
        errors: Vec<(String, String)>,
    },
    Results,
}

fn page_of(flow: &Flow, id: &str) -> &'static str {
    let tag = flow
        .questions
        .get(id)
        .and_then(|q| q.page.as_deref())
        .unwrap_or_default();
    PAGES
        .iter()
        .find(|(name, _)| *name == tag)
        .map(|(name, _)| *name)
        .unwrap_or("setting")
}

/// The answers in the address, for the engine.
fn flow_answers(a: &Answers) -> flow::Answers {
    flow::Answers::from_pairs(a.0.iter().map(|(k, v)| (*k, v.as_str())))
}

fn evaluate(flow: &Flow, answers: &flow::Answers, a: &Answers) -> Evaluation {
    let date = carenav_domain::date::Date::parse(a.get("start_date"))
        .unwrap_or_else(|| carenav_domain::date::Date::from_unix_days(0));
    flow::evaluate(
        flow,
        answers,
        &flow::predicates::PREDICATES,
        &Context {
            date,
            rules: &carenav_domain::rules::RULES,
        },
    )
}

/// The message key for an answer that cannot be used: an amount says why; anything else gets
/// the question's own message.
fn error_key(flow: &Flow, id: &str, e: &flow::AnswerError) -> String {
    match e.reason() {
        Some(reason) => format!("err-{reason}"),
        None => flow.questions[id].error.clone(),
    }
}

fn decide(a: &Answers) -> View {
    let flow = estimate_flow();
    let from = a.get("from");
    // A results link, or the last page sent: every answer is here, blank amounts left out.
    let complete = a.get("view") == "results" || matches!(from, "5" | "income");
    let mut answers = flow_answers(a);
    let sent = page_named(from);
    if complete {
        answers = flow::assume_blank_optional(flow, &answers);
    } else if let Some(sent) = sent {
        // The page was sent: what it asked and did not get was left blank (an error if it
        // must be answered).
        for _ in 0..flow.questions.len() {
            let e = evaluate(flow, &answers, a);
            match e.next {
                Some((id, None)) if page_of(flow, &id) == sent => answers.set_blank(&id),
                _ => break,
            }
        }
    }
    let e = evaluate(flow, &answers, a);
    // `step`: show a page again (the results' "change" link, the back link).
    if let Some(wanted) = page_named(a.get("step")) {
        let mut questions: Vec<String> = e
            .answered
            .iter()
            .filter(|id| page_of(flow, id) == wanted)
            .cloned()
            .collect();
        if e.next
            .as_ref()
            .is_some_and(|(id, _)| page_of(flow, id) == wanted)
        {
            for id in flow::page(flow, &e) {
                if !questions.contains(&id) {
                    questions.push(id);
                }
            }
        }
        if !questions.is_empty() {
            return View::Page {
                page: wanted,
                questions,
                errors: Vec::new(),
            };
        }
    }
    let Some((next, _)) = &e.next else {
        return View::Results;
    };
    let questions = flow::page(flow, &e);
    let errors = questions
        .iter()
        .filter_map(|id| {
            let q = &flow.questions[id];
            match answers.read(id, &q.kind) {
                Err(flow::AnswerError::Missing) if q.optional => None,
                Err(err) => Some((id.clone(), error_key(flow, id, &err))),
                // Not answered on a page that was sent (or a results link): every question
                // the page must have says so, not just the first.
                Ok(None) if !q.optional && (complete || sent == Some(page_of(flow, id))) => {
                    Some((id.clone(), q.error.clone()))
                }
                Ok(_) => None,
            }
        })
        .collect();
    View::Page {
        page: page_of(flow, next),
        questions,
        errors,
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
                <home_fee::HomeFeeNote answers=a.clone()/>
                <Live regions=vec![RESULTS_ID.to_owned()] shortcut=false links=IN_PLACE_LINKS.to_owned() forms=false>
                    <div id=RESULTS_ID><results::Results answers=a/></div>
                </Live>
            }
            .into_any(),
            View::Page { page, questions, errors } => view! { <QuestionPage page questions answers=a errors/> }.into_any(),
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

/// A page of the estimator's questions, drawn by the same field renderer as the navigator's.
#[component]
fn QuestionPage(
    page: &'static str,
    questions: Vec<String>,
    answers: Answers,
    errors: Vec<(String, String)>,
) -> impl IntoView {
    let locale = use_locale();
    let flow = estimate_flow();
    // Hints that differ by an earlier answer select on it.
    let args = [
        ("setting", answers.get("setting").to_owned()),
        ("partner", answers.get("partner").to_owned()),
    ];
    let say = move |key: &str| crate::i18n::text_with(locale, key, &args);
    let one = questions.len() == 1;
    let title = if one {
        say(&flow.questions[&questions[0]].text)
    } else {
        say(&format!("est-q-{page}"))
    };
    let step = PAGES
        .iter()
        .find(|(name, _)| *name == page)
        .map(|(_, n)| *n)
        .unwrap_or(1);
    let has_errors = !errors.is_empty();
    // Every answer not asked on this page rides along as a hidden field.
    let hidden: Vec<(&'static str, String)> = answers
        .0
        .iter()
        // A blank answer is an answer ("none"): it rides along too.
        .filter(|(k, v)| {
            (!v.is_empty() || flow.questions.contains_key(**k))
                && !questions.iter().any(|q| q == *k)
        })
        .filter(|(k, _)| !["from", "step", "view"].contains(*k))
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    // Back: the page before this one on the path.
    let e = evaluate(flow, &flow_answers(&answers), &answers);
    let back = e
        .answered
        .iter()
        .rev()
        .map(|id| page_of(flow, id))
        .find(|p| *p != page)
        .map(|p| {
            format!(
                "/estimate?step={p}&{}",
                answers.without(&["from", "step", "view"]).query()
            )
        });
    let page_title = if has_errors {
        format!("{}: {title}", t!("est-error-prefix"))
    } else {
        title.clone()
    };
    let last = page == "income";
    let fields = questions
        .iter()
        .map(|id| {
            let q = &flow.questions[id];
            let error = errors
                .iter()
                .find(|(e, _)| e == id)
                .map(|(_, key)| say(key));
            let given = vec![answers.get(id).to_owned()];
            field(
                id,
                q,
                &given,
                FieldText {
                    title: say(&q.text),
                    hint: q.hint.as_deref().map(&say),
                    error,
                },
                &say,
                one,
            )
        })
        .collect_view();

    view! {
        <PageTitle text=page_title.clone()/>
        {back.map(|href| view! { <a class="app-back-link" href=href>{t!("est-back")}</a> })}
        {error_summary(
            t!("est-error-summary"),
            errors.iter().map(|(id, key)| (id.clone(), say(key))).collect(),
        )}
        {(page == "cost").then(|| view! { <home_fee::HomeFeeNote answers=answers.clone()/> })}
        <form class="app-form" action="/estimate" method="get" novalidate>
            {hidden.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
            <input type="hidden" name="from" value=page/>
            <span class="app-caption">{t!("est-step-of", step = step, total = STEPS)}</span>
            {(!one).then(|| view! { <h1 class="app-heading-xl">{title.clone()}</h1> })}
            {(page == "income").then(|| view! { <p class="app-hint">{t!("est-h-income")}</p> })}
            {fields}
            <button class="app-button" type="submit">{if last { t!("est-see-results") } else { t!("est-continue") }}</button>
        </form>
        <p class="app-note">{t!("est-privacy")}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers::from_pairs(pairs.iter().map(|(k, v)| (*k, (*v).to_owned())))
    }

    fn page(v: View) -> (&'static str, Vec<String>, usize) {
        match v {
            View::Page {
                page,
                questions,
                errors,
            } => (page, questions, errors.len()),
            View::Results => ("results", Vec::new(), 0),
        }
    }

    #[test]
    fn flow_routes_by_page() {
        assert_eq!(
            page(decide(&answers(&[]))),
            ("setting", vec!["setting".into()], 0)
        );
        // The first page sent with nothing chosen: an error.
        assert_eq!(page(decide(&answers(&[("from", "1")]))).2, 1);
        let (p, q, e) = page(decide(&answers(&[
            ("from", "setting"),
            ("setting", "care_home"),
        ])));
        assert_eq!((p, e), ("cost", 0));
        assert_eq!(q, ["weekly_cost", "nursing", "council_rate", "top_up"]);
        let done = answers(&[
            ("from", "5"),
            ("setting", "home_care"),
            ("weekly_cost", "300"),
            ("age", "80"),
            ("partner", "no"),
        ]);
        assert!(matches!(decide(&done), View::Results));
        // The cost page sent empty: both questions it must have say so.
        let empty = answers(&[("from", "cost"), ("setting", "care_home")]);
        assert_eq!(page(decide(&empty)).2, 2);
        // A shared results link with a broken answer goes back to that page, with the error.
        let broken = done.with("view", "results").with("age", "7");
        assert_eq!(page(decide(&broken)).0, "you");
        assert_eq!(page(decide(&broken)).2, 1);
        // The results' "change" link shows the first page again.
        assert_eq!(page(decide(&done.with("step", "1"))).0, "setting");
    }
}
