//! The estimator's questions, read from and written to the query string.
//!
//! Answers live in the address (`/estimate?from=2&setting=care_home&weekly_cost=1250…`): the
//! form is a plain GET form, so it works without JavaScript, the back button is safe, a link
//! can be shared, and nothing is stored on the server. Unknown keys are dropped and keys are
//! written in a fixed order.

use std::collections::BTreeMap;

use carenav_domain::estimate::{
    EstimateRequest, MAX_CAPITAL, MAX_WEEKLY_COST, MAX_WEEKLY_INCOME, Occupant, Property,
    RulesChoice, Setting, WeeklyIncome,
};
use carenav_domain::money::{MoneyError, Pence, parse_money};

/// The questions, one topic per page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Setting = 1,
    Cost = 2,
    You = 3,
    Money = 4,
    Income = 5,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Setting,
        Step::Cost,
        Step::You,
        Step::Money,
        Step::Income,
    ];

    #[cfg(test)]
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The answer keys this step asks for.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Step::Setting => &["setting"],
            Step::Cost => &["weekly_cost", "nursing", "council_rate", "top_up"],
            Step::You => &["age", "partner"],
            Step::Money => &["savings", "property_value", "occupant", "deferred_payment"],
            Step::Income => INCOME_STEP_KEYS,
        }
    }
}

/// Keys kept in the address besides the answers.
/// `fee_of`: the home whose published fee filled in the weekly cost (the pages name it).
pub const CONTROL_KEYS: &[&str] = &[
    "from",
    "step",
    "view",
    "weeks",
    "rules",
    "start_date",
    "fee_of",
];

/// The income step's questions: weekly income by source, then (care at home only) costs.
const INCOME_STEP_KEYS: &[&str] = &[
    "state_pension",
    "private_pension",
    "pension_credit",
    "attendance_allowance",
    "pip_daily_living",
    "pip_mobility",
    "dla_care",
    "dla_mobility",
    "earnings",
    "other",
    "disability_related_expenditure",
    "housing_costs",
];

/// The answers so far: only known keys, in a fixed order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers(pub BTreeMap<&'static str, String>);

impl Answers {
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> Answers {
        let mut map = BTreeMap::new();
        for (k, v) in pairs {
            let known = Step::ALL
                .iter()
                .flat_map(|s| s.keys().iter())
                .chain(CONTROL_KEYS)
                .find(|key| **key == k);
            if let Some(key) = known {
                map.insert(*key, v.chars().take(40).collect());
            }
        }
        Answers(map)
    }

    pub fn get(&self, key: &str) -> &str {
        self.0.get(key).map(String::as_str).unwrap_or_default()
    }

    pub fn with(&self, key: &'static str, value: impl Into<String>) -> Answers {
        let mut a = self.clone();
        a.0.insert(key, value.into());
        a
    }

    pub fn without(&self, keys: &[&str]) -> Answers {
        let mut a = self.clone();
        a.0.retain(|k, _| !keys.contains(k));
        a
    }

    /// The answers as a query string (keys sorted), without control keys unless asked.
    pub fn query(&self) -> String {
        self.0
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}={}", carenav_domain::url::encode_component(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    pub fn setting(&self) -> Option<Setting> {
        match self.get("setting") {
            "care_home" => Some(Setting::CareHome),
            "care_home_temporary" => Some(Setting::CareHomeTemporary),
            "home_care" => Some(Setting::HomeCare),
            _ => None,
        }
    }

    /// Steps that apply: everything, but some questions within a step depend on the setting.
    pub fn is_care_home(&self) -> bool {
        self.setting().is_some_and(Setting::is_care_home)
    }
}

/// A problem with one answer. `message` is a Fluent key (`err-*` or `est-err-*`).
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerError {
    pub key: &'static str,
    pub message: &'static str,
}

fn money_answer(
    a: &Answers,
    key: &'static str,
    max: Pence,
    required: bool,
    errors: &mut Vec<AnswerError>,
) -> f64 {
    let raw = a.get(key);
    if raw.trim().is_empty() && !required {
        return 0.0;
    }
    match parse_money(raw, max) {
        Ok(p) => p.pounds(),
        Err(e) => {
            errors.push(AnswerError {
                key,
                message: match e {
                    MoneyError::Empty => "err-empty",
                    MoneyError::NotANumber => "err-not_a_number",
                    MoneyError::Negative => "err-negative",
                    MoneyError::TooManyDecimals => "err-too_many_decimals",
                    MoneyError::TooLarge => "err-too_large",
                },
            });
            0.0
        }
    }
}

