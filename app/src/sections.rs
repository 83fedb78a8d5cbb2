//! The site's main sections: one place for their paths, names and summaries, used by the
//! navigation, the home page, the "coming soon" pages and the search index.

use crate::i18n::{Locale, loader};
use i18n_embed_fl::fl;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Explainers,
    Check,
    Estimate,
    Providers,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Explainers,
        Section::Check,
        Section::Estimate,
        Section::Providers,
    ];

    pub fn path(self) -> &'static str {
        match self {
            Section::Explainers => "/explainers",
            Section::Check => "/check",
            Section::Estimate => "/estimate",
            Section::Providers => "/providers",
        }
    }

    pub fn slug(self) -> &'static str {
        &self.path()[1..]
    }

    /// The section's words in one language: one table, with every key checked against the
    /// English Fluent file at compile time (`fl!`).
    pub fn words(self, locale: Locale) -> SectionWords {
        let l = loader(locale);
        match self {
            Section::Explainers => SectionWords {
                title: fl!(l, "section-explainers-title"),
                summary: fl!(l, "section-explainers-summary"),
                nav_label: fl!(l, "nav-explainers"),
                job_text: fl!(l, "job-understand-text"),
            },
            Section::Check => SectionWords {
                title: fl!(l, "section-check-title"),
                summary: fl!(l, "section-check-summary"),
                nav_label: fl!(l, "nav-check"),
                job_text: fl!(l, "job-check-text"),
            },
            Section::Estimate => SectionWords {
                title: fl!(l, "section-estimate-title"),
                summary: fl!(l, "section-estimate-summary"),
                nav_label: fl!(l, "nav-estimate"),
                job_text: fl!(l, "job-estimate-text"),
            },
            Section::Providers => SectionWords {
                title: fl!(l, "section-providers-title"),
                summary: fl!(l, "section-providers-summary"),
                nav_label: fl!(l, "nav-providers"),
                job_text: fl!(l, "job-find-text"),
            },
        }
    }

    pub fn title(self, locale: Locale) -> String {
        self.words(locale).title
    }

    pub fn summary(self, locale: Locale) -> String {
        self.words(locale).summary
    }

    /// Short name for the navigation bar.
    pub fn nav_label(self, locale: Locale) -> String {
        self.words(locale).nav_label
    }

    /// The longer description on the home page.
    pub fn job_text(self, locale: Locale) -> String {
        self.words(locale).job_text
    }
}

/// A section's words in one language ([`Section::words`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SectionWords {
    pub title: String,
    pub summary: String,
    /// Short name for the navigation bar.
    pub nav_label: String,
    /// The longer description on the home page.
    pub job_text: String,
}

/// A page the site search can find, in one locale (the store keeps these; the index is
/// built from the store).
#[derive(Debug, Clone, PartialEq)]
pub struct PageEntry {
    pub kind: &'static str,
    pub slug: String,
    pub locale: Locale,
    pub url: String,
    pub title: String,
    pub summary: String,
    pub body: String,
}

/// Every built-in page of the site, in every locale.
pub fn builtin_pages() -> Vec<PageEntry> {
    let mut pages = Vec::new();
    for locale in Locale::ALL {
        let l = loader(locale);
        for section in Section::ALL {
            pages.push(PageEntry {
                kind: "section",
                slug: section.slug().to_owned(),
                locale,
                url: section.path().to_owned(),
                title: section.title(locale),
                summary: section.summary(locale),
                body: section.job_text(locale),
            });
        }
        pages.push(PageEntry {
            kind: "page",
            slug: "about".into(),
            locale,
            url: "/about".into(),
            title: fl!(l, "about-title"),
            summary: fl!(l, "about-summary"),
            body: [
                fl!(l, "about-purpose"),
                fl!(l, "about-data-text"),
                fl!(l, "about-privacy-text"),
                fl!(l, "about-cookie-text"),
                fl!(l, "about-accessibility-text"),
            ]
            .join("\n"),
        });
        pages.push(PageEntry {
            kind: "page",
            slug: "home".into(),
            locale,
            url: "/".into(),
            title: fl!(l, "home-title"),
            summary: fl!(l, "home-lead"),
            body: [
                fl!(l, "home-urgent-danger"),
                fl!(l, "home-urgent-health"),
                fl!(l, "home-urgent-council"),
                fl!(l, "home-reform-note"),
            ]
            .join("\n"),
        });
        // The navigator's two built paths, each with the words of the outcomes it can reach
        // (so "carer's allowance" finds the carer path).
        let paths = [
            (
                "check-needs",
                "needs_help",
                fl!(l, "check-search-needs-title"),
                fl!(l, "check-search-needs-summary"),
            ),
            (
                "check-caring",
                "caring",
                fl!(l, "check-search-caring-title"),
                fl!(l, "check-search-caring-summary"),
            ),
        ];
        for (slug, situation, title, summary) in paths {
            pages.push(PageEntry {
                kind: "tool",
                slug: slug.into(),
                locale,
                url: format!("/check?situation={situation}"),
                title,
                summary,
                body: navigator_words(locale, situation),
            });
        }
    }
    pages
}

/// The titles and explanations of the outcomes a path of the navigator can reach (the site
/// search is built on the server only).
#[cfg(not(feature = "ssr"))]
fn navigator_words(_: Locale, _: &str) -> String {
    String::new()
}

/// The titles and explanations of the outcomes a path of the navigator can reach.
#[cfg(feature = "ssr")]
fn navigator_words(locale: Locale, situation: &str) -> String {
    use carenav_domain::flow::flow;
    let Some(flow) = flow("check") else {
        return String::new();
    };
    let on_path = |id: &str| match situation {
        "caring" => id.starts_with("carer") || ["short_breaks", "emergency_plan"].contains(&id),
        _ => {
            id.starts_with("needs")
                || [
                    "attendance_allowance_consider",
                    "pip_consider",
                    "care_costs",
                ]
                .contains(&id)
        }
    };
    let voice = crate::pages::check::words::Voice {
        who: "you",
        path: if situation == "caring" {
            "caring"
        } else {
            "needs_help"
        },
        age: String::new(),
    };
    let say = |key: &str| crate::pages::check::words::say(locale, key, &voice);
    // Amounts are left out: they change by date, and the index is not rebuilt for that.
    let text = |o: &carenav_domain::flow::Outcome| {
        let mut args = voice.args(&[]);
        args.extend(o.rules.iter().map(|k| (k.as_str(), String::new())));
        crate::i18n::text_with(locale, &o.text, &args)
    };
    flow.outcomes
        .iter()
        .filter(|o| on_path(&o.id))
        .flat_map(|o| [say(&o.title), text(o)])
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    /// Fluent writes a variable it was not given as `{$name}` (and logs an error on every
    /// start): the navigator's words for the search index give every variable.
    #[test]
    fn navigator_words_give_every_variable() {
        for locale in Locale::ALL {
            for situation in ["caring", "needs_help"] {
                let words = navigator_words(locale, situation);
                assert!(!words.is_empty());
                assert!(!words.contains("{$"), "{locale:?} {situation}: {words}");
            }
        }
    }
}
