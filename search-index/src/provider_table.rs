//! The provider directory's filters, facet counts and orders, over an in-memory table of
//! every document's filter values built once per index generation.
//!
//! Each filter is a set of rows ([`Bits`]): most are precomputed per generation (one per
//! service, specialism, council, "rated at least r", …), a few are made per search (the
//! radius around a place, a bed range). A search intersects them; the facet of one filter
//! counts the rows that pass every *other* filter (prefix and suffix intersections give all
//! of those in a few passes over ~1,000 words). Counting walks the rows of a set, or — when
//! the set holds most rows — walks the rows *not* in it and subtracts from counts taken over
//! every row, so no count reads more than half the table.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use carenav_domain::directory::query::{FacetCount, Facets, Place};
use carenav_domain::directory::vocab::{SERVICES, SPECIALISMS, service_bit, specialism_bit};
use carenav_domain::directory::{KeyQuestion, ProviderQuery, ProviderSummary, Rating};

use crate::bits::Bits;

/// Facet radius buckets (km) and rating-age buckets (years).
pub(crate) const RADIUS_BUCKETS: [f64; 4] = [5.0, 10.0, 25.0, 50.0];
pub(crate) const AGE_BUCKETS: [u32; 4] = [1, 2, 3, 5];
pub(crate) const BED_BUCKETS: [(&str, u32, u32); 4] = [
    ("1-9", 1, 9),
    ("10-29", 10, 29),
    ("30-59", 30, 59),
    ("60+", 60, u32::MAX),
];

/// Kilometres per degree of latitude (mean Earth radius 6371.0088 km).
const KM_PER_DEGREE: f64 = 6371.0088 * std::f64::consts::PI / 180.0;

/// Latitude strips of 0.05° (about 5.5 km) for reading the rows near a place.
fn strip(lat: f32) -> i32 {
    (lat * 20.0).floor() as i32
}

/// Filter (and facet) dimensions, one bit each.
const D_SERVICE: u32 = 1 << 0;
const D_SPECIALISM: u32 = 1 << 1;
const D_RATING: u32 = 1 << 2;
const D_KEY: [u32; 5] = [1 << 3, 1 << 4, 1 << 5, 1 << 6, 1 << 7];
const D_AGE: u32 = 1 << 8;
const D_BEDS: u32 = 1 << 9;
const D_LA: u32 = 1 << 10;
const D_RADIUS: u32 = 1 << 11;
const D_DEREG: u32 = 1 << 12;
/// Every dimension counted by walking rows (the radius is counted from its own sets).
const D_ROWS: u32 = D_SERVICE
    | D_SPECIALISM
    | D_RATING
    | D_KEY[0]
    | D_KEY[1]
    | D_KEY[2]
    | D_KEY[3]
    | D_KEY[4]
    | D_AGE
    | D_BEDS
    | D_LA
    | D_DEREG;

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
    /// Five 3-bit rating ranks, in [`KeyQuestion::ALL`] order.
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
pub(crate) fn beds_bucket(stored: u64) -> u8 {
    match stored.checked_sub(1) {
        None => 4,
        Some(b) => BED_BUCKETS
            .iter()
            .position(|(_, lo, hi)| b >= *lo as u64 && b <= *hi as u64)
            .map_or(4, |i| i as u8),
    }
}

pub(crate) fn years_ago(today: i64, years: u32) -> i64 {
    today - (years as f64 * 365.25).round() as i64
}

/// A search's word matches with their scores, and as a row set.
pub(crate) struct Matches {
    pub scored: Vec<(u32, f32)>,
    pub rows: Bits,
}

/// Values worked out on demand and kept for the life of a generation's table; the map starts
/// again when full (the keys move on — days, searches — so small beats clever).
struct Kept<K, V> {
    map: RwLock<HashMap<K, Arc<V>>>,
    limit: usize,
}

impl<K: std::hash::Hash + Eq, V> Kept<K, V> {
    fn new(limit: usize) -> Self {
        Self {
            map: RwLock::new(HashMap::new()),
            limit,
        }
    }

    fn get(&self, key: &K) -> Option<Arc<V>> {
        self.map
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(key)
            .cloned()
    }

