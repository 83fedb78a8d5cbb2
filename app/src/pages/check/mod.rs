//! `/check`: "Check what help you could get", the navigator. Any flow in `content/flows/`,
//! one question per page (GOV.UK question pages: the question is the page's heading, a hint,
//! an error summary linking to the field, a back link, "Change" links), the answers in the
//! address (nothing is stored), and at the end a plan: what the law says the person can ask
//! for, what to do next, amounts from the dated rules, letters, what only an assessor can
//! decide, and why each part is there.
//!
//! The pages are plain GET forms and links, rendered on the server. With JavaScript, the
//! [`Live`] island loads the next question or the plan in place (forms and "Change" and back
//! links) instead of a whole page.
//!
//! The address: the flow's question ids as keys (a public contract: docs/api.md), plus `ask`
//! (show an answered question again, to change it) and `date` (the rules date; default today).
//! A question page sends an empty value for its own key first, so that submitting it with
//! nothing chosen is an error rather than the same question again.

pub mod emergency;
#[cfg(feature = "ssr")]
pub mod letters;
#[cfg(feature = "ssr")]
mod plan;
#[cfg(feature = "ssr")]
mod question;
#[cfg(feature = "ssr")]
pub mod words;

use leptos::prelude::*;

use crate::components::live::Live;
use crate::components::preload::PreloadBundle;
use crate::t;

/// The element that holds the question or the plan, replaced in place by [`Live`].
const MAIN_ID: &str = "check-main";

/// Links followed in place: to another question or the plan of the same navigator.
const IN_PLACE_LINKS: &str = r#"a[href^="/check?"], a[href="/check"]"#;

/// The urgent help box: in full before the first question and on the plan; on the other
/// question pages a line after the question, so that the question stays on the first screen of
/// a phone.
#[cfg(feature = "ssr")]
#[component]
pub fn UrgentHelp(#[prop(optional)] compact: bool) -> impl IntoView {
    if compact {
        return view! {
            <aside class="app-urgent app-urgent--compact" aria-labelledby="check-urgent-title">
                <p><strong id="check-urgent-title">{t!("check-urgent-title")}</strong>" "{t!("check-urgent-short")}</p>
            </aside>
        }
        .into_any();
    }
    view! {
        <aside class="app-urgent" aria-labelledby="check-urgent-title">
            <h2 class="app-urgent__title" id="check-urgent-title">{t!("check-urgent-title")}</h2>
            <p>{t!("check-urgent-999")}</p>
            <p>{t!("check-urgent-safeguarding")}</p>
        </aside>
    }
    .into_any()
}

/// `/check`.
#[component]
pub fn CheckPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let page = {
        use leptos_router::hooks::use_query_map;
        let pairs: Vec<(String, String)> = use_query_map().with_untracked(|q| {
            q.clone()
                .into_iter()
                .map(|(k, v)| (k.into_owned(), v))
                .collect()
        });
        server::page(pairs)
    };
    #[cfg(not(feature = "ssr"))]
    let page = ();
    let locale = crate::i18n::use_locale();
    // A language without the navigator's words falls back to English here, and says so
    // (marked as English for screen readers).
    let english = !crate::i18n::has_own(locale, "check-plan-title");
    view! {
        <PreloadBundle/>
        <Live regions=vec![MAIN_ID.to_owned()] shortcut=false links=IN_PLACE_LINKS.to_owned() forms=true>
            {english.then(|| view! { <p class="app-inset">{t!("check-not-translated")}</p> })}
            <div id=MAIN_ID lang=english.then_some("en-GB")>{page}</div>
        </Live>
    }
}

#[cfg(feature = "ssr")]
mod server {
    use carenav_domain::date::Date;
    use carenav_domain::flow::predicates::PREDICATES;
    use carenav_domain::flow::{Answers, Context, Evaluation, Flow, evaluate, flow};
    use carenav_domain::rules::RULES;
    use carenav_domain::url::encode_form_value;
    use leptos::prelude::*;

    /// Keys of the address besides the questions'.
    pub const CONTROL_KEYS: [&str; 2] = ["ask", "date"];

