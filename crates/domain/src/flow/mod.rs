//! The navigator's engine: flows as typed data (questions and routing), evaluated over the
//! answers in the query string, and outcomes that each name one condition (a named predicate).
//!
//! - [`Flow`] is what `content/flows/*.toml` holds. Questions route only to questions or to
//!   the end ([`Next`]): an outcome can never be routed to, because outcomes are not nodes;
//!   they are gathered at the end from their conditions (GOV.UK smart-answers' lesson: its DSL
//!   once routed an outcome to a question).
//! - [`Answers`] are the query string's pairs, keyed by question id (repeated keys for a
//!   many-of question).
//! - [`evaluate`] walks a flow from its start over the answers: the next question to ask (with
//!   the error if the answer given is not valid), the questions answered on the way, and the
//!   outcomes whose conditions hold so far.
//! - [`check`] is the health check every flow passes at build time: every `next` exists, every
//!   question is reachable, no cycle, every predicate, Fluent key and rules key exists.
//!
//! Wording lives in Fluent: a flow names keys; this module returns ids and codes.

mod answers;
mod check;
pub mod predicates;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_content;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::rules::RuleSet;

pub use answers::{AnswerError, Answers};
pub use predicates::pension_age;

/// Every flow in `content/flows/`, read at build time. A file that does not match the types
/// fails here, on first use (and in this crate's tests, before it can ship).
pub static FLOWS: std::sync::LazyLock<Vec<Flow>> = std::sync::LazyLock::new(|| {
    serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/flows.json")))
        .expect("content/flows/*.toml match the flow types (checked by tests)")
});

/// The flow with this id.
pub fn flow(id: &str) -> Option<&'static Flow> {
    FLOWS.iter().find(|f| f.id == id)
}
pub use check::{FlowError, check};

/// A flow: questions with their routing, and the outcomes gathered at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// The flow's id (its file name).
    pub id: String,
    /// The first question.
    pub start: String,
    /// The questions, by id (an id is also the query-string key of its answer).
    pub questions: BTreeMap<String, Question>,
    /// Every outcome the flow can reach, in the order the plan shows them.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
}

/// One question, asked on a page of its own. (No `deny_unknown_fields` here: serde does not
/// support it beside `flatten`; the health check and the content tests catch stray keys by
/// the keys they miss.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    #[serde(flatten)]
    pub kind: Kind,
    /// Fluent keys: the question (the page's heading), an optional hint, and the message
    /// when no valid answer is given.
    pub text: String,
    #[serde(default)]
    pub hint: Option<String>,
    pub error: String,
    /// Where to go once it is answered.
    pub next: Routing,
    /// Whether it may be left blank: an empty value is then an answer (none), not an error. A
    /// key that is absent still means "not asked yet".
    #[serde(default)]
    pub optional: bool,
    /// Questions that follow each other on the path with the same page are asked together, on
    /// one page ([`page`]). Routing inside a page may test only answers from earlier pages (the
    /// health check enforces it), so the page's questions are known before it is answered.
    #[serde(default)]
    pub page: Option<String>,
}

/// What kind of answer a question takes; enforced when answers are read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Kind {
    /// Exactly one of the options.
    OneOf { options: Vec<Choice> },
    /// Any number of the options (at least one; a "none of these" option says none).
    ManyOf { options: Vec<Choice> },
    /// A whole number in a range.
    Number { min: i64, max: i64 },
    /// An amount of money in pounds (and pence), at most `max` pounds; with `positive`, more
    /// than nothing.
    Money {
        max: i64,
        #[serde(default)]
        positive: bool,
    },
    /// A date (`YYYY-MM-DD`).
    Date,
    /// Yes or no.
    YesNo,
}

impl Kind {
    /// The values an answer can take (for branching and for offering them); none for a free
    /// answer (number, money, date).
    pub fn answer_values(&self) -> Vec<&str> {
        match self {
            Kind::OneOf { options } | Kind::ManyOf { options } => {
                options.iter().map(|o| o.value.as_str()).collect()
            }
            Kind::YesNo => vec!["yes", "no"],
            Kind::Number { .. } | Kind::Money { .. } | Kind::Date => Vec::new(),
        }
    }
}

/// An option of a one-of or many-of question: its value in the query string, and the
/// Fluent key of its label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// Where a question leads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Routing {
    /// Always the same place.
    Always(Next),
    /// The first branch whose values include the answer (any of them, for many-of), else
    /// `otherwise`.
    Branches {
        branches: Vec<Branch>,
        otherwise: Next,
    },
}

