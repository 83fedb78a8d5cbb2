//! Validation: the request checked field by field and turned into exact money ([`Input`]).

use crate::date::Date;
use crate::money::Pence;
use crate::rules::RuleSet;

use super::{
    EstimateRequest, FieldError, MAX_CAPITAL, MAX_WEEKLY_COST, MAX_WEEKLY_INCOME, MAX_WEEKS,
    Occupant, PENSION_AGE, RulesChoice, Setting,
};

/// Validated input in exact money.
#[derive(Debug, Clone)]
pub(super) struct Input {
    pub(super) setting: Setting,
    pub(super) weekly_cost: Pence,
    pub(super) nursing: bool,
    /// Required for care at home (validated); unused for a care home.
    pub(super) age: u32,
    pub(super) partner: bool,
    pub(super) capital: Pence,
    pub(super) property: Option<(Pence, Occupant, bool)>,
    pub(super) counted_income: Pence,
    pub(super) disregarded_income: Pence,
    pub(super) receives_disability_benefit: bool,
    pub(super) dre_and_housing: Pence,
    pub(super) top_up: Pence,
    pub(super) council_rate: Option<Pence>,
    pub(super) weeks: u32,
    pub(super) rules: RulesChoice,
    pub(super) start: Date,
}

/// One amount in exact money. Not a number, negative or more than `max` is an error for
/// `field` (and counts as zero, so that validation goes on to the other fields).
fn money(field: &str, v: f64, max: Pence, errors: &mut Vec<FieldError>) -> Pence {
    match Pence::from_pounds(v) {
        None => {
            errors.push(FieldError {
                field: field.into(),
                code: "not_a_number",
            });
            Pence::ZERO
        }
        Some(p) if p.0 < 0 => {
            errors.push(FieldError {
                field: field.into(),
                code: "negative",
            });
            Pence::ZERO
        }
        Some(p) if p > max => {
            errors.push(FieldError {
                field: field.into(),
                code: "too_large",
            });
            Pence::ZERO
        }
        Some(p) => p,
    }
}

/// Check every field of the request, reporting all errors at once; on success, the input in
/// exact money: one of a couple counts half the savings, income is split into counted and
/// disregarded, and what does not apply to the setting (nursing, top-up, council rate,
/// disability-related expenditure and housing costs) is left out.
pub(super) fn validate(
    req: &EstimateRequest,
    today: Date,
    rules: &RuleSet,
) -> Result<Input, Vec<FieldError>> {
    let mut errors = Vec::new();
    let weekly_cost = money("weekly_cost", req.weekly_cost, MAX_WEEKLY_COST, &mut errors);
    if req.weekly_cost.is_finite() && weekly_cost == Pence::ZERO && errors.is_empty() {
        errors.push(FieldError {
            field: "weekly_cost".into(),
            code: "required_positive",
        });
    }
    match req.age {
        Some(age) if !(18..=120).contains(&age) => errors.push(FieldError {
            field: "age".into(),
            code: "age_range",
        }),
        None if req.setting == Setting::HomeCare => errors.push(FieldError {
            field: "age".into(),
            code: "age_required_home_care",
        }),
        _ => {}
    }
    let savings = money("savings", req.savings, MAX_CAPITAL, &mut errors);
    let property = req.property.as_ref().map(|p| {
        let v = money("property.value", p.value, MAX_CAPITAL, &mut errors);
        (v, p.occupant, p.deferred_payment)
    });
    let i = &req.weekly_income;
    let mut income = |field: &str, v: f64| {
        money(
            &format!("weekly_income.{field}"),
            v,
            MAX_WEEKLY_INCOME,
            &mut errors,
        )
    };
    let counted = [
        income("state_pension", i.state_pension),
        income("private_pension", i.private_pension),
        income("pension_credit", i.pension_credit),
        income("attendance_allowance", i.attendance_allowance),
        income("pip_daily_living", i.pip_daily_living),
        income("dla_care", i.dla_care),
        income("other", i.other),
    ];
    let disregarded = [
        income("pip_mobility", i.pip_mobility),
        income("dla_mobility", i.dla_mobility),
        income("earnings", i.earnings),
    ];
    let dre = money(
        "disability_related_expenditure",
        req.disability_related_expenditure,
        MAX_WEEKLY_INCOME,
        &mut errors,
    );
    let housing = money(
        "housing_costs",
        req.housing_costs,
        MAX_WEEKLY_INCOME,
        &mut errors,
    );
    let top_up = money("top_up", req.top_up, MAX_WEEKLY_COST, &mut errors);
    let council_rate = money(
        "council_rate",
        req.council_rate,
        MAX_WEEKLY_COST,
        &mut errors,
    );
    if req.setting == Setting::HomeCare {
        if req.nursing {
            errors.push(FieldError {
                field: "nursing".into(),
                code: "nursing_needs_care_home",
            });
        }
        if top_up > Pence::ZERO {
            errors.push(FieldError {
                field: "top_up".into(),
                code: "top_up_needs_care_home",
            });
        }
        if council_rate > Pence::ZERO {
            errors.push(FieldError {
                field: "council_rate".into(),
                code: "council_rate_needs_care_home",
            });
        }
    }
    if !(1..=MAX_WEEKS).contains(&req.weeks) {
        errors.push(FieldError {
            field: "weeks".into(),
            code: "weeks_range",
        });
    }
    let start = match &req.start_date {
        None => today,
        Some(s) => match Date::parse(s) {
            Some(d) => d,
            None => {
                errors.push(FieldError {
                    field: "start_date".into(),
                    code: "not_a_date",
                });
                today
            }
        },
    };
    if rules.first_date().is_some_and(|first| start < first)
        || rules.period_on_or_latest(start).is_none()
    {
        errors.push(FieldError {
            field: "start_date".into(),
            code: "date_out_of_range",
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let capital = if req.partner {
        Pence(savings.0 / 2)
    } else {
        savings
    };
    Ok(Input {
        setting: req.setting,
        weekly_cost,
        nursing: req.nursing && req.setting.is_care_home(),
        age: req.age.unwrap_or(PENSION_AGE),
        partner: req.partner,
        capital,
        property,
        counted_income: counted.iter().copied().sum(),
        disregarded_income: disregarded.iter().copied().sum(),
        receives_disability_benefit: [i.attendance_allowance, i.pip_daily_living, i.dla_care]
            .iter()
            .any(|v| *v > 0.0),
        dre_and_housing: if req.setting == Setting::HomeCare {
            dre + housing
        } else {
            Pence::ZERO
        },
        top_up: if req.setting.is_care_home() {
            top_up
        } else {
            Pence::ZERO
        },
        council_rate: (req.setting.is_care_home() && council_rate > Pence::ZERO)
            .then_some(council_rate),
        weeks: req.weeks,
        rules: req.rules,
        start,
    })
}
