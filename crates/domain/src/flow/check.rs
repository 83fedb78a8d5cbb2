//! The health check every flow passes before it is served (DfE get-to-an-answer's "branching
//! health", extended to our keys): a broken flow is a build failure, not a page that leads
//! nowhere.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::{Flow, Kind, Next, Predicates, Routing};

/// One thing wrong with a flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlowError {
    /// `start` names no question.
    UnknownStart(String),
    /// A question leads to a question that does not exist.
    UnknownNext { from: String, to: String },
    /// No path from the start reaches this question.
    Unreachable(String),
    /// Following the routing from this question can come back to it.
    Cycle(String),
    /// A branch tests a value the question does not offer.
    UnknownBranchValue { question: String, value: String },
    /// A one-of or many-of question with no options, or the same value twice.
    BadOptions(String),
    /// A number question whose range is empty.
    BadRange(String),
    /// An outcome's condition names no predicate.
    UnknownPredicate { outcome: String, condition: String },
    /// Two outcomes share an id.
    DuplicateOutcome(String),
    /// A Fluent key that the English file does not have.
    MissingText(String),
    /// A rules key that the rules data does not have.
    UnknownRulesKey { outcome: String, key: String },
    /// An outcome's "because" names a question the flow does not have.
    UnknownBecause { outcome: String, question: String },
    /// A branch with neither `if_any` nor `if_above`, or `if_above` on an answer that is not
    /// a number or an amount.
    BadBranch { question: String },
    /// A branch between two questions of one page tests an answer on that page (the page's
    /// questions must be known before it is answered).
    RoutesWithinPage { question: String },
}

impl fmt::Display for FlowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FlowError::UnknownStart(s) => write!(f, "start {s:?} is not a question"),
            FlowError::UnknownNext { from, to } => {
                write!(
                    f,
                    "question {from:?} leads to {to:?}, which is not a question"
                )
            }
            FlowError::Unreachable(q) => write!(f, "question {q:?} cannot be reached"),
            FlowError::Cycle(q) => write!(f, "question {q:?} is on a cycle"),
            FlowError::UnknownBranchValue { question, value } => {
                write!(
                    f,
                    "question {question:?} branches on {value:?}, not one of its answers"
                )
            }
            FlowError::BadOptions(q) => write!(f, "question {q:?} has no options or repeats one"),
            FlowError::BadRange(q) => write!(f, "question {q:?} has an empty range"),
            FlowError::UnknownPredicate { outcome, condition } => {
                write!(f, "outcome {outcome:?} names no predicate {condition:?}")
            }
            FlowError::DuplicateOutcome(o) => write!(f, "outcome {o:?} is defined twice"),
            FlowError::MissingText(k) => write!(f, "Fluent key {k:?} is missing"),
            FlowError::UnknownRulesKey { outcome, key } => {
                write!(
                    f,
                    "outcome {outcome:?} rests on rules key {key:?}, which does not exist"
                )
            }
            FlowError::BadBranch { question } => {
                write!(
                    f,
                    "question {question:?} has a branch that tests nothing, or tests an amount of an answer that is not one"
                )
            }
            FlowError::RoutesWithinPage { question } => {
                write!(
                    f,
                    "question {question:?} routes within its page on an answer given on that page"
                )
            }
            FlowError::UnknownBecause { outcome, question } => {
                write!(
                    f,
                    "outcome {outcome:?} is there because of {question:?}, which is not a question"
                )
            }
        }
    }
}

