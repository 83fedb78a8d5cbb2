//! A search's filters and the facet counts they leave.
//!
//! The active filters are row sets; the rows passing them all are their intersection, and
//! the facet of one filter counts the rows that pass every *other* filter. Prefix and
//! suffix intersections give all of those in a few passes over ~1,000 words.

use carenav_domain::date::Date;
use carenav_domain::directory::ProviderQuery;
use carenav_domain::directory::query::Facets;
use carenav_domain::directory::vocab::{service_bit, specialism_bit};

use super::counts::{
    D_ACCEPTS, D_AGE, D_BEDS, D_BREAKS, D_DEREG, D_FACTS, D_FEES, D_KEY, D_LA, D_MAX_FEE, D_RADIUS,
    D_RATING, D_ROWS, D_SERVICE, D_SPECIALISM,
};
use super::facets::{AGE_BUCKETS, FactCounts, RADIUS_BUCKETS, facets};
use super::published::default_wanted;
use super::{DocTable, FactsOverlay, SearchArea, years_ago};
use crate::bits::Bits;

impl DocTable {
    /// The rows passing every filter of `q` (within `text`'s matches, when there are
    /// words), and every facet's counts; `facts` are the providers' published facts.
    pub fn evaluate(
        &self,
        q: &ProviderQuery,
        authorities: &[String],
        near: Option<&SearchArea>,
        text: Option<&Bits>,
        facts: &FactsOverlay,
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
        // The published facts: a service that has published nothing is filtered out only
        // by a filter on what it would have published.
        let day = Date::from_unix_days(today);
        let wanted = q.break_wanted(day);
        let breaks = facts.break_sets(&wanted.unwrap_or_else(|| default_wanted(day)), day);
        if let Some(published) = q.fees_published {
            let set = if published {
                facts.fees.clone()
            } else {
                facts.fees.not()
            };
            filters.push((D_FEES, set));
        }
        if let Some(a) = q.accepts_council_rate {
            filters.push((D_ACCEPTS, facts.accepts(a).clone()));
        }
        if let Some(max) = q.max_weekly_fee_pence() {
            filters.push((D_MAX_FEE, facts.fee_at_most(max.0.max(0) as u64)));
        }
        if wanted.is_some() {
            filters.push((D_BREAKS, breaks.any.clone()));
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
        let mut counts = FactCounts::default();
        for dim in [D_FEES, D_ACCEPTS, D_MAX_FEE, D_BREAKS] {
            if active & dim == 0 {
                counts.take(dim, &pass, facts, &breaks);
            }
        }
        for (i, (dim, _)) in filters.iter().enumerate() {
            let others = match &suffix[i + 1] {
                Some(s) => prefix[i].and(s),
                None => prefix[i].clone(),
            };
            if *dim & D_FACTS != 0 {
                counts.take(*dim, &others, facts, &breaks);
                continue;
            }
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
        (pass, facets(hist, radius, counts, authorities, q))
    }
}
