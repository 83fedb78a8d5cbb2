//! The published facts the provider search filters, counts, sorts and shows by: one snapshot
//! of every location's current fee schedule and short-break availability, taken from the
//! store and replaced whenever the store's data version moves (a publication, here or on
//! another server). The search index holds CQC's data only; these facts are laid over it.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Published;
use super::availability::{Availability, BreakKind, is_fresh};
use super::fees::{AcceptsCouncilRate, FeeSchedule};
use crate::date::Date;
use crate::money::Pence;

/// What a search needs of one location's fee schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeFacts {
    /// The lowest weekly fee for a care-home place (a daily rate × 7 counts), if any item is
    /// priced by the week or the day.
    pub weekly_from: Option<Pence>,
    pub valid_from: Date,
    /// The day it was published.
    pub published: Date,
    pub accepts_council_rate: AcceptsCouncilRate,
    pub synthetic: bool,
}

/// What a search needs of one location's short-break availability.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreakFacts {
    /// The day it was last published: after [`STALE_AFTER_DAYS`](super::STALE_AFTER_DAYS)
    /// it is no longer offered.
    pub updated: Date,
    pub availability: Availability,
    pub synthetic: bool,
}

/// The dates (and kind) of short break a search asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BreakWanted {
    pub from: Date,
    pub to: Date,
    pub kind: Option<BreakKind>,
}

impl BreakFacts {
    /// The most places free on some day between the dates wanted, of the kind wanted; `None`
    /// when the availability is too old to offer on `today`.
    pub fn places(&self, wanted: &BreakWanted, today: Date) -> Option<u32> {
        if !is_fresh(self.updated, today) {
            return None;
        }
        Some(
            self.availability
                .items
                .iter()
                .filter(|i| wanted.kind.is_none_or(|k| i.kind == k))
                .filter(|i| i.overlaps(wanted.from, wanted.to))
                .map(|i| i.available)
                .max()
                .unwrap_or(0),
        )
    }
}

/// One location's published facts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocationFacts {
    pub fees: Option<FeeFacts>,
    pub breaks: Option<BreakFacts>,
}

/// Every location's published facts at one data version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FactsSnapshot {
    /// The store's data version these facts were read at (0: none read yet).
    pub version: i64,
    /// The newest fee-schedule and availability publication ids read: the next refresh
    /// reads only what came after them.
    pub fees_read_to: i64,
    pub breaks_read_to: i64,
    pub locations: HashMap<String, LocationFacts>,
}

impl FactsSnapshot {
    /// Lay newer publications (each with its id, in id order) over these facts, at
    /// `version`.
    pub fn apply(
        &mut self,
        version: i64,
        fees: Vec<(i64, String, Published<FeeSchedule>)>,
        availability: Vec<(i64, String, Published<Availability>)>,
    ) {
        self.version = version;
        for (n, id, p) in fees {
            self.fees_read_to = self.fees_read_to.max(n);
            self.locations.entry(id).or_default().fees = Some(FeeFacts {
                weekly_from: p.record.weekly_from(),
                valid_from: p.record.valid_from,
                published: p.provenance.as_of,
                accepts_council_rate: p.record.accepts_council_rate,
                synthetic: p.synthetic,
            });
        }
        for (n, id, p) in availability {
            self.breaks_read_to = self.breaks_read_to.max(n);
            self.locations.entry(id).or_default().breaks = Some(BreakFacts {
                updated: p.provenance.as_of,
                availability: p.record,
                synthetic: p.synthetic,
            });
        }
    }

    pub fn get(&self, location_id: &str) -> Option<&LocationFacts> {
        self.locations.get(location_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::AvailabilityItem;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn places_count_only_fresh_matching_items() {
        let facts = BreakFacts {
            updated: d("2026-12-01"),
            availability: Availability {
                items: vec![
                    AvailabilityItem {
                        kind: BreakKind::CareHomeShortStay,
                        available: 2,
                        maximum: 4,
                        from: d("2026-12-10"),
                        to: d("2026-12-20"),
                    },
                    AvailabilityItem {
                        kind: BreakKind::DayService,
                        available: 5,
                        maximum: 10,
                        from: d("2026-12-01"),
                        to: d("2027-01-31"),
                    },
                ],
            },
            synthetic: false,
        };
        let want = |from: &str, to: &str, kind| BreakWanted {
            from: d(from),
            to: d(to),
            kind,
        };
        let today = d("2026-12-07");
        let stay = Some(BreakKind::CareHomeShortStay);
        assert_eq!(
            facts.places(&want("2026-12-15", "2026-12-15", stay), today),
            Some(2)
        );
        assert_eq!(
            facts.places(&want("2026-12-21", "2026-12-28", stay), today),
            Some(0)
        );
        assert_eq!(
            facts.places(&want("2026-12-21", "2026-12-28", None), today),
            Some(5)
        );
        // Fourteen days after the update it is still offered; the day after, not.
        assert_eq!(
            facts.places(&want("2026-12-15", "2026-12-15", stay), d("2026-12-15")),
            Some(2)
        );
        assert_eq!(
            facts.places(&want("2026-12-16", "2026-12-16", stay), d("2026-12-16")),
            None
        );
    }
}
