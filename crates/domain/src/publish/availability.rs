//! Short-break availability, as a provider publishes it (modelled on HSDS
//! `service_capacity`): for each kind of break, how many places are free of how many, between
//! two dates. The server stamps `updated`; after [`STALE_AFTER_DAYS`] without an update it is
//! no longer offered as available.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::FieldError;
use super::read::{Errors, object};
use crate::date::Date;

/// Availability not updated for this many days is not offered in search, and pages say why.
pub const STALE_AFTER_DAYS: i64 = 14;

/// The most places one item may state (a large home has a few hundred beds).
pub const MAX_PLACES: u64 = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakKind {
    CareHomeShortStay,
    DayService,
    SittingService,
    SharedLives,
}

impl BreakKind {
    pub const ALL: [BreakKind; 4] = [
        BreakKind::CareHomeShortStay,
        BreakKind::DayService,
        BreakKind::SittingService,
        BreakKind::SharedLives,
    ];

    pub fn code(self) -> &'static str {
        match self {
            BreakKind::CareHomeShortStay => "care_home_short_stay",
            BreakKind::DayService => "day_service",
            BreakKind::SittingService => "sitting_service",
            BreakKind::SharedLives => "shared_lives",
        }
    }

    pub fn from_code(code: &str) -> Option<BreakKind> {
        BreakKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AvailabilityItem {
    pub kind: BreakKind,
    pub available: u32,
    pub maximum: u32,
    pub from: Date,
    pub to: Date,
}

impl AvailabilityItem {
    /// Places free on some day between `from` and `to` (inclusive).
    pub fn overlaps(&self, from: Date, to: Date) -> bool {
        self.available > 0 && self.from <= to && from <= self.to
    }
}

/// What a provider says is free. An empty list is an answer: nothing is free now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Availability {
    pub items: Vec<AvailabilityItem>,
}

pub const MAX_ITEMS: usize = 20;

impl Availability {
    /// Read and check availability sent on `today`: dates end no earlier than today and start
    /// no later than a year ahead.
    pub fn from_json(value: &Value, today: Date) -> Result<Availability, Vec<FieldError>> {
        let mut errors = Errors::default();
        let Some(mut o) = object(value, "", &mut errors) else {
            return Err(errors.0);
        };
        let kinds: Vec<(&'static str, BreakKind)> =
            BreakKind::ALL.iter().map(|k| (k.code(), *k)).collect();
        let mut items = Vec::new();
        if let Some(list) = o.list("items", MAX_ITEMS, true, &mut errors) {
            for (i, v) in list.iter().enumerate() {
                let at = format!("items[{i}]");
                let Some(mut it) = object(v, &at, &mut errors) else {
                    continue;
                };
                let kind = it.choice("kind", &kinds, &mut errors);
                let available = it.count("available", 0, MAX_PLACES, true, &mut errors);
                let maximum = it.count("maximum", 1, MAX_PLACES, true, &mut errors);
                let from = it.date("from", true, &mut errors);
                let to = it.date("to", true, &mut errors);
                it.finish(&mut errors);
                if let (Some(a), Some(m)) = (available, maximum)
                    && a > m
                {
                    errors.push(
                        &format!("{at}.available"),
                        "inconsistent",
                        format!("{a} places free is more than the maximum ({m})"),
                    );
                }
                if let (Some(f), Some(t)) = (from, to)
                    && t < f
                {
                    errors.push(
                        &format!("{at}.to"),
                        "inconsistent",
                        format!("{t} is before the start date ({f})"),
                    );
                }
                if let Some(t) = to
                    && t < today
                {
                    errors.push(
                        &format!("{at}.to"),
                        "out_of_range",
                        format!("{t} has passed: give dates from today ({today}) on"),
                    );
                }
                if let Some(f) = from
                    && f > today.add_days(366)
                {
                    errors.push(
                        &format!("{at}.from"),
                        "out_of_range",
                        "is more than a year ahead",
                    );
                }
                if let (Some(kind), Some(available), Some(maximum), Some(from), Some(to)) =
                    (kind, available, maximum, from, to)
                {
                    items.push(AvailabilityItem {
                        kind,
                        available,
                        maximum,
                        from,
                        to,
                    });
                }
            }
        }
        o.finish(&mut errors);
        if errors.0.is_empty() {
            Ok(Availability { items })
        } else {
            Err(errors.0)
        }
    }
}

/// Whether availability last updated on `updated` is still offered on `today`.
pub fn is_fresh(updated: Date, today: Date) -> bool {
    today.days_since(updated) <= STALE_AFTER_DAYS
}
