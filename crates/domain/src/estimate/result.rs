//! What an estimate returns: the weeks, milestones, totals, notes and the figures used; or why
//! it could not be made.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::money::Pence;

use super::RulesChoice;

/// A field the caller must fix, with a code the page and API turn into words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    SelfFunding,
    MeansTested,
    CouncilFunded,
}

/// Why a line came out as it did. `code` names a Fluent message (`why-<code>`); `amounts`
/// fill its placeholders.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Note {
    pub code: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub amounts: Vec<(&'static str, Pence)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub week: Option<u32>,
    /// A count that is not money (a number of weeks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}

impl Note {
    pub(super) fn new(code: &'static str) -> Note {
        Note {
            code,
            amounts: Vec::new(),
            rule: None,
            week: None,
            count: None,
        }
    }
    pub(super) fn amount(mut self, name: &'static str, value: Pence) -> Note {
        self.amounts.push((name, value));
        self
    }
    pub(super) fn rule(mut self, key: &str) -> Note {
        self.rule = Some(key.to_owned());
        self
    }
    pub(super) fn week(mut self, week: u32) -> Note {
        self.week = Some(week);
        self
    }
    pub(super) fn count(mut self, count: i64) -> Note {
        self.count = Some(count);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Week {
    pub week: u32,
    pub date: Date,
    pub rules_period: String,
    pub phase: Phase,
    pub person_pays: Pence,
    pub council_pays: Pence,
    pub nhs_pays: Pence,
    pub third_party_pays: Pence,
    pub assessed_income: Pence,
    pub tariff_income: Pence,
    pub protected_allowance: Pence,
    pub capital_start: Pence,
    pub capital_end: Pence,
    /// Deferred under a deferred payment agreement this week (paid by the council, owed by
    /// the person), and the debt so far including interest where the rate is known.
    pub deferred: Pence,
    pub deferred_debt: Pence,
    /// Under the 2021 plan: what has counted towards the cap so far.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cap_meter: Option<Pence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Milestones {
    /// The week from which capital stays at or below the upper limit (not a dip that ends).
    pub upper_limit_week: Option<u32>,
    /// During the property disregard, the week the council starts to help for a while…
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temporary_help_week: Option<u32>,
    /// …and the week the home starts to count and the full cost comes back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_cost_again_week: Option<u32>,
    pub property_disregard_end_week: Option<u32>,
    pub lower_limit_week: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cap_reached_week: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Totals {
    pub person_pays: Pence,
    pub council_pays: Pence,
    pub nhs_pays: Pence,
    pub third_party_pays: Pence,
    pub deferred_debt: Pence,
}

/// A figure the estimate used, with its source, so the result can show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UsedFigure {
    pub key: String,
    pub period: String,
    pub value: Option<f64>,
    pub verified: bool,
    pub source_title: Option<String>,
    pub source_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    pub rules: RulesChoice,
    pub rules_period: String,
    pub start_date: Date,
    pub first_week: Week,
    pub milestones: Milestones,
    pub totals: Totals,
    pub timeline: Vec<Week>,
    pub explanations: Vec<Note>,
    pub warnings: Vec<Note>,
    pub figures: Vec<UsedFigure>,
}

/// Why an estimate could not be made.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EstimateError {
    /// The input needs fixing.
    Invalid { errors: Vec<FieldError> },
    /// A figure the law sets is not known to us for that date: we will not guess it.
    UnknownFigure {
        key: String,
        period: String,
        check_title: Option<String>,
        check_url: Option<String>,
    },
}
