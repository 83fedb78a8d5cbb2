//! The engine on small toy flows, healthy and broken, and the node-test helper.

use super::*;

/// A toy flow: are you a carer? → hours → (35 or more) earnings → end; (fewer) → end.
/// Outcomes: `caring` when the first answer is yes, `allowance` when hours ≥ 35 and
/// earnings ≤ £200.
const TOY: &str = r#"{
  "id": "toy",
  "start": "carer",
  "questions": {
    "carer": { "kind": "yes_no", "text": "q-carer", "error": "e-carer",
               "next": { "branches": [ { "if_any": ["yes"], "then": { "question": "hours" } } ],
                         "otherwise": "end" } },
    "hours": { "kind": "number", "min": 0, "max": 168, "text": "q-hours", "error": "e-hours",
               "next": { "question": "earnings" } },
    "earnings": { "kind": "money", "max": 100000, "text": "q-earnings", "hint": "h-earnings",
                  "error": "e-earnings", "next": "end" },
    "help": { "kind": "many_of", "text": "q-help", "error": "e-help", "next": "end",
              "options": [ { "value": "a", "label": "o-a" }, { "value": "b", "label": "o-b" } ] }
  },
  "outcomes": [
    { "id": "caring", "condition": "is_carer", "title": "t-caring", "text": "x-caring",
      "because": ["carer"], "steps": ["s-ask"] },
    { "id": "allowance", "condition": "allowance", "title": "t-allowance", "text": "x-allowance",
      "rules": ["limit"], "undecided": ["u-dwp"] }
  ]
}"#;

fn toy() -> Flow {
    serde_json::from_str(TOY).expect("the toy flow parses")
}

fn is_carer(a: &Answers, _: &Context) -> bool {
    a.get("carer") == "yes"
}

fn allowance(a: &Answers, _: &Context) -> bool {
    let hours: i64 = a.get("hours").parse().unwrap_or(0);
    let pence: i64 = a.get("earnings").parse().unwrap_or(i64::MAX);
    hours >= 35 && pence <= 20_000
}

const PREDICATES: [(&str, Predicate); 2] = [("is_carer", is_carer), ("allowance", allowance)];

/// In the style of GOV.UK smart-answers' node tests: start at a node with some answers, and
/// assert where the next answer leads.
struct NodeTest<'a> {
    flow: &'a Flow,
    pairs: Vec<(String, String)>,
}

fn testing_node<'a>(flow: &'a Flow, answers: &[(&str, &str)]) -> NodeTest<'a> {
    NodeTest {
        flow,
        pairs: answers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    }
}

