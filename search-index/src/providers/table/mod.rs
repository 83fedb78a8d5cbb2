//! The in-memory table the provider directory's filters, facets, distances and orders run
//! over: every document's filter and sort values and result card, built once per index
//! generation ([`load`] reads it from the fast fields and the document store).
//!
//! Each filter is a set of rows ([`Bits`]): most are precomputed per generation
//! ([`FilterSets`]: one per service, specialism, council, "rated at least r", …), a few are
//! made per search (the radius around a place, a bed range). A search intersects them
//! ([`filter`]); the facet of one filter counts the rows that pass every *other* filter
//! ([`counts`], turned into the response's facets by [`facets`]). Distances come from
//! [`geo`]; work worth keeping between searches is kept in a [`BoundedCache`].

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use carenav_domain::directory::ProviderSummary;
use carenav_domain::publish::FactsSnapshot;

use crate::bits::Bits;

mod cache;
mod counts;
mod facets;
mod filter;
mod geo;
mod load;
mod published;
#[cfg(test)]
mod tests;

use cache::BoundedCache;
use counts::{D_AGE, D_ROWS, FacetHistogram};
use facets::BED_BUCKETS;
pub(crate) use geo::SearchArea;
use geo::strip;
pub(crate) use load::load_table;
pub(crate) use published::{FactsOverlay, default_wanted};

/// One document's filter and sort values (20 bytes; its position is kept apart).
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct Row {
    pub overall: u8,
    /// 0 = no position, 1 = exact, 2 = approximated.
    pub position: u8,
    pub deregistered: bool,
    /// Index into [`BED_BUCKETS`]; 4 = none recorded.
    pub beds_bucket: u8,
    pub la: u16,
    /// Five 3-bit rating ranks, in
    /// [`KeyQuestion::ALL`](carenav_domain::directory::KeyQuestion::ALL) order.
    pub key_questions: u16,
    pub services: u16,
    pub specialisms: u16,
    /// Beds + 1; 0 = none recorded.
    pub beds: u32,
    /// Days since 1970 of the current rating; 0 = never rated.
    pub rated_day: i32,
}

impl Row {
    #[inline]
    fn key(&self, i: usize) -> usize {
        (((self.key_questions >> (3 * i)) & 0b111) as usize).min(4)
    }
}

/// The bed-range facet index of a stored beds value (beds + 1; 0 = none).
fn beds_bucket(stored: u64) -> u8 {
    match stored.checked_sub(1) {
        None => 4,
        Some(b) => BED_BUCKETS
            .iter()
            .position(|(_, lo, hi)| b >= *lo as u64 && b <= *hi as u64)
            .map_or(4, |i| i as u8),
    }
}

fn years_ago(today: i64, years: u32) -> i64 {
    today - (years as f64 * 365.25).round() as i64
}

/// A search's word matches with their scores, and as a row set.
pub(crate) struct Matches {
    pub scored: Vec<(u32, f32)>,
    pub rows: Bits,
}

/// Searches matching at least this many locations have their matches kept…
const COMMON_MATCHES: usize = 2_000;
/// …up to this many searches per generation.
const COMMON_KEPT: usize = 128;

/// Precomputed row sets, one per filterable value: a filter on that value is the set itself
/// (or the union or intersection of a few), and a facet with few values can be counted by
/// intersecting them.
struct FilterSets {
    /// By service bit.
    services: Vec<Bits>,
    /// By specialism bit.
    specialisms: Vec<Bits>,
    /// Index r: rows whose overall rating ranks at least r.
    overall_at_least: Vec<Bits>,
    /// `[question][r]`: rows whose key-question rating ranks at least r.
    key_at_least: Vec<Vec<Bits>>,
    /// By council index.
    la: Vec<Bits>,
    registered: Bits,
}

