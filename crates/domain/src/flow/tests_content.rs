//! The real flows in `content/flows/`: the health check (the build-time gate: `scripts/test.sh`
//! runs it before anything ships), and walks through each path by node.

use super::predicates::PREDICATES;
use super::*;
use crate::rules::RULES;

/// The English Fluent file: the reference every key must be in.
const ENGLISH: &str = include_str!("../../../../content/i18n/en-GB/carenav.ftl");

fn has_text(key: &str) -> bool {
    ENGLISH.lines().any(|l| {
        l.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    })
}

fn has_rule(key: &str) -> bool {
    RULES.periods.iter().any(|p| p.values.contains_key(key))
}

#[test]
fn every_flow_is_healthy() {
    assert!(!FLOWS.is_empty());
    for flow in FLOWS.iter() {
        let errors = check(flow, &PREDICATES, &has_text, &has_rule);
        assert!(
            errors.is_empty(),
            "content/flows/{}.toml:\n{}",
            flow.id,
            errors
                .iter()
                .map(|e| format!("  - {e}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

fn walk(pairs: &[(&str, &str)]) -> Evaluation {
    let answers = Answers::from_pairs(pairs.iter().copied());
    let context = Context {
        date: crate::date::Date::from_ymd(2025, 11, 29).unwrap(),
        rules: &RULES,
    };
    evaluate(flow("check").unwrap(), &answers, &PREDICATES, &context)
}

fn next(pairs: &[(&str, &str)]) -> Option<String> {
    walk(pairs).next.map(|(q, _)| q)
}

#[test]
fn the_needs_path_by_node() {
    let mut a = vec![("for", "me")];
    assert_eq!(next(&a).as_deref(), Some("situation"));
    a.push(("situation", "needs_help"));
    assert_eq!(next(&a).as_deref(), Some("impairment"));
    a.push(("impairment", "yes"));
    assert_eq!(next(&a).as_deref(), Some("unable"));
    a.extend([("unable", "nutrition"), ("unable", "dressing")]);
    assert_eq!(next(&a).as_deref(), Some("wellbeing"));
    a.push(("wellbeing", "yes"));
    assert_eq!(next(&a).as_deref(), Some("age"));
    a.push(("age", "82"));
    assert_eq!(next(&a).as_deref(), Some("setting"));
    a.push(("setting", "home"));
    let end = walk(&a);
    assert_eq!(end.next, None);
    assert_eq!(
        end.outcomes,
        [
            "needs_assessment_right",
            "needs_likely_eligible",
            "attendance_allowance_consider",
            "care_costs"
        ]
    );
    // "None of these" is not an outcome the person cannot achieve.
    let none: Vec<_> = a
        .iter()
        .copied()
        .filter(|(k, _)| *k != "unable")
        .chain([("unable", "none")])
        .collect();
    assert_eq!(
        walk(&none).outcomes,
        [
            "needs_assessment_right",
            "needs_unlikely_eligible",
            "care_costs"
        ]
    );
}

#[test]
fn the_carer_path_by_node() {
    let mut a = vec![("for", "me"), ("situation", "caring")];
    assert_eq!(next(&a).as_deref(), Some("age"));
    a.push(("age", "50"));
    // The shared age question leads carers on.
    assert_eq!(next(&a).as_deref(), Some("caring_hours"));
    a.push(("caring_hours", "50"));
    assert_eq!(next(&a).as_deref(), Some("carer_unable"));
    a.push(("carer_unable", "recreation"));
    assert_eq!(next(&a).as_deref(), Some("carer_health"));
    a.push(("carer_health", "no"));
    assert_eq!(next(&a).as_deref(), Some("carer_wellbeing"));
    a.push(("carer_wellbeing", "yes"));
    assert_eq!(next(&a).as_deref(), Some("cared_for_benefit"));
    a.push(("cared_for_benefit", "pip_daily_living"));
    assert_eq!(next(&a).as_deref(), Some("carer_earnings"));
    a.push(("carer_earnings", "£120"));
    assert_eq!(next(&a).as_deref(), Some("full_time_education"));
    a.push(("full_time_education", "no"));
    let end = walk(&a);
    assert_eq!(end.next, None);
    assert_eq!(
        end.outcomes,
        [
            "carers_assessment_right",
            "carer_likely_eligible",
            "carers_allowance_likely",
            "carers_allowance_watch",
            "short_breaks",
            "emergency_plan"
        ]
    );
}

#[test]
fn other_situations_end_at_once_and_urgent_help_shows() {
    for situation in ["hospital", "paying", "problem"] {
        let e = walk(&[("for", "me"), ("situation", situation)]);
        assert_eq!(e.next, None, "{situation}");
        assert_eq!(e.outcomes, ["other_situation"], "{situation}");
    }
    let e = walk(&[("for", "someone_else"), ("situation", "urgent")]);
    assert_eq!(e.outcomes, ["urgent_help"]);
}

/// Every source an outcome cites is in the register (`content/sources/*.toml`), as the
/// explainers' are.
#[test]
fn every_outcome_cites_registered_sources() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/sources");
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        ids.extend(text.lines().filter_map(|l| {
            l.strip_prefix("id = \"")
                .and_then(|rest| rest.strip_suffix('"'))
                .map(str::to_owned)
        }));
    }
    assert!(ids.len() > 20, "read the register: {} ids", ids.len());
    for flow in FLOWS.iter() {
        for o in &flow.outcomes {
            for s in o.sources.iter().map(|s| &s.id) {
                assert!(
                    ids.contains(s),
                    "{}: outcome {} cites unknown source {s:?}",
                    flow.id,
                    o.id
                );
            }
        }
    }
}
