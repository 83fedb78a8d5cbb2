//! What holds for the whole estimate: the validated input, the home as the means test sees
//! it, and the 2021 plan's terms when that plan is asked for.

use crate::money::Pence;

use super::figures::Figures;
use super::validate::Input;
use super::{EstimateError, Note, Occupant, RulesChoice, Setting};

/// The case the weeks are computed for.
pub(super) struct Case<'i> {
    pub(super) input: &'i Input,
    pub(super) home: Home,
    /// The 2021 plan's terms; `None` under the rules in force.
    pub(super) reform: Option<Reform>,
}

impl<'i> Case<'i> {
    /// The case for `input`: its home, and the 2021 plan's terms looked up when asked for.
    pub(super) fn new(input: &'i Input, figures: &mut Figures) -> Result<Case<'i>, EstimateError> {
        let reform = if input.rules == RulesChoice::Reform2021 {
            Some(Reform::look_up(figures)?)
        } else {
            None
        };
        Ok(Case {
            input,
            home: Home::of(input),
            reform,
        })
    }
}

/// The cancelled 2021 plan: a cap on what a person spends on personal care, with daily
/// living costs (in a care home) not counting towards it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Reform {
    pub(super) cap: Pence,
    pub(super) daily_living_costs: Pence,
}

impl Reform {
    /// The plan's cap and daily living costs, with the warnings that it was cancelled and
    /// that its daily living costs are at 2021 prices.
    fn look_up(figures: &mut Figures) -> Result<Reform, EstimateError> {
        figures.warnings.push(Note::new("reform_2021_cancelled"));
        figures
            .warnings
            .push(Note::new("reform_daily_living_costs_2021_prices"));
        Ok(Reform {
            cap: figures.reform("cap_on_care_costs")?,
            daily_living_costs: figures.reform("daily_living_costs")?,
        })
    }
}

/// The person's home, as the means test sees it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Home {
    /// Its value at the start (zero with no home).
    pub(super) value: Pence,
    /// There is a home with a value.
    pub(super) present: bool,
    /// A partner or qualifying relative lives there, so it never counts.
    pub(super) qualifying_occupant: bool,
    /// A deferred payment agreement: when the home would count, what it would pay is
    /// deferred instead.
    pub(super) deferred_payment: bool,
}

impl Home {
    fn of(input: &Input) -> Home {
        let (value, occupant, deferred_payment) = match input.property {
            Some((v, o, d)) => (v, Some(o), d),
            None => (Pence::ZERO, None, false),
        };
        Home {
            value,
            present: occupant.is_some() && value > Pence::ZERO,
            qualifying_occupant: matches!(
                occupant,
                Some(
                    Occupant::Partner | Occupant::Relative60Plus | Occupant::RelativeIncapacitated
                )
            ),
            deferred_payment,
        }
    }

    /// The home would count in `week`: only for a permanent care-home move, after the
    /// disregard, with no qualifying occupant (it does count unless payment is deferred).
    pub(super) fn would_count(&self, setting: Setting, week: u32, disregard_weeks: i64) -> bool {
        self.present
            && setting == Setting::CareHome
            && !self.qualifying_occupant
            && week as i64 > disregard_weeks
    }
}