#[cfg(test)]
fn yes_no(a: &Answers, key: &'static str, errors: &mut Vec<AnswerError>) -> bool {
    match a.get(key) {
        "yes" => true,
        "no" => false,
        _ => {
            errors.push(AnswerError {
                key,
                message: "est-err-choose",
            });
            false
        }
    }
}

#[cfg(test)]
/// Check one step's answers.
pub fn check_step(step: Step, a: &Answers) -> Vec<AnswerError> {
    let mut errors = Vec::new();
    match step {
        Step::Setting => {
            if a.setting().is_none() {
                errors.push(AnswerError {
                    key: "setting",
                    message: "est-err-setting",
                });
            }
        }
        Step::Cost => {
            let cost = money_answer(a, "weekly_cost", MAX_WEEKLY_COST, true, &mut errors);
            if errors.is_empty() && cost <= 0.0 {
                errors.push(AnswerError {
                    key: "weekly_cost",
                    message: "err-required_positive",
                });
            }
            if a.is_care_home() {
                yes_no(a, "nursing", &mut errors);
                money_answer(a, "council_rate", MAX_WEEKLY_COST, false, &mut errors);
                money_answer(a, "top_up", MAX_WEEKLY_COST, false, &mut errors);
            }
        }
        Step::You => {
            // Age matters only at home (the Minimum Income Guarantee), so only asked there.
            if !a.is_care_home() {
                match a.get("age").trim().parse::<u32>() {
                    Ok(age) if (18..=120).contains(&age) => {}
                    _ => errors.push(AnswerError {
                        key: "age",
                        message: "err-age_range",
                    }),
                }
            }
            yes_no(a, "partner", &mut errors);
        }
        Step::Money => {
            money_answer(a, "savings", MAX_CAPITAL, false, &mut errors);
            let home = money_answer(a, "property_value", MAX_CAPITAL, false, &mut errors);
            if home > 0.0
                && a.is_care_home()
                && !matches!(
                    a.get("occupant"),
                    "nobody" | "partner" | "relative_60_plus" | "relative_incapacitated"
                )
            {
                errors.push(AnswerError {
                    key: "occupant",
                    message: "est-err-occupant",
                });
            }
        }
        Step::Income => {
            for key in Step::Income.keys() {
                money_answer(a, key, MAX_WEEKLY_INCOME, false, &mut errors);
            }
        }
    }
    errors
}

#[cfg(test)]
/// The first step with a problem (or unanswered), up to and including `upto`.
pub fn first_invalid(a: &Answers, upto: Step) -> Option<(Step, Vec<AnswerError>)> {
    Step::ALL
        .into_iter()
        .filter(|s| s.number() <= upto.number())
        .map(|s| (s, check_step(s, a)))
        .find(|(_, e)| !e.is_empty())
}

