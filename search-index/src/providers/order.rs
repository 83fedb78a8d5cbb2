//! Ordering and paging: the rows of one page of a search's results, in the order asked for.
//!
//! With no words and no place, the rating and date orders are stored with the table and a
//! page is read by walking them; otherwise the results are ordered themselves, and only as
//! far as the requested page.

use carenav_domain::directory::{ProviderQuery, SortOrder};

use super::table::{DocTable, Matches, SearchArea};
use crate::bits::Bits;

/// A result before paging.
#[derive(Clone, Copy)]
struct Hit {
    row: u32,
    score: f32,
    dist: f64,
    /// Sort key for the rating, date and fee orders (larger first).
    key: u64,
    /// For the fee order, the rating order's key (larger first), for the services that
    /// have not published a fee.
    then: u64,
}

/// The rows a search passed, with what ordering them reads.
pub(super) struct PassedRows<'a> {
    pub table: &'a DocTable,
    /// The rows passing every filter (within the words' matches, when there are words).
    pub pass: &'a Bits,
    /// How many rows `pass` holds.
    pub total: u64,
    /// The words' matches with their scores.
    pub matches: Option<&'a Matches>,
    /// The area around the place searched near, if any.
    pub near: Option<&'a SearchArea>,
    /// Whether the search had meaningful words (even when none could match).
    pub has_text: bool,
    /// Each row's lowest published weekly fee in pence (`u32::MAX`: none).
    pub weekly_fee: &'a [u32],
}

impl PassedRows<'_> {
    /// The rows of the page `q` asks for, in its order, each with its distance from the
    /// place searched near (when it has a position).
    pub fn page(&self, q: &ProviderQuery) -> Vec<(u32, Option<f64>)> {
        let (table, pass, total, near) = (self.table, self.pass, self.total, self.near);
        let sort = match q.sort {
            SortOrder::Relevance if !self.has_text && near.is_some() => SortOrder::Distance,
            SortOrder::Relevance if !self.has_text => SortOrder::Rating,
            s => s,
        };
        let start = ((q.page.max(1) - 1) * q.per_page) as usize;
        let end = (start as u64 + q.per_page as u64).min(total) as usize;
        // Walking the stored order reads about `end × rows / total` entries; ordering the
        // results themselves costs a few steps each. Take the cheaper.
        let walk = (end as u64).saturating_mul(table.len() as u64) / total.max(1) < 3 * total;
        if !self.has_text
            && near.is_none()
            && walk
            && matches!(sort, SortOrder::Rating | SortOrder::Recent)
        {
            // Nothing but the stored order matters: walk it until the page is full.
            return table
                .first_in_order(pass, sort == SortOrder::Recent, end)
                .into_iter()
                .skip(start)
                .map(|row| (row, None))
                .collect();
        }
        let mut hits = self.hits(sort);
        let cmp = |a: &Hit, b: &Hit| -> std::cmp::Ordering {
            let ord = match sort {
                SortOrder::Relevance => b.score.total_cmp(&a.score).then(a.dist.total_cmp(&b.dist)),
                SortOrder::Distance => a.dist.total_cmp(&b.dist).then(b.score.total_cmp(&a.score)),
                SortOrder::Rating | SortOrder::Recent | SortOrder::Fee => b
                    .key
                    .cmp(&a.key)
                    .then(b.score.total_cmp(&a.score))
                    .then(a.dist.total_cmp(&b.dist))
                    .then(b.then.cmp(&a.then)),
            };
            ord.then(a.row.cmp(&b.row))
        };
        if end > start {
            // Only the requested page needs ordering: partition, then sort the head.
            if end < hits.len() {
                hits.select_nth_unstable_by(end - 1, cmp);
                hits.truncate(end);
            }
            hits.sort_unstable_by(cmp);
        }
        hits.iter()
            .skip(start)
            .take(end.saturating_sub(start))
            .map(|h| (h.row, (h.dist < f64::MAX).then_some(h.dist)))
            .collect()
    }

    /// Every passed row as a [`Hit`], with what `sort` compares.
    fn hits(&self, sort: SortOrder) -> Vec<Hit> {
        let (table, pass, near) = (self.table, self.pass, self.near);
        let distance = |row: u32| {
            near.and_then(|n| table.distance(n, row as usize))
                .unwrap_or(f64::MAX)
        };
        let mut hits: Vec<Hit> = match self.matches {
            Some(m) => m
                .scored
                .iter()
                .filter(|(row, _)| pass.contains(*row as usize))
                .map(|&(row, score)| Hit {
                    row,
                    score,
                    dist: distance(row),
                    key: 0,
                    then: 0,
                })
                .collect(),
            None => {
                let mut hits = Vec::with_capacity(self.total as usize);
                pass.for_each(|row| {
                    hits.push(Hit {
                        row: row as u32,
                        score: 0.0,
                        dist: distance(row as u32),
                        key: 0,
                        then: 0,
                    })
                });
                hits
            }
        };
        // One integer per hit for the rating, date and fee orders, so comparing two hits
        // reads nothing else. The cheapest fee has the largest key; no fee, the smallest.
        if matches!(sort, SortOrder::Rating | SortOrder::Recent | SortOrder::Fee) {
            for h in hits.iter_mut() {
                let r = &table.rows[h.row as usize];
                let day = r.rated_day.max(0) as u64;
                let rating = ((r.overall as u64) << 32) | day;
                let fee = self
                    .weekly_fee
                    .get(h.row as usize)
                    .copied()
                    .unwrap_or(u32::MAX);
                (h.key, h.then) = match sort {
                    SortOrder::Rating => (rating, 0),
                    SortOrder::Fee if fee == u32::MAX => (0, rating),
                    SortOrder::Fee => ((u32::MAX - fee) as u64, rating),
                    _ => (day, 0),
                };
            }
        }
        hits
    }
}
