//! The navigator's conditions: one named predicate per outcome, each a rule of law in plain
//! code with worked cases below. They say what is *likely*: only an assessor decides
//! eligibility, and the plan says so.
//!
//! Law applied (see `../shared/design/NAVIGATOR.md` and the explainers' sources):
//! - Care Act 2014 s.9 and s.10: anyone who appears to need care and support (or a carer who
//!   appears to have needs for support) must be assessed, whatever their needs or money.
//! - Care and Support (Eligibility Criteria) Regulations 2015, reg. 2 (adults): needs from an
//!   impairment or illness, unable to achieve **two or more** of ten outcomes, and as a
//!   consequence a significant impact on wellbeing.
//! - Same regulations, reg. 3 (carers): the carer's health is deteriorating or at risk, **or**
//!   they are unable to achieve **any one** of eight outcomes; and a significant impact on
//!   wellbeing.
//! - Carer's Allowance (Social Security Contributions and Benefits Act 1992 s.70 and the
//!   Invalid Care Allowance Regulations 1976): 16 or over; at least 35 hours a week; the
//!   cared-for person gets a qualifying benefit; net earnings at or under the weekly limit for
//!   the date (`carers_allowance_earnings_limit` in the rules); not in full-time education.
//! - Attendance Allowance is for people over State Pension age, PIP (daily living) for people
//!   under it; the plan points to them and never assesses them. State Pension age is 66, rising
//!   to 67 for people born on or after 6 April 1960, from 6 April 2026 to 5 March 2028 (Pensions
//!   Act 2014 s.26 and its explanatory notes): see [`pension_age`].

use super::{Answers, Context, Predicate};

/// Every predicate a flow may name.
pub const PREDICATES: [(&str, Predicate); 16] = [
    ("under_18", under_18),
    ("carers_allowance_not_met", carers_allowance_not_met),
    (
        "attendance_allowance_consider",
        attendance_allowance_consider,
    ),
    ("pip_consider", pip_consider),
    ("pension_age_unclear", pension_age_unclear),
    ("situation_not_built", situation_not_built),
    ("asks_about_needs", asks_about_needs),
    ("needs_likely", needs_likely),
    ("needs_maybe", needs_maybe),
    ("needs_unlikely", needs_unlikely),
    ("asks_about_caring", asks_about_caring),
    ("carer_needs_likely", carer_needs_likely),
    ("carers_allowance_likely", carers_allowance_likely),
    (
        "carers_allowance_earnings_over_limit",
        carers_allowance_earnings_over_limit,
    ),
    (
        "carers_allowance_needs_qualifying_benefit",
        carers_allowance_needs_qualifying_benefit,
    ),
    ("urgent", urgent),
];

/// The benefits that qualify the cared-for person for Carer's Allowance (the flow's values).
pub const QUALIFYING_BENEFITS: [&str; 8] = [
    "attendance_allowance",
    "pip_daily_living",
    "dla_care_middle_or_high",
    "constant_attendance_allowance",
    "afip",
    "adult_disability_payment",
    "pension_age_disability_payment",
    "child_disability_payment_care",
];

/// Anyone on the needs path has the right to a needs assessment (s.9), if an adult: the Care
/// Act's assessments are for adults (children are assessed under the Children Act 1989).
fn asks_about_needs(a: &Answers, _: &Context) -> bool {
    on_needs_path(a) && adult_or_not_asked(a)
}

/// 18 or over, or the age not answered yet.
fn adult_or_not_asked(a: &Answers) -> bool {
    age(a).is_none_or(|age| age >= 18)
}

/// Under 18 on either path: children's services, and for a young carer the young carer's
/// assessment (Children Act 1989 s.17ZA).
fn under_18(a: &Answers, _: &Context) -> bool {
    (on_needs_path(a) || on_carer_path(a)) && age(a).is_some_and(|age| age < 18)
}

fn on_needs_path(a: &Answers) -> bool {
    a.get("situation") == "needs_help"
}

fn on_carer_path(a: &Answers) -> bool {
    a.get("situation") == "caring"
}

/// How many outcomes were ticked in a many-of answer ("none of these" is not one).
fn ticked(a: &Answers, key: &str) -> usize {
    a.values(key).iter().filter(|v| *v != "none").count()
}

