//! The providers' published facts laid over one generation's rows: which rows have published
//! fees, what they say about the council's rate, their lowest weekly fee, and their
//! short-break availability. Built from a [`FactsSnapshot`] for one generation, again when
//! either changes; the index itself holds CQC's data only, so a publication needs no
//! rebuild.

use std::sync::Arc;

use carenav_domain::date::Date;
use carenav_domain::directory::query::FEE_FACET_POUNDS;
use carenav_domain::publish::{AcceptsCouncilRate, BreakKind, BreakWanted, FactsSnapshot};

use crate::bits::Bits;

/// How far ahead "short-break places from today" looks when a search names no dates.
pub(crate) const BREAKS_AHEAD_DAYS: i64 = 365;

/// A generation's rows with the published facts of one snapshot.
pub(crate) struct FactsOverlay {
    pub snapshot: Arc<FactsSnapshot>,
    /// Rows with a published fee schedule.
    pub fees: Bits,
    /// Rows by what their fees say of the council's rate, in [`AcceptsCouncilRate::ALL`]
    /// order.
    pub accepts: [Bits; 3],
    /// Each row's lowest weekly fee in pence (`u32::MAX`: none published).
    pub weekly_fee: Vec<u32>,
    /// Rows whose lowest weekly fee is at most each of [`FEE_FACET_POUNDS`].
    pub fee_at_most: Vec<Bits>,
    /// Rows with fees and a weekly amount, cheapest first.
    by_fee: Vec<u32>,
    /// Rows with published availability, with their location id.
    breaks: Vec<(u32, String)>,
    len: usize,
    /// The last short-break sets made, for the dates and day they were made for: most
    /// searches ask the same (the default window, today), so they are made once a day.
    last_breaks: std::sync::Mutex<Option<(BreakWanted, Date, Arc<BreakSets>)>>,
}

/// The short-break rows of one search: those with places for the dates asked, in all and by
/// kind.
pub(crate) struct BreakSets {
    pub any: Bits,
    pub by_kind: [Bits; 4],
}

impl FactsOverlay {
    /// `rows`: each row of the generation (of `len` rows) that has facts in `snapshot`, with
    /// its location id.
    pub fn new(len: usize, snapshot: Arc<FactsSnapshot>, rows: Vec<(u32, String)>) -> Self {
        let mut fees = Bits::zeros(len);
        let mut accepts = [Bits::zeros(len), Bits::zeros(len), Bits::zeros(len)];
        let mut weekly_fee = vec![u32::MAX; len];
        let mut by_fee = Vec::new();
        let mut breaks = Vec::new();
        for (row, id) in rows {
            let Some(facts) = snapshot.get(&id) else {
                continue;
            };
            if let Some(f) = &facts.fees {
                fees.insert(row as usize);
                let a = AcceptsCouncilRate::ALL
                    .iter()
                    .position(|x| *x == f.accepts_council_rate)
                    .unwrap_or(0);
                accepts[a].insert(row as usize);
                if let Some(p) = f.weekly_from {
                    weekly_fee[row as usize] = p.0.clamp(0, u32::MAX as i64 - 1) as u32;
                    by_fee.push(row);
                }
            }
            if facts.breaks.is_some() {
                breaks.push((row, id));
            }
        }
        by_fee.sort_by_key(|r| (weekly_fee[*r as usize], *r));
        let fee_at_most = FEE_FACET_POUNDS
            .iter()
            .map(|pounds| Self::at_most(len, &weekly_fee, &by_fee, *pounds as u64 * 100))
            .collect();
        FactsOverlay {
            snapshot,
            fees,
            accepts,
            weekly_fee,
            fee_at_most,
            by_fee,
            breaks,
            len,
            last_breaks: std::sync::Mutex::new(None),
        }
    }

    fn at_most(len: usize, weekly_fee: &[u32], by_fee: &[u32], pence: u64) -> Bits {
        let mut set = Bits::zeros(len);
        for &row in by_fee {
            if weekly_fee[row as usize] as u64 > pence {
                break;
            }
            set.insert(row as usize);
        }
        set
    }

    /// Rows whose lowest weekly fee is at most `pence`.
    pub fn fee_at_most(&self, pence: u64) -> Bits {
        Self::at_most(self.len, &self.weekly_fee, &self.by_fee, pence)
    }

    pub fn accepts(&self, a: AcceptsCouncilRate) -> &Bits {
        let i = AcceptsCouncilRate::ALL
            .iter()
            .position(|x| *x == a)
            .unwrap_or(0);
        &self.accepts[i]
    }

    /// The rows with fresh places for `wanted` (its kind ignored for the per-kind sets),
    /// remembered for the next search that asks the same on the same day.
    pub fn break_sets(&self, wanted: &BreakWanted, today: Date) -> Arc<BreakSets> {
        let mut last = self.last_breaks.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((w, day, sets)) = last.as_ref()
            && w == wanted
            && *day == today
        {
            return sets.clone();
        }
        let sets = Arc::new(self.make_break_sets(wanted, today));
        *last = Some((*wanted, today, sets.clone()));
        sets
    }

    fn make_break_sets(&self, wanted: &BreakWanted, today: Date) -> BreakSets {
        let mut any = Bits::zeros(self.len);
        let mut by_kind = std::array::from_fn(|_| Bits::zeros(self.len));
        for (row, id) in &self.breaks {
            let Some(b) = self.snapshot.get(id).and_then(|f| f.breaks.as_ref()) else {
                continue;
            };
            for (i, kind) in BreakKind::ALL.into_iter().enumerate() {
                let one = BreakWanted {
                    kind: Some(kind),
                    ..*wanted
                };
                if b.places(&one, today).is_some_and(|n| n > 0) {
                    let by: &mut Bits = &mut by_kind[i];
                    by.insert(*row as usize);
                    if wanted.kind.is_none_or(|k| k == kind) {
                        any.insert(*row as usize);
                    }
                }
            }
        }
        BreakSets { any, by_kind }
    }
}

/// The short break counted when a search names none: any kind, free on some day in the
/// coming year.
pub(crate) fn default_wanted(today: Date) -> BreakWanted {
    BreakWanted {
        from: today,
        to: today.add_days(BREAKS_AHEAD_DAYS),
        kind: None,
    }
}
