//! The answers in the query string, read by question kind.

use std::collections::BTreeMap;

use super::Kind;
use crate::date::Date;
use crate::money::{MoneyError, Pence, parse_money};

/// Answers by question id: every value given for the key, in order (one for most kinds,
/// any number for many-of).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers(BTreeMap<String, Vec<String>>);

/// Why an answer cannot be used: the page shows the question's error message beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// The key is there but empty (the form was sent without an answer).
    Missing,
    /// Not one of the options.
    UnknownOption(String),
    /// Not a whole number in range, not an amount, or not a date.
    Invalid(String),
    /// A one-of, number, money, date or yes/no question answered more than once.
    TooMany,
    /// Not an amount of money we can use, and why (`not_a_number`, `negative`,
    /// `too_many_decimals`, `too_large`, `required_positive`: the `err-*` messages).
    Money { given: String, reason: &'static str },
}

impl AnswerError {
    /// A short code (for the API and logs).
    pub fn code(&self) -> &'static str {
        match self {
            AnswerError::Missing => "missing",
            AnswerError::UnknownOption(_) => "unknown_option",
            AnswerError::Invalid(_) => "invalid",
            AnswerError::TooMany => "too_many",
            AnswerError::Money { .. } => "invalid",
        }
    }

    /// Why an amount cannot be used (for a message that says what to fix).
    pub fn reason(&self) -> Option<&'static str> {
        match self {
            AnswerError::Money { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

impl Answers {
    /// From the query string's pairs (repeated keys kept in order).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Answers {
        let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (k, v) in pairs {
            map.entry(k.to_owned())
                .or_default()
                .push(v.trim().to_owned());
        }
        Answers(map)
    }

    /// The values given for `key`, as given.
    pub fn values(&self, key: &str) -> &[String] {
        self.0.get(key).map(Vec::as_slice).unwrap_or_default()
    }

    /// The one value for `key` ("" if none).
    pub fn get(&self, key: &str) -> &str {
        self.values(key)
            .first()
            .map(String::as_str)
            .unwrap_or_default()
    }

    /// Whether `key` was answered with `value` (for many-of: among its values).
    pub fn has(&self, key: &str, value: &str) -> bool {
        self.values(key).iter().any(|v| v == value)
    }

    /// Record that `key` was sent empty (a page sent without answering it).
    pub fn set_blank(&mut self, key: &str) {
        self.set(key, vec![String::new()]);
    }

    pub(super) fn set(&mut self, key: &str, values: Vec<String>) {
        self.0.insert(key.to_owned(), values);
    }

    /// The answer to one question, checked against its kind: `Ok(None)` if not answered
    /// yet, the values (normalised: money as pence, many-of without repeats) if valid.
    pub fn read(&self, key: &str, kind: &Kind) -> Result<Option<Vec<String>>, AnswerError> {
        let Some(given) = self.0.get(key) else {
            return Ok(None);
        };
        let given: Vec<&str> = given
            .iter()
            .map(String::as_str)
            .filter(|v| !v.is_empty())
            .collect();
        if given.is_empty() {
            return Err(AnswerError::Missing);
        }
        if !matches!(kind, Kind::ManyOf { .. }) && given.len() > 1 {
            return Err(AnswerError::TooMany);
        }
        let one = given[0];
        let value = match kind {
            Kind::OneOf { options } | Kind::ManyOf { options } => {
                let mut out: Vec<String> = Vec::new();
                for v in given {
                    if !options.iter().any(|o| o.value == v) {
                        return Err(AnswerError::UnknownOption(v.to_owned()));
                    }
                    if !out.iter().any(|o| o == v) {
                        out.push(v.to_owned());
                    }
                }
                return Ok(Some(out));
            }
            Kind::YesNo if kind.answer_values().contains(&one) => one.to_owned(),
            Kind::YesNo => return Err(AnswerError::UnknownOption(one.to_owned())),
            Kind::Number { min, max } => match one.replace(',', "").parse::<i64>() {
                Ok(n) if (*min..=*max).contains(&n) => n.to_string(),
                _ => return Err(AnswerError::Invalid(one.to_owned())),
            },
            Kind::Money { max, positive } => {
                let money = |reason| AnswerError::Money {
                    given: one.to_owned(),
                    reason,
                };
                match parse_money(one, Pence(max.saturating_mul(100))) {
                    Ok(p) if *positive && p.0 <= 0 => return Err(money("required_positive")),
                    Ok(p) => p.0.to_string(),
                    Err(e) => {
                        return Err(money(match e {
                            MoneyError::Empty => "empty",
                            MoneyError::NotANumber => "not_a_number",
                            MoneyError::Negative => "negative",
                            MoneyError::TooManyDecimals => "too_many_decimals",
                            MoneyError::TooLarge => "too_large",
                        }));
                    }
                }
            }
            Kind::Date => match Date::parse(one) {
                Some(d) => d.to_string(),
                None => return Err(AnswerError::Invalid(one.to_owned())),
            },
        };
        Ok(Some(vec![value]))
    }
}
