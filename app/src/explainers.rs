//! Explainers: plain-English pages from `content/explainers/<locale>/<slug>.md`, rendered to
//! sanitised HTML at build time (see `build.rs`). Figures are shortcodes filled in from the
//! rules data when a page is served, with a numbered list of the figures and their sources.

use serde::{Deserialize, Serialize};

/// A source as an explainer cites it: the register entry's title and address (resolved at
/// build time from `id`), and the part of it the page rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    #[serde(default)]
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub section: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// A deep link inside a `deep_links` document, e.g. `section/9` of an Act.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub title: String,
    pub summary: String,
    pub topic: String,
    pub audiences: Vec<String>,
    pub last_reviewed: String,
    pub review_by: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TocEntry {
    pub id: String,
    pub text: String,
}

/// A figure shown on a page, numbered in order of first use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureRef {
    pub n: usize,
    pub key: String,
    pub name: String,
    /// The value with its unit ("£241.45 a week"), or words saying it is not known.
    pub value: String,
    /// What the sentence shows: `value`, plus its dates when it is not today's figure.
    pub shown: String,
    pub period: String,
    /// False when today's figure is not in the data and an earlier one (or none) is shown.
    pub current: bool,
    pub verified: bool,
    pub source_title: Option<String>,
    pub source_url: Option<String>,
}

/// Everything an explainer page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExplainerPage {
    pub slug: String,
    /// The locale the text is in (English when no translation exists yet).
    pub content_locale: String,
    pub meta: Meta,
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub figures: Vec<FigureRef>,
    pub reading_minutes: u32,
    pub due_for_review: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExplainerSummary {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub topic: String,
}

/// Topics in the order the index shows them.
pub const TOPICS: &[&str] = &[
    "the-system",
    "getting-help",
    "carers",
    "paying",
    "health",
    "choosing-care",
    "rights",
    "reforms",
    "reference",
];
pub const STATUSES: &[&str] = &[
    "in_force",
    "proposed",
    "not_delivered",
    "cancelled",
    "local_discretion",
];
pub const DECIDERS: &[&str] = &["national", "council"];
/// Internal paths an explainer may link to besides other explainers.
pub const TOOL_PATHS: &[&str] = &[
    "/",
    "/estimate",
    "/check",
    "/providers",
    "/search",
    "/about",
    "/explainers",
];