    fn insert(&self, key: K, value: Arc<V>) {
        let mut map = self.map.write().unwrap_or_else(|p| p.into_inner());
        if map.len() >= self.limit {
            map.clear();
        }
        map.insert(key, value);
    }
}

/// Searches matching at least this many locations have their matches kept…
const COMMON_MATCHES: usize = 2_000;
/// …up to this many searches per generation.
const COMMON_KEPT: usize = 128;

/// Precomputed row sets, one per filterable value.
struct Sets {
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

/// Counts per facet value over some set of rows.
#[derive(Clone, Debug, Default, PartialEq)]
struct Hist {
    services: [u64; 16],
    specialisms: [u64; 16],
    /// By exact rank.
    overall: [u64; 5],
    /// `[question][exact rank]`.
    key: [[u64; 5]; 5],
    /// By bucket; index 4 = none recorded.
    beds: [u64; 5],
    la: Vec<u64>,
    /// Rated within each of [`AGE_BUCKETS`] (cumulative).
    age: [u64; 4],
    deregistered: u64,
}

#[inline]
fn count_bits(mut mask: u16, counts: &mut [u64; 16]) {
    while mask != 0 {
        counts[mask.trailing_zeros() as usize] += 1;
        mask &= mask - 1;
    }
}

impl Hist {
    fn new(authorities: usize) -> Self {
        Self {
            la: vec![0; authorities],
            ..Default::default()
        }
    }

    #[inline]
    fn add(&mut self, r: &Row, dims: u32, age_days: &[i32; 4]) {
        if dims & D_SERVICE != 0 {
            count_bits(r.services, &mut self.services);
        }
        if dims & D_SPECIALISM != 0 {
            count_bits(r.specialisms, &mut self.specialisms);
        }
        if dims & D_RATING != 0 {
            self.overall[(r.overall as usize).min(4)] += 1;
        }
        for (i, d) in D_KEY.iter().enumerate() {
            if dims & d != 0 {
                self.key[i][r.key(i)] += 1;
            }
        }
        if dims & D_AGE != 0 && r.rated_day != 0 {
            for (count, day) in self.age.iter_mut().zip(age_days) {
                *count += (r.rated_day >= *day) as u64;
            }
        }
        if dims & D_BEDS != 0 {
            self.beds[r.beds_bucket as usize] += 1;
        }
        if dims & D_LA != 0
            && let Some(c) = self.la.get_mut(r.la as usize)
        {
            *c += 1;
        }
        if dims & D_DEREG != 0 {
            self.deregistered += r.deregistered as u64;
        }
    }

    /// `self - other`, value by value (`other` counts a subset of `self`'s rows).
    fn minus(mut self, other: &Hist) -> Hist {
        fn sub<const N: usize>(a: &mut [u64; N], b: &[u64; N]) {
            for (x, y) in a.iter_mut().zip(b) {
                *x -= y;
            }
        }
        sub(&mut self.services, &other.services);
        sub(&mut self.specialisms, &other.specialisms);
        sub(&mut self.overall, &other.overall);
        for (a, b) in self.key.iter_mut().zip(&other.key) {
            sub(a, b);
        }
        sub(&mut self.beds, &other.beds);
        for (x, y) in self.la.iter_mut().zip(&other.la) {
            *x -= y;
        }
        sub(&mut self.age, &other.age);
        self.deregistered -= other.deregistered;
        self
    }