impl NodeTest<'_> {
    fn add_responses(mut self, more: &[(&str, &str)]) -> Self {
        self.pairs
            .extend(more.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        self
    }

    fn evaluation(&self) -> Evaluation {
        let answers = Answers::from_pairs(self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let context = Context {
            date: crate::date::Date::from_ymd(2026, 11, 29).unwrap(),
            rules: &crate::rules::RULES,
        };
        evaluate(self.flow, &answers, &PREDICATES, &context)
    }

    fn assert_next_node(self, expected: &str) -> Self {
        let e = self.evaluation();
        assert_eq!(
            e.next.as_ref().map(|(q, _)| q.as_str()),
            Some(expected),
            "{:?}",
            self.pairs
        );
        self
    }

    fn assert_end(self) -> Self {
        let e = self.evaluation();
        assert_eq!(e.next, None, "{:?}", self.pairs);
        self
    }

    fn assert_outcomes(self, expected: &[&str]) -> Self {
        assert_eq!(self.evaluation().outcomes, expected, "{:?}", self.pairs);
        self
    }
}

fn healthy(flow: &Flow) -> Vec<FlowError> {
    check(flow, &PREDICATES, &|_| true, &|k| k == "limit")
}

#[test]
fn a_healthy_flow_passes_the_check() {
    let mut flow = toy();
    // "help" is unreachable in the toy; route to it to make the flow whole.
    flow.questions.get_mut("earnings").unwrap().next =
        Routing::Always(Next::Question("help".into()));
    assert_eq!(healthy(&flow), vec![]);
}

#[test]
fn routing_by_node() {
    let flow = toy();
    testing_node(&flow, &[]).assert_next_node("carer");
    testing_node(&flow, &[])
        .add_responses(&[("carer", "no")])
        .assert_end()
        .assert_outcomes(&[]);
    testing_node(&flow, &[("carer", "yes")])
        .assert_next_node("hours")
        .assert_outcomes(&["caring"]);
    testing_node(&flow, &[("carer", "yes")])
        .add_responses(&[("hours", "40")])
        .assert_next_node("earnings");
    testing_node(&flow, &[("carer", "yes"), ("hours", "40")])
        .add_responses(&[("earnings", "£150.50")])
        .assert_end()
        .assert_outcomes(&["caring", "allowance"]);
    testing_node(&flow, &[("carer", "yes"), ("hours", "40")])
        .add_responses(&[("earnings", "250")])
        .assert_outcomes(&["caring"]);
}

#[test]
fn answers_off_the_path_do_not_count() {
    let flow = toy();
    // Hours and earnings answered, then "carer" changed to no: the plan must not keep them.
    testing_node(
        &flow,
        &[("carer", "no"), ("hours", "40"), ("earnings", "100")],
    )
    .assert_end()
    .assert_outcomes(&[]);
    let e = testing_node(&flow, &[("carer", "no"), ("hours", "40")]).evaluation();
    assert_eq!(e.answered, vec!["carer"]);
}

#[test]
fn invalid_answers_stop_at_their_question_with_an_error() {
    let flow = toy();
    let at = |pairs: &[(&str, &str)]| testing_node(&flow, pairs).evaluation().next;
    assert_eq!(
        at(&[("carer", "maybe")]),
        Some((
            "carer".into(),
            Some(AnswerError::UnknownOption("maybe".into()))
        ))
    );
    assert_eq!(
        at(&[("carer", "")]),
        Some(("carer".into(), Some(AnswerError::Missing)))
    );
    assert_eq!(
        at(&[("carer", "yes"), ("carer", "no")]),
        Some(("carer".into(), Some(AnswerError::TooMany)))
    );
    assert_eq!(
        at(&[("carer", "yes"), ("hours", "200")]),
        Some(("hours".into(), Some(AnswerError::Invalid("200".into()))))
    );
    assert_eq!(
        at(&[("carer", "yes"), ("hours", "lots")]),
        Some(("hours".into(), Some(AnswerError::Invalid("lots".into()))))
    );
    assert_eq!(
        at(&[("carer", "yes"), ("hours", "40"), ("earnings", "-5")]),
        Some((
            "earnings".into(),
            Some(AnswerError::Money {
                given: "-5".into(),
                reason: "negative"
            })
        ))
    );
}

#[test]
fn many_of_reads_every_value_once() {
    let flow = toy();
    let q = &flow.questions["help"];
    let a = Answers::from_pairs([("help", "a"), ("help", "b"), ("help", "a")]);
    assert_eq!(
        a.read("help", &q.kind),
        Ok(Some(vec!["a".into(), "b".into()]))
    );
    let a = Answers::from_pairs([("help", "a"), ("help", "zzz")]);
    assert_eq!(
        a.read("help", &q.kind),
        Err(AnswerError::UnknownOption("zzz".into()))
    );
}

#[test]
fn broken_flows_are_caught() {
    let mut flow = toy();
    // A next that does not exist.
    flow.questions.get_mut("hours").unwrap().next =
        Routing::Always(Next::Question("nowhere".into()));
    let errors = healthy(&flow);
    assert!(errors.contains(&FlowError::UnknownNext {
        from: "hours".into(),
        to: "nowhere".into()
    }));
    // ... so earnings (and help) can no longer be reached.
    assert!(errors.contains(&FlowError::Unreachable("earnings".into())));
    assert!(errors.contains(&FlowError::Unreachable("help".into())));

    // A cycle: earnings leads back to carer.
    let mut flow = toy();
    flow.questions.get_mut("earnings").unwrap().next =
        Routing::Always(Next::Question("carer".into()));
    assert!(
        healthy(&flow)
            .iter()
            .any(|e| matches!(e, FlowError::Cycle(_)))
    );

    // A branch on a value the question does not offer; a missing predicate, Fluent key and
    // rules key; a bad start; a duplicate outcome.
    let mut flow = toy();
    flow.start = "begin".into();
    if let Routing::Branches { branches, .. } = &mut flow.questions.get_mut("carer").unwrap().next {
        branches[0].if_any.push("perhaps".into());
    }
    flow.outcomes[1].condition = "no_such_rule".into();
    flow.outcomes[1].rules.push("nope".into());
    flow.outcomes[1].because.push("shoe_size".into());
    flow.outcomes.push(flow.outcomes[0].clone());
    let errors = check(
        &flow,
        &PREDICATES,
        &|k| !["q-hours", "s-ask", "u-dwp", "x-allowance"].contains(&k),
        &|k| k == "limit",
    );
    for expected in [
        FlowError::UnknownStart("begin".into()),
        FlowError::UnknownBranchValue {
            question: "carer".into(),
            value: "perhaps".into(),
        },
        FlowError::UnknownPredicate {
            outcome: "allowance".into(),
            condition: "no_such_rule".into(),
        },
        FlowError::UnknownRulesKey {
            outcome: "allowance".into(),
            key: "nope".into(),
        },
        FlowError::MissingText("q-hours".into()),
        FlowError::MissingText("s-ask".into()),
        FlowError::MissingText("u-dwp".into()),
        FlowError::MissingText("x-allowance".into()),
        FlowError::UnknownBecause {
            outcome: "allowance".into(),
            question: "shoe_size".into(),
        },
        FlowError::DuplicateOutcome("caring".into()),
    ] {
        assert!(errors.contains(&expected), "{expected:?} not in {errors:?}");
    }
    // Every error reads as a sentence naming what is wrong.
    assert!(errors.iter().all(|e| e.to_string().contains('"')));
}

#[test]
fn an_outcome_cannot_be_routed_to() {
    // `next` names a question or the end; naming an outcome is not even valid data.
    let bad = TOY.replace(
        r#""next": { "question": "earnings" }"#,
        r#""next": { "outcome": "allowance" }"#,
    );
    assert_ne!(bad, TOY);
    assert!(serde_json::from_str::<Flow>(&bad).is_err());
}

#[test]
fn a_branch_can_test_an_earlier_answer() {
    // "help" is shared: after it, carers go on to "hours", others end.
    let mut flow = toy();
    flow.questions.get_mut("carer").unwrap().next = Routing::Always(Next::Question("help".into()));
    flow.questions.get_mut("help").unwrap().next = Routing::Branches {
        branches: vec![Branch {
            question: Some("carer".into()),
            if_any: vec!["yes".into()],
            if_above: None,
            then: Next::Question("hours".into()),
        }],
        otherwise: Next::End,
    };
    assert_eq!(healthy(&flow), vec![]);
    testing_node(&flow, &[("carer", "yes"), ("help", "a")]).assert_next_node("hours");
    testing_node(&flow, &[("carer", "no"), ("help", "a")]).assert_end();
    // A branch on an earlier question's value it does not offer is caught.
    if let Routing::Branches { branches, .. } = &mut flow.questions.get_mut("help").unwrap().next {
        branches[0].if_any = vec!["sometimes".into()];
    }
    assert!(healthy(&flow).contains(&FlowError::UnknownBranchValue {
        question: "carer".into(),
        value: "sometimes".into()
    }));
}

/// A toy with pages, optional amounts and a branch on an amount (the shape the estimator's
/// questions take).
fn paged() -> Flow {
    serde_json::from_str(
        r#"{
  "id": "paged", "start": "setting",
  "questions": {
    "setting": { "kind": "one_of", "text": "q", "error": "e", "page": "where", "next": { "question": "cost" },
      "options": [ { "value": "home", "label": "l" }, { "value": "care_home", "label": "l" } ] },
    "cost": { "kind": "money", "max": 10000, "positive": true, "text": "q", "error": "e", "page": "cost",
      "next": { "branches": [ { "question": "setting", "if_any": ["care_home"], "then": { "question": "top_up" } } ],
                "otherwise": { "question": "savings" } } },
    "top_up": { "kind": "money", "max": 10000, "optional": true, "text": "q", "error": "e", "page": "cost",
      "next": { "question": "savings" } },
    "savings": { "kind": "money", "max": 1000000, "optional": true, "text": "q", "error": "e", "page": "money",
      "next": { "branches": [ { "if_above": 0, "then": { "question": "occupant" } } ], "otherwise": "end" } },
    "occupant": { "kind": "one_of", "text": "q", "error": "e", "page": "home", "next": "end",
      "options": [ { "value": "nobody", "label": "l" }, { "value": "partner", "label": "l" } ] }
  }
}"#,
    )
    .unwrap()
}

