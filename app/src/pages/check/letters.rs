//! Letters written from the answers: a request for a needs assessment (Care Act 2014 s.9)
//! and for a carer's assessment (s.10). What we do not know is left in square brackets for
//! the writer to fill in. We never send or keep a letter: the page shows it to copy or print,
//! and `/check/letters/{slug}/download` returns the same text as a file.

use carenav_domain::flow::Letter;
use leptos::prelude::*;

use super::words::{Voice, option_label, who};
use super::{Request, address};
use crate::components::page_title::PageTitle;
use crate::components::share::ShareButtons;
use crate::i18n::{Locale, text, text_with, use_locale};
use crate::t;

/// The letter's title.
pub fn title(locale: Locale, letter: Letter) -> String {
    match letter {
        Letter::NeedsAssessment => text(locale, "nav-letter-needs-title"),
        Letter::CarersAssessment => text(locale, "nav-letter-carer-title"),
    }
}

/// The ticked options of a many-of question as "- label" lines ("none" left out).
fn ticked_list(req: &Request, locale: Locale, id: &str, who: &Voice) -> Option<String> {
    let q = req.flow.questions.get(id)?;
    let lines: Vec<String> = req
        .evaluation
        .on_path
        .values(id)
        .iter()
        .filter(|v| *v != "none" && *v != "not_sure")
        .map(|v| format!("- {}", option_label(locale, q, v, who)))
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The letter's paragraphs, in order.
pub fn paragraphs(req: &Request, letter: Letter, locale: Locale) -> Vec<String> {
    let a = &req.evaluation.on_path;
    let who = who(a);
    let say = |key: &str| text_with(locale, key, &who.args(&[]));
    let say_with = |key: &str, name: &'static str, value: String| {
        text_with(locale, key, &who.args(&[(name, value)]))
    };
    let mut out = vec![
        say("nav-letter-sender"),
        say("nav-letter-recipient"),
        say("nav-letter-greeting"),
    ];
    match letter {
        Letter::NeedsAssessment => {
            out.push(say("nav-letter-needs-subject"));
            out.push(say("nav-letter-needs-intro"));
            // "Because of my health" only when the answer said so.
            let facts = if a.get("impairment") == "yes" {
                "nav-letter-needs-facts"
            } else {
                "nav-letter-needs-facts-plain"
            };
            out.push(match ticked_list(req, locale, "unable", &who) {
                Some(list) => say_with(facts, "list", list),
                None => say("nav-letter-needs-facts-unknown"),
            });
            if a.get("wellbeing") == "yes" {
                out.push(say("nav-letter-needs-wellbeing"));
            }
            out.push(say("nav-letter-needs-law"));
            out.push(say("nav-letter-needs-ask"));
        }
        Letter::CarersAssessment => {
            out.push(say("nav-letter-carer-subject"));
            let hours = match a.get("caring_hours") {
                "" => "[number]".to_owned(),
                h => h.to_owned(),
            };
            out.push(say_with("nav-letter-carer-intro", "hours", hours));
            out.push(match ticked_list(req, locale, "carer_unable", &who) {
                Some(list) => say_with("nav-letter-carer-facts", "list", list),
                None => say("nav-letter-carer-facts-unknown"),
            });
            if a.get("carer_health") == "yes" {
                out.push(say("nav-letter-carer-health"));
            }
            if a.get("carer_wellbeing") == "yes" {
                out.push(say("nav-letter-carer-wellbeing"));
            }
            out.push(say("nav-letter-carer-law"));
            out.push(say("nav-letter-carer-ask"));
        }
    }
    out.push(say("nav-letter-escalate"));
    out.push(say("nav-letter-signoff"));
    // Written for someone else: who is writing, and how they know them.
    if who.who == "they" {
        out.push(text(locale, "nav-letter-writer"));
    }
    out
}

/// The letter as plain text (paragraphs separated by a blank line).
pub fn plain_text(req: &Request, letter: Letter, locale: Locale) -> String {
    let mut s = paragraphs(req, letter, locale).join("\n\n");
    s.push('\n');
    s
}

/// `/check/letters/:slug?<answers>`: the letter, to copy or print.
pub fn letter_page(req: &Request, letter: Letter) -> impl IntoView {
    let locale = use_locale();
    let title = title(locale, letter);
    let pairs = req.pairs_for(&req.evaluation.answered);
    let plan = address(&pairs);
    let query = plan.strip_prefix("/check").unwrap_or_default().to_owned();
    // The letter goes to an English council: it is written in English whatever the page's
    // language (and marked so).
    let body = paragraphs(req, letter, Locale::EnGb);
    view! {
        <PageTitle text=title.clone()/>
        <a class="app-back-link app-no-print" href=plan.clone()>{t!("check-letter-back")}</a>
        <h1 class="app-heading-xl">{title}</h1>
        <p class="app-lead app-no-print">{t!("check-letter-lead")}</p>
        <div class="app-letter" id="check-letter" lang="en-GB" aria-label=t!("check-letter-label") role="region" tabindex="0">
            {body.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        </div>
        <div class="app-no-print">
            <ShareButtons prefix="letter".to_owned() copy=t!("check-letter-copy") print=t!("check-print") copied=t!("check-copied") copy_from="check-letter".to_owned()/>
            <p><a href=format!("/check/letters/{}/download{query}", letter.slug()) download="">{t!("check-letter-download")}</a></p>
            <p><a href=plan>{t!("check-letter-back")}</a></p>
        </div>
        <p class="app-note app-no-print">{t!("check-letter-privacy")}</p>
    }
}
