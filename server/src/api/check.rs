//! `GET /api/v1/check?<the navigator's query string>`: where the answers lead, for the same
//! query string as the `/check` pages (a public contract: docs/api.md). The next question to
//! ask (or `null` at the end), the questions answered, and the outcomes that hold so far.

use axum::Json;
use axum::extract::RawQuery;
use axum::response::{IntoResponse, Response};
use carenav_app::i18n::{Locale, text};
use carenav_app::navigator::words::{Voice, cited, outcome_text, say, who};
use carenav_domain::date::Date;
use carenav_domain::flow::predicates::PREDICATES;
use carenav_domain::flow::{Answers, Context, Flow, Kind, evaluate, flow};
use carenav_domain::rules::RULES;
use serde_json::{Value, json};

use super::{ApiError, params};

/// Keys besides the questions' own.
const CONTROL_KEYS: [&str; 2] = ["locale", "date"];

/// An outcome's headline amount (`amount`): the rules key it is paid at, if it has one. Every
/// rules key an outcome rests on is also listed in `amounts`.
const AMOUNTS: [(&str, &str); 1] = [("carers_allowance_likely", "carers_allowance_weekly")];

pub async fn get(RawQuery(raw): RawQuery) -> Response {
    match answer(raw.as_deref().unwrap_or_default()) {
        Ok(v) => Json(v).into_response(),
        Err(e) => e.into_response(),
    }
}

fn answer(raw: &str) -> Result<Value, ApiError> {
    let flow = flow("check").ok_or_else(|| ApiError::internal("The navigator is missing."))?;
    let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let value_of = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let locale = params::locale(value_of("locale"))?;
    let date = params::date(value_of("date"))?;
    if let Some((key, _)) = pairs
        .iter()
        .find(|(k, _)| !CONTROL_KEYS.contains(&k.as_str()) && !flow.questions.contains_key(k))
    {
        return Err(ApiError::bad_request(
            "unknown_parameter",
            format!("`{key}` is not a question of the navigator (see docs/api.md)."),
        )
        .with("param", key.clone()));
    }
    let answers = Answers::from_pairs(
        pairs
            .iter()
            .filter(|(k, _)| !CONTROL_KEYS.contains(&k.as_str()))
            .map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let context = Context {
        date,
        rules: &RULES,
    };
    let e = evaluate(flow, &answers, &PREDICATES, &context);
    let who = who(&e.on_path);
    if let Some((id, Some(error))) = &e.next {
        let question = &flow.questions[id];
        // An amount says what is wrong with it; anything else, the question's own message.
        let message = match error.reason() {
            Some(reason) => text(locale, &format!("err-{reason}")),
            None => say(locale, &question.error, &who),
        };
        return Err(
            ApiError::bad_request("invalid_parameters", format!("`{id}`: {message}")).with(
                "fields",
                json!([{ "param": id, "code": error.code(), "message": message }]),
            ),
        );
    }
    let outcomes: Vec<Value> = e
        .outcomes
        .iter()
        .map(|id| outcome(flow, id, locale, date, &who))
        .collect();
    Ok(json!({
        "flow": flow.id,
        "date": date.to_string(),
        "locale": locale.tag(),
        "answered": e.answered,
        "next_question": e.next.as_ref().map(|(id, _)| question(flow, id, locale, &who)),
        "outcomes": outcomes,
    }))
}

fn question(flow: &Flow, id: &str, locale: Locale, who: &Voice) -> Value {
    let q = &flow.questions[id];
    let (kind, options) = match &q.kind {
        Kind::OneOf { options } => ("one_of", Some(options)),
        Kind::ManyOf { options } => ("many_of", Some(options)),
        Kind::Number { .. } => ("number", None),
        Kind::Money { .. } => ("money", None),
        Kind::Date => ("date", None),
        Kind::YesNo => ("yes_no", None),
    };
    let options: Vec<Value> = match options {
        Some(options) => options
            .iter()
            .map(|o| json!({ "value": o.value, "label": say(locale, &o.label, who) }))
            .collect(),
        // Yes/no: the same two answers the engine reads, with the flow's labels for them.
        None => q
            .kind
            .answer_values()
            .iter()
            .map(|v| json!({ "value": v, "label": text(locale, &format!("nav-o-{v}")) }))
            .collect(),
    };
    json!({
        "id": id,
        "kind": kind,
        "text": say(locale, &q.text, who),
        "hint": q.hint.as_deref().map(|h| say(locale, h, who)),
        "options": options,
    })
}

fn outcome(flow: &Flow, id: &str, locale: Locale, date: Date, who: &Voice) -> Value {
    let o = flow
        .outcomes
        .iter()
        .find(|o| o.id == id)
        .expect("evaluate returns the flow's own outcomes");
    let sources: Vec<Value> = o
        .sources
        .iter()
        .filter_map(cited)
        .map(|c| json!({ "id": c.id, "title": c.title, "section": c.section, "url": c.url }))
        .collect();
    let amounts: Vec<Value> = o
        .rules
        .iter()
        .map(|key| match RULES.lookup_known(key, date) {
            Some(k) => json!({
                "rule": key,
                "amount": k.amount,
                "unit": k.value.unit,
                "period": k.period.label,
                "current": k.current,
                "verified": k.value.verified,
                "source": k.value.source,
            }),
            None => json!({ "rule": key, "amount": null }),
        })
        .collect();
    let mut v = json!({
        "id": o.id,
        "title": say(locale, &o.title, who),
        "text": outcome_text(locale, o, date, who),
        "steps": o.steps.iter().map(|k| say(locale, k, who)).collect::<Vec<_>>(),
        "undecided": o.undecided.iter().map(|k| say(locale, k, who)).collect::<Vec<_>>(),
        "letters": o.letters.iter().map(|l| l.slug()).collect::<Vec<_>>(),
        "because": o.because,
        "rules": o.rules,
        "amounts": amounts,
        "sources": sources,
    });
    if let Some((_, key)) = AMOUNTS.iter().find(|(outcome, _)| *outcome == id)
        && let Some(known) = RULES.lookup_known(key, date)
    {
        v["amount"] = json!(known.amount);
        v["amount_rule"] = json!(key);
        v["amount_period"] = json!(known.period.label);
        v["amount_current"] = json!(known.current);
        v["amount_source"] = json!(known.value.source);
    }
    v
}