fn paged_eval(pairs: &[(&str, &str)]) -> Evaluation {
    let flow = paged();
    let answers = Answers::from_pairs(pairs.iter().copied());
    let context = Context {
        date: crate::date::Date::from_ymd(2026, 11, 29).unwrap(),
        rules: &crate::rules::RULES,
    };
    evaluate(&flow, &answers, &PREDICATES, &context)
}

#[test]
fn a_page_holds_the_questions_asked_together() {
    let flow = paged();
    assert_eq!(healthy(&flow), vec![]);
    assert_eq!(page(&flow, &paged_eval(&[])), ["setting"]);
    // A care home: the cost page asks the top-up too; at home, only the cost.
    let care_home = paged_eval(&[("setting", "care_home")]);
    assert_eq!(page(&flow, &care_home), ["cost", "top_up"]);
    assert_eq!(page(&flow, &paged_eval(&[("setting", "home")])), ["cost"]);
    // The second question of a page is wrong: the page is the whole page again.
    let e = paged_eval(&[
        ("setting", "care_home"),
        ("cost", "900"),
        ("top_up", "lots"),
    ]);
    assert_eq!(e.next.as_ref().map(|(q, _)| q.as_str()), Some("top_up"));
    assert_eq!(page(&flow, &e), ["cost", "top_up"]);
    // At the end, no page.
    let end = paged_eval(&[("setting", "home"), ("cost", "300"), ("savings", "0")]);
    assert_eq!(end.next, None);
    assert!(page(&flow, &end).is_empty());
}