/// A branch of the routing: if the answer is one of `if_any`, or (for a number or an amount
/// of money, in pounds) above `if_above`, go to `then`. The answer tested is this question's,
/// or with `question` an earlier one on the path (so that a question shared by two paths, such
/// as age, can lead on to each path's next question).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    #[serde(default)]
    pub question: Option<String>,
    #[serde(default)]
    pub if_any: Vec<String>,
    #[serde(default)]
    pub if_above: Option<i64>,
    pub then: Next,
}

/// The only places a question can lead: another question, or the end (the plan).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Next {
    Question(String),
    End,
}

/// An outcome: shown on the plan when its condition holds. Everything the plan says about it
/// is named here, so that a new outcome is data, and the health check can see all of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Stable id (part of the API contract).
    pub id: String,
    /// The one condition: a named predicate ([`Predicates`]).
    pub condition: String,
    /// Fluent keys of its title and its explanation (the explanation may use the outcome's
    /// rules keys as variables, formatted as amounts).
    pub title: String,
    pub text: String,
    /// The questions whose answers led here (the plan's "why" line).
    #[serde(default)]
    pub because: Vec<String>,
    /// Fluent keys of the next steps it adds to the plan, in order.
    #[serde(default)]
    pub steps: Vec<String>,
    /// Fluent keys of what only an assessor (or the DWP) can decide.
    #[serde(default)]
    pub undecided: Vec<String>,
    /// Letters the plan offers for it.
    #[serde(default)]
    pub letters: Vec<Letter>,
    /// The site's tools it links to, pre-filled from the answers.
    #[serde(default)]
    pub tools: Vec<Tool>,
    /// Explainers (slugs) that say more.
    #[serde(default)]
    pub explainers: Vec<String>,
    /// The rules keys its amounts or dates rest on (`content/rules/`).
    #[serde(default)]
    pub rules: Vec<String>,
    /// The sources it rests on (ids in `content/sources/`, with the part relied on).
    #[serde(default)]
    pub sources: Vec<SourceRef>,
}

/// A source an outcome rests on: an id in the register, the part relied on, and for a
/// document with deep links the path of that part (as in the explainers' front matter).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub id: String,
    #[serde(default)]
    pub section: Option<String>,
    #[serde(default)]
    pub at: Option<String>,
}

/// A letter the plan can write from the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Letter {
    /// Asking the council for a needs assessment (Care Act 2014 s.9).
    NeedsAssessment,
    /// Asking the council for a carer's assessment (s.10).
    CarersAssessment,
}

impl Letter {
    pub const ALL: [Letter; 2] = [Letter::NeedsAssessment, Letter::CarersAssessment];

    /// Its name in addresses (`/check/letters/{slug}`).
    pub fn slug(self) -> &'static str {
        match self {
            Letter::NeedsAssessment => "needs-assessment",
            Letter::CarersAssessment => "carers-assessment",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Letter> {
        Letter::ALL.into_iter().find(|l| l.slug() == slug)
    }
}

/// One of the site's tools an outcome links to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    /// The cost estimator, with the setting and age filled in.
    Estimate,
    /// The care directory, filtered to the kind of care.
    Providers,
    /// The printable emergency plan for carers.
    EmergencyPlan,
}

/// What a condition may look at besides the answers: the date the plan is for and the dated
/// rules (amounts and limits are looked up for that date).
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub date: Date,
    pub rules: &'a RuleSet,
}

/// A condition over the answers on the path taken, by name.
pub type Predicate = fn(&Answers, &Context) -> bool;

/// Where conditions are looked up by name (the real flows' table, or a test's).
pub trait Predicates {
    fn get(&self, name: &str) -> Option<Predicate>;
}

/// A table of named predicates.
impl<const N: usize> Predicates for [(&str, Predicate); N] {
    fn get(&self, name: &str) -> Option<Predicate> {
        self.iter().find(|(n, _)| *n == name).map(|(_, p)| *p)
    }
}

/// Where the answers lead.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// The questions answered validly on the way, in order (for "Change" links and "why").
    pub answered: Vec<String>,
    /// The question to ask next, with the error if an answer was given and is not valid;
    /// `None` at the end.
    pub next: Option<(String, Option<AnswerError>)>,
    /// The outcomes whose conditions hold on the answers so far, in the flow's order.
    pub outcomes: Vec<String>,
    /// The valid answers on the path taken, normalised (money in pence, many-of without
    /// repeats): what the outcomes were decided on.
    pub on_path: Answers,
}

