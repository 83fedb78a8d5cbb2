//! Keep the store's content pages in step with the site, and build the index from the store.

use carenav_app::sections::builtin_pages;
use carenav_search::{IndexHandle, SiteDoc, SiteIndex};
use carenav_store::{ContentPage, Store};

/// Kinds of page this module owns in the store.
const BUILTIN_KINDS: [&str; 2] = ["section", "page"];

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