    /// Copy the counts of `dims` from `other`.
    fn take(&mut self, other: &Hist, dims: u32) {
        if dims & D_SERVICE != 0 {
            self.services = other.services;
        }
        if dims & D_SPECIALISM != 0 {
            self.specialisms = other.specialisms;
        }
        if dims & D_RATING != 0 {
            self.overall = other.overall;
        }
        for (i, d) in D_KEY.iter().enumerate() {
            if dims & d != 0 {
                self.key[i] = other.key[i];
            }
        }
        if dims & D_AGE != 0 {
            self.age = other.age;
        }
        if dims & D_BEDS != 0 {
            self.beds = other.beds;
        }
        if dims & D_LA != 0 {
            self.la.clone_from(&other.la);
        }
        if dims & D_DEREG != 0 {
            self.deregistered = other.deregistered;
        }
    }
}

/// A place searched near: its position, the rows within the radius asked for, and those
/// within the largest facet radius.
pub(crate) struct Near {
    lat: f64,
    lon: f64,
    cos_lat: f64,
    /// Rows within the largest of [`RADIUS_BUCKETS`], with their squared distance.
    reach: Vec<(u32, f64)>,
    /// Rows within the radius asked for.
    within_radius: Bits,
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
    sets: Sets,
    /// Counts over every row except the rating-age ones (those depend on the day).
    everything: Hist,
    /// "Rated on or after day d" sets, by d, made when first asked for.
    rated_since: Kept<i32, Bits>,
    /// The matches of searches whose words are found in very many locations ("care home",
    /// "dementia"): scoring tens of thousands of documents costs milliseconds, and these
    /// are the searches people make most.
    common_matches: Kept<String, Matches>,
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
        let mut sets = Sets {
            services: sets_of(16),
            specialisms: sets_of(16),
            overall_at_least: sets_of(5),
            key_at_least: vec![sets_of(5); 5],
            la: sets_of(authorities),
            registered: Bits::zeros(n),
        };
        let mut everything = Hist::new(authorities);
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
            rated_since: Kept::new(64),
            common_matches: Kept::new(COMMON_KEPT),
        }
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

    /// Counts of `dims` over the rows of `set` (`size` of them).
    fn count(&self, set: &Bits, size: u64, dims: u32, age_days: &[i32; 4]) -> Hist {
        let mut h = Hist::new(self.authorities);
        // Most rows: count the others and subtract them from the counts over every row.
        let absent = size as usize * 2 > self.len();
        let walked = (size as usize).min(self.len() - size as usize);
        // Counting a value by intersecting sets reads the whole set (~1,000 words, about
        // as long as walking ~300 rows): worth it for a facet with few values when many
        // rows would be walked.
        let sets_cheaper = |values: usize| walked > values * 300;
        let per_value = |sets: &[Bits], out: &mut [u64; 16]| {
            for (c, s) in out.iter_mut().zip(sets) {
                *c = set.and_count(s);
            }
        };
        let exact = |at_least: &[Bits], out: &mut [u64; 5]| {
            let counts: Vec<u64> = at_least.iter().map(|s| set.and_count(s)).collect();
            for r in 0..5 {
                out[r] = counts[r] - counts.get(r + 1).copied().unwrap_or(0);
            }
        };
        match dims {
            D_SERVICE if sets_cheaper(SERVICES.len()) => {
                per_value(&self.sets.services[..SERVICES.len()], &mut h.services);
                return h;
            }
            D_SPECIALISM if sets_cheaper(SPECIALISMS.len()) => {
                per_value(
                    &self.sets.specialisms[..SPECIALISMS.len()],
                    &mut h.specialisms,
                );
                return h;
            }
            D_RATING if sets_cheaper(5) => {
                exact(&self.sets.overall_at_least, &mut h.overall);
                return h;
            }
            D_AGE if sets_cheaper(4) => {
                for (c, day) in h.age.iter_mut().zip(age_days) {
                    *c = set.and_count(&self.rated_since(*day));
                }
                return h;
            }
            _ => {
                if let Some(i) = D_KEY.iter().position(|d| *d == dims)
                    && sets_cheaper(5)
                {
                    exact(&self.sets.key_at_least[i], &mut h.key[i]);
                    return h;
                }
            }
        }
        let rows = &self.rows;
        // One loop per kind of count, so the common single-facet counts are tight loops.
        macro_rules! walk {
            (|$r:ident| $body:expr) => {{
                let mut visit = |row: usize| {
                    let $r = &rows[row];
                    $body;
                };
                if absent {
                    set.for_each_absent(&mut visit)
                } else {
                    set.for_each(&mut visit)
                }
            }};
        }
        match dims {
            D_LA => walk!(|r| if let Some(c) = h.la.get_mut(r.la as usize) {
                *c += 1
            }),
            D_SERVICE => walk!(|r| count_bits(r.services, &mut h.services)),
            D_SPECIALISM => walk!(|r| count_bits(r.specialisms, &mut h.specialisms)),
            D_RATING => walk!(|r| h.overall[(r.overall as usize).min(4)] += 1),
            D_DEREG => walk!(|r| h.deregistered += r.deregistered as u64),
            D_BEDS => walk!(|r| h.beds[r.beds_bucket as usize] += 1),
            _ => walk!(|r| h.add(r, dims, age_days)),
        }
        if !absent {
            return h;
        }
        let mut all = self.everything.clone();
        for (count, day) in all.age.iter_mut().zip(age_days) {
            *count = self.rated_since_count(*day);
        }
        all.minus(&h)
    }