/// Everything wrong with `flow` (empty if it is healthy). `has_text` says whether a Fluent key
/// exists; `has_rule` whether a rules key does.
pub fn check(
    flow: &Flow,
    predicates: &dyn Predicates,
    has_text: &dyn Fn(&str) -> bool,
    has_rule: &dyn Fn(&str) -> bool,
) -> Vec<FlowError> {
    let mut errors = Vec::new();
    if !flow.questions.contains_key(&flow.start) {
        errors.push(FlowError::UnknownStart(flow.start.clone()));
    }
    let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, q) in &flow.questions {
        match &q.kind {
            Kind::OneOf { options } | Kind::ManyOf { options } => {
                let mut seen = BTreeSet::new();
                if options.is_empty() || !options.iter().all(|o| seen.insert(&o.value)) {
                    errors.push(FlowError::BadOptions(id.clone()));
                }
                for o in options {
                    text(&mut errors, has_text, &o.label);
                }
            }
            Kind::Number { min, max } if min > max => {
                errors.push(FlowError::BadRange(id.clone()));
            }
            _ => {}
        }
        let values = q.kind.answer_values();
        text(&mut errors, has_text, &q.text);
        text(&mut errors, has_text, &q.error);
        if let Some(hint) = &q.hint {
            text(&mut errors, has_text, hint);
        }
        let mut targets = Vec::new();
        match &q.next {
            Routing::Always(next) => targets.push(next),
            Routing::Branches {
                branches,
                otherwise,
            } => {
                for b in branches {
                    let tested = b.question.as_deref().unwrap_or(id);
                    let tested_kind = flow.questions.get(tested).map(|q| &q.kind);
                    let amount =
                        matches!(tested_kind, Some(Kind::Number { .. } | Kind::Money { .. }));
                    if (b.if_any.is_empty() && b.if_above.is_none())
                        || (b.if_above.is_some() && !amount)
                    {
                        errors.push(FlowError::BadBranch {
                            question: id.clone(),
                        });
                    }

                    let tested_values = match b.question.as_deref() {
                        None => Some(values.clone()),
                        Some(other) => flow.questions.get(other).map(|q| q.kind.answer_values()),
                    };
                    match tested_values {
                        None => errors.push(FlowError::UnknownNext {
                            from: id.clone(),
                            to: tested.to_owned(),
                        }),
                        Some(tested_values) => {
                            for v in &b.if_any {
                                if !tested_values.contains(&v.as_str()) {
                                    errors.push(FlowError::UnknownBranchValue {
                                        question: tested.to_owned(),
                                        value: v.clone(),
                                    });
                                }
                            }
                        }
                    }
                    targets.push(&b.then);
                }
                targets.push(otherwise);
                // Within a page, where the next question goes may not depend on the page's
                // own answers.
                let page_of = |q: &str| flow.questions.get(q).and_then(|q| q.page.clone());
                if let Some(page) = &q.page {
                    let tests_page = branches.iter().any(|b| {
                        page_of(b.question.as_deref().unwrap_or(id)).as_ref() == Some(page)
                    });
                    let stays = targets.iter().any(
                        |t| matches!(t, Next::Question(to) if page_of(to).as_ref() == Some(page)),
                    );
                    if tests_page && stays {
                        errors.push(FlowError::RoutesWithinPage {
                            question: id.clone(),
                        });
                    }
                }
            }
        }
        for t in targets {
            if let Next::Question(to) = t {
                if flow.questions.contains_key(to) {
                    edges.entry(id).or_default().push(to);
                } else {
                    errors.push(FlowError::UnknownNext {
                        from: id.clone(),
                        to: to.clone(),
                    });
                }
            }
        }
    }
    // Reachable from the start.
    let mut reached = BTreeSet::new();
    let mut stack = vec![flow.start.as_str()];
    while let Some(q) = stack.pop() {
        if flow.questions.contains_key(q) && reached.insert(q) {
            stack.extend(edges.get(q).into_iter().flatten().copied());
        }
    }
    for id in flow.questions.keys() {
        if !reached.contains(id.as_str()) {
            errors.push(FlowError::Unreachable(id.clone()));
        }
    }
    // Cycles: depth-first, a question met again while still on the path.
    let mut state: BTreeMap<&str, u8> = BTreeMap::new(); // 1 on the path, 2 done
    for id in flow.questions.keys() {
        find_cycle(id, &edges, &mut state, &mut errors);
    }
    let mut seen = BTreeSet::new();
    for o in &flow.outcomes {
        if !seen.insert(&o.id) {
            errors.push(FlowError::DuplicateOutcome(o.id.clone()));
        }
        if predicates.get(&o.condition).is_none() {
            errors.push(FlowError::UnknownPredicate {
                outcome: o.id.clone(),
                condition: o.condition.clone(),
            });
        }
        for key in [&o.title, &o.text]
            .into_iter()
            .chain(&o.steps)
            .chain(&o.undecided)
        {
            text(&mut errors, has_text, key);
        }
        for q in &o.because {
            if !flow.questions.contains_key(q) {
                errors.push(FlowError::UnknownBecause {
                    outcome: o.id.clone(),
                    question: q.clone(),
                });
            }
        }
        for key in &o.rules {
            if !has_rule(key) {
                errors.push(FlowError::UnknownRulesKey {
                    outcome: o.id.clone(),
                    key: key.clone(),
                });
            }
        }
    }
    errors
}

fn text(errors: &mut Vec<FlowError>, has_text: &dyn Fn(&str) -> bool, key: &str) {
    if !has_text(key) && !errors.contains(&FlowError::MissingText(key.to_owned())) {
        errors.push(FlowError::MissingText(key.to_owned()));
    }
}

fn find_cycle<'a>(
    id: &'a str,
    edges: &BTreeMap<&'a str, Vec<&'a str>>,
    state: &mut BTreeMap<&'a str, u8>,
    errors: &mut Vec<FlowError>,
) {
    match state.get(id) {
        Some(1) => {
            if !errors.contains(&FlowError::Cycle(id.to_owned())) {
                errors.push(FlowError::Cycle(id.to_owned()));
            }
            return;
        }
        Some(_) => return,
        None => {}
    }
    state.insert(id, 1);
    for to in edges.get(id).into_iter().flatten() {
        find_cycle(to, edges, state, errors);
    }
    state.insert(id, 2);
}
