//! Reading a JSON object field by field, collecting every error with its path instead of
//! stopping at the first (as serde's derive would), in plain words.

use serde_json::{Map, Value};

use super::FieldError;
use crate::date::Date;
use crate::money::Pence;

/// Errors found so far.
#[derive(Default)]
pub(super) struct Errors(pub(super) Vec<FieldError>);

impl Errors {
    pub(super) fn push(&mut self, field: &str, code: &str, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            message: message.into(),
        });
    }
}

/// `prefix.name`, or `name` at the top level.
pub(super) fn path(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

/// One JSON object being read; reports fields it was not asked for when finished.
pub(super) struct Obj<'a> {
    map: &'a Map<String, Value>,
    prefix: String,
    known: Vec<&'static str>,
}

/// Read `value` as an object, or report what it was instead.
pub(super) fn object<'a>(value: &'a Value, at: &str, errors: &mut Errors) -> Option<Obj<'a>> {
    match value {
        Value::Object(map) => Some(Obj {
            map,
            prefix: at.to_owned(),
            known: Vec::new(),
        }),
        other => {
            let field = if at.is_empty() { "(body)" } else { at };
            errors.push(
                field,
                "wrong_type",
                format!("must be a JSON object, not {}", kind(other)),
            );
            None
        }
    }
}

pub(super) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

impl<'a> Obj<'a> {
    pub(super) fn at(&self, name: &str) -> String {
        path(&self.prefix, name)
    }

    /// The field's value; `None` when absent or null.
    pub(super) fn get(&mut self, name: &'static str) -> Option<&'a Value> {
        self.known.push(name);
        self.map.get(name).filter(|v| !v.is_null())
    }

    /// Whether the field is there at all (`null` counts: it says "none").
    pub(super) fn map_has(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }

    /// The field: when `required`, a `required` error if it is absent or null.
    fn field(
        &mut self,
        name: &'static str,
        required: bool,
        errors: &mut Errors,
    ) -> Option<&'a Value> {
        if required {
            self.need(name, errors)
        } else {
            self.get(name)
        }
    }

