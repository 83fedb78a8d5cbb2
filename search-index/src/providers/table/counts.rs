//! Facet counting: how many rows of a set have each facet value.
//!
//! Counting walks the rows of a set, or — when the set holds most rows — walks the rows
//! *not* in it and subtracts from counts taken over every row, so no count reads more than
//! half the table. A facet with few values over many rows is counted by intersecting its
//! precomputed sets instead.

use carenav_domain::directory::vocab::{SERVICES, SPECIALISMS};

use super::{DocTable, Row};
use crate::bits::Bits;

/// Filter (and facet) dimensions, one bit each: a search's filters are tagged with theirs,
/// and a `dims` mask says which facets a count takes.
pub(super) const D_SERVICE: u32 = 1 << 0;
pub(super) const D_SPECIALISM: u32 = 1 << 1;
pub(super) const D_RATING: u32 = 1 << 2;
pub(super) const D_KEY: [u32; 5] = [1 << 3, 1 << 4, 1 << 5, 1 << 6, 1 << 7];
pub(super) const D_AGE: u32 = 1 << 8;
pub(super) const D_BEDS: u32 = 1 << 9;
pub(super) const D_LA: u32 = 1 << 10;
pub(super) const D_RADIUS: u32 = 1 << 11;
pub(super) const D_DEREG: u32 = 1 << 12;
/// The published-fact filters: counted from the overlay's sets, not by walking rows.
pub(super) const D_FEES: u32 = 1 << 13;
pub(super) const D_ACCEPTS: u32 = 1 << 14;
pub(super) const D_MAX_FEE: u32 = 1 << 15;
pub(super) const D_BREAKS: u32 = 1 << 16;
pub(super) const D_FACTS: u32 = D_FEES | D_ACCEPTS | D_MAX_FEE | D_BREAKS;
/// Every dimension counted by walking rows (the radius is counted from its own sets).
pub(super) const D_ROWS: u32 = D_SERVICE
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

/// Counts per facet value over some set of rows (a histogram of each facet's values), before
/// [`facets`](super::facets::facets) turns them into the response's facets.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct FacetHistogram {
    pub(super) services: [u64; 16],
    pub(super) specialisms: [u64; 16],
    /// By exact rank.
    pub(super) overall: [u64; 5],
    /// `[question][exact rank]`.
    pub(super) key: [[u64; 5]; 5],
    /// By bucket; index 4 = none recorded.
    pub(super) beds: [u64; 5],
    pub(super) la: Vec<u64>,
    /// Rated within each of [`AGE_BUCKETS`](super::facets::AGE_BUCKETS) (cumulative).
    pub(super) age: [u64; 4],
    pub(super) deregistered: u64,
}

#[inline]
fn count_bits(mut mask: u16, counts: &mut [u64; 16]) {
    while mask != 0 {
        counts[mask.trailing_zeros() as usize] += 1;
        mask &= mask - 1;
    }
}

impl FacetHistogram {
    pub(super) fn new(authorities: usize) -> Self {
        Self {
            la: vec![0; authorities],
            ..Default::default()
        }
    }

    #[inline]
    pub(super) fn add(&mut self, r: &Row, dims: u32, age_days: &[i32; 4]) {
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
    fn minus(mut self, other: &FacetHistogram) -> FacetHistogram {
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
    pub(super) fn take(&mut self, other: &FacetHistogram, dims: u32) {
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

impl DocTable {
    /// Counts of `dims` over the rows of `set` (`size` of them).
    pub(super) fn count(
        &self,
        set: &Bits,
        size: u64,
        dims: u32,
        age_days: &[i32; 4],
    ) -> FacetHistogram {
        let mut h = FacetHistogram::new(self.authorities);
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
}
