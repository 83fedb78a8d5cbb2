//! What providers and councils publish: a provider's fee schedule ([`fees`]), its short-break
//! availability ([`availability`]) and councils' usual rates ([`council`]), with the provenance
//! every published fact carries ([`Provenance`]).
//!
//! Each published record is read from JSON (the API's body, or a form turned into the same
//! shape) by a validator that reports **every** bad field at once, named by its path
//! (`items[1].amount_from`) with a stable code for translation and an English message for API
//! users. Nothing here decides a price: the site shows what was published, dated, and never
//! imputes one.

pub mod availability;
pub mod council;
pub mod facts;
pub mod fees;
mod read;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use availability::{Availability, AvailabilityItem, BreakKind, STALE_AFTER_DAYS};
pub use council::{AddonType, CouncilRate, RateCategory};
pub use facts::{BreakFacts, BreakWanted, FactsSnapshot, FeeFacts, LocationFacts};
pub use fees::{AcceptsCouncilRate, CareType, FeeItem, FeeSchedule, Period};

/// One thing wrong with a published record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Where: `valid_from`, `items[0].amount_to`, `deposit.refundable`.
    pub field: String,
    /// Stable code for translation: `required`, `wrong_type`, `unknown_value`, `unknown_field`,
    /// `too_long`, `too_many`, `out_of_range`, `not_a_date`, `inconsistent`.
    pub code: String,
    /// English explanation for API users.
    pub message: String,
}

/// Who published a fact, how, as of when, and from what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// `provider`, `council`, `operator` or `demo` (the generator's synthetic facts).
    pub who: String,
    /// `form`, `api`, `import` or `generator`.
    pub how: String,
    /// The day the fact was true as of (publication day, or a rate's effective date).
    pub as_of: crate::date::Date,
    /// Where it came from: "provider", a file name, or a source address.
    pub source: String,
}

/// The largest amount any published price may state, in pounds (a week of the most expensive
/// care is well under this; anything above is a typing slip).
pub const MAX_AMOUNT_POUNDS: f64 = 20_000.0;

/// A published record with its provenance, as stored and shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Published<T> {
    pub record: T,
    pub provenance: Provenance,
    /// When it was published (seconds since 1970).
    pub published_at: i64,
    /// Made up by the demonstration generator (labelled on every page that shows it).
    pub synthetic: bool,
}

/// One entry of a location's public history: what changed on which day, without who.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub published_at: i64,
    pub day: crate::date::Date,
    /// For fees: the lowest weekly care-home fee then, when there was one.
    pub weekly_from: Option<crate::money::Pence>,
    /// For fees: the date the fees applied from.
    pub valid_from: Option<crate::date::Date>,
}