/// How the three parts of reg. 2 stand: each `Some(true)` met, `Some(false)` not met, `None`
/// not sure (or not answered yet).
fn adult_criteria(a: &Answers) -> Option<[Option<bool>; 3]> {
    if !on_needs_path(a) || !adult_or_not_asked(a) || a.get("wellbeing").is_empty() {
        return None;
    }
    let yes_no = |key: &str| match a.get(key) {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    Some([
        yes_no("impairment"),
        Some(ticked(a, "unable") >= 2),
        yes_no("wellbeing"),
    ])
}

/// All three parts of reg. 2 met, by the answers.
fn needs_likely(a: &Answers, _: &Context) -> bool {
    adult_criteria(a).is_some_and(|c| c.iter().all(|p| *p == Some(true)))
}

/// None clearly not met, but some not sure.
fn needs_maybe(a: &Answers, _: &Context) -> bool {
    adult_criteria(a).is_some_and(|c| !c.contains(&Some(false)) && c.contains(&None))
}

/// A part clearly not met (the assessment right stands all the same).
fn needs_unlikely(a: &Answers, _: &Context) -> bool {
    adult_criteria(a).is_some_and(|c| c.contains(&Some(false)))
}

/// An adult on the carer path has the right to a carer's assessment (s.10).
fn asks_about_caring(a: &Answers, _: &Context) -> bool {
    on_carer_path(a) && adult_or_not_asked(a)
}

/// Reg. 3: health at risk, or any one of the eight outcomes; and wellbeing affected.
fn carer_needs_likely(a: &Answers, _: &Context) -> bool {
    on_carer_path(a)
        && adult_or_not_asked(a)
        && (a.get("carer_health") == "yes" || ticked(a, "carer_unable") >= 1)
        && a.get("carer_wellbeing") == "yes"
}

/// Every Carer's Allowance condition but earnings, by the answers.
fn allowance_conditions_but_earnings(a: &Answers) -> bool {
    on_carer_path(a)
        && a.get("caring_hours").parse::<i64>().is_ok_and(|h| h >= 35)
        && a.get("age").parse::<i64>().is_ok_and(|age| age >= 16)
        && a.get("full_time_education") == "no"
        && QUALIFYING_BENEFITS
            .iter()
            .any(|b| a.has("cared_for_benefit", b))
}

/// Net weekly earnings (pence, as the engine stores money) against the limit for the date:
/// `None` if not answered or if the limit is not known for the date.
fn earnings_within_limit(a: &Answers, context: &Context) -> Option<bool> {
    let earnings: i64 = a.get("carer_earnings").parse().ok()?;
    let limit = context
        .rules
        .lookup_known("carers_allowance_earnings_limit", context.date)
        .filter(|k| k.current)?;
    Some(earnings <= (limit.amount * 100.0).round() as i64)
}

fn carers_allowance_likely(a: &Answers, context: &Context) -> bool {
    allowance_conditions_but_earnings(a) && earnings_within_limit(a, context) == Some(true)
}

fn carers_allowance_earnings_over_limit(a: &Answers, context: &Context) -> bool {
    allowance_conditions_but_earnings(a) && earnings_within_limit(a, context) == Some(false)
}

/// Caring 35 hours or more, but the cared-for person has no qualifying benefit (or the carer
/// is not sure): the plan says which benefits count.
fn carers_allowance_needs_qualifying_benefit(a: &Answers, _: &Context) -> bool {
    on_carer_path(a)
        && a.get("caring_hours").parse::<i64>().is_ok_and(|h| h >= 35)
        && !a.values("cared_for_benefit").is_empty()
        && !QUALIFYING_BENEFITS
            .iter()
            .any(|b| a.has("cared_for_benefit", b))
}

/// Whether someone of `age` (in whole years) has reached State Pension age on `date`: `None`
/// when their age in years cannot tell (it depends on the date of birth).
///
/// Pensions Act 2014 s.26 (explanatory notes, paras 122-123): people born on or after 6 October
/// 1954 and before 6 April 1960 reach it at 66; those born from 6 April 1960 to 5 March 1961 at
/// 66 and 1 to 11 months, between 6 May 2026 and 5 March 2028; those born from 6 March 1961 at
/// 67. So, from 6 October 2020 until 5 April 2026, everyone aged 66 has reached it and everyone
/// younger has not; then a 66-year-old may or may not have, until 6 March 2028, after which a
/// 66-year-old has not. Anyone 67 or over has (until the rise to 68 planned from 2044, when 67
/// becomes unclear too). Before 6 October 2020 the age was still rising to 66: 65 is unclear.
pub fn pension_age(age: i64, date: crate::date::Date) -> Option<bool> {
    use crate::date::Date;
    let on = |y, m, d| Date::from_ymd(y, m, d).expect("a valid date");
    let unclear: &[i64] = if date < on(2020, 10, 6) {
        &[65]
    } else if date < on(2026, 4, 6) {
        &[]
    } else if date < on(2028, 3, 6) {
        &[66]
    } else if date < on(2044, 4, 6) {
        &[]
    } else {
        &[67]
    };
    let reached_from = if date < on(2028, 3, 6) { 66 } else { 67 };
    if unclear.contains(&age) {
        None
    } else {
        Some(age >= reached_from)
    }
}

/// The person's age, on the path being asked about.
fn age(a: &Answers) -> Option<i64> {
    a.get("age").parse().ok()
}

/// The outcomes that are about personal care or supervision (what Attendance Allowance and
/// PIP's daily living part look at), of the ten the needs path asks about.
const PERSONAL_CARE: [&str; 6] = [
    "nutrition",
    "hygiene",
    "toilet",
    "dressing",
    "home_safety",
    "relationships",
];

/// On the needs path, the needs come (or may come) from an illness or disability and include
/// personal care or supervision, and the age is known.
fn disability_benefit_could_help(a: &Answers) -> bool {
    on_needs_path(a)
        && a.get("impairment") != "no"
        && PERSONAL_CARE.iter().any(|o| a.has("unable", o))
        && age(a).is_some()
}

/// Point to Attendance Allowance: over State Pension age, or perhaps over it.
fn attendance_allowance_consider(a: &Answers, c: &Context) -> bool {
    disability_benefit_could_help(a)
        && age(a).is_some_and(|age| pension_age(age, c.date) != Some(false))
}

/// Point to PIP (daily living): 16 or over and under State Pension age, or perhaps under it.
fn pip_consider(a: &Answers, c: &Context) -> bool {
    disability_benefit_could_help(a)
        && age(a).is_some_and(|age| age >= 16 && pension_age(age, c.date) != Some(true))
}

/// On the needs path, at an age where State Pension age depends on the date of birth.
fn pension_age_unclear(a: &Answers, c: &Context) -> bool {
    on_needs_path(a) && age(a).is_some_and(|age| pension_age(age, c.date).is_none())
}

/// A situation whose path is not built yet: the plan points to the explainers.
fn situation_not_built(a: &Answers, _: &Context) -> bool {
    matches!(a.get("situation"), "hospital" | "paying" | "problem")
}

/// At the end of the carer path, a Carer's Allowance condition other than the earnings and
/// the cared-for person's benefit does not fit (hours, age or full-time education): the plan
/// says what the allowance needs.
fn carers_allowance_not_met(a: &Answers, c: &Context) -> bool {
    on_carer_path(a)
        && !a.get("full_time_education").is_empty()
        && !allowance_conditions_but_earnings(a)
        && !carers_allowance_needs_qualifying_benefit(a, c)
}

/// Someone is at risk now.
fn urgent(a: &Answers, _: &Context) -> bool {
    a.get("situation") == "urgent"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::rules::RULES;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers::from_pairs(pairs.iter().copied())
    }

    fn holds(name: &str, pairs: &[(&str, &str)], date: Date) -> bool {
        let p = PREDICATES.iter().find(|(n, _)| *n == name).unwrap().1;
        p(
            &answers(pairs),
            &Context {
                date,
                rules: &RULES,
            },
        )
    }

    fn on(y: i64, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    const NEEDS: [(&str, &str); 5] = [
        ("situation", "needs_help"),
        ("impairment", "yes"),
        ("unable", "nutrition"),
        ("unable", "hygiene"),
        ("wellbeing", "yes"),
    ];

    #[test]
    fn adults_need_two_outcomes_an_impairment_and_an_impact() {
        let today = on(2026, 11, 29);
        assert!(holds("needs_likely", &NEEDS, today));
        assert!(holds("asks_about_needs", &NEEDS, today));
        // One outcome is not enough for an adult (reg. 2(2): two or more).
        let one: Vec<_> = NEEDS
            .iter()
            .copied()
            .filter(|(_, v)| *v != "hygiene")
            .collect();
        assert!(!holds("needs_likely", &one, today));
        assert!(holds("needs_unlikely", &one, today));
        // ... but the right to an assessment stands whatever the answers (s.9).
        assert!(holds("asks_about_needs", &one, today));
        // Not sure about the impairment: may meet the criteria.
        let unsure: Vec<_> = NEEDS
            .iter()
            .map(|&(k, v)| {
                if k == "impairment" {
                    (k, "not_sure")
                } else {
                    (k, v)
                }
            })
            .collect();
        assert!(holds("needs_maybe", &unsure, today));
        assert!(!holds("needs_likely", &unsure, today) && !holds("needs_unlikely", &unsure, today));
        // No impact on wellbeing: unlikely.
        let no_impact: Vec<_> = NEEDS
            .iter()
            .map(|&(k, v)| if k == "wellbeing" { (k, "no") } else { (k, v) })
            .collect();
        assert!(holds("needs_unlikely", &no_impact, today));
        // Before the last question, none of the three is decided.
        assert!(!holds("needs_likely", &NEEDS[..4], today));
        assert!(!holds("needs_unlikely", &NEEDS[..4], today));
    }

    const CARER: [(&str, &str); 9] = [
        ("situation", "caring"),
        ("age", "45"),
        ("caring_hours", "40"),
        ("carer_health", "no"),
        ("carer_unable", "recreation"),
        ("carer_wellbeing", "yes"),
        ("cared_for_benefit", "attendance_allowance"),
        ("carer_earnings", "19600"),
        ("full_time_education", "no"),
    ];

    fn with(
        base: &[(&'static str, &'static str)],
        key: &str,
        value: &'static str,
    ) -> Vec<(&'static str, &'static str)> {
        base.iter()
            .map(|&(k, v)| if k == key { (k, value) } else { (k, v) })
            .collect()
    }

    #[test]
    fn one_outcome_is_enough_for_a_carer() {
        let today = on(2026, 11, 29);
        assert!(holds("carer_needs_likely", &CARER, today));
        assert!(holds("asks_about_caring", &CARER, today));
        // Health at risk counts even with no outcome affected (reg. 3(1)(b)(i)).
        let health: Vec<_> = with(&CARER, "carer_health", "yes")
            .into_iter()
            .filter(|(k, _)| *k != "carer_unable")
            .collect();
        assert!(holds("carer_needs_likely", &health, today));
        // Neither health nor an outcome: not likely.
        let neither: Vec<_> = CARER
            .iter()
            .copied()
            .filter(|(k, _)| *k != "carer_unable")
            .collect();
        assert!(!holds("carer_needs_likely", &neither, today));
    }

    #[test]
    fn carers_allowance_uses_the_earnings_limit_for_the_date() {
        // £196.00 a week from 7 April 2025 (SI 2025/352): £196 is within, £196.01 is over.
        let in_2025 = on(2025, 11, 29);
        assert!(holds("carers_allowance_likely", &CARER, in_2025));
        let over = with(&CARER, "carer_earnings", "19601");
        assert!(!holds("carers_allowance_likely", &over, in_2025));
        assert!(holds(
            "carers_allowance_earnings_over_limit",
            &over,
            in_2025
        ));
        // 34 hours, under 16, or in full-time education: not likely.
        for (k, v) in [
            ("caring_hours", "34"),
            ("age", "15"),
            ("full_time_education", "yes"),
        ] {
            assert!(
                !holds("carers_allowance_likely", &with(&CARER, k, v), in_2025),
                "{k}={v}"
            );
        }
        // No qualifying benefit: the plan says which benefits count.
        let none = with(&CARER, "cared_for_benefit", "none");
        assert!(!holds("carers_allowance_likely", &none, in_2025));
        assert!(holds(
            "carers_allowance_needs_qualifying_benefit",
            &none,
            in_2025
        ));
    }

    #[test]
    fn state_pension_age_by_age_and_date() {
        // 66 reached it before the rise; from 6 April 2026 a 66-year-old may not have
        // (born 15 April 1960: 66 and 1 month on 15 May 2026); from 6 March 2028, 67.
        assert_eq!(pension_age(66, on(2025, 11, 29)), Some(true));
        assert_eq!(pension_age(65, on(2025, 11, 29)), Some(false));
        assert_eq!(pension_age(66, on(2026, 11, 29)), None);
        assert_eq!(pension_age(67, on(2026, 11, 29)), Some(true));
        assert_eq!(pension_age(65, on(2026, 11, 29)), Some(false));
        assert_eq!(pension_age(66, on(2028, 3, 6)), Some(false));
        assert_eq!(pension_age(67, on(2030, 1, 1)), Some(true));
        assert_eq!(pension_age(67, on(2045, 1, 1)), None);
    }

    #[test]
    fn attendance_allowance_over_pension_age_pip_under_it() {
        let needs = |age: &'static str| {
            let mut a = NEEDS.to_vec();
            a.push(("age", age));
            a
        };
        let today = on(2026, 11, 29);
        assert!(holds("attendance_allowance_consider", &needs("80"), today));
        assert!(!holds("pip_consider", &needs("80"), today));
        assert!(holds("pip_consider", &needs("40"), today));
        assert!(!holds("attendance_allowance_consider", &needs("40"), today));
        // 66 in November 2026: it depends on the date of birth, so both, and the check.
        assert!(holds("attendance_allowance_consider", &needs("66"), today));
        assert!(holds("pip_consider", &needs("66"), today));
        assert!(holds("pension_age_unclear", &needs("66"), today));
        assert!(!holds("pension_age_unclear", &needs("80"), today));
        // Under 16: not PIP. No illness or disability: neither.
        assert!(!holds("pip_consider", &needs("15"), today));
        let no_impairment = with(&needs("80"), "impairment", "no");
        assert!(!holds(
            "attendance_allowance_consider",
            &no_impairment,
            today
        ));
        // Only outcomes that are not personal care (work, the community): neither.
        let other: Vec<_> = needs("80")
            .into_iter()
            .filter(|(k, _)| *k != "unable")
            .chain([("unable", "work_learning"), ("unable", "community")])
            .collect();
        assert!(!holds("attendance_allowance_consider", &other, today));
    }

    #[test]
    fn the_care_acts_assessments_are_for_adults() {
        let today = on(2026, 11, 29);
        let mut child = NEEDS.to_vec();
        child.push(("age", "15"));
        assert!(!holds("asks_about_needs", &child, today));
        assert!(!holds("needs_likely", &child, today));
        assert!(holds("under_18", &child, today));
        let young_carer = with(&CARER, "age", "16");
        assert!(!holds("asks_about_caring", &young_carer, today));
        assert!(holds("under_18", &young_carer, today));
        // A 16-year-old can still get Carer's Allowance (16 or over).
        assert!(holds(
            "carers_allowance_likely",
            &young_carer,
            on(2025, 11, 29)
        ));
        assert!(!holds("under_18", &CARER, today));
    }

    #[test]
    fn what_carers_allowance_needs_shows_when_a_condition_does_not_fit() {
        let in_2025 = on(2025, 11, 29);
        assert!(!holds("carers_allowance_not_met", &CARER, in_2025));
        for (k, v) in [
            ("caring_hours", "20"),
            ("full_time_education", "yes"),
            ("age", "15"),
        ] {
            assert!(
                holds("carers_allowance_not_met", &with(&CARER, k, v), in_2025),
                "{k}={v}"
            );
        }
        // No qualifying benefit has its own outcome.
        let none = with(&CARER, "cared_for_benefit", "none");
        assert!(!holds("carers_allowance_not_met", &none, in_2025));
    }

    #[test]
    fn an_unknown_limit_decides_nothing() {
        // A date the rules data holds no current limit for: neither within nor over.
        let later = on(2031, 6, 1);
        assert!(!holds("carers_allowance_likely", &CARER, later));
        assert!(!holds(
            "carers_allowance_earnings_over_limit",
            &CARER,
            later
        ));
    }
}
