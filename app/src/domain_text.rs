//! Words for the domain's codes: the estimator returns codes and amounts, these functions
//! turn them into sentences in the reader's language (Fluent keys `why-*`, `warn-*`,
//! `err-*`, `rule-*`).

use crate::i18n::{Locale, text, text_with};
use carenav_domain::estimate::{FieldError, Note};
use carenav_domain::money::MoneyError;

/// The plain name of a figure in the rules data ("Upper capital limit").
pub fn figure_name(locale: Locale, key: &str) -> String {
    let name = text(locale, &format!("rule-{key}"));
    // i18n-embed returns a placeholder for unknown ids; fall back to the key itself.
    if name.contains(key) {
        key.replace('_', " ")
    } else {
        name
    }
}

fn note_args(locale: Locale, note: &Note) -> Vec<(&'static str, String)> {
    let mut args: Vec<(&'static str, String)> = note
        .amounts
        .iter()
        .map(|(k, v)| (*k, v.format_gbp()))
        .collect();
    if let Some(rule) = &note.rule {
        args.push(("figure", figure_name(locale, rule)));
    }
    if let Some(week) = note.week {
        args.push(("week", week.to_string()));
    }
    if let Some(count) = note.count {
        args.push(("count", count.to_string()));
    }
    args
}

/// An explanation line ("why").
pub fn why(locale: Locale, note: &Note) -> String {
    text_with(
        locale,
        &format!("why-{}", note.code),
        &note_args(locale, note),
    )
}

/// A warning line.
pub fn warning(locale: Locale, note: &Note) -> String {
    text_with(
        locale,
        &format!("warn-{}", note.code),
        &note_args(locale, note),
    )
}

/// What to fix in a field.
pub fn field_error(locale: Locale, e: &FieldError) -> String {
    text(locale, &format!("err-{}", e.code))
}

pub fn money_error(locale: Locale, e: MoneyError) -> String {
    let code = match e {
        MoneyError::Empty => "empty",
        MoneyError::NotANumber => "not_a_number",
        MoneyError::Negative => "negative",
        MoneyError::TooManyDecimals => "too_many_decimals",
        MoneyError::TooLarge => "too_large",
    };
    text(locale, &format!("err-{code}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use carenav_domain::rules::{REQUIRED_PERIOD_KEYS, REQUIRED_REFORM_KEYS};

    /// Every code the estimator can emit has English words.
    #[test]
    fn every_code_has_words() {
        // Every file of the estimator, since any of them may emit a code.
        let src = [
            include_str!("../../crates/domain/src/estimate/mod.rs"),
            include_str!("../../crates/domain/src/estimate/case.rs"),
            include_str!("../../crates/domain/src/estimate/figures.rs"),
            include_str!("../../crates/domain/src/estimate/milestones.rs"),
            include_str!("../../crates/domain/src/estimate/notes.rs"),
            include_str!("../../crates/domain/src/estimate/request.rs"),
            include_str!("../../crates/domain/src/estimate/result.rs"),
            include_str!("../../crates/domain/src/estimate/validate.rs"),
            include_str!("../../crates/domain/src/estimate/week.rs"),
        ]
        .concat();
        let mut codes = Vec::new();
        for part in src.split("Note::new(\"").skip(1) {
            codes.push(part.split('"').next().unwrap().to_owned());
        }
        for part in src
            .split("\"code\": \"")
            .skip(1)
            .chain(src.split("code: \"").skip(1))
        {
            codes.push(part.split('"').next().unwrap().to_owned());
        }
        assert!(codes.len() > 20, "found {} codes", codes.len());
        let english = include_str!("../../content/i18n/en-GB/carenav.ftl");
        for code in codes {
            let found = ["why-", "warn-", "err-"]
                .iter()
                .any(|p| english.contains(&format!("\n{p}{code} =")));
            assert!(found, "no English text for code {code}");
        }
        let all_keys: Vec<&str> = carenav_domain::rules::RULES.keys();
        for key in REQUIRED_PERIOD_KEYS
            .iter()
            .chain(REQUIRED_REFORM_KEYS)
            .chain(all_keys.iter())
        {
            assert!(
                english.contains(&format!("\nrule-{key} =")),
                "no name for figure {key}"
            );
        }
    }

    #[test]
    fn renders_amounts_and_figure_names() {
        use carenav_domain::money::Pence;
        let note = Note {
            code: "self_funding",
            amounts: vec![("capital", Pence(10_000_000)), ("upper", Pence(2_325_000))],
            rule: None,
            week: None,
            count: None,
        };
        let s = why(Locale::EnGb, &note);
        assert!(s.contains("£100,000") && s.contains("£23,250"), "{s}");
        assert_eq!(
            figure_name(Locale::EnGb, "upper_capital_limit"),
            "Upper capital limit"
        );
    }
}
