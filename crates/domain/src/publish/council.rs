//! A council's usual rate: what it pays for a standard care-home placement in one category and
//! financial year (the figure a top-up is measured against), in the shape of a recurring FOI
//! request's answer. Read from CSV by `carenav-ingest`; validated here.

use serde::{Deserialize, Serialize};

use super::CareType;
use crate::date::Date;
use crate::money::Pence;

/// The categories councils set usual rates for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateCategory {
    Residential,
    ResidentialDementia,
    Nursing,
    NursingDementia,
}

impl RateCategory {
    pub const ALL: [RateCategory; 4] = [
        RateCategory::Residential,
        RateCategory::ResidentialDementia,
        RateCategory::Nursing,
        RateCategory::NursingDementia,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RateCategory::Residential => "residential",
            RateCategory::ResidentialDementia => "residential_dementia",
            RateCategory::Nursing => "nursing",
            RateCategory::NursingDementia => "nursing_dementia",
        }
    }

    pub fn from_code(code: &str) -> Option<RateCategory> {
        RateCategory::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The fee a provider publishes for the same kind of place.
    pub fn care_type(self) -> CareType {
        match self {
            RateCategory::Residential => CareType::Residential,
            RateCategory::ResidentialDementia => CareType::ResidentialDementia,
            RateCategory::Nursing => CareType::Nursing,
            RateCategory::NursingDementia => CareType::NursingDementia,
        }
    }
}

/// How an add-on to the base rate is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AddonType {
    Percent,
    Pounds,
}

impl AddonType {
    pub fn code(self) -> &'static str {
        match self {
            AddonType::Percent => "percent",
            AddonType::Pounds => "pounds",
        }
    }
}

/// One usual rate, as imported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouncilRate {
    /// The council's GSS code (E06…, E08…, E09…, E10…).
    pub council_code: String,
    /// "2025-26".
    pub financial_year: String,
    pub effective_from: Date,
    pub category: RateCategory,
    pub weekly_rate: Pence,
    /// Whether the rate includes NHS-funded nursing care (`None`: the source does not say).
    pub fnc_included: Option<bool>,
    pub band_or_grade: Option<String>,
    pub band_trigger_description: Option<String>,
    pub addon_type: Option<AddonType>,
    pub addon_value: Option<f64>,
    pub source_url: String,
}

/// Check a financial year written "2025-26" (or "2025/26"); returns it as "2025-26".
pub fn financial_year(text: &str) -> Option<String> {
    let t = text.trim().replace('/', "-");
    let (a, b) = t.split_once('-')?;
    let start: i64 = a.parse().ok()?;
    if a.len() != 4 || !(2000..=2100).contains(&start) {
        return None;
    }
    let end_ok = match b.len() {
        2 => b.parse::<i64>().ok()? == (start + 1) % 100,
        4 => b.parse::<i64>().ok()? == start + 1,
        _ => false,
    };
    end_ok.then(|| format!("{start}-{:02}", (start + 1) % 100))
}

/// The financial year (April to March) a day falls in, as "2025-26".
pub fn financial_year_of(day: Date) -> String {
    let (y, m, _) = day.ymd();
    let start = if m >= 4 { y } else { y - 1 };
    format!("{start}-{:02}", (start + 1) % 100)
}
