//! Query execution: a [`ProviderQuery`] against the live generation — the words through
//! tantivy, then filters, facets, distance and order over the generation's table.

use carenav_domain::date::Date;
use carenav_domain::directory::query::Place;
use carenav_domain::directory::{ProviderQuery, ProviderResults};

use super::ProviderIndex;
use super::order::PassedRows;
use super::table::default_wanted;
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
        let facts = self.overlaid(&generation, &table);
        let (pass, facets) = table.evaluate(
            q,
            &meta.local_authorities,
            near.as_ref(),
            text_rows,
            &facts,
            today,
        );
        let total = pass.count();
        let page = PassedRows {
            table: &table,
            pass: &pass,
            total,
            matches: matches.as_deref(),
            near: near.as_ref(),
            has_text,
            weekly_fee: &facts.weekly_fee,
        }
        .page(q);
        let day = Date::from_unix_days(today);
        let wanted = q.break_wanted(day).unwrap_or_else(|| default_wanted(day));
        let results = page
            .into_iter()
            .map(|(row, dist)| {
                let mut summary = table.cards[row as usize].clone();
                summary.distance_km = dist.map(|d| (d * 10.0).round() / 10.0);
                if let Some(f) = facts.snapshot.get(&summary.location_id) {
                    if let Some(fees) = &f.fees {
                        summary.weekly_fee_from = fees.weekly_from;
                        summary.fees_published_on = Some(fees.published);
                    }
                    if let Some(b) = &f.breaks {
                        summary.short_break_places = b.places(&wanted, day).filter(|n| *n > 0);
                        summary.short_breaks_updated =
                            summary.short_break_places.map(|_| b.updated);
                    }
                }
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