    /// The rows within each radius of `place`. Only the rows in a box around it are read.
    pub fn near(&self, place: &Place, radius: f64) -> Near {
        let (lat, lon) = (place.latitude, place.longitude);
        let cos_lat = lat.to_radians().cos();
        let reach = radius.max(RADIUS_BUCKETS[3]) + 1.0;
        let dlat = reach / 110.5;
        let dlon = reach / (111.3 * cos_lat.max(0.1));
        let (lon_min, lon_max) = ((lon - dlon) as f32, (lon + dlon) as f32);
        let mut near = Near {
            lat,
            lon,
            cos_lat,
            reach: Vec::new(),
            within_radius: Bits::zeros(self.len()),
        };
        for s in strip((lat - dlat) as f32)..=strip((lat + dlat) as f32) {
            let start = self.strip_of.partition_point(|x| *x < s);
            let end = start + self.strip_of[start..].partition_point(|x| *x == s);
            let lons = &self.lon[start..end];
            let from = start + lons.partition_point(|l| *l < lon_min);
            let to = start + lons.partition_point(|l| *l <= lon_max);
            for row in from..to {
                let d2 = near.distance_squared(self.lat[row], self.lon[row]);
                if d2 <= RADIUS_BUCKETS[3] * RADIUS_BUCKETS[3] {
                    near.reach.push((row as u32, d2));
                }
                if d2 <= radius * radius {
                    near.within_radius.insert(row);
                }
            }
        }
        near
    }

    /// Distance from the place searched near, for a placed row.
    pub fn distance(&self, near: &Near, row: usize) -> Option<f64> {
        (self.rows[row].position != 0)
            .then(|| near.distance_squared(self.lat[row], self.lon[row]).sqrt())
    }

