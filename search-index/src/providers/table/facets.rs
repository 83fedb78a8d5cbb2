//! The facets of a search's response: the bucket each facet value stands for, and the
//! counts of a [`FacetHistogram`] turned into [`Facets`].

use carenav_domain::directory::query::{FEE_FACET_POUNDS, FacetCount, Facets};
use carenav_domain::directory::vocab::{SERVICES, SPECIALISMS};
use carenav_domain::directory::{KeyQuestion, ProviderQuery, Rating};
use carenav_domain::publish::{AcceptsCouncilRate, BreakKind};

use super::counts::{D_ACCEPTS, D_BREAKS, D_FEES, D_MAX_FEE, FacetHistogram};
use super::published::{BreakSets, FactsOverlay};
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

/// The published-fact facets' counts, each over the rows passing every other filter.
#[derive(Default)]
pub(super) struct FactCounts {
    /// With and without published fees.
    fees: [u64; 2],
    accepts: [u64; 3],
    fee_at_most: [u64; FEE_FACET_POUNDS.len()],
    breaks: u64,
    break_kinds: [u64; 4],
}

impl FactCounts {
    /// Count the facet of dimension `dim` over `rows`.
    pub(super) fn take(&mut self, dim: u32, rows: &Bits, facts: &FactsOverlay, b: &BreakSets) {
        match dim {
            D_FEES => {
                let with = rows.and_count(&facts.fees);
                self.fees = [with, rows.count() - with];
            }
            D_ACCEPTS => {
                for (n, set) in self.accepts.iter_mut().zip(&facts.accepts) {
                    *n = rows.and_count(set);
                }
            }
            D_MAX_FEE => {
                for (n, set) in self.fee_at_most.iter_mut().zip(&facts.fee_at_most) {
                    *n = rows.and_count(set);
                }
            }
            D_BREAKS => {
                self.breaks = rows.and_count(&b.any);
                for (n, set) in self.break_kinds.iter_mut().zip(&b.by_kind) {
                    *n = rows.and_count(set);
                }
            }
            _ => {}
        }
    }
}

pub(super) fn facets(
    h: FacetHistogram,
    radius: [u64; 4],
    facts: FactCounts,
    authorities: &[String],
    q: &ProviderQuery,
) -> Facets {
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
        fees_published: ["true", "false"]
            .iter()
            .zip(facts.fees)
            .map(|(v, n)| FacetCount {
                value: (*v).to_owned(),
                count: n,
            })
            .collect(),
        accepts_council_rate: AcceptsCouncilRate::ALL
            .iter()
            .zip(facts.accepts)
            .map(|(a, n)| FacetCount {
                value: a.code().to_owned(),
                count: n,
            })
            .collect(),
        max_weekly_fee: FEE_FACET_POUNDS
            .iter()
            .zip(facts.fee_at_most)
            .map(|(p, n)| FacetCount {
                value: p.to_string(),
                count: n,
            })
            .collect(),
        short_breaks: facts.breaks,
        short_break_kind: BreakKind::ALL
            .iter()
            .zip(facts.break_kinds)
            .map(|(k, n)| FacetCount {
                value: k.code().to_owned(),
                count: n,
            })
            .collect(),
    }
}