/// Every document's filter and sort values and result card, with the row sets and orders
/// built from them.
///
/// Rows are numbered in the order of their position (by latitude strip, then longitude;
/// unplaced ones last), not in the index's document order: the rows near a place, or in
/// one council area, are then runs of neighbouring rows, and walking a set of them reads
/// the table nearly in order rather than all over it.
pub(crate) struct DocTable {
    /// First document number of each segment.
    pub bases: Vec<u32>,
    /// Row of each document (by `base + doc`).
    pub doc_to_row: Arc<[u32]>,
    pub rows: Vec<Row>,
    /// Each row's result card, so a page of results needs no document-store reads.
    pub cards: Vec<ProviderSummary>,
    authorities: usize,
    /// Each row's latitude and longitude.
    lat: Vec<f32>,
    lon: Vec<f32>,
    /// Latitude strip of each placed row (the placed rows come first): for binary search.
    strip_of: Vec<i32>,
    /// Rows best rated first, then most recently rated, then in row order.
    by_rating: Vec<u32>,
    /// Rows most recently rated first (never rated last), then in row order.
    by_recent: Vec<u32>,
    sets: FilterSets,
    /// Counts over every row except the rating-age ones (those depend on the day).
    everything: FacetHistogram,
    /// "Rated on or after day d" sets, by d, made when first asked for.
    rated_since: BoundedCache<i32, Bits>,
    /// The matches of searches whose words are found in very many locations ("care home",
    /// "dementia"): scoring tens of thousands of documents costs milliseconds, and these
    /// are the searches people make most.
    common_matches: BoundedCache<String, Matches>,
    /// Each location id's row (from the cards), made when published facts are first laid
    /// over this generation.
    row_of: OnceLock<HashMap<String, u32>>,
}

impl DocTable {
    /// `docs`, `positions` and `cards` are in document order (`cards` may be empty);
    /// `authorities` is the length of the council list `Row::la` indexes.
    pub fn new(
        bases: Vec<u32>,
        docs: Vec<Row>,
        positions: Vec<(f32, f32)>,
        cards: Vec<ProviderSummary>,
        authorities: usize,
    ) -> Self {
        let n = docs.len();
        let place = |d: usize| {
            let (lat, lon) = positions[d];
            (docs[d].position == 0, strip(lat), lon)
        };
        let mut order: Vec<u32> = (0..n as u32).collect();
        order.sort_by(|a, b| {
            let ((ua, sa, la), (ub, sb, lb)) = (place(*a as usize), place(*b as usize));
            ua.cmp(&ub)
                .then(if ua {
                    std::cmp::Ordering::Equal
                } else {
                    sa.cmp(&sb)
                })
                .then(if ua {
                    std::cmp::Ordering::Equal
                } else {
                    la.total_cmp(&lb)
                })
                .then(a.cmp(b))
        });
        let mut doc_to_row = vec![0u32; n];
        for (row, doc) in order.iter().enumerate() {
            doc_to_row[*doc as usize] = row as u32;
        }
        let rows: Vec<Row> = order.iter().map(|d| docs[*d as usize]).collect();
        let lat: Vec<f32> = order.iter().map(|d| positions[*d as usize].0).collect();
        let lon: Vec<f32> = order.iter().map(|d| positions[*d as usize].1).collect();
        let cards = if cards.len() == n {
            let mut slots: Vec<Option<ProviderSummary>> = cards.into_iter().map(Some).collect();
            order
                .iter()
                .filter_map(|d| slots[*d as usize].take())
                .collect()
        } else {
            Vec::new()
        };
        let placed = rows.iter().take_while(|r| r.position != 0).count();
        let strip_of = lat[..placed].iter().map(|l| strip(*l)).collect();
        let day = |r: u32| rows[r as usize].rated_day.max(0);
        let mut by_recent: Vec<u32> = (0..n as u32).collect();
        by_recent.sort_by(|a, b| day(*b).cmp(&day(*a)).then(a.cmp(b)));
        let mut by_rating = by_recent.clone();
        by_rating.sort_by(|a, b| {
            let (ra, rb) = (&rows[*a as usize], &rows[*b as usize]);
            rb.overall
                .cmp(&ra.overall)
                .then(day(*b).cmp(&day(*a)))
                .then(a.cmp(b))
        });

        let sets_of = |count: usize| vec![Bits::zeros(n); count];
        let mut sets = FilterSets {
            services: sets_of(16),
            specialisms: sets_of(16),
            overall_at_least: sets_of(5),
            key_at_least: vec![sets_of(5); 5],
            la: sets_of(authorities),
            registered: Bits::zeros(n),
        };
        let mut everything = FacetHistogram::new(authorities);
        for (i, r) in rows.iter().enumerate() {
            for bit in 0..16 {
                if r.services & (1 << bit) != 0 {
                    sets.services[bit].insert(i);
                }
                if r.specialisms & (1 << bit) != 0 {
                    sets.specialisms[bit].insert(i);
                }
            }
            for rank in 0..=(r.overall as usize).min(4) {
                sets.overall_at_least[rank].insert(i);
            }
            for (q, at_least) in sets.key_at_least.iter_mut().enumerate() {
                for set in at_least.iter_mut().take(r.key(q) + 1) {
                    set.insert(i);
                }
            }
            if let Some(set) = sets.la.get_mut(r.la as usize) {
                set.insert(i);
            }
            if !r.deregistered {
                sets.registered.insert(i);
            }
            everything.add(r, D_ROWS & !D_AGE, &[0; 4]);
        }
        DocTable {
            bases,
            doc_to_row: doc_to_row.into(),
            rows,
            cards,
            authorities,
            lat,
            lon,
            strip_of,
            by_rating,
            by_recent,
            sets,
            everything,
            rated_since: BoundedCache::new(64),
            common_matches: BoundedCache::new(COMMON_KEPT),
            row_of: OnceLock::new(),
        }
    }

