//! The request, as the page and `POST /api/v1/estimate` send it: the care setting, the cost,
//! the person's money and home, and which rules to apply.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    CareHome,
    CareHomeTemporary,
    HomeCare,
}

impl Setting {
    pub fn is_care_home(self) -> bool {
        matches!(self, Setting::CareHome | Setting::CareHomeTemporary)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Occupant {
    Nobody,
    Partner,
    #[serde(rename = "relative_60_plus")]
    Relative60Plus,
    RelativeIncapacitated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RulesChoice {
    #[default]
    InForce,
    #[serde(rename = "reform_2021")]
    Reform2021,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Property {
    pub value: f64,
    pub occupant: Occupant,
    #[serde(default)]
    pub deferred_payment: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct WeeklyIncome {
    pub state_pension: f64,
    pub private_pension: f64,
    pub pension_credit: f64,
    pub attendance_allowance: f64,
    pub pip_daily_living: f64,
    pub pip_mobility: f64,
    pub dla_care: f64,
    pub dla_mobility: f64,
    pub earnings: f64,
    pub other: f64,
}

/// The request, as `POST /api/v1/estimate` takes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EstimateRequest {
    pub setting: Setting,
    pub weekly_cost: f64,
    #[serde(default)]
    pub nursing: bool,
    /// Needed only for care at home, where it sets the Minimum Income Guarantee.
    #[serde(default)]
    pub age: Option<u32>,
    #[serde(default)]
    pub partner: bool,
    #[serde(default)]
    pub savings: f64,
    #[serde(default)]
    pub property: Option<Property>,
    #[serde(default)]
    pub weekly_income: WeeklyIncome,
    #[serde(default)]
    pub disability_related_expenditure: f64,
    #[serde(default)]
    pub housing_costs: f64,
    #[serde(default)]
    pub top_up: f64,
    /// The council's usual rate for this kind of care home (a week), if known: when the
    /// council helps, it pays up to this rate and the rest of the fee is a top-up.
    #[serde(default)]
    pub council_rate: f64,
    #[serde(default = "default_weeks")]
    pub weeks: u32,
    #[serde(default)]
    pub rules: RulesChoice,
    /// Defaults to today (supplied by the caller, since the domain has no clock).
    #[serde(default)]
    pub start_date: Option<String>,
}

fn default_weeks() -> u32 {
    260
}