    /// What an address asks of the navigator.
    pub struct Request {
        pub flow: &'static Flow,
        /// The answers given (non-empty values, in the address's order), without control keys.
        pub pairs: Vec<(String, String)>,
        pub answers: Answers,
        /// The rules date, and whether the address chose it.
        pub date: Date,
        pub date_param: Option<String>,
        pub evaluation: Evaluation,
        /// `ask`: an answered question to show again.
        pub ask: Option<String>,
    }

    impl Request {
        pub fn new(raw: Vec<(String, String)>, today: Date) -> Request {
            let flow = flow("check").expect("the navigator's flow is embedded");
            let get = |key: &str| raw.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
            let date_param = get("date").and_then(|d| Date::parse(&d).map(|_| d));
            let date = date_param.as_deref().and_then(Date::parse).unwrap_or(today);
            let answers = Answers::from_pairs(
                raw.iter()
                    .filter(|(k, _)| flow.questions.contains_key(k))
                    .map(|(k, v)| (k.as_str(), v.as_str())),
            );
            let evaluation = evaluate(
                flow,
                &answers,
                &PREDICATES,
                &Context {
                    date,
                    rules: &RULES,
                },
            );
            let ask = get("ask").filter(|a| evaluation.answered.contains(a));
            let pairs = raw
                .into_iter()
                .filter(|(k, v)| !v.trim().is_empty() && !CONTROL_KEYS.contains(&k.as_str()))
                .filter(|(k, _)| flow.questions.contains_key(k))
                .collect();
            Request {
                flow,
                pairs,
                answers,
                date,
                date_param,
                evaluation,
                ask,
            }
        }

        /// The pairs answering `ids` (in the address's order), with the date if chosen.
        pub fn pairs_for(&self, ids: &[String]) -> Vec<(String, String)> {
            let mut out: Vec<(String, String)> = self
                .pairs
                .iter()
                .filter(|(k, _)| ids.contains(k))
                .cloned()
                .collect();
            if let Some(d) = &self.date_param {
                out.push(("date".into(), d.clone()));
            }
            out
        }

        /// `/check?…` with the answers to the questions on the path, and `ask` if given.
        pub fn address(&self, ask: Option<&str>) -> String {
            let mut pairs = self.pairs_for(&self.evaluation.answered);
            if let Some(ask) = ask {
                pairs.push(("ask".into(), ask.to_owned()));
            }
            address(&pairs)
        }
    }

    /// `/check?k=v&…` (form encoding).
    pub fn address(pairs: &[(String, String)]) -> String {
        if pairs.is_empty() {
            return "/check".into();
        }
        let query: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", encode_form_value(k), encode_form_value(v)))
            .collect();
        format!("/check?{}", query.join("&"))
    }

    pub fn page(raw: Vec<(String, String)>) -> AnyView {
        let req = Request::new(raw, crate::request::today());
        if let Some(ask) = req.ask.clone() {
            return super::question::question_page(&req, &ask, None).into_any();
        }
        match req.evaluation.next.clone() {
            Some((id, error)) => super::question::question_page(&req, &id, error).into_any(),
            None => super::plan::plan_page(&req).into_any(),
        }
    }
}

#[cfg(feature = "ssr")]
pub use server::{Request, address};

/// `/check/letters/:slug`: one of the plan's letters, written from the answers in the address.
#[component]
pub fn LetterPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let page = {
        use carenav_domain::flow::Letter;
        use leptos_router::hooks::{use_params_map, use_query_map};
        let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
        let pairs: Vec<(String, String)> = use_query_map().with_untracked(|q| {
            q.clone()
                .into_iter()
                .map(|(k, v)| (k.into_owned(), v))
                .collect()
        });
        match Letter::from_slug(&slug) {
            Some(letter) => {
                let req = Request::new(pairs, crate::request::today());
                letters::letter_page(&req, letter).into_any()
            }
            None => view! { <crate::pages::not_found::NotFound/> }.into_any(),
        }
    };
    #[cfg(not(feature = "ssr"))]
    let page = ();
    view! { <PreloadBundle/>{page} }
}