    /// The published facts of `snapshot` laid over this generation's rows.
    pub fn overlay(&self, snapshot: Arc<FactsSnapshot>) -> FactsOverlay {
        let row_of = self.row_of.get_or_init(|| {
            self.cards
                .iter()
                .enumerate()
                .map(|(row, c)| (c.location_id.clone(), row as u32))
                .collect()
        });
        let rows = snapshot
            .locations
            .keys()
            .filter_map(|id| row_of.get(id).map(|row| (*row, id.clone())))
            .collect();
        FactsOverlay::new(self.len(), snapshot, rows)
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Rows rated on or after `day` (never-rated rows excluded).
    fn rated_since(&self, day: i32) -> Arc<Bits> {
        if let Some(set) = self.rated_since.get(&day) {
            return set;
        }
        let mut set = Bits::zeros(self.len());
        for &row in &self.by_recent[..self.rated_since_count(day) as usize] {
            set.insert(row as usize);
        }
        let set = Arc::new(set);
        self.rated_since.insert(day, set.clone());
        set
    }

    /// The kept matches of a very common search (`key`: its normalised words).
    pub fn common_matches(&self, key: &String) -> Option<Arc<Matches>> {
        self.common_matches.get(key)
    }

    /// Keep `matches` if the search matched very many locations.
    pub fn keep_if_common(&self, key: String, matches: &Arc<Matches>) {
        if matches.scored.len() >= COMMON_MATCHES {
            self.common_matches.insert(key, matches.clone());
        }
    }

    fn rated_since_count(&self, day: i32) -> u64 {
        let day = day.max(1);
        self.by_recent
            .partition_point(|r| self.rows[*r as usize].rated_day >= day) as u64
    }

    /// The first `end` rows of `pass` in the rating or recent order.
    pub fn first_in_order(&self, pass: &Bits, recent: bool, end: usize) -> Vec<u32> {
        let order = if recent {
            &self.by_recent
        } else {
            &self.by_rating
        };
        order
            .iter()
            .copied()
            .filter(|r| pass.contains(*r as usize))
            .take(end)
            .collect()
    }
}
