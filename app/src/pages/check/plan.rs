//! The plan: the end of every path. Everything on it comes from the outcomes that hold
//! (`content/flows/*.toml` names each one's words, steps, letters, tools and sources) and the
//! dated rules; nothing says "eligible": what only an assessor decides is listed as such.

use carenav_domain::flow::{Letter, Outcome, Tool};
use leptos::prelude::*;

use super::letters::title as letter_title;
use super::words::{Cited, answer_text, cited, outcome_text, say, who};
use super::{Request, UrgentHelp};
use crate::components::page_title::PageTitle;
use crate::components::share::ShareButtons;
use crate::explainers::{FigureRef, figure};
use crate::i18n::{Locale, text, use_locale};
use crate::pages::providers::parts::long_date;
use crate::t;

fn cite(o: &Outcome) -> Vec<Cited> {
    o.sources.iter().filter_map(cited).collect()
}

/// A tool's address, filled in from the answers.
fn tool_link(locale: Locale, tool: Tool, req: &Request) -> (String, String) {
    let a = &req.evaluation.on_path;
    match tool {
        Tool::Estimate => {
            let setting = match a.get("setting") {
                "home" => Some("home_care"),
                "care_home" => Some("care_home"),
                _ => None,
            };
            let href = match setting {
                Some(s) => {
                    let mut href = format!("/estimate?setting={s}");
                    if a.get("situation") == "needs_help" && !a.get("age").is_empty() {
                        href.push_str(&format!("&age={}", a.get("age")));
                    }
                    href.push_str("&step=2");
                    href
                }
                None => "/estimate".into(),
            };
            (href, text(locale, "check-tool-estimate"))
        }
        Tool::Providers => {
            let services: &[&str] = match (a.get("situation"), a.get("setting")) {
                ("caring", _) => &["care-home", "shared-lives"],
                (_, "home") => &["home-care"],
                (_, "care_home") => &["care-home", "care-home-nursing"],
                _ => &[],
            };
            let query: Vec<String> = services.iter().map(|s| format!("service={s}")).collect();
            let href = if query.is_empty() {
                "/providers".to_owned()
            } else {
                format!("/providers?{}", query.join("&"))
            };
            (href, text(locale, "check-tool-providers"))
        }
        Tool::EmergencyPlan => (
            "/check/emergency-plan".into(),
            text(locale, "check-tool-emergency_plan"),
        ),
    }
}

