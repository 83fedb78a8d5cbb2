//! The Care Act 2014 means test, week by week (Care and Support (Charging and Assessment of
//! Resources) Regulations 2014), and the cancelled 2021 plan as a labelled comparison.
//!
//! The model, in order, for each week:
//! 1. look up the figures in force that week (by date);
//! 2. count capital: savings (half of joint savings for one of a couple) plus the home when
//!    it counts (a permanent care-home move, after the 12-week disregard, when no partner or
//!    qualifying relative lives there and there is no deferred payment agreement);
//! 3. the phase: above the upper limit the person pays the full cost; between the limits
//!    tariff income is added; at or below the lower limit no tariff;
//! 4. the person's charge: counted income + tariff − the protected allowance (Personal
//!    Expenses Allowance in a care home; Minimum Income Guarantee, disability-related
//!    expenditure and housing costs at home), never more than the care cost;
//! 5. the NHS pays NHS-funded Nursing Care in a care home with nursing; a third party pays
//!    any top-up; the council pays the rest;
//! 6. capital falls by what income does not cover.
//!
//! Wording is not here: explanations and warnings are codes with amounts, rendered from
//! Fluent by the page and the API.
//!
//! The code follows the same seams. [`estimate`] reads as the sequence of its steps, each in
//! its own file:
//! - `request` and `result`: the public request and result types;
//! - `validate`: the request checked and turned into exact money;
//! - `case`: what holds for the whole estimate (the home, the 2021 plan's terms);
//! - `figures`: the figures looked up, recorded as used, with the warnings they raise;
//! - `week`: the week loop, each week's context (its figures) and its computation;
//! - `milestones`: the crossings read from the finished timeline;
//! - `notes`: the explanations and the warnings that follow from the case.

mod case;
mod figures;
mod milestones;
mod notes;
mod request;
mod result;
mod validate;
mod week;

pub use request::{EstimateRequest, Occupant, Property, RulesChoice, Setting, WeeklyIncome};
pub use result::{
    Estimate, EstimateError, FieldError, Milestones, Note, Phase, Totals, UsedFigure, Week,
};

use crate::date::Date;
use crate::money::Pence;
use crate::rules::RuleSet;

use case::Case;
use figures::Figures;

/// State Pension age used for the Minimum Income Guarantee bands. It is 66 and rising to 67
/// between 2026 and 2028, so age 66 carries a warning.
pub const PENSION_AGE: u32 = 66;

pub const MAX_WEEKS: u32 = 520;
/// £20,000 a week.
pub const MAX_WEEKLY_COST: Pence = Pence(2_000_000);
/// £100 million.
pub const MAX_CAPITAL: Pence = Pence(10_000_000_000);
/// £10,000 a week.
pub const MAX_WEEKLY_INCOME: Pence = Pence(1_000_000);

/// Run the estimate. `today` is supplied by the caller (the domain has no clock).
///
/// The steps: validate the request; set up the case (the home, the 2021 plan's terms);
/// explain the case; run the weeks (each week's figures, then its charge, shares and
/// spending down); explain the first week and the council's rate; complete the milestones
/// from the timeline; and gather the result, with the figures used and the warnings.
pub fn estimate(
    req: &EstimateRequest,
    rules: &RuleSet,
    today: Date,
) -> Result<Estimate, EstimateError> {
    let input = validate::validate(req, today, rules)
        .map_err(|errors| EstimateError::Invalid { errors })?;
    let mut figures = Figures::new(rules);
    let case = Case::new(&input, &mut figures)?;
    let mut explanations = notes::about_the_case(&case, &mut figures)?;
    figures.warnings.extend(notes::case_warnings(&case));

    let run = week::run(&case, &mut figures)?;
    explanations.extend(notes::first_week(
        &input,
        &run.timeline[0],
        &run.first.limits,
    ));
    explanations.extend(notes::council_rate(&input, &run.timeline));
    let milestones = milestones::complete(run.milestones, &run.timeline);

    let (used, warnings) = figures.finish();
    Ok(Estimate {
        rules: input.rules,
        rules_period: match case.reform {
            Some(_) => "reform_2021".into(),
            None => run.first.period,
        },
        start_date: input.start,
        first_week: run.timeline[0].clone(),
        milestones,
        totals: run.totals,
        timeline: run.timeline,
        explanations,
        warnings,
        figures: used,
    })
}