    /// The rows passing every filter of `q` (within `text`'s matches, when there are
    /// words), and every facet's counts.
    pub fn evaluate(
        &self,
        q: &ProviderQuery,
        authorities: &[String],
        near: Option<&Near>,
        text: Option<&Bits>,
        today: i64,
    ) -> (Bits, Facets) {
        let n = self.len();
        let age_days = AGE_BUCKETS.map(|y| years_ago(today, y) as i32);
        let any_of = |sets: &[Bits], mask: u16| {
            let mut s = Bits::zeros(n);
            for (bit, set) in sets.iter().enumerate() {
                if mask & (1 << bit) != 0 {
                    s.or_with(set);
                }
            }
            s
        };
        let mask = |slugs: &[String], bit: fn(&str) -> Option<u32>| {
            slugs
                .iter()
                .filter_map(|s| bit(s))
                .fold(0u16, |m, b| m | (1 << b))
        };

        // The active filters, most selective kinds first.
        let mut filters: Vec<(u32, Bits)> = Vec::new();
        if let Some(la) = &q.la {
            let set = authorities
                .iter()
                .position(|x| x.eq_ignore_ascii_case(la))
                .and_then(|i| self.sets.la.get(i).cloned())
                .unwrap_or_else(|| Bits::zeros(n));
            filters.push((D_LA, set));
        }
        if let Some(near) = near {
            filters.push((D_RADIUS, near.within_radius.clone()));
        }
        let services = mask(&q.services, service_bit);
        if services != 0 {
            filters.push((D_SERVICE, any_of(&self.sets.services, services)));
        }
        let specialisms = mask(&q.specialisms, specialism_bit);
        if specialisms != 0 {
            let mut set = Bits::ones(n);
            for (bit, s) in self.sets.specialisms.iter().enumerate() {
                if specialisms & (1 << bit) != 0 {
                    set.and_with(s);
                }
            }
            filters.push((D_SPECIALISM, set));
        }
        if !q.include_deregistered {
            filters.push((D_DEREG, self.sets.registered.clone()));
        }
        if let Some(r) = q.min_rating.filter(|r| r.rank() > 0) {
            filters.push((
                D_RATING,
                self.sets.overall_at_least[r.rank() as usize].clone(),
            ));
        }
        if let Some(years) = q.rated_within_years {
            let set = self.rated_since(years_ago(today, years) as i32);
            filters.push((D_AGE, (*set).clone()));
        }
        if q.beds_min.is_some() || q.beds_max.is_some() {
            let (lo, hi) = (q.beds_min.unwrap_or(0), q.beds_max.unwrap_or(u32::MAX));
            let mut set = Bits::zeros(n);
            for (i, r) in self.rows.iter().enumerate() {
                // Stored as beds + 1; 0 means no beds recorded.
                if r.beds.checked_sub(1).is_some_and(|b| b >= lo && b <= hi) {
                    set.insert(i);
                }
            }
            filters.push((D_BEDS, set));
        }
        for (i, min) in q.min_key.iter().enumerate() {
            if let Some(r) = min.filter(|r| r.rank() > 0) {
                filters.push((
                    D_KEY[i],
                    self.sets.key_at_least[i][r.rank() as usize].clone(),
                ));
            }
        }

        // prefix[i]: the base and filters 0..i; suffix[i]: filters i.. (None: no filter).
        let k = filters.len();
        let mut prefix = Vec::with_capacity(k + 1);
        prefix.push(text.cloned().unwrap_or_else(|| Bits::ones(n)));
        for (i, (_, set)) in filters.iter().enumerate() {
            let next = prefix[i].and(set);
            prefix.push(next);
        }
        let mut suffix: Vec<Option<Bits>> = vec![None; k + 1];
        for i in (0..k).rev() {
            suffix[i] = Some(match &suffix[i + 1] {
                Some(s) => s.and(&filters[i].1),
                None => filters[i].1.clone(),
            });
        }
        let pass = prefix[k].clone();
        let pass_size = pass.count();

        // Each active filter's facet counts the rows failing only that filter; the others
        // count the rows passing everything (so with deregistered locations included, that
        // facet says how many of the results are deregistered).
        let active = filters.iter().fold(0, |m, (d, _)| m | d);
        let mut hist = self.count(&pass, pass_size, D_ROWS & !active, &age_days);
        let mut radius = [0u64; 4];
        for (i, (dim, _)) in filters.iter().enumerate() {
            let others = match &suffix[i + 1] {
                Some(s) => prefix[i].and(s),
                None => prefix[i].clone(),
            };
            if *dim == D_RADIUS {
                if let Some(near) = near {
                    for &(row, d2) in &near.reach {
                        if others.contains(row as usize) {
                            for (count, limit) in radius.iter_mut().zip(RADIUS_BUCKETS) {
                                *count += (d2 <= limit * limit) as u64;
                            }
                        }
                    }
                }
                continue;
            }
            let size = others.count();
            hist.take(&self.count(&others, size, *dim, &age_days), *dim);
        }
        (pass, facets(hist, radius, authorities, q))
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

impl Near {
    /// Equirectangular: within the ~50 km that matters it is within 0.1% of the
    /// great-circle distance, and needs no trigonometry per row.
    #[inline]
    fn distance_squared(&self, lat: f32, lon: f32) -> f64 {
        let dy = (lat as f64 - self.lat) * KM_PER_DEGREE;
        let dx = (lon as f64 - self.lon) * KM_PER_DEGREE * self.cos_lat;
        dx * dx + dy * dy
    }
}

fn facets(h: Hist, radius: [u64; 4], authorities: &[String], q: &ProviderQuery) -> Facets {
    // "At least r": the sum of the exact counts from r up.
    let at_least = |hist: &[u64; 5]| -> Vec<FacetCount> {
        [
            Rating::Outstanding,
            Rating::Good,
            Rating::RequiresImprovement,
            Rating::Inadequate,
        ]
        .into_iter()
        .map(|r| FacetCount {
            value: r.code().to_owned(),
            count: hist[r.rank() as usize..].iter().sum(),
        })
        .collect()
    };
    let mut la: Vec<FacetCount> = authorities
        .iter()
        .zip(&h.la)
        .filter(|(name, n)| {
            **n > 0 && !name.is_empty()
                || q.la
                    .as_deref()
                    .is_some_and(|l| l.eq_ignore_ascii_case(name))
        })
        .map(|(name, n)| FacetCount {
            value: name.clone(),
            count: *n,
        })
        .collect();
    la.sort_by(|a, b| a.value.cmp(&b.value));
    let counts = |names: &[&str], hist: &[u64; 16]| -> Vec<FacetCount> {
        names
            .iter()
            .zip(hist)
            .map(|(s, n)| FacetCount {
                value: (*s).to_owned(),
                count: *n,
            })
            .collect()
    };
    Facets {
        service: counts(SERVICES, &h.services),
        specialism: counts(SPECIALISMS, &h.specialisms),
        min_rating: at_least(&h.overall),
        key_questions: KeyQuestion::ALL
            .iter()
            .map(|k| (k.code().to_owned(), at_least(&h.key[k.index()])))
            .collect(),
        rated_within_years: AGE_BUCKETS
            .iter()
            .zip(h.age)
            .map(|(y, n)| FacetCount {
                value: y.to_string(),
                count: n,
            })
            .collect(),
        beds: BED_BUCKETS
            .iter()
            .zip(h.beds)
            .map(|((label, _, _), n)| FacetCount {
                value: (*label).to_owned(),
                count: n,
            })
            .collect(),
        la,
        radius_km: if q.near.is_some() {
            RADIUS_BUCKETS
                .iter()
                .zip(radius)
                .map(|(r, n)| FacetCount {
                    value: format!("{r:.0}"),
                    count: n,
                })
                .collect()
        } else {
            Vec::new()
        },
        deregistered: h.deregistered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small table with every kind of value, and a slow direct count to check against.
    fn table(n: usize) -> DocTable {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let rows: Vec<Row> = (0..n)
            .map(|_| {
                let beds = (next() % 90) as u32;
                let overall = (next() % 5) as u8;
                Row {
                    overall,
                    position: (next() % 3) as u8,
                    deregistered: next() % 10 == 0,
                    la: (next() % 7) as u16,
                    key_questions: (0..5).fold(0, |k, i| k | (((next() % 5) as u16) << (3 * i))),
                    services: 1 << (next() % 4) | ((next() % 2) << 5) as u16,
                    specialisms: (next() % 64) as u16,
                    beds,
                    beds_bucket: beds_bucket(beds as u64),
                    rated_day: if overall == 0 {
                        0
                    } else {
                        20_000 - (next() % 3000) as i32
                    },
                }
            })
            .collect();
        let positions = (0..n)
            .map(|_| {
                (
                    53.0 + (next() % 1000) as f32 / 1000.0,
                    -1.5 + (next() % 1000) as f32 / 1000.0,
                )
            })
            .collect();
        DocTable::new(vec![0], rows, positions, Vec::new(), 7)
    }

    #[test]
    fn counts_by_complement_equal_counts_by_walking() {
        let t = table(1000);
        let age_days = AGE_BUCKETS.map(|y| years_ago(20_000, y) as i32);
        for keep in [1u64, 2, 3, 7] {
            let mut set = Bits::zeros(t.len());
            for i in
                (0..t.len()).filter(|i| !(*i as u64 * 2654435761).is_multiple_of(keep) || keep == 1)
            {
                set.insert(i);
            }
            let size = set.count();
            let mut walked = Hist::new(7);
            set.for_each(|row| walked.add(&t.rows[row], D_ROWS, &age_days));
            assert_eq!(
                t.count(&set, size, D_ROWS, &age_days),
                walked,
                "keep 1/{keep}"
            );
        }
    }

    #[test]
    fn facets_count_rows_failing_only_their_own_filter() {
        let t = table(2000);
        let authorities: Vec<String> = (0..7).map(|i| format!("Council {i}")).collect();
        let today = 20_000;
        let q = ProviderQuery {
            la: Some("council 3".into()),
            services: vec![SERVICES[1].to_owned()],
            min_rating: Some(Rating::Good),
            rated_within_years: Some(3),
            ..Default::default()
        };
        let (pass, facets) = t.evaluate(&q, &authorities, None, None, today);
        let min_day = years_ago(today, 3) as i32;
        let fails = |r: &Row| -> Vec<&str> {
            let mut f = Vec::new();
            if r.la != 3 {
                f.push("la");
            }
            if r.services & 2 == 0 {
                f.push("service");
            }
            if r.deregistered {
                f.push("dereg");
            }
            if (r.overall as u64) < Rating::Good.rank() {
                f.push("rating");
            }
            if r.rated_day == 0 || r.rated_day < min_day {
                f.push("age");
            }
            f
        };
        let expected: Vec<usize> = (0..t.len())
            .filter(|i| fails(&t.rows[*i]).is_empty())
            .collect();
        assert_eq!(pass.to_vec(), expected);
        let only = |name: &str| {
            t.rows
                .iter()
                .filter(|r| {
                    let f = fails(r);
                    f.is_empty() || f == [name]
                })
                .collect::<Vec<_>>()
        };
        let la3 = facets
            .la
            .iter()
            .find(|f| f.value == "Council 3")
            .unwrap()
            .count;
        assert_eq!(la3, expected.len() as u64);
        let la5 = facets
            .la
            .iter()
            .find(|f| f.value == "Council 5")
            .map_or(0, |f| f.count);
        assert_eq!(la5, only("la").iter().filter(|r| r.la == 5).count() as u64);
        let home = facets
            .service
            .iter()
            .find(|f| f.value == SERVICES[0])
            .unwrap()
            .count;
        assert_eq!(
            home,
            only("service")
                .iter()
                .filter(|r| r.services & 1 != 0)
                .count() as u64
        );
        assert_eq!(
            facets.deregistered,
            only("dereg").iter().filter(|r| r.deregistered).count() as u64
        );
        let within1 = facets.rated_within_years[0].count;
        let day1 = years_ago(today, 1) as i32;
        assert_eq!(
            within1,
            only("age")
                .iter()
                .filter(|r| r.rated_day != 0 && r.rated_day >= day1)
                .count() as u64
        );
        let inadequate = facets
            .min_rating
            .iter()
            .find(|f| f.value == "inadequate")
            .unwrap();
        assert_eq!(
            inadequate.count,
            only("rating").iter().filter(|r| r.overall >= 1).count() as u64
        );
        // Facets of filters not set count the results.
        let safe_good = &facets.key_questions[0].1[1];
        assert_eq!(
            safe_good.count,
            expected.iter().filter(|i| t.rows[**i].key(0) >= 3).count() as u64
        );
    }

    #[test]
    fn rows_near_a_place_are_those_within_each_radius() {
        let t = table(3000);
        let place = Place {
            label: "test".into(),
            latitude: 53.5,
            longitude: -1.0,
            source: carenav_domain::directory::query::GeoSource::Exact,
        };
        let near = t.near(&place, 7.0);
        let within = |km: f64| -> Vec<usize> {
            (0..t.len())
                .filter(|row| t.distance(&near, *row).is_some_and(|d| d <= km))
                .collect()
        };
        assert_eq!(near.within_radius.to_vec(), within(7.0));
        let mut reach: Vec<usize> = near.reach.iter().map(|(r, _)| *r as usize).collect();
        reach.sort();
        assert_eq!(reach, within(RADIUS_BUCKETS[3]));
        assert!(
            near.within_radius.count() > 10,
            "the test data has rows nearby"
        );
    }

    #[test]
    fn orders_put_the_best_and_newest_first() {
        let t = table(500);
        let all = Bits::ones(t.len());
        let best = t.first_in_order(&all, false, 500);
        for w in best.windows(2) {
            let (a, b) = (&t.rows[w[0] as usize], &t.rows[w[1] as usize]);
            assert!((a.overall, a.rated_day) >= (b.overall, b.rated_day));
        }
        let recent = t.first_in_order(&all, true, 10);
        assert_eq!(recent.len(), 10);
        assert!(
            recent
                .windows(2)
                .all(|w| t.rows[w[0] as usize].rated_day >= t.rows[w[1] as usize].rated_day)
        );
    }
}
