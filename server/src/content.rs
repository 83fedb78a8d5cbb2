//! Keep the store's content pages in step with the site, and build the index from the store.

use carenav_app::explainers::{EXPLAINERS, find, plain_text};
use carenav_app::i18n::Locale;
use carenav_app::sections::builtin_pages;
use carenav_domain::date::Date;
use carenav_search::{IndexHandle, SiteDoc, SiteIndex};
use carenav_store::{ContentPage, Store};

/// Kinds of page this module owns in the store.
const BUILTIN_KINDS: [&str; 3] = ["section", "page", "explainer"];

fn builtin_content() -> Vec<ContentPage> {
    let mut pages: Vec<ContentPage> = builtin_pages()
        .into_iter()
        .map(|p| ContentPage {
            id: format!("{}:{}:{}", p.kind, p.slug, p.locale.tag()),
            kind: p.kind.to_owned(),
            slug: p.slug,
            locale: p.locale.tag().to_owned(),
            url: p.url,
            title: p.title,
            summary: p.summary,
            body: p.body,
            keywords: String::new(),
        })
        .collect();
    pages.extend(explainer_content(crate::clock::today()));
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    pages
}

/// Write the built-in pages to the store if they changed. Returns true if anything changed.
pub async fn sync_builtin_pages(store: &Store) -> anyhow::Result<bool> {
    let wanted = builtin_content();
    let current: Vec<ContentPage> = store
        .pages()
        .await?
        .into_iter()
        .filter(|p| BUILTIN_KINDS.contains(&p.kind.as_str()))
        .collect();
    if current == wanted {
        return Ok(false);
    }
    store.replace_pages(&BUILTIN_KINDS, &wanted).await?;
    Ok(true)
}

/// Build a new site index generation from the store and swap it in.
pub async fn rebuild_site_index(store: &Store, handle: &IndexHandle) -> anyhow::Result<usize> {
    let docs: Vec<SiteDoc> = store
        .pages()
        .await?
        .into_iter()
        .map(|p| SiteDoc {
            id: p.id,
            kind: p.kind,
            locale: p.locale,
            url: p.url,
            title: p.title,
            summary: p.summary,
            body: p.body,
            keywords: p.keywords,
        })
        .collect();
    let handle = handle.clone();
    let count = tokio::task::spawn_blocking(move || SiteIndex::rebuild(&handle, docs)).await??;
    Ok(count)
}

/// Words people use for the same thing. When a page uses one, the others are added to its
/// keywords, so a search for any of them finds it.
const SYNONYMS: &[&[&str]] = &[
    &["respite", "short break", "short breaks", "replacement care"],
    &[
        "care home",
        "nursing home",
        "residential home",
        "residential care",
    ],
    &["home care", "domiciliary care", "care at home", "homecare"],
    &["means test", "means-test", "financial assessment"],
    &["carer", "unpaid carer", "caring for someone"],
    &["continuing healthcare", "chc", "nhs funding"],
    &["deferred payment", "deferred payment agreement", "dpa"],
    &["complaint", "complain", "ombudsman"],
    &["abuse", "neglect", "safeguarding"],
];

/// Extra search terms for a page: synonyms of what it says, and numbers written without
/// their commas ("86,000" is also found as "86000").
///
/// Only the title, summary and front-matter keywords are looked at: expanding from the body
/// would give most pages most synonyms and blur the ranking.
pub fn search_keywords(title: &str, summary: &str, keywords: &[String]) -> String {
    let all = format!("{title}\n{summary}\n{}", keywords.join("\n")).to_lowercase();
    let mut extra: Vec<String> = keywords.to_vec();
    for group in SYNONYMS {
        if group.iter().any(|w| all.contains(w)) {
            extra.extend(group.iter().map(|w| (*w).to_owned()));
        }
    }
    let mut number = String::new();
    for c in all.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == ',' && !number.is_empty()) {
            number.push(c);
        } else {
            let n = number.trim_end_matches(',');
            if n.contains(',') {
                extra.push(n.replace(',', ""));
            }
            number.clear();
        }
    }
    extra.sort();
    extra.dedup();
    extra.join(" ")
}

fn explainer_content(today: Date) -> Vec<ContentPage> {
    let mut pages: Vec<ContentPage> = Vec::new();
    let mut slugs: Vec<&str> = EXPLAINERS.iter().map(|e| e.slug.as_str()).collect();
    slugs.sort();
    slugs.dedup();
    // Every locale gets every explainer: its translation, or English until there is one.
    for locale in Locale::ALL {
        for slug in &slugs {
            let Some(raw) = find(slug, locale) else {
                continue;
            };
            let body = plain_text(raw, locale, today);
            pages.push(ContentPage {
                id: format!("explainer:{}:{}", raw.slug, locale.tag()),
                kind: "explainer".into(),
                slug: raw.slug.clone(),
                locale: locale.tag().to_owned(),
                url: format!("/explainers/{}", raw.slug),
                title: raw.meta.title.clone(),
                summary: raw.meta.summary.clone(),
                keywords: search_keywords(&raw.meta.title, &raw.meta.summary, &raw.meta.keywords),
                body,
            });
        }
    }
    pages
}