/// The plan page for the answers in `req` (every question on the path answered).
pub fn plan_page(req: &Request) -> impl IntoView {
    let locale = use_locale();
    let flow = req.flow;
    let a = &req.evaluation.on_path;
    let who = who(a);
    let outcomes: Vec<&Outcome> = req
        .evaluation
        .outcomes
        .iter()
        .filter_map(|id| flow.outcomes.iter().find(|o| o.id == *id))
        .collect();
    let answered = &req.evaluation.answered;
    let query_pairs = req.pairs_for(answered);
    let query = super::address(&query_pairs);
    let query_string = query.strip_prefix("/check").unwrap_or_default().to_owned();

    // Gathered across the outcomes, each once, in order.
    let mut steps: Vec<String> = Vec::new();
    let mut undecided: Vec<String> = Vec::new();
    let mut letters: Vec<Letter> = Vec::new();
    let mut sources: Vec<Cited> = Vec::new();
    let mut amounts: Vec<FigureRef> = Vec::new();
    for o in &outcomes {
        for s in &o.steps {
            if !steps.contains(s) {
                steps.push(s.clone());
            }
        }
        for u in &o.undecided {
            if !undecided.contains(u) {
                undecided.push(u.clone());
            }
        }
        for l in &o.letters {
            if !letters.contains(l) {
                letters.push(*l);
            }
        }
        for c in cite(o) {
            if !sources.contains(&c) {
                sources.push(c);
            }
        }
        for key in &o.rules {
            if let Some(f) = figure("rule", key, locale, req.date)
                && !amounts.iter().any(|g| g.key == f.key)
            {
                amounts.push(f);
            }
        }
    }

    let items = outcomes
        .iter()
        .map(|o| {
            let body = outcome_text(locale, o, req.date, &who);
            let why: Vec<(String, String)> = o
                .because
                .iter()
                .filter(|q| answered.contains(q))
                .map(|q| {
                    (
                        say(locale, &flow.questions[q].text, &who),
                        answer_text(locale, flow, q, a.values(q), &who),
                    )
                })
                .collect();
            let law = cite(o);
            let figures: Vec<FigureRef> = o
                .rules
                .iter()
                .filter_map(|k| amounts.iter().find(|f| f.key == format!("rule:{k}")).cloned())
                .collect();
            let explainers: Vec<(String, String)> = o
                .explainers
                .iter()
                .filter_map(|slug| {
                    crate::explainers::find(slug, locale)
                        .map(|e| (format!("/explainers/{slug}"), e.meta.title.clone()))
                })
                .collect();
            let tools: Vec<(String, String)> =
                o.tools.iter().map(|t| tool_link(locale, *t, req)).collect();
            let letter_links: Vec<(String, String)> = o
                .letters
                .iter()
                .map(|l| {
                    (
                        format!("/check/letters/{}{query_string}", l.slug()),
                        letter_title(locale, *l),
                    )
                })
                .collect();
            let heading_id = format!("outcome-{}", o.id);
            let labelled_by = heading_id.clone();
            view! {
                <section class="app-plan-item" aria-labelledby=labelled_by id=format!("plan-{}", o.id)>
                    <h3 class="app-heading-s" id=heading_id>{say(locale, &o.title, &who)}</h3>
                    <p>{body}</p>
                    {(!figures.is_empty()).then(|| view! {
                        <dl class="app-summary-list app-plan-item__amounts">
                            {figures.into_iter().map(|f| view! {
                                <div class="app-summary-list__row">
                                    <dt>{f.name}</dt>
                                    <dd>
                                        {f.shown}
                                        {(!f.period.is_empty()).then(|| format!(" ({})", f.period))}
                                        {(!f.verified).then(|| view! { " " <span class="app-tag app-tag--warn">{t!("check-unconfirmed")}</span> })}
                                    </dd>
                                </div>
                            }).collect_view()}
                        </dl>
                    })}
                    {(!why.is_empty()).then(|| view! {
                        <div class="app-plan-item__why">
                            <p class="app-plan-item__label">{t!("check-why")}</p>
                            <ul>
                                {why.into_iter().map(|(q, ans)| view! { <li>{q}" "<strong>{ans}</strong></li> }).collect_view()}
                            </ul>
                        </div>
                    })}
                    {(!law.is_empty()).then(|| view! {
                        <p class="app-plan-item__law"><span class="app-plan-item__label">{t!("check-law")}</span>" "
                            {law.into_iter().enumerate().map(|(i, c)| {
                                let name = match &c.section { Some(s) => format!("{}, {s}", c.title), None => c.title.clone() };
                                view! {
                                    {(i > 0).then_some("; ")}
                                    {match c.url { Some(u) => view! { <a href=u>{name}</a> }.into_any(), None => name.into_any() }}
                                }
                            }).collect_view()}
                        </p>
                    })}
                    {(!(letter_links.is_empty() && tools.is_empty() && explainers.is_empty())).then(|| view! {
                        <ul class="app-plan-item__links">
                            {letter_links.into_iter().chain(tools).chain(explainers).map(|(href, label)| view! {
                                <li><a href=href>{label}</a></li>
                            }).collect_view()}
                        </ul>
                    })}
                </section>
            }
        })
        .collect_view();

    let answers_list: Vec<(String, String, String)> = answered
        .iter()
        .map(|q| {
            (
                say(locale, &flow.questions[q].text, &who),
                answer_text(locale, flow, q, a.values(q), &who),
                req.address(Some(q)),
            )
        })
        .collect();
    let back = answered.last().map(|q| req.address(Some(q)));
    let date_text = long_date(locale, &req.date.to_string());
    let has_amounts = !amounts.is_empty();
    let unverified = amounts.iter().any(|f| !f.verified);
    let lead = if letters.is_empty() {
        t!("check-plan-lead-no-letters")
    } else {
        t!("check-plan-lead")
    };
    // Someone at risk now: the urgent help and its steps, and nothing to read first.
    let urgent_only = req.evaluation.outcomes.iter().all(|o| o == "urgent_help");
    let come_back = {
        let mut pairs = req.pairs_for(&["for".to_owned()]);
        pairs.push(("situation".into(), "needs_help".into()));
        super::address(&pairs)
    };
    let steps_view = (!steps.is_empty()).then(|| {
        view! {
            <h2 class="app-heading-m" id="plan-steps">{t!("check-plan-steps")}</h2>
            <ol class="app-steps">
                {steps.into_iter().map(|s| view! { <li>{say(locale, &s, &who)}</li> }).collect_view()}
            </ol>
        }
    });

    view! {
        <PageTitle text=t!("check-plan-title")/>
        {back.map(|href| view! { <a class="app-back-link" href=href>{t!("check-back")}</a> })}
        <span class="app-caption">{t!("section-check-title")}</span>
        <h1 class="app-heading-xl">{t!("check-plan-title")}</h1>
        {(!urgent_only).then(|| view! { <p class="app-lead">{lead}</p> })}
        {has_amounts.then(|| view! { <p class="app-hint">{t!("check-plan-date", date = date_text)}</p> })}
        <UrgentHelp/>
        // What to do comes first; the reasons follow.
        {steps_view}
        {urgent_only.then(|| view! {
            <p>{t!("check-urgent-come-back")}" "<a href=come_back>{t!("check-urgent-come-back-link")}</a></p>
        })}

        {(!urgent_only).then(|| view! {
            <h2 class="app-heading-m" id="plan-asks">{t!("check-plan-asks")}</h2>
            {items}
        })}

        {(!letters.is_empty()).then(|| view! {
            <h2 class="app-heading-m" id="plan-letters">{t!("check-plan-letters")}</h2>
            <p>{t!("check-plan-letters-lead")}</p>
            <ul class="app-plan-letters">
                {letters.into_iter().map(|l| {
                    let title = letter_title(locale, l);
                    view! {
                        <li>
                            <a href=format!("/check/letters/{}{query_string}", l.slug())>{title.clone()}</a>
                            " · "
                            <a href=format!("/check/letters/{}/download{query_string}", l.slug()) download="">
                                {t!("check-letter-download")}<span class="app-visually-hidden">{format!(": {title}")}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}

        {(!undecided.is_empty() || unverified).then(|| view! {
            <h2 class="app-heading-m" id="plan-undecided">{t!("check-plan-undecided")}</h2>
            <p>{t!("check-plan-undecided-lead")}</p>
            <ul>
                {undecided.into_iter().map(|u| view! { <li>{say(locale, &u, &who)}</li> }).collect_view()}
                {unverified.then(|| view! { <li>{t!("check-undecided-unverified")}</li> })}
            </ul>
        })}

        <h2 class="app-heading-m" id="plan-answers">{t!("check-answers")}</h2>
        <dl class="app-summary-list">
            {answers_list.into_iter().map(|(q, ans, href)| view! {
                <div class="app-summary-list__row">
                    <dt>{q.clone()}</dt>
                    <dd>{ans}</dd>
                    <dd class="app-no-print"><a href=href>{t!("check-change")}<span class="app-visually-hidden">{format!(" {q}")}</span></a></dd>
                </div>
            }).collect_view()}
        </dl>

        <h2 class="app-heading-m" id="plan-sources">{t!("check-plan-sources")}</h2>
        <ul class="app-sources">
            {sources.into_iter().map(|c| {
                let name = match &c.section { Some(s) => format!("{}: {s}", c.title), None => c.title.clone() };
                view! { <li>{match c.url { Some(u) => view! { <a href=u>{name}</a> }.into_any(), None => name.into_any() }}</li> }
            }).collect_view()}
            {amounts.into_iter().filter_map(|f| {
                let title = f.source_title?;
                let label = format!("{}: {title}", f.name);
                Some(view! { <li>{match f.source_url { Some(u) => view! { <a href=u>{label}</a> }.into_any(), None => label.into_any() }}</li> })
            }).collect_view()}
        </ul>

        <h2 class="app-heading-m app-no-print">{t!("check-share")}</h2>
        <div class="app-no-print">
            <label class="app-label" for="check-share">{t!("check-share-label")}</label>
            <input class="app-input" id="check-share" type="text" readonly value=query.clone()/>
            <ShareButtons prefix="check".to_owned() copy=t!("check-copy-link") print=t!("check-print") copied=t!("check-copied") copy_from=String::new()/>
            <p><a href="/check">{t!("check-start-again")}</a></p>
        </div>
        <p class="app-note">{t!("check-privacy")}</p>
        <p class="app-note">{t!("check-disclaimer")}</p>
    }
}
