//! What the estimate says, as codes with amounts (the words are in Fluent): explanations of
//! the case and of the first week, and the warnings that follow from the case alone.

use crate::money::Pence;

use super::case::Case;
use super::figures::Figures;
use super::validate::Input;
use super::week::{Limits, mig_key};
use super::{EstimateError, Note, PENSION_AGE, Phase, Setting, Week};

/// Explanations of the case, said once before the weeks: how the home is treated (with its
/// disregard, looked up for the start date), a couple's half share of savings, and income
/// that is not counted.
pub(super) fn about_the_case(
    case: &Case,
    figures: &mut Figures,
) -> Result<Vec<Note>, EstimateError> {
    let input = case.input;
    let home = &case.home;
    let mut explanations = Vec::new();
    if home.present {
        let code = match (
            input.setting,
            home.qualifying_occupant,
            home.deferred_payment,
        ) {
            (Setting::HomeCare, ..) => "property_disregarded_home_care",
            (Setting::CareHomeTemporary, ..) => "property_disregarded_temporary",
            (_, true, _) => "property_disregarded_occupant",
            (_, false, true) => "property_deferred_payment",
            (_, false, false) => "property_counted_after_disregard",
        };
        let weeks = figures.need("property_disregard_weeks", input.start)?.0 / 100;
        explanations.push(
            Note::new(code)
                .amount("value", home.value)
                .rule("property_disregard_weeks")
                .count(weeks),
        );
    }
    if input.partner {
        explanations.push(Note::new("couple_half_capital").amount("capital", input.capital));
    }
    if input.disregarded_income > Pence::ZERO {
        explanations
            .push(Note::new("income_disregarded").amount("amount", input.disregarded_income));
    }
    Ok(explanations)
}

/// Warnings that follow from the case alone: what is not modelled, and where councils may
/// decide otherwise.
pub(super) fn case_warnings(case: &Case) -> Vec<Note> {
    let input = case.input;
    let mut warnings = Vec::new();
    if input.partner {
        warnings.push(Note::new("couple_pension_half_disregard_not_modelled"));
    }
    if input.setting == Setting::HomeCare && input.age == PENSION_AGE {
        warnings.push(Note::new("pension_age_boundary"));
    }
    if input.setting.is_care_home() && input.receives_disability_benefit {
        warnings.push(Note::new("disability_benefits_stop_in_care_home"));
    }
    match input.setting {
        Setting::HomeCare => {
            warnings.push(Note::new("local_discretion_home_care"));
            warnings.push(Note::new("arrangement_fee_possible"));
        }
        Setting::CareHomeTemporary => warnings.push(Note::new("local_discretion_temporary")),
        Setting::CareHome => {}
    }
    if case.home.deferred_payment
        && input.setting == Setting::CareHome
        && !case.home.qualifying_occupant
    {
        warnings.push(Note::new("deferred_payment_fees_not_modelled"));
    }
    warnings.push(Note::new("not_modelled_general"));
    warnings
}

/// The first week, step by step: the phase and its limits, then (when the means test
/// applies) income, the protected allowance and the charge; then who else pays.
pub(super) fn first_week(input: &Input, week: &Week, limits: &Limits) -> Vec<Note> {
    let mut notes = Vec::new();
    let capital = week.capital_start;
    match week.phase {
        Phase::SelfFunding => notes.push(
            Note::new("self_funding")
                .amount("capital", capital)
                .amount("upper", limits.upper)
                .rule("upper_capital_limit"),
        ),
        Phase::MeansTested => notes.push(
            Note::new("tariff_income")
                .amount("capital", capital)
                .amount("lower", limits.lower)
                .amount("band", limits.band)
                .amount("per_band", limits.per_band)
                .amount("tariff", week.tariff_income)
                .rule("tariff_income_band"),
        ),
        Phase::CouncilFunded => notes.push(
            Note::new("below_lower_limit")
                .amount("capital", capital)
                .amount("lower", limits.lower)
                .rule("lower_capital_limit"),
        ),
    }
    if week.phase != Phase::SelfFunding {
        notes.push(Note::new("income_counted").amount("income", input.counted_income));
        if input.setting.is_care_home() {
            notes.push(
                Note::new("personal_expenses_allowance")
                    .amount("allowance", week.protected_allowance)
                    .rule("personal_expenses_allowance"),
            );
        } else {
            notes.push(
                Note::new("minimum_income_guarantee")
                    .amount("allowance", week.protected_allowance)
                    .rule(mig_key(input.age, input.partner)),
            );
            if input.dre_and_housing > Pence::ZERO {
                notes.push(Note::new("dre_and_housing").amount("amount", input.dre_and_housing));
            }
        }
        notes.push(Note::new("person_charge").amount("person", week.person_pays));
    }
    if week.nhs_pays > Pence::ZERO {
        notes.push(
            Note::new("nhs_nursing_care")
                .amount("nhs", week.nhs_pays)
                .rule("nhs_nursing_care_standard_rate"),
        );
    }
    if week.council_pays > Pence::ZERO {
        notes.push(Note::new("council_pays").amount("council", week.council_pays));
    }
    if week.third_party_pays > Pence::ZERO {
        notes.push(Note::new("top_up").amount("top_up", week.third_party_pays));
    }
    notes
}

/// In a care home where the council pays in some week: its usual rate, and the top-up it
/// implies (or that the rate is unknown, so what to ask).
pub(super) fn council_rate(input: &Input, timeline: &[Week]) -> Option<Note> {
    if !input.setting.is_care_home() || !timeline.iter().any(|w| w.council_pays > Pence::ZERO) {
        return None;
    }
    Some(match input.council_rate {
        Some(rate) if input.weekly_cost > rate => Note::new("council_rate_top_up")
            .amount("rate", rate)
            .amount("cost", input.weekly_cost)
            .amount("top_up", input.weekly_cost - rate),
        Some(rate) => Note::new("council_rate_covers").amount("rate", rate),
        None => Note::new("council_rate_unknown"),
    })
}
