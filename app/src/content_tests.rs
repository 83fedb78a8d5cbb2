//! Content validation: every explainer is complete, current, linked correctly, uses only
//! figures that exist, and is written plainly. These run in `cargo test` (CI).
//!
//! Readability: Flesch reading ease (FRE) on the page text. Threshold: a page fails below 60,
//! the usual floor for "plain English"; our aim is 70+ (about a reading age of 11–13 on the
//! FRE scale; short-sentence, common-word text for a reading age of 9–11 scores 80+). The
//! threshold is a floor, not the target, because legal names ("Care and Support
//! (Charging and Assessment of Resources) Regulations") cannot be simplified away.
//! Scores are printed by `cargo test -- --nocapture content_readability`.

use crate::domain::date::Date;
use crate::domain::rules::RULES;
use crate::explainers::{DECIDERS, EXPLAINERS, STATUSES, TOOL_PATHS, TOPICS, shortcodes};

pub const MIN_READING_EASE: f64 = 60.0;

fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        / 86_400;
    Date::from_unix_days(days)
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
        for s in &m.sources {
            if s.title.trim().is_empty() || (s.url.is_none() && s.section.is_none()) {
                problems.push(format!("{id}: a source needs a title and a URL or section"));
            }
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
