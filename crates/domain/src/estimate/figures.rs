//! The figures an estimate looks up, recorded as used, with the warnings their lookups raise
//! (unverified, taken from an earlier period, unknown, past the last known period).

use crate::date::Date;
use crate::money::Pence;
use crate::rules::{Found, Period, RuleSet};

use super::{EstimateError, Note, UsedFigure};

/// The figures looked up so far, with what was used and the warnings raised.
pub(super) struct Figures<'a> {
    pub(super) rules: &'a RuleSet,
    used: Vec<UsedFigure>,
    /// Warnings raised so far, in order (repeats are removed by [`Figures::finish`]).
    pub(super) warnings: Vec<Note>,
    /// Figures already warned about as taken from an earlier period.
    stale: Vec<&'static str>,
    /// "assumes_latest_figures" has been said.
    warned_latest: bool,
    /// A warning about the deferred payment interest rate has been said.
    warned_dpa_rate: bool,
}

impl<'a> Figures<'a> {
    pub(super) fn new(rules: &'a RuleSet) -> Figures<'a> {
        Figures {
            rules,
            used: Vec::new(),
            warnings: Vec::new(),
            stale: Vec::new(),
            warned_latest: false,
            warned_dpa_rate: false,
        }
    }

    /// The figures used, and the warnings with repeats removed.
    pub(super) fn finish(self) -> (Vec<UsedFigure>, Vec<Note>) {
        let mut warnings = self.warnings;
        dedupe(&mut warnings);
        (self.used, warnings)
    }

    /// The rules period in force on `date` (week `week`). Past the last known period the
    /// latest one is used, and a warning says so once.
    pub(super) fn period(&mut self, date: Date, week: u32) -> Result<&'a Period, EstimateError> {
        let (period, beyond) =
            self.rules
                .period_on_or_latest(date)
                .ok_or_else(|| EstimateError::UnknownFigure {
                    key: "period".into(),
                    period: date.to_string(),
                    check_title: None,
                    check_url: None,
                })?;
        if beyond && !self.warned_latest {
            self.warnings
                .push(Note::new("assumes_latest_figures").week(week));
            self.warned_latest = true;
        }
        Ok(period)
    }

    /// The deferred payment interest rate (% a year) on `date`, if known. Past the known
    /// rates the latest one is used; a warning says so, or that the rate is unknown (one of
    /// the two, once).
    pub(super) fn dpa_rate(&mut self, date: Date, week: u32) -> Option<f64> {
        let rate = self.rules.dpa_rate_known(date).and_then(|(d, current)| {
            if !current && !self.warned_dpa_rate {
                self.warnings
                    .push(Note::new("deferred_payment_interest_latest_used").week(week));
                self.warned_dpa_rate = true;
            }
            d.value.value
        });
        if rate.is_none() && !self.warned_dpa_rate {
            self.warnings
                .push(Note::new("deferred_payment_interest_unknown").week(week));
            self.warned_dpa_rate = true;
        }
        rate
    }

    /// Note a figure as used (once per key and period); an unverified one raises a warning.
    fn record(&mut self, found: &Found<'_>) {
        if self
            .used
            .iter()
            .any(|u| u.key == found.key && u.period == found.period.id)
        {
            return;
        }
        self.used.push(UsedFigure {
            key: found.key.to_owned(),
            period: found.period.id.clone(),
            value: found.value.value,
            verified: found.value.verified,
            source_title: found.value.source.as_ref().map(|s| s.title.clone()),
            source_url: found.value.source.as_ref().and_then(|s| s.url.clone()),
        });
        if !found.value.verified && found.value.value.is_some() {
            self.warnings
                .push(Note::new("unverified_figure").rule(found.key));
        }
    }

    /// A figure the estimate cannot do without. When the date's own value is not in the
    /// data, the latest earlier one is used and a warning says so (the estimate never guesses
    /// a figure nobody has published; with none known at all it stops and says where to
    /// check).
    pub(super) fn need(&mut self, key: &'static str, date: Date) -> Result<Pence, EstimateError> {
        let Some(known) = self.rules.lookup_known(key, date) else {
            let check = self
                .rules
                .lookup(key, date)
                .and_then(|f| f.value.check_against.as_ref());
            return Err(EstimateError::UnknownFigure {
                key: key.into(),
                period: self
                    .rules
                    .period_on_or_latest(date)
                    .map_or_else(|| date.to_string(), |(p, _)| p.id.clone()),
                check_title: check.map(|c| c.title.clone()),
                check_url: check.and_then(|c| c.url.clone()),
            });
        };
        self.record(&Found {
            key: known.key,
            period: known.period,
            value: known.value,
        });
        // Past the last period is already said once ("assumes_latest_figures").
        if !known.current && self.rules.period_on(date).is_some() && !self.stale.contains(&key) {
            self.stale.push(key);
            self.warnings.push(
                Note::new("figure_from_earlier_period")
                    .rule(key)
                    .amount("value", known.value.pence().unwrap_or(Pence::ZERO)),
            );
        }
        known
            .value
            .pence()
            .ok_or_else(|| EstimateError::UnknownFigure {
                key: key.into(),
                period: known.period.id.clone(),
                check_title: None,
                check_url: None,
            })
    }

    /// A figure that only adds to the result (a premium): unknown means left out, with a
    /// warning.
    pub(super) fn optional(&mut self, key: &'static str, date: Date) -> Option<Pence> {
        let found = self.rules.lookup(key, date)?;
        self.record(&found);
        let value = found.value.pence();
        if value.is_none() {
            self.warnings
                .push(Note::new("unknown_figure_left_out").rule(key));
        }
        value
    }

    /// A figure of the cancelled 2021 plan (one set of values, not dated).
    pub(super) fn reform(&mut self, key: &'static str) -> Result<Pence, EstimateError> {
        let v = self
            .rules
            .reform_2021
            .values
            .get(key)
            .and_then(|v| v.pence());
        v.ok_or_else(|| EstimateError::UnknownFigure {
            key: key.into(),
            period: "reform_2021".into(),
            check_title: None,
            check_url: None,
        })
    }
}

/// Keep the first of notes with the same code and rule.
fn dedupe(notes: &mut Vec<Note>) {
    let mut seen: Vec<(&'static str, Option<String>)> = Vec::new();
    notes.retain(|n| {
        let key = (n.code, n.rule.clone());
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
}