    /// Present and not null, or a `required` error.
    pub(super) fn need(&mut self, name: &'static str, errors: &mut Errors) -> Option<&'a Value> {
        let v = self.get(name);
        if v.is_none() {
            errors.push(&self.at(name), "required", "is required");
        }
        v
    }

    pub(super) fn text(
        &mut self,
        name: &'static str,
        max_chars: usize,
        required: bool,
        errors: &mut Errors,
    ) -> Option<String> {
        let v = self.field(name, required, errors)?;
        text_value(v, &self.at(name), max_chars, required, errors)
    }

    pub(super) fn date(
        &mut self,
        name: &'static str,
        required: bool,
        errors: &mut Errors,
    ) -> Option<Date> {
        let v = self.field(name, required, errors)?;
        let at = self.at(name);
        match v.as_str() {
            Some(s) => Date::parse(s).or_else(|| {
                errors.push(
                    &at,
                    "not_a_date",
                    format!("{s:?} is not a date: write it as YYYY-MM-DD"),
                );
                None
            }),
            None => {
                errors.push(
                    &at,
                    "wrong_type",
                    format!("must be a date as text (YYYY-MM-DD), not {}", kind(v)),
                );
                None
            }
        }
    }

    /// A whole number in `min..=max`.
    pub(super) fn count(
        &mut self,
        name: &'static str,
        min: u64,
        max: u64,
        required: bool,
        errors: &mut Errors,
    ) -> Option<u32> {
        let v = self.field(name, required, errors)?;
        let at = self.at(name);
        match v.as_u64() {
            Some(n) if (min..=max).contains(&n) => Some(n as u32),
            Some(n) => {
                errors.push(
                    &at,
                    "out_of_range",
                    format!("{n} is out of range: it must be from {min} to {max}"),
                );
                None
            }
            None => {
                errors.push(
                    &at,
                    "wrong_type",
                    format!("must be a whole number from {min} to {max}"),
                );
                None
            }
        }
    }

    /// An amount of pounds (a JSON number, or text like "1,250.50"), more than zero unless
    /// `zero_ok`, at most [`super::MAX_AMOUNT_POUNDS`].
    pub(super) fn money(
        &mut self,
        name: &'static str,
        zero_ok: bool,
        required: bool,
        errors: &mut Errors,
    ) -> Option<Pence> {
        let v = self.field(name, required, errors)?;
        money_value(v, &self.at(name), zero_ok, errors)
    }

    /// A number (percentages) in `min..=max`.
    pub(super) fn number(
        &mut self,
        name: &'static str,
        min: f64,
        max: f64,
        errors: &mut Errors,
    ) -> Option<f64> {
        let v = self.need(name, errors)?;
        let at = self.at(name);
        match v.as_f64() {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(n) => {
                errors.push(
                    &at,
                    "out_of_range",
                    format!("{n} is out of range: it must be from {min} to {max}"),
                );
                None
            }
            None => {
                errors.push(&at, "wrong_type", "must be a number");
                None
            }
        }
    }

    pub(super) fn boolean(&mut self, name: &'static str, errors: &mut Errors) -> Option<bool> {
        let v = self.need(name, errors)?;
        v.as_bool().or_else(|| {
            errors.push(
                &self.at(name),
                "wrong_type",
                format!("must be true or false, not {}", kind(v)),
            );
            None
        })
    }

    /// One of `allowed` codes.
    pub(super) fn choice<T: Copy>(
        &mut self,
        name: &'static str,
        allowed: &[(&'static str, T)],
        errors: &mut Errors,
    ) -> Option<T> {
        let v = self.need(name, errors)?;
        choice_value(v, &self.at(name), allowed, errors)
    }

    /// A list of at most `max` items.
    pub(super) fn list(
        &mut self,
        name: &'static str,
        max: usize,
        required: bool,
        errors: &mut Errors,
    ) -> Option<&'a Vec<Value>> {
        let v = self.field(name, required, errors)?;
        let at = self.at(name);
        match v.as_array() {
            Some(items) if items.len() > max => {
                errors.push(
                    &at,
                    "too_many",
                    format!("has {} entries: at most {max} are allowed", items.len()),
                );
                None
            }
            Some(items) => Some(items),
            None => {
                errors.push(
                    &at,
                    "wrong_type",
                    format!("must be a list, not {}", kind(v)),
                );
                None
            }
        }
    }

    /// Report the fields present that nobody asked for.
    pub(super) fn finish(self, errors: &mut Errors) {
        let mut extra: Vec<&String> = self
            .map
            .keys()
            .filter(|k| !self.known.contains(&k.as_str()))
            .collect();
        extra.sort();
        for k in extra {
            let shown: String = k.chars().take(40).collect();
            errors.push(
                &path(&self.prefix, &shown),
                "unknown_field",
                format!(
                    "is not a field of this record (the fields are: {})",
                    self.known.join(", ")
                ),
            );
        }
    }
}

pub(super) fn text_value(
    v: &Value,
    at: &str,
    max_chars: usize,
    required: bool,
    errors: &mut Errors,
) -> Option<String> {
    match v.as_str() {
        Some(s) => {
            let s = s.trim();
            if s.is_empty() {
                if required {
                    errors.push(at, "required", "is required");
                }
                None
            } else if s.chars().count() > max_chars {
                errors.push(
                    at,
                    "too_long",
                    format!("is too long: at most {max_chars} characters"),
                );
                None
            } else if s.chars().any(|c| c.is_control()) {
                errors.push(at, "wrong_type", "must not contain control characters");
                None
            } else {
                Some(s.to_owned())
            }
        }
        None => {
            errors.push(at, "wrong_type", format!("must be text, not {}", kind(v)));
            None
        }
    }
}

pub(super) fn money_value(
    v: &Value,
    at: &str,
    zero_ok: bool,
    errors: &mut Errors,
) -> Option<Pence> {
    let max = Pence::from_pounds(super::MAX_AMOUNT_POUNDS).unwrap_or_default();
    let parsed = match v {
        Value::Number(n) => match n.as_f64() {
            Some(f) if f < 0.0 => Err("must not be negative".to_owned()),
            Some(f) if (f * 100.0 - (f * 100.0).round()).abs() > 1e-6 => {
                Err("has more than two decimal places".to_owned())
            }
            Some(f) => Pence::from_pounds(f).ok_or_else(|| "is not a number".to_owned()),
            None => Err("is not a number".to_owned()),
        },
        Value::String(s) => crate::money::parse_money(s, Pence(i64::MAX / 4)).map_err(|e| {
            use crate::money::MoneyError as M;
            match e {
                M::Empty => "is empty".to_owned(),
                M::NotANumber => format!("{s:?} is not an amount of money"),
                M::Negative => "must not be negative".to_owned(),
                M::TooManyDecimals => "has more than two decimal places".to_owned(),
                M::TooLarge => "is too large".to_owned(),
            }
        }),
        other => Err(format!("must be an amount in pounds, not {}", kind(other))),
    };
    match parsed {
        Ok(p) if p > max => {
            errors.push(
                at,
                "out_of_range",
                format!(
                    "{} is more than {}: check the amount",
                    p.format_gbp(),
                    max.format_gbp()
                ),
            );
            None
        }
        Ok(p) if p == Pence::ZERO && !zero_ok => {
            errors.push(at, "out_of_range", "must be more than £0");
            None
        }
        Ok(p) => Some(p),
        Err(message) => {
            let code = if matches!(v, Value::Number(_) | Value::String(_)) {
                "out_of_range"
            } else {
                "wrong_type"
            };
            let code = if message.contains("not an amount") || message.contains("not a number") {
                "wrong_type"
            } else {
                code
            };
            errors.push(at, code, message);
            None
        }
    }
}

pub(super) fn choice_value<T: Copy>(
    v: &Value,
    at: &str,
    allowed: &[(&'static str, T)],
    errors: &mut Errors,
) -> Option<T> {
    let names: Vec<&str> = allowed.iter().map(|(n, _)| *n).collect();
    match v.as_str() {
        Some(s) => match allowed.iter().find(|(n, _)| *n == s) {
            Some((_, t)) => Some(*t),
            None => {
                let shown: String = s.chars().take(40).collect();
                errors.push(
                    at,
                    "unknown_value",
                    format!("{shown:?} is not one of: {}", names.join(", ")),
                );
                None
            }
        },
        None => {
            errors.push(
                at,
                "wrong_type",
                format!("must be one of: {}", names.join(", ")),
            );
            None
        }
    }
}
