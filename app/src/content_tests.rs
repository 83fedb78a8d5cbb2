//! Content validation: every explainer is complete, current, linked correctly, uses only
//! figures that exist, and is written plainly. These run in `cargo test` (CI).
//!
//! Readability: Flesch reading ease (FRE) on the page text. Threshold: a page fails below 60,
//! the usual floor for "plain English"; our aim is 70+ (about a reading age of 11–13 on the
//! FRE scale; short-sentence, common-word text for a reading age of 9–11 scores 80+). The
//! threshold is a floor, not the target, because legal names ("Care and Support
//! (Charging and Assessment of Resources) Regulations") cannot be simplified away.
//! Scores are printed by `cargo test -- --nocapture content_readability`.

use crate::explainers::{DECIDERS, EXPLAINERS, SOURCES, STATUSES, TOOL_PATHS, TOPICS, shortcodes};
use carenav_domain::date::Date;
use carenav_domain::rules::RULES;

pub const MIN_READING_EASE: f64 = 60.0;

/// "Today" for these tests: fixed, so no test depends on the wall clock. The running site's
/// own clock is checked by `carenav rules report` (figures and reviews running out).
fn today() -> Date {
    Date::parse("2026-11-29").unwrap()
}

#[test]
fn content_front_matter_is_complete_and_current() {
    assert!(
        EXPLAINERS.len() >= 20,
        "expected at least 20 explainers, found {}",
        EXPLAINERS.len()
    );
    let mut problems = Vec::new();
    for e in EXPLAINERS.iter() {
        let id = format!("{}/{}", e.locale, e.slug);
        let m = &e.meta;
        if m.title.trim().is_empty() || m.summary.trim().is_empty() {
            problems.push(format!("{id}: title and summary are required"));
        }
        if !TOPICS.contains(&m.topic.as_str()) {
            problems.push(format!("{id}: unknown topic {:?}", m.topic));
        }
        if m.audiences.is_empty()
            || m.audiences
                .iter()
                .any(|a| !["public", "carer", "adviser"].contains(&a.as_str()))
        {
            problems.push(format!(
                "{id}: audiences must be from public, carer, adviser"
            ));
        }
        if m.sources.is_empty() {
            problems.push(format!("{id}: no sources"));
        }
        match (Date::parse(&m.last_reviewed), Date::parse(&m.review_by)) {
            (Some(reviewed), Some(by)) => {
                if reviewed > today() {
                    problems.push(format!("{id}: last_reviewed is in the future"));
                }
                if by < today() {
                    problems.push(format!("{id}: review_by {by} has passed: review the page"));
                }
            }
            _ => problems.push(format!("{id}: last_reviewed and review_by must be dates")),
        }
        if e.has_h1 {
            problems.push(format!("{id}: use ## headings; the title is the page's h1"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn content_shortcodes_name_figures_that_exist() {
    let period = RULES.period_on(today()).expect("a period in force");
    let mut problems = Vec::new();
    for e in EXPLAINERS.iter() {
        for (kind, key) in shortcodes(&e.text) {
            let ok = match kind {
                "rule" => key == "dpa_max_interest_rate" || period.values.contains_key(key),
                "reform_2021" => RULES.reform_2021.values.contains_key(key),
                "status" => STATUSES.contains(&key),
                "decides" => DECIDERS.contains(&key),
                _ => false,
            };
            if !ok {
                problems.push(format!(
                    "{}/{}: unknown shortcode {{{{{kind}:{key}}}}}",
                    e.locale, e.slug
                ));
            }
        }
        // A figure typed into prose instead of a shortcode.
        for figure in ["23,250", "14,250", "86,000", "100,000", "20,000"] {
            if e.text.contains(figure) {
                problems.push(format!(
                    "{}/{}: type {{{{rule:…}}}} instead of £{figure}",
                    e.locale, e.slug
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every source is cited by an id from the register (`content/sources/*.toml`), so a title or
/// address is written once and cannot drift between pages.
#[test]
fn content_sources_are_registered() {
    let mut problems = Vec::new();
    let mut ids = std::collections::BTreeSet::new();
    for s in SOURCES.iter() {
        if !ids.insert(s.id.as_str()) {
            problems.push(format!(
                "{}: source id {:?} is registered twice",
                s.file, s.id
            ));
        }
        let ok_id = !s.id.is_empty()
            && s.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok_id {
            problems.push(format!(
                "{}: id {:?} must be lower-case-with-dashes",
                s.file, s.id
            ));
        }
        if s.title.trim().is_empty() {
            problems.push(format!("{}: {} has no title", s.file, s.id));
        }
        if let Some(url) = &s.url
            && !url.starts_with("https://")
        {
            problems.push(format!("{}: {} address must be https: {url}", s.file, s.id));
        }
    }
    let mut urls = std::collections::BTreeMap::new();
    for s in SOURCES.iter() {
        if let Some(url) = &s.url
            && let Some(other) = urls.insert(url.trim_end_matches('/'), &s.id)
        {
            problems.push(format!("{url} is registered twice: {other} and {}", s.id));
        }
    }
    // Who cites what: the explainers, and the navigator's outcomes.
    let mut citations: Vec<(String, &str, Option<&str>, Option<&str>)> = Vec::new();
    for e in EXPLAINERS.iter() {
        for r in &e.meta.sources {
            let at = format!("{}/{}", e.locale, e.slug);
            citations.push((at, &r.id, r.section.as_deref(), r.at.as_deref()));
        }
    }
    for flow in carenav_domain::flow::FLOWS.iter() {
        for o in &flow.outcomes {
            for r in &o.sources {
                let at = format!("content/flows/{}.toml, outcome {}", flow.id, o.id);
                citations.push((at, &r.id, r.section.as_deref(), r.at.as_deref()));
            }
        }
    }
    for c in carenav_domain::councils::COUNCILS.iter() {
        let at = format!("content/councils/councils.toml, {}", c.code);
        citations.push((at, &c.source, None, None));
    }
    let mut used = std::collections::BTreeSet::new();
    for (at, id, section, deep) in &citations {
        used.insert(*id);
        match SOURCES.iter().find(|s| s.id == *id) {
            None => problems.push(format!(
                "{at}: unknown source id {id:?}: add it to content/sources/"
            )),
            Some(s) => {
                if deep.is_some() && !s.deep_links {
                    problems.push(format!(
                        "{at}: source {id} takes no `at` (not a deep_links document)"
                    ));
                }
                if s.url.is_none() && section.is_none() {
                    problems.push(format!("{at}: {id} has no address, so cite a section"));
                }
            }
        }
    }
    for s in SOURCES.iter() {
        if !used.contains(s.id.as_str()) {
            problems.push(format!("{}: {} is cited by no page", s.file, s.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The explainers the navigator's outcomes point to exist.
#[test]
fn flow_explainers_exist() {
    for flow in carenav_domain::flow::FLOWS.iter() {
        for o in &flow.outcomes {
            for slug in &o.explainers {
                assert!(
                    EXPLAINERS.iter().any(|x| x.slug == *slug),
                    "content/flows/{}.toml, outcome {}: no explainer {slug:?}",
                    flow.id,
                    o.id
                );
            }
        }
    }
}

#[test]
fn content_internal_links_resolve() {
    let mut problems = Vec::new();
    for e in EXPLAINERS.iter() {
        for link in &e.links {
            if link.starts_with("http://") {
                problems.push(format!("{}/{}: use https: {link}", e.locale, e.slug));
            }
            if !link.starts_with('/') {
                continue;
            }
            let path = link.split(['#', '?']).next().unwrap_or_default();
            let ok = TOOL_PATHS.contains(&path)
                || path
                    .strip_prefix("/explainers/")
                    .is_some_and(|slug| EXPLAINERS.iter().any(|x| x.slug == slug));
            if !ok {
                problems.push(format!(
                    "{}/{}: broken internal link {link}",
                    e.locale, e.slug
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Syllables by vowel groups, with a silent final "e": rough, but stable and the same for
/// every page.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    if w.len() > 2 && w[w.len() - 1] == 'e' && !vowel(w[w.len() - 2]) && count > 1 {
        count -= 1;
    }
    count.max(1)
}

pub fn reading_ease(text: &str) -> f64 {
    let clean = text.replace(['{', '}'], " ");
    let sentences = clean
        .split(['.', '!', '?', '\n'])
        .filter(|s| s.split_whitespace().count() > 0)
        .count()
        .max(1);
    let words: Vec<&str> = clean
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphabetic()))
        .collect();
    let n = words.len().max(1) as f64;
    let syl: usize = words.iter().map(|w| syllables(w)).sum();
    206.835 - 1.015 * (n / sentences as f64) - 84.6 * (syl as f64 / n)
}

#[test]
fn content_readability() {
    assert!(reading_ease("The cat sat on the mat. It was happy.") > 90.0);
    assert!(
        reading_ease(
            "Notwithstanding the aforementioned considerations, the determination of eligibility necessitates comprehensive evaluation."
        ) < 30.0
    );
    let mut problems = Vec::new();
    for e in EXPLAINERS.iter().filter(|e| e.locale == "en-GB") {
        let score = reading_ease(&e.text);
        println!("{:<40} reading ease {score:5.1}", e.slug);
        if score < MIN_READING_EASE {
            problems.push(format!(
                "{}: reading ease {score:.1} is below {MIN_READING_EASE}",
                e.slug
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every explainer, in every locale, on a day past the end of every figure's data (and on a
/// day when a figure of the current year is not known): every figure reads as part of a
/// whole sentence, either labelled with the dates it is from or in words that say it is not
/// in our data; nothing is left as a hole.
#[test]
fn content_reads_whole_when_figures_run_out() {
    use crate::explainers::render;
    use crate::i18n::Locale;
    let last_rule = RULES.last_date().unwrap();
    let last_dpa = RULES
        .dpa_interest_periods
        .iter()
        .map(|d| d.effective_to)
        .max()
        .unwrap();
    let after_everything = last_rule.max(last_dpa).add_days(1);
    let mut problems = Vec::new();
    let mut stale_seen = 0;
    for day in [today(), after_everything, after_everything.add_days(800)] {
        for locale in [Locale::EnGb, Locale::Pl, Locale::Ur] {
            for e in EXPLAINERS.iter() {
                let page = render(e, locale, day);
                let id = format!("{}/{} as {} on {day}", e.locale, e.slug, locale.tag());
                for hole in ["{{", "}}", "(figure missing)", "NaN"] {
                    if page.html.contains(hole) {
                        problems.push(format!("{id}: the page contains {hole:?}"));
                    }
                }
                for f in &page.figures {
                    if f.key.starts_with("reform_2021:") {
                        continue;
                    }
                    let standing = RULES.is_standing(f.key.trim_start_matches("rule:"));
                    if day > last_rule && f.current && !standing {
                        problems.push(format!(
                            "{id}: {} is shown as current after its data ended",
                            f.key
                        ));
                    }
                    if !f.current {
                        stale_seen += 1;
                        if f.shown == f.value && !f.period.is_empty() {
                            problems.push(format!("{id}: {} does not say its dates", f.key));
                        }
                        if !f.period.is_empty() && !f.shown.contains(&f.period) {
                            problems.push(format!("{id}: {} hides its period", f.key));
                        }
                    }
                }
            }
        }
    }
    assert!(stale_seen > 0, "expected figures past their data");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A key never known at all renders as words, not a number or a hole.
#[test]
fn content_unknown_figure_reads_as_words() {
    use crate::explainers::fill;
    use crate::i18n::Locale;
    let (html, figures) = fill(
        "The amount is {{rule:mig_lone_parent_18_plus}}.",
        Locale::EnGb,
        Date::parse("2024-05-01").unwrap(),
        true,
    );
    assert_eq!(figures.len(), 1);
    assert!(!figures[0].current);
    assert!(
        html.starts_with("The amount is the current amount (ask your council"),
        "{html}"
    );
}

/// The navigator is translated whole: every locale has every `check-`/`nav-` message of the
/// English file, except the letters' paragraphs (a letter goes to an English council, so it
/// is always written in English). A locale without them would fall back to English and say so
/// (`i18n::has_own`).
#[test]
fn the_navigator_is_translated_whole() {
    let english = include_str!("../../content/i18n/en-GB/carenav.ftl");
    let ids: Vec<&str> = english
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
        .filter(|id| id.starts_with("check-") || id.starts_with("nav-"))
        .filter(|id| !id.starts_with("nav-letter-") || id.ends_with("-title"))
        .collect();
    assert!(ids.len() > 150, "{}", ids.len());
    let mut missing = Vec::new();
    for locale in crate::i18n::Locale::ALL {
        for id in &ids {
            if !crate::i18n::has_own(locale, id) {
                missing.push(format!("{}: {id}", locale.tag()));
            }
        }
    }
    assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
    assert!(!crate::i18n::has_own(
        crate::i18n::Locale::Pl,
        "nav-letter-needs-subject"
    ));
}
