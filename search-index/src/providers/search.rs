//! Query execution: a [`ProviderQuery`] against the live generation — the words through
//! tantivy, then filters, facets, distance and order over the generation's table.

use carenav_domain::directory::query::Place;
use carenav_domain::directory::{ProviderQuery, ProviderResults};

use super::ProviderIndex;
use super::order::PassedRows;
use super::text_matches::text_matches;
use super::text_query::text_query_words;
use crate::SearchError;

impl ProviderIndex {
    /// Search. `place` is where distances are measured from (already geocoded by the caller,
    /// see [`DirectoryMeta::geocode`](super::DirectoryMeta::geocode)); `today` is days since
    /// 1970, for rating ages.
    pub fn search(
        &self,
        q: &ProviderQuery,
        place: Option<Place>,
        today: i64,
    ) -> Result<ProviderResults, SearchError> {
        let (index, searcher, generation) = self.handle.searcher_with_generation()?;
        let (meta, table) = self.loaded(&generation, &searcher)?;
        let text = q.q.trim();
        let has_text = !text_query_words(text).is_empty();
        let near = place.as_ref().map(|p| table.near(p, q.radius()));
        let matches = if has_text {
            text_matches(&index, &searcher, &table, text)?
        } else {
            None
        };
        let text_rows = matches.as_ref().map(|m| &m.rows);
        let (pass, facets) =
            table.evaluate(q, &meta.local_authorities, near.as_ref(), text_rows, today);
        let total = pass.count();
        let page = PassedRows {
            table: &table,
            pass: &pass,
            total,
            matches: matches.as_deref(),
            near: near.as_ref(),
            has_text,
        }
        .page(q);
        let results = page
            .into_iter()
            .map(|(row, dist)| {
                let mut summary = table.cards[row as usize].clone();
                summary.distance_km = dist.map(|d| (d * 10.0).round() / 10.0);
                summary
            })
            .collect();
        Ok(ProviderResults {
            total,
            page: q.page,
            per_page: q.per_page,
            near: place,
            facets,
            results,
        })
    }
}
