//! The navigator's words: questions in the voice that fits who is answering, and answers as
//! the reader gave them (option labels, amounts), for the "Change" list, the "why" lines and
//! the letters. Shared by the pages, the letters and the API.

use carenav_domain::date::Date;
use carenav_domain::flow::{Answers, Flow, Kind, Outcome, Question, SourceRef};
use carenav_domain::money::Pence;
use carenav_domain::rules::RULES;

use crate::i18n::{Locale, text, text_with};

/// What the navigator's words may depend on (every flow key gets these as Fluent variables):
/// `who` the questions are about, the reader (`you`) or someone else (`they`); the `path`
/// (`needs_help`, `caring` or `other`); and the `age` answered ("" until then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    pub who: &'static str,
    pub path: &'static str,
    pub age: String,
}

impl Voice {
    /// The variables, with `extra` ones after them.
    pub fn args<'a>(&self, extra: &[(&'a str, String)]) -> Vec<(&'a str, String)> {
        let mut args = vec![
            ("who", self.who.to_owned()),
            ("path", self.path.to_owned()),
            ("age", self.age.clone()),
        ];
        args.extend(extra.iter().cloned());
        args
    }
}

/// The voice for these answers: an adviser asks about a caller ("they"); on the carer path the
/// reader is the carer ("you"), unless an adviser; otherwise it depends on "Who is this for?".
pub fn who(a: &Answers) -> Voice {
    let who = match (a.get("for"), a.get("situation")) {
        ("adviser", _) => "they",
        (_, "caring") | ("me", _) => "you",
        _ => "they",
    };
    let path = match a.get("situation") {
        "needs_help" => "needs_help",
        "caring" => "caring",
        _ => "other",
    };
    Voice {
        who,
        path,
        age: a.get("age").to_owned(),
    }
}

/// A flow's Fluent key in the right voice.
pub fn say(locale: Locale, key: &str, who: &Voice) -> String {
    text_with(locale, key, &who.args(&[]))
}

/// The label of one of a question's answers.
pub fn option_label(locale: Locale, q: &Question, value: &str, who: &Voice) -> String {
    match &q.kind {
        Kind::OneOf { options } | Kind::ManyOf { options } => options
            .iter()
            .find(|o| o.value == value)
            .map(|o| say(locale, &o.label, who))
            .unwrap_or_else(|| value.to_owned()),
        Kind::YesNo => text(locale, &format!("nav-o-{value}")),
        Kind::Money { .. } => value
            .parse::<i64>()
            .map(|p| Pence(p).format_gbp())
            .unwrap_or_else(|_| value.to_owned()),
        Kind::Number { .. } | Kind::Date => value.to_owned(),
    }
}

/// The answer to question `id` as the reader would say it (values as the engine normalised
/// them: money in pence). Many-of answers are joined with commas.
pub fn answer_text(
    locale: Locale,
    flow: &Flow,
    id: &str,
    values: &[String],
    who: &Voice,
) -> String {
    let Some(q) = flow.questions.get(id) else {
        return values.join(", ");
    };
    values
        .iter()
        .map(|v| option_label(locale, q, v, who))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An outcome's explanation, with its rules keys as Fluent variables: the amount for `date`
/// ("£86.45"), or "not known" when the rules hold no current figure for it (the plan's
/// amounts list then shows the latest one, with its dates).
pub fn outcome_text(locale: Locale, o: &Outcome, date: Date, who: &Voice) -> String {
    let mut args: Vec<(&str, String)> = who.args(&[]);
    for key in &o.rules {
        let shown = RULES
            .lookup_known(key, date)
            .filter(|k| k.current)
            .and_then(|k| Pence::from_pounds(k.amount))
            .map(|p| p.format_gbp())
            .unwrap_or_else(|| text(locale, "check-amount-unknown"));
        args.push((key.as_str(), shown));
    }
    text_with(locale, &o.text, &args)
}

/// A source an outcome cites, as a reader sees it: the register's title, the part relied on,
/// and the address (deep-linked to that part when the document allows it).
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    pub id: String,
    pub title: String,
    pub section: Option<String>,
    pub url: Option<String>,
}

/// `r` looked up in the sources register (`None` if it is not there: the content tests fail
/// on that before it can ship).
pub fn cited(r: &SourceRef) -> Option<Cited> {
    let s = crate::explainers::SOURCES.iter().find(|s| s.id == r.id)?;
    let url = match (&s.url, &r.at) {
        (Some(u), Some(at)) if s.deep_links => Some(format!("{u}/{at}")),
        (u, _) => u.clone(),
    };
    Some(Cited {
        id: s.id.clone(),
        title: s.title.clone(),
        section: r.section.clone(),
        url,
    })
}