#[test]
fn optional_questions_may_be_left_blank_but_not_skipped() {
    // Blank: answered (nothing); absent: not asked yet.
    let e = paged_eval(&[("setting", "care_home"), ("cost", "900"), ("top_up", "")]);
    assert_eq!(e.next.as_ref().map(|(q, _)| q.as_str()), Some("savings"));
    let e = paged_eval(&[("setting", "care_home"), ("cost", "900")]);
    assert_eq!(e.next, Some(("top_up".into(), None)));
    // A required amount left blank, nothing, or not a number: an error that says why.
    for (given, reason) in [
        ("0", "required_positive"),
        ("abc", "not_a_number"),
        ("-5", "negative"),
    ] {
        let e = paged_eval(&[("setting", "home"), ("cost", given)]);
        let (q, error) = e.next.unwrap();
        assert_eq!(q, "cost");
        assert_eq!(
            error.as_ref().and_then(AnswerError::reason),
            Some(reason),
            "{given}"
        );
    }
    let e = paged_eval(&[("setting", "home"), ("cost", "")]);
    assert_eq!(e.next, Some(("cost".into(), Some(AnswerError::Missing))));
}

#[test]
fn a_branch_on_an_amount_in_pounds() {
    let base = [("setting", "home"), ("cost", "300")];
    let with = |savings: &'static str| {
        let mut p = base.to_vec();
        p.push(("savings", savings));
        paged_eval(&p).next.map(|(q, _)| q)
    };
    assert_eq!(with("0"), None);
    assert_eq!(with(""), None, "left blank: nothing");
    assert_eq!(with("0.01").as_deref(), Some("occupant"));
    assert_eq!(with("£12,000").as_deref(), Some("occupant"));
}

#[test]
fn pages_and_amount_branches_are_health_checked() {
    // A branch that tests nothing; an amount test on a one-of answer.
    let mut flow = paged();
    if let Routing::Branches { branches, .. } = &mut flow.questions.get_mut("cost").unwrap().next {
        branches[0].if_any.clear();
    }
    assert!(healthy(&flow).contains(&FlowError::BadBranch {
        question: "cost".into()
    }));
    let mut flow = paged();
    if let Routing::Branches { branches, .. } = &mut flow.questions.get_mut("cost").unwrap().next {
        branches[0].if_above = Some(1);
        branches[0].if_any.clear();
    }
    assert!(healthy(&flow).contains(&FlowError::BadBranch {
        question: "cost".into()
    }));
    // The cost page routing on its own cost: its questions would not be known in advance.
    let mut flow = paged();
    flow.questions.get_mut("cost").unwrap().next = Routing::Branches {
        branches: vec![Branch {
            question: None,
            if_any: Vec::new(),
            if_above: Some(1000),
            then: Next::Question("top_up".into()),
        }],
        otherwise: Next::Question("savings".into()),
    };
    assert!(healthy(&flow).contains(&FlowError::RoutesWithinPage {
        question: "cost".into()
    }));
}