/// Turn complete, valid answers into the estimator's request.
pub fn to_request(a: &Answers) -> EstimateRequest {
    let mut ignore = Vec::new();
    let mut m = |key: &'static str, max: Pence| money_answer(a, key, max, false, &mut ignore);
    let setting = a.setting().unwrap_or(Setting::CareHome);
    let care_home = setting.is_care_home();
    let property_value = m("property_value", MAX_CAPITAL);
    let income = WeeklyIncome {
        state_pension: m("state_pension", MAX_WEEKLY_INCOME),
        private_pension: m("private_pension", MAX_WEEKLY_INCOME),
        pension_credit: m("pension_credit", MAX_WEEKLY_INCOME),
        attendance_allowance: m("attendance_allowance", MAX_WEEKLY_INCOME),
        pip_daily_living: m("pip_daily_living", MAX_WEEKLY_INCOME),
        pip_mobility: m("pip_mobility", MAX_WEEKLY_INCOME),
        dla_care: m("dla_care", MAX_WEEKLY_INCOME),
        dla_mobility: m("dla_mobility", MAX_WEEKLY_INCOME),
        earnings: m("earnings", MAX_WEEKLY_INCOME),
        other: m("other", MAX_WEEKLY_INCOME),
    };
    EstimateRequest {
        setting,
        weekly_cost: m("weekly_cost", MAX_WEEKLY_COST),
        nursing: care_home && a.get("nursing") == "yes",
        age: if care_home {
            None
        } else {
            a.get("age").trim().parse().ok()
        },
        partner: a.get("partner") == "yes",
        savings: m("savings", MAX_CAPITAL),
        property: (property_value > 0.0).then(|| Property {
            value: property_value,
            occupant: match a.get("occupant") {
                "partner" => Occupant::Partner,
                "relative_60_plus" => Occupant::Relative60Plus,
                "relative_incapacitated" => Occupant::RelativeIncapacitated,
                _ => Occupant::Nobody,
            },
            deferred_payment: care_home && a.get("deferred_payment") == "yes",
        }),
        weekly_income: income,
        disability_related_expenditure: if care_home {
            0.0
        } else {
            m("disability_related_expenditure", MAX_WEEKLY_INCOME)
        },
        housing_costs: if care_home {
            0.0
        } else {
            m("housing_costs", MAX_WEEKLY_INCOME)
        },
        top_up: if care_home {
            m("top_up", MAX_WEEKLY_COST)
        } else {
            0.0
        },
        council_rate: if care_home {
            m("council_rate", MAX_WEEKLY_COST)
        } else {
            0.0
        },
        weeks: a
            .get("weeks")
            .parse()
            .ok()
            .filter(|w| (1..=520).contains(w))
            .unwrap_or(260),
        rules: if a.get("rules") == "reform_2021" {
            RulesChoice::Reform2021
        } else {
            RulesChoice::InForce
        },
        start_date: Some(a.get("start_date").to_owned()).filter(|s| !s.is_empty()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers::from_pairs(pairs.iter().map(|(k, v)| (*k, (*v).to_owned())))
    }

    #[test]
    fn unknown_keys_dropped_and_sorted() {
        let a = answers(&[
            ("weekly_cost", "£1,250"),
            ("evil", "x"),
            ("age", "84"),
            ("setting", "care_home"),
        ]);
        assert_eq!(
            a.query(),
            "age=84&setting=care_home&weekly_cost=%C2%A31%2C250"
        );
    }

    #[test]
    fn routes_to_the_first_step_with_a_problem() {
        let a = answers(&[
            ("setting", "care_home"),
            ("weekly_cost", "-3"),
            ("nursing", "no"),
        ]);
        let (step, errors) = first_invalid(&a, Step::Income).unwrap();
        assert_eq!(step, Step::Cost);
        assert_eq!(
            errors,
            vec![AnswerError {
                key: "weekly_cost",
                message: "err-negative"
            }]
        );

        let a = answers(&[
            ("setting", "home_care"),
            ("weekly_cost", "300"),
            ("age", "80"),
            ("partner", "no"),
        ]);
        assert_eq!(
            first_invalid(&a, Step::Income),
            None,
            "nursing is not asked for care at home; blanks are £0"
        );
        let req = to_request(&a);
        assert_eq!(req.setting, Setting::HomeCare);
        assert_eq!(req.weekly_cost, 300.0);
        assert_eq!(req.weeks, 260);
    }

    #[test]
    fn age_is_asked_only_for_care_at_home() {
        let home = answers(&[("setting", "care_home"), ("partner", "no")]);
        assert!(check_step(Step::You, &home).is_empty());
        assert_eq!(to_request(&home.with("age", "84")).age, None);
        let at_home = answers(&[("setting", "home_care"), ("partner", "no")]);
        assert_eq!(
            check_step(Step::You, &at_home),
            vec![AnswerError {
                key: "age",
                message: "err-age_range"
            }]
        );
        assert_eq!(to_request(&at_home.with("age", "70")).age, Some(70));
    }

    #[test]
    fn a_home_in_a_care_home_needs_to_know_who_lives_there() {
        let a = answers(&[("setting", "care_home"), ("property_value", "200000")]);
        assert_eq!(
            check_step(Step::Money, &a),
            vec![AnswerError {
                key: "occupant",
                message: "est-err-occupant"
            }]
        );
        let a = a
            .with("occupant", "partner")
            .with("deferred_payment", "yes");
        assert!(check_step(Step::Money, &a).is_empty());
        let req = to_request(&a);
        assert_eq!(req.property.unwrap().occupant, Occupant::Partner);
    }

    /// `content/flows/estimate.toml` (which the estimator now asks, on the navigator's engine)
    /// asks what the estimator's own step rules asked (`first_invalid`, kept for tests as the
    /// oracle): for each set of answers, the page of the flow's next question is the step
    /// `first_invalid` stops at (or both reach the results), and a refused answer is refused for
    /// the same reason. Read as a results link (missing blank amounts taken as blank), which is
    /// how `first_invalid` reads them.
    #[test]
    fn the_estimate_flow_asks_what_the_estimator_asks() {
        use carenav_domain::flow::{self, AnswerError as FlowError, Context};
        let flow = flow::flow("estimate").expect("content/flows/estimate.toml");
        let step_of_page = |page: &str| match page {
            "setting" => Step::Setting,
            "cost" => Step::Cost,
            "you" => Step::You,
            // Who lives in the home is a page of its own in the flow, part of the money step here.
            "money" | "home" => Step::Money,
            "income" => Step::Income,
            other => panic!("unknown page {other}"),
        };
        let home = [("setting", "home_care"), ("weekly_cost", "300")];
        let care = [
            ("setting", "care_home"),
            ("weekly_cost", "1250"),
            ("nursing", "no"),
        ];
        let cases: Vec<Vec<(&str, &str)>> = vec![
            vec![],
            vec![("setting", "castle")],
            vec![("setting", "home_care"), ("weekly_cost", "")],
            vec![("setting", "home_care"), ("weekly_cost", "0")],
            vec![("setting", "home_care"), ("weekly_cost", "lots")],
            vec![("setting", "home_care"), ("weekly_cost", "£1,250.50")],
            [&home[..], &[("age", "15")]].concat(),
            [&home[..], &[("age", "15"), ("partner", "no")]].concat(),
            [&home[..], &[("age", "80")]].concat(),
            [&home[..], &[("age", "80"), ("partner", "no")]].concat(),
            [&home[..], &[("age", "80"), ("partner", "maybe")]].concat(),
            [
                &home[..],
                &[
                    ("age", "80"),
                    ("partner", "no"),
                    ("property_value", "200000"),
                ],
            ]
            .concat(),
            [
                &home[..],
                &[("age", "80"), ("partner", "yes"), ("savings", "abc")],
            ]
            .concat(),
            [
                &home[..],
                &[("age", "80"), ("partner", "no"), ("housing_costs", "-3")],
            ]
            .concat(),
            vec![("setting", "care_home"), ("weekly_cost", "1250")],
            vec![
                ("setting", "care_home"),
                ("weekly_cost", "1250"),
                ("nursing", "perhaps"),
            ],
            [&care[..], &[("top_up", "lots")]].concat(),
            care.to_vec(),
            [&care[..], &[("partner", "no")]].concat(),
            [&care[..], &[("partner", "no"), ("age", "7")]].concat(),
            [
                &care[..],
                &[("partner", "no"), ("property_value", "200000")],
            ]
            .concat(),
            [
                &care[..],
                &[
                    ("partner", "no"),
                    ("property_value", "200000"),
                    ("occupant", "nobody"),
                ],
            ]
            .concat(),
            [
                &care[..],
                &[
                    ("partner", "no"),
                    ("property_value", "200000"),
                    ("occupant", "lodger"),
                ],
            ]
            .concat(),
            [&care[..], &[("partner", "no"), ("property_value", "0")]].concat(),
            [
                &care[..],
                &[
                    ("partner", "no"),
                    ("state_pension", "230.25"),
                    ("earnings", "-5"),
                ],
            ]
            .concat(),
            vec![
                ("setting", "care_home_temporary"),
                ("weekly_cost", "900"),
                ("nursing", "yes"),
                ("partner", "no"),
            ],
        ];
        let context = Context {
            date: carenav_domain::date::Date::from_ymd(2026, 11, 29).unwrap(),
            rules: &carenav_domain::rules::RULES,
        };
        for pairs in cases {
            let given = flow::Answers::from_pairs(pairs.iter().copied());
            let e = flow::evaluate(
                flow,
                &flow::assume_blank_optional(flow, &given),
                &carenav_domain::flow::predicates::PREDICATES,
                &context,
            );
            let ours = first_invalid(&answers(&pairs), Step::Income);
            match (&e.next, &ours) {
                (None, None) => {}
                (Some((id, error)), Some((step, errors))) => {
                    let page = flow.questions[id].page.as_deref().unwrap();
                    assert_eq!(step_of_page(page), *step, "{pairs:?}: flow asks {id}");
                    // A refused answer: the same message (an unanswered one is asked again).
                    if let Some(error) = error {
                        let message = match error {
                            FlowError::Money { reason, .. } => format!("err-{reason}"),
                            _ => flow.questions[id].error.clone(),
                        };
                        let same_key = errors.iter().find(|x| x.key == id.as_str());
                        assert_eq!(
                            same_key.map(|x| x.message),
                            Some(message.as_str()),
                            "{pairs:?}: {id}"
                        );
                    }
                }
                _ => panic!(
                    "{pairs:?}: flow {:?}, estimator {:?}",
                    e.next,
                    ours.map(|o| o.0)
                ),
            }
        }
    }
}