/// Every `{{kind:key}}` in a text, in order.
pub fn shortcodes(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        if let Some((kind, key)) = after[..end].split_once(':') {
            out.push((kind.trim(), key.trim()));
        }
        rest = &after[end + 2..];
    }
    out
}

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use std::sync::LazyLock;

    use serde::Deserialize;

    use super::*;
    use crate::domain_text::figure_name;
    use crate::i18n::{Locale, text, text_count, text_with};
    use carenav_domain::date::Date;
    use carenav_domain::money::Pence;
    use carenav_domain::rules::{RULES, RuleValue};

    /// One entry of the sources register (`content/sources/*.toml`).
    #[derive(Debug, Clone, Deserialize)]
    pub struct RegisteredSource {
        pub id: String,
        pub title: String,
        #[serde(default)]
        pub url: Option<String>,
        #[serde(default)]
        pub deep_links: bool,
        #[serde(default)]
        pub checked: Option<String>,
        /// The register file it is in.
        pub file: String,
    }

    pub static SOURCES: LazyLock<Vec<RegisteredSource>> = LazyLock::new(|| {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/sources.json")))
            .expect("content/sources/*.toml match the register schema (checked by tests)")
    });

    #[derive(Debug, Clone, Deserialize)]
    pub struct RawExplainer {
        pub locale: String,
        pub slug: String,
        pub meta: Meta,
        pub html: String,
        pub text: String,
        pub toc: Vec<TocEntry>,
        pub links: Vec<String>,
        pub has_h1: bool,
    }

    pub static EXPLAINERS: LazyLock<Vec<RawExplainer>> = LazyLock::new(|| {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/explainers.json")))
            .expect("explainers front matter matches the schema (checked by tests)")
    });

    /// The explainer in `locale`, or in English when it has not been translated.
    pub fn find(slug: &str, locale: Locale) -> Option<&'static RawExplainer> {
        let pick = |tag: &str| {
            EXPLAINERS
                .iter()
                .find(|e| e.slug == slug && e.locale == tag)
        };
        pick(locale.tag()).or_else(|| pick(Locale::EnGb.tag()))
    }

    pub fn list(locale: Locale) -> Vec<ExplainerSummary> {
        let mut slugs: Vec<&str> = EXPLAINERS.iter().map(|e| e.slug.as_str()).collect();
        slugs.sort();
        slugs.dedup();
        let mut out: Vec<ExplainerSummary> = slugs
            .into_iter()
            .filter_map(|s| find(s, locale))
            .map(|e| ExplainerSummary {
                slug: e.slug.clone(),
                title: e.meta.title.clone(),
                summary: e.meta.summary.clone(),
                topic: e.meta.topic.clone(),
            })
            .collect();
        out.sort_by_key(|e| {
            (
                TOPICS
                    .iter()
                    .position(|t| *t == e.topic)
                    .unwrap_or(usize::MAX),
                e.title.clone(),
            )
        });
        out
    }

    /// How long after its dates end an earlier value is still shown (labelled with its dates)
    /// in place of today's unknown one: about a year, so last year's figure shows while this
    /// year's is awaited, but a rate that changes twice a year is not shown two years late.
    pub const STALE_DAYS_SHOWN: i64 = 400;

    /// A value with its unit, in the reader's language ("£241.45 a week", "12 weeks").
    pub fn amount_text(unit: &str, x: f64, locale: Locale) -> Option<String> {
        Some(match unit {
            "weeks" => text_count(locale, "figure-weeks", "count", x.round() as i64),
            "percent_per_year" => text_with(
                locale,
                "figure-percent-per-year",
                &[("rate", format!("{x}%"))],
            ),
            "gbp_per_week" => text_with(
                locale,
                "figure-per-week",
                &[("amount", Pence::from_pounds(x)?.format_gbp())],
            ),
            _ => Pence::from_pounds(x)?.format_gbp(),
        })
    }

    fn escape(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    /// The unit a key is measured in, from any period that has it.
    fn unit_of(key: &str) -> Option<&'static str> {
        if key == "dpa_max_interest_rate" {
            return Some("percent_per_year");
        }
        RULES
            .periods
            .iter()
            .find_map(|p| p.values.get(key))
            .map(|v| v.unit.as_str())
    }

    /// A figure for a shortcode, looked up for `today`. When today's value is not in the data
    /// the latest earlier one is shown with its dates and a note that it may have changed;
    /// when no value is known at all, a phrase that still reads as part of the sentence.
    pub fn figure(kind: &str, key: &str, locale: Locale, today: Date) -> Option<FigureRef> {
        struct Shown<'a> {
            amount: f64,
            unit: &'a str,
            period: String,
            current: bool,
            value: &'a RuleValue,
            ends: Date,
        }
        let shown = match kind {
            "rule" if key == "dpa_max_interest_rate" => {
                RULES.dpa_rate_known(today).map(|(d, current)| Shown {
                    amount: d.value.value.unwrap_or_default(),
                    unit: "percent_per_year",
                    period: format!("{} to {}", d.effective_from.long(), d.effective_to.long()),
                    current,
                    value: &d.value,
                    ends: d.effective_to,
                })
            }
            "rule" => RULES.lookup_known(key, today).map(|k| Shown {
                amount: k.amount,
                unit: k.value.unit.as_str(),
                period: k.label(),
                current: k.current,
                value: k.value,
                ends: k.ends(),
            }),
            "reform_2021" => {
                let v = RULES.reform_2021.values.get(key)?;
                let text = amount_text(&v.unit, v.value?, locale)?;
                return Some(FigureRef {
                    n: 0,
                    key: format!("{kind}:{key}"),
                    name: format!("{} ({})", figure_name(locale, key), RULES.reform_2021.label),
                    value: text.clone(),
                    shown: text,
                    period: RULES.reform_2021.label.clone(),
                    current: true,
                    verified: v.verified,
                    source_title: v.source.as_ref().map(|s| s.title.clone()),
                    source_url: v.source.as_ref().and_then(|s| s.url.clone()),
                });
            }
            _ => return None,
        };
        let name = figure_name(locale, key);
        // A value that ended long ago says little about today's: words instead.
        let shown = shown.filter(|f| f.current || today.days_since(f.ends) <= STALE_DAYS_SHOWN);
        let Some(f) = shown else {
            // Never known: say so in words that fit the sentence, and where to check.
            let unit = unit_of(key)?;
            let unknown = if unit == "percent_per_year" {
                text(locale, "explainer-figure-unknown-rate")
            } else {
                text(locale, "explainer-figure-unknown")
            };
            let check = RULES
                .period_on_or_latest(today)
                .and_then(|(p, _)| p.values.get(key))
                .and_then(|v| v.check_against.as_ref());
            return Some(FigureRef {
                n: 0,
                key: format!("{kind}:{key}"),
                name,
                value: unknown.clone(),
                shown: unknown,
                period: String::new(),
                current: false,
                verified: false,
                source_title: check.map(|c| c.title.clone()),
                source_url: check.and_then(|c| c.url.clone()),
            });
        };
        let value = amount_text(f.unit, f.amount, locale)?;
        let shown = if f.current {
            value.clone()
        } else {
            text_with(
                locale,
                "explainer-figure-stale",
                &[("value", value.clone()), ("period", f.period.clone())],
            )
        };
        Some(FigureRef {
            n: 0,
            key: format!("{kind}:{key}"),
            name,
            value,
            shown,
            period: f.period,
            current: f.current,
            verified: f.value.verified,
            source_title: f
                .value
                .source
                .as_ref()
                .map(|s| s.title.clone())
                .or_else(|| f.value.check_against.as_ref().map(|c| c.title.clone())),
            source_url: f
                .value
                .source
                .as_ref()
                .and_then(|s| s.url.clone())
                .or_else(|| f.value.check_against.as_ref().and_then(|c| c.url.clone())),
        })
    }

    /// Replace shortcodes: figures become the value with a numbered reference to the list of
    /// figures; status and "who decides" become labels. `plain` gives text for the index.
    pub fn fill(html: &str, locale: Locale, today: Date, plain: bool) -> (String, Vec<FigureRef>) {
        let mut figures: Vec<FigureRef> = Vec::new();
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(start) = rest.find("{{") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let Some(end) = after.find("}}") else {
                out.push_str(&rest[start..]);
                rest = "";
                break;
            };
            let inner = &after[..end];
            rest = &after[end + 2..];
            let Some((kind, key)) = inner.split_once(':') else {
                out.push_str(&escape(inner));
                continue;
            };
            match kind {
                "status" | "decides" => {
                    let label = text(locale, &format!("{kind}-{key}"));
                    if plain {
                        out.push_str(&label);
                    } else {
                        out.push_str(&format!(
                            "<span class=\"app-label-tag app-label-tag--{kind}-{key}\">{}</span> ",
                            escape(&label)
                        ));
                    }
                }
                _ => match figure(kind, key, locale, today) {
                    Some(mut f) => {
                        let n = match figures.iter().find(|g| g.key == f.key) {
                            Some(g) => g.n,
                            None => {
                                f.n = figures.len() + 1;
                                figures.push(f.clone());
                                f.n
                            }
                        };
                        if plain {
                            out.push_str(&f.shown);
                        } else {
                            let mark = if f.verified {
                                String::new()
                            } else {
                                "*".into()
                            };
                            // The link's name holds the number it shows ("Figure 3*: where it
                            // comes from"), so that speech input can follow it (WCAG 2.5.3).
                            let reference = format!("{n}{mark}");
                            out.push_str(&format!(
                                "<span class=\"app-figure\">{}</span><sup class=\"app-figure__ref\"><a href=\"#figure-{n}\" aria-label=\"{}\">{reference}</a></sup>",
                                escape(&f.shown),
                                escape(&text_with(
                                    locale,
                                    "explainer-figure-ref-label",
                                    &[("reference", reference.clone())]
                                )),
                            ));
                        }
                    }
                    // An unknown shortcode is a content error (the content tests fail on it);
                    // the page still reads as a sentence.
                    None => out.push_str(&escape(&text(locale, "explainer-figure-unknown"))),
                },
            }
        }
        out.push_str(rest);
        (out, figures)
    }

    pub fn render(raw: &RawExplainer, locale: Locale, today: Date) -> ExplainerPage {
        // Figures and labels are words inside the page's sentences, so they are written in
        // the language of the text (English until a page is translated), not the interface's.
        let text_locale = Locale::from_tag(&raw.locale).unwrap_or(locale);
        let (html, figures) = fill(&raw.html, text_locale, today, false);
        let words = raw.text.split_whitespace().count() as u32;
        ExplainerPage {
            slug: raw.slug.clone(),
            content_locale: raw.locale.clone(),
            meta: raw.meta.clone(),
            html,
            toc: raw.toc.clone(),
            figures,
            reading_minutes: words.div_ceil(200).max(1),
            due_for_review: Date::parse(&raw.meta.review_by).is_none_or(|d| d < today),
        }
    }

    /// Plain text of a page with figures filled in (for the search index).
    pub fn plain_text(raw: &RawExplainer, locale: Locale, today: Date) -> String {
        let text_locale = Locale::from_tag(&raw.locale).unwrap_or(locale);
        fill(&raw.text, text_locale, today, true).0
    }
}