/// Walk `flow` from its start over `answers`. Answers to questions not on the path taken are
/// ignored (they do not count towards outcomes either).
pub fn evaluate(
    flow: &Flow,
    answers: &Answers,
    predicates: &dyn Predicates,
    context: &Context,
) -> Evaluation {
    let mut answered = Vec::new();
    let mut on_path = Answers::default();
    let mut at = Next::Question(flow.start.clone());
    let mut next = None;
    // A flow that passed `check` has no cycle; the bound keeps an unchecked one finite.
    for _ in 0..=flow.questions.len() {
        let Next::Question(id) = at.clone() else {
            break;
        };
        let Some(question) = flow.questions.get(&id) else {
            break;
        };
        let read = match answers.read(&id, &question.kind) {
            // Left blank, and it may be.
            Err(AnswerError::Missing) if question.optional => Ok(Some(Vec::new())),
            other => other,
        };
        match read {
            Ok(Some(values)) => {
                on_path.set(&id, values);
                at = route(flow, &question.next, &id, &on_path);
                answered.push(id);
            }
            Ok(None) => {
                next = Some((id, None));
                break;
            }
            Err(e) => {
                next = Some((id, Some(e)));
                break;
            }
        }
    }
    let outcomes = flow
        .outcomes
        .iter()
        .filter(|o| {
            predicates
                .get(&o.condition)
                .is_some_and(|p| p(&on_path, context))
        })
        .map(|o| o.id.clone())
        .collect();
    Evaluation {
        answered,
        next,
        outcomes,
        on_path,
    }
}

/// Where question `id` leads, given the answers on the path so far (its own included).
fn route(flow: &Flow, routing: &Routing, id: &str, on_path: &Answers) -> Next {
    match routing {
        Routing::Always(next) => next.clone(),
        Routing::Branches {
            branches,
            otherwise,
        } => branches
            .iter()
            .find(|b| {
                let tested = b.question.as_deref().unwrap_or(id);
                b.if_any.iter().any(|v| on_path.has(tested, v))
                    || b.if_above.is_some_and(|above| {
                        // Amounts are kept in pence; the branch says pounds.
                        let scale = match flow.questions.get(tested).map(|q| &q.kind) {
                            Some(Kind::Money { .. }) => 100,
                            _ => 1,
                        };
                        on_path
                            .get(tested)
                            .parse::<i64>()
                            .is_ok_and(|n| n > above.saturating_mul(scale))
                    })
            })
            .map(|b| b.then.clone())
            .unwrap_or_else(|| otherwise.clone()),
    }
}

/// `answers` with every optional question of `flow` that was not given taken as left blank:
/// for an address that means "all the answers are here" (a shared results link leaves blank
/// amounts out).
pub fn assume_blank_optional(flow: &Flow, answers: &Answers) -> Answers {
    let mut out = answers.clone();
    for (id, q) in &flow.questions {
        if q.optional && answers.values(id).is_empty() {
            out.set(id, vec![String::new()]);
        }
    }
    out
}

/// The questions asked on one page with the next question of `evaluation` (in order): the
/// run of questions on the path with its page, those already answered before it included;
/// just the next question if it has no page. Empty at the end.
pub fn page(flow: &Flow, evaluation: &Evaluation) -> Vec<String> {
    let Some((next, _)) = &evaluation.next else {
        return Vec::new();
    };
    let tag = flow.questions.get(next).and_then(|q| q.page.as_ref());
    let Some(tag) = tag else {
        return vec![next.clone()];
    };
    let same = |id: &str| flow.questions.get(id).and_then(|q| q.page.as_ref()) == Some(tag);
    // The page's questions answered before the next one.
    let mut ids: Vec<String> = evaluation
        .answered
        .iter()
        .rev()
        .take_while(|id| same(id))
        .cloned()
        .collect();
    ids.reverse();
    // The next one and those after it on the page (routing inside a page tests only earlier
    // pages, so the answers so far decide it).
    let mut at = Next::Question(next.clone());
    for _ in 0..=flow.questions.len() {
        let Next::Question(id) = at else { break };
        let Some(q) = flow.questions.get(&id) else {
            break;
        };
        if !same(&id) || ids.contains(&id) {
            break;
        }
        at = route(flow, &q.next, &id, &evaluation.on_path);
        ids.push(id);
    }
    ids
}
