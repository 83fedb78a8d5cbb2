//! Explainers: plain-English pages from `content/explainers/<locale>/<slug>.md`, rendered to
//! sanitised HTML at build time (see `build.rs`). Figures are shortcodes filled in from the
//! rules data when a page is served, with a numbered list of the figures and their sources.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    pub title: String,
    #[serde(default)]
    pub section: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
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
    pub value: String,
    pub period: String,
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
pub const STATUSES: &[&str] = &["in_force", "proposed", "cancelled", "local_discretion"];
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
    use crate::domain::date::Date;
    use crate::domain::money::Pence;
    use crate::domain::rules::{RULES, RuleValue};
    use crate::domain_text::figure_name;
    use crate::i18n::{Locale, text};

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

    fn format_value(v: &RuleValue) -> Option<String> {
        let x = v.value?;
        Some(match v.unit.as_str() {
            "weeks" => format!("{}", x.round() as i64),
            "percent_per_year" => format!("{x}%"),
            _ => Pence::from_pounds(x)?.format_gbp(),
        })
    }

    fn escape(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    /// A figure for a shortcode, looked up for `today`.
    fn figure(kind: &str, key: &str, locale: Locale, today: Date) -> Option<FigureRef> {
        let (value, period, name) = match kind {
            "rule" if key == "dpa_max_interest_rate" => {
                let d = RULES.dpa_rate_on(today)?;
                (
                    &d.value,
                    format!("{} – {}", d.effective_from, d.effective_to),
                    figure_name(locale, key),
                )
            }
            "rule" => {
                let f = RULES.lookup(key, today)?;
                (f.value, f.period.label.clone(), figure_name(locale, key))
            }
            "reform_2021" => {
                let v = RULES.reform_2021.values.get(key)?;
                (
                    v,
                    RULES.reform_2021.label.clone(),
                    format!("{} ({})", figure_name(locale, key), RULES.reform_2021.label),
                )
            }
            _ => return None,
        };
        Some(FigureRef {
            n: 0,
            key: format!("{kind}:{key}"),
            name,
            value: format_value(value)
                .unwrap_or_else(|| text(locale, "explainer-figure-not-known")),
            period,
            verified: value.verified,
            source_title: value
                .source
                .as_ref()
                .map(|s| s.title.clone())
                .or_else(|| value.check_against.as_ref().map(|c| c.title.clone())),
            source_url: value
                .source
                .as_ref()
                .and_then(|s| s.url.clone())
                .or_else(|| value.check_against.as_ref().and_then(|c| c.url.clone())),
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
                            out.push_str(&f.value);
                        } else {
                            let mark = if f.verified {
                                String::new()
                            } else {
                                "*".into()
                            };
                            out.push_str(&format!(
                                "<span class=\"app-figure\">{}</span><sup class=\"app-figure__ref\"><a href=\"#figure-{n}\" aria-label=\"{}\">{n}{mark}</a></sup>",
                                escape(&f.value),
                                escape(&text(locale, "explainer-figure-ref-label")),
                            ));
                        }
                    }
                    None => out.push_str(&escape(&text(locale, "explainer-figure-unknown"))),
                },
            }
        }
        out.push_str(rest);
        (out, figures)
    }

    pub fn render(raw: &RawExplainer, locale: Locale, today: Date) -> ExplainerPage {
        let (html, figures) = fill(&raw.html, locale, today, false);
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
        fill(&raw.text, locale, today, true).0
    }
}
