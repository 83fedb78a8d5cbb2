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

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::money::Pence;
use super::rules::{Found, RuleSet};

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
    fn new(code: &'static str) -> Note {
        Note {
            code,
            amounts: Vec::new(),
            rule: None,
            week: None,
            count: None,
        }
    }
    fn amount(mut self, name: &'static str, value: Pence) -> Note {
        self.amounts.push((name, value));
        self
    }
    fn rule(mut self, key: &str) -> Note {
        self.rule = Some(key.to_owned());
        self
    }
    fn week(mut self, week: u32) -> Note {
        self.week = Some(week);
        self
    }
    fn count(mut self, count: i64) -> Note {
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

/// Validated input in exact money.
#[derive(Debug, Clone)]
struct Input {
    setting: Setting,
    weekly_cost: Pence,
    nursing: bool,
    /// Required for care at home (validated); unused for a care home.
    age: u32,
    partner: bool,
    capital: Pence,
    property: Option<(Pence, Occupant, bool)>,
    counted_income: Pence,
    disregarded_income: Pence,
    receives_disability_benefit: bool,
    dre_and_housing: Pence,
    top_up: Pence,
    council_rate: Option<Pence>,
    weeks: u32,
    rules: RulesChoice,
    start: Date,
}

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

fn validate(req: &EstimateRequest, today: Date, rules: &RuleSet) -> Result<Input, Vec<FieldError>> {
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

/// Figures for one week, with what was used.
struct Figures<'a> {
    rules: &'a RuleSet,
    used: Vec<UsedFigure>,
    warnings: Vec<Note>,
    /// Figures already warned about as taken from an earlier period.
    stale: Vec<&'static str>,
}

impl<'a> Figures<'a> {
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
    fn need(&mut self, key: &'static str, date: Date) -> Result<Pence, EstimateError> {
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
    fn optional(&mut self, key: &'static str, date: Date) -> Option<Pence> {
        let found = self.rules.lookup(key, date)?;
        self.record(&found);
        let value = found.value.pence();
        if value.is_none() {
            self.warnings
                .push(Note::new("unknown_figure_left_out").rule(key));
        }
        value
    }

    fn reform(&mut self, key: &'static str) -> Result<Pence, EstimateError> {
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

fn tariff(capital: Pence, lower: Pence, band: Pence, per_band: Pence) -> Pence {
    if capital <= lower || band.0 <= 0 {
        return Pence::ZERO;
    }
    let over = capital.0 - lower.0;
    let bands = (over + band.0 - 1) / band.0; // "or part of £250"
    per_band.times(bands)
}

fn mig_key(age: u32, partner: bool) -> &'static str {
    match (age >= PENSION_AGE, age >= 25, partner) {
        (true, _, false) => "mig_single_pension_age",
        (true, _, true) => "mig_couple_pension_age_each",
        (false, _, true) => "mig_couple_18_plus_each",
        (false, true, false) => "mig_single_25_to_pension_age",
        (false, false, false) => "mig_single_18_24",
    }
}

/// Run the estimate. `today` is supplied by the caller (the domain has no clock).
pub fn estimate(
    req: &EstimateRequest,
    rules: &RuleSet,
    today: Date,
) -> Result<Estimate, EstimateError> {
    let input = validate(req, today, rules).map_err(|errors| EstimateError::Invalid { errors })?;
    let mut figures = Figures {
        rules,
        used: Vec::new(),
        warnings: Vec::new(),
        stale: Vec::new(),
    };
    let mut explanations = Vec::new();
    let reform = input.rules == RulesChoice::Reform2021;

    let (cap, dlc) = if reform {
        figures.warnings.push(Note::new("reform_2021_cancelled"));
        figures
            .warnings
            .push(Note::new("reform_daily_living_costs_2021_prices"));
        (
            Some(figures.reform("cap_on_care_costs")?),
            figures.reform("daily_living_costs")?,
        )
    } else {
        (None, Pence::ZERO)
    };

    let mut savings = input.capital;
    let (mut home_value, occupant, dpa) = match input.property {
        Some((v, o, d)) => (v, Some(o), d),
        None => (Pence::ZERO, None, false),
    };
    let home_qualifying_occupant = matches!(
        occupant,
        Some(Occupant::Partner | Occupant::Relative60Plus | Occupant::RelativeIncapacitated)
    );
    let has_home = occupant.is_some() && home_value > Pence::ZERO;

    // Notes on how the home is treated, once.
    if has_home {
        let code = match (input.setting, home_qualifying_occupant, dpa) {
            (Setting::HomeCare, ..) => "property_disregarded_home_care",
            (Setting::CareHomeTemporary, ..) => "property_disregarded_temporary",
            (_, true, _) => "property_disregarded_occupant",
            (_, false, true) => "property_deferred_payment",
            (_, false, false) => "property_counted_after_disregard",
        };
        let weeks = figures.need("property_disregard_weeks", input.start)?.0 / 100;
        explanations.push(
            Note::new(code)
                .amount("value", home_value)
                .rule("property_disregard_weeks")
                .count(weeks),
        );
    }
    if input.partner {
        explanations.push(Note::new("couple_half_capital").amount("capital", input.capital));
        figures
            .warnings
            .push(Note::new("couple_pension_half_disregard_not_modelled"));
    }
    if input.disregarded_income > Pence::ZERO {
        explanations
            .push(Note::new("income_disregarded").amount("amount", input.disregarded_income));
    }
    if input.setting == Setting::HomeCare && input.age == PENSION_AGE {
        figures.warnings.push(Note::new("pension_age_boundary"));
    }
    if input.setting.is_care_home() && input.receives_disability_benefit {
        figures
            .warnings
            .push(Note::new("disability_benefits_stop_in_care_home"));
    }
    match input.setting {
        Setting::HomeCare => {
            figures
                .warnings
                .push(Note::new("local_discretion_home_care"));
            figures.warnings.push(Note::new("arrangement_fee_possible"));
        }
        Setting::CareHomeTemporary => figures
            .warnings
            .push(Note::new("local_discretion_temporary")),
        Setting::CareHome => {}
    }
    if dpa && input.setting == Setting::CareHome && !home_qualifying_occupant {
        figures
            .warnings
            .push(Note::new("deferred_payment_fees_not_modelled"));
    }
    figures.warnings.push(Note::new("not_modelled_general"));

    let mut timeline: Vec<Week> = Vec::with_capacity(input.weeks as usize);
    let mut milestones = Milestones::default();
    let mut totals = Totals::default();
    let mut debt = Pence::ZERO;
    let mut meter = Pence::ZERO;
    let mut warned_latest = false;
    let mut warned_dpa_rate = false;
    let mut first_period = String::new();

    for week in 1..=input.weeks {
        let date = input.start.add_days(7 * (week as i64 - 1));
        let (period, beyond) =
            rules
                .period_on_or_latest(date)
                .ok_or_else(|| EstimateError::UnknownFigure {
                    key: "period".into(),
                    period: date.to_string(),
                    check_title: None,
                    check_url: None,
                })?;
        if beyond && !warned_latest {
            figures
                .warnings
                .push(Note::new("assumes_latest_figures").week(week));
            warned_latest = true;
        }
        if week == 1 {
            first_period = period.id.clone();
        }

        let (upper, lower, band, per_band) = if reform {
            (
                figures.reform("upper_capital_limit")?,
                figures.reform("lower_capital_limit")?,
                figures.reform("tariff_income_band")?,
                figures.reform("tariff_income_per_band")?,
            )
        } else {
            (
                figures.need("upper_capital_limit", date)?,
                figures.need("lower_capital_limit", date)?,
                figures.need("tariff_income_band", date)?,
                figures.need("tariff_income_per_band", date)?,
            )
        };
        let disregard_weeks = figures.need("property_disregard_weeks", date)?.0 / 100;
        let nhs = if input.nursing {
            figures
                .need("nhs_nursing_care_standard_rate", date)?
                .min(input.weekly_cost)
        } else {
            Pence::ZERO
        };
        let allowance = if input.setting.is_care_home() {
            figures.need("personal_expenses_allowance", date)?
        } else {
            let mut mig = figures.need(mig_key(input.age, input.partner), date)?;
            if input.receives_disability_benefit && input.age < PENSION_AGE {
                let key = if input.partner {
                    "mig_disability_premium_couple_each"
                } else {
                    "mig_disability_premium_single"
                };
                if let Some(premium) = figures.optional(key, date) {
                    mig += premium;
                }
            }
            mig
        };

        // The home counts only for a permanent care-home move, after the disregard, with
        // no qualifying occupant.
        let home_would_count = has_home
            && input.setting == Setting::CareHome
            && !home_qualifying_occupant
            && week as i64 > disregard_weeks;
        let home_counts = home_would_count && !dpa;
        if home_would_count && milestones.property_disregard_end_week.is_none() {
            milestones.property_disregard_end_week = Some(week);
        }

        let capital_start = savings + if home_counts { home_value } else { Pence::ZERO };
        let care_cost = (input.weekly_cost - nhs).max0();
        // When the council helps, it pays up to its usual rate for the care it arranges; the
        // rest of the fee is a top-up (usually paid by someone else).
        let arranged_cost = match input.council_rate {
            Some(rate) => (input.weekly_cost.min(rate) - nhs).max0(),
            None => care_cost,
        };

        // What the means test asks of the person, for a given capital.
        let assess = |capital: Pence| -> (Phase, Pence, Pence) {
            if capital > upper {
                (Phase::SelfFunding, Pence::ZERO, care_cost)
            } else {
                let t = tariff(capital, lower, band, per_band);
                let phase = if capital > lower {
                    Phase::MeansTested
                } else {
                    Phase::CouncilFunded
                };
                let available =
                    (input.counted_income + t - allowance - input.dre_and_housing).max0();
                (phase, t, available.min(arranged_cost))
            }
        };
        let (phase, tariff_income, mut person) = assess(capital_start);

        // A deferred payment agreement: the part the home's value would have paid is
        // deferred (paid by the council, owed by the person).
        let mut deferred = Pence::ZERO;
        if home_would_count && dpa {
            let (_, _, person_if_counted) = assess(savings + home_value);
            deferred = (person_if_counted - person).max0();
            // Past the known rates, the latest one is used and a warning says so.
            let rate = rules.dpa_rate_known(date).and_then(|(d, current)| {
                if !current && !warned_dpa_rate {
                    figures
                        .warnings
                        .push(Note::new("deferred_payment_interest_latest_used").week(week));
                    warned_dpa_rate = true;
                }
                d.value.value
            });
            match rate {
                Some(r) => {
                    let interest =
                        Pence::from_pounds(debt.pounds() * r / 100.0 / 52.0).unwrap_or_default();
                    debt += interest;
                }
                None if !warned_dpa_rate => {
                    figures
                        .warnings
                        .push(Note::new("deferred_payment_interest_unknown").week(week));
                    warned_dpa_rate = true;
                }
                None => {}
            }
            debt += deferred;
        }

        // The 2021 plan: the person's own spending on personal care (not daily living costs)
        // counts towards the cap; after it, they pay only daily living costs.
        if let Some(cap) = cap {
            let dlc_part = if input.setting.is_care_home() {
                dlc.min(person)
            } else {
                Pence::ZERO
            };
            if meter >= cap {
                person = dlc_part;
            } else {
                let towards = (person - dlc_part).max0();
                let room = cap - meter;
                if towards >= room {
                    meter = cap;
                    milestones.cap_reached_week.get_or_insert(week);
                } else {
                    meter += towards;
                }
            }
        }

        let (council, implied_top_up) = if phase == Phase::SelfFunding {
            (care_cost - person, Pence::ZERO)
        } else {
            (arranged_cost - person, (care_cost - arranged_cost).max0())
        };
        let third_party = input.top_up + implied_top_up;

        // Capital falls by what income does not cover.
        let income_for_fees = match phase {
            Phase::SelfFunding => input.counted_income + input.disregarded_income,
            _ => (input.counted_income - allowance - input.dre_and_housing).max0(),
        };
        let mut spend = (person - income_for_fees).max0();
        let from_savings = spend.min(savings);
        savings -= from_savings;
        spend -= from_savings;
        if home_counts && spend > Pence::ZERO {
            let from_home = spend.min(home_value);
            home_value -= from_home;
        }
        let capital_end = savings + if home_counts { home_value } else { Pence::ZERO };

        totals.person_pays += person;
        totals.council_pays += council;
        totals.nhs_pays += nhs;
        totals.third_party_pays += third_party;

        if week == 1 {
            explanations.extend(first_week_notes(
                &input,
                phase,
                capital_start,
                upper,
                lower,
                band,
                per_band,
                tariff_income,
                allowance,
                nhs,
                person,
                council,
                third_party,
            ));
        }

        timeline.push(Week {
            week,
            date,
            rules_period: period.id.clone(),
            phase,
            person_pays: person,
            council_pays: council,
            nhs_pays: nhs,
            third_party_pays: third_party,
            assessed_income: input.counted_income + tariff_income,
            tariff_income,
            protected_allowance: allowance,
            capital_start,
            capital_end,
            deferred,
            deferred_debt: debt,
            cap_meter: cap.map(|_| meter),
        });
    }
    totals.deferred_debt = debt;
    milestones.upper_limit_week = milestones
        .upper_limit_week
        .or(lasting_drop(&timeline, |w| w.phase == Phase::SelfFunding));
    milestones.lower_limit_week = lasting_drop(&timeline, |w| w.phase != Phase::CouncilFunded);
    // During the property disregard, savings may fall to the upper limit, so the council
    // helps for a while; when the home starts to count the full cost comes back.
    if let Some(end) = milestones.property_disregard_end_week {
        let before = &timeline[..(end as usize - 1).min(timeline.len())];
        if let Some(help) = before
            .iter()
            .find(|w| w.phase != Phase::SelfFunding && w.week > 1)
            && timeline
                .get(end as usize - 1)
                .is_some_and(|w| w.phase == Phase::SelfFunding)
            && timeline[0].phase == Phase::SelfFunding
        {
            milestones.temporary_help_week = Some(help.week);
            milestones.full_cost_again_week = Some(end);
        }
    }
    if input.setting.is_care_home() && timeline.iter().any(|w| w.council_pays > Pence::ZERO) {
        explanations.push(match input.council_rate {
            Some(rate) if input.weekly_cost > rate => Note::new("council_rate_top_up")
                .amount("rate", rate)
                .amount("cost", input.weekly_cost)
                .amount("top_up", input.weekly_cost - rate),
            Some(rate) => Note::new("council_rate_covers").amount("rate", rate),
            None => Note::new("council_rate_unknown"),
        });
    }

    let mut warnings = figures.warnings;
    dedupe(&mut warnings);
    let first_week = timeline[0].clone();
    Ok(Estimate {
        rules: input.rules,
        rules_period: if reform {
            "reform_2021".into()
        } else {
            first_period
        },
        start_date: input.start,
        first_week,
        milestones,
        totals,
        timeline,
        explanations,
        warnings,
        figures: figures.used,
    })
}

/// The first week of the last run of weeks where `above` no longer holds, having held
/// before: a crossing that lasts to the end of the timeline (not a dip that comes back).
fn lasting_drop(timeline: &[Week], above: impl Fn(&Week) -> bool) -> Option<u32> {
    let last_above = timeline.iter().rposition(&above)?;
    timeline.get(last_above + 1).map(|w| w.week)
}

#[allow(clippy::too_many_arguments)]
fn first_week_notes(
    input: &Input,
    phase: Phase,
    capital: Pence,
    upper: Pence,
    lower: Pence,
    band: Pence,
    per_band: Pence,
    tariff_income: Pence,
    allowance: Pence,
    nhs: Pence,
    person: Pence,
    council: Pence,
    third_party: Pence,
) -> Vec<Note> {
    let mut notes = Vec::new();
    match phase {
        Phase::SelfFunding => notes.push(
            Note::new("self_funding")
                .amount("capital", capital)
                .amount("upper", upper)
                .rule("upper_capital_limit"),
        ),
        Phase::MeansTested => notes.push(
            Note::new("tariff_income")
                .amount("capital", capital)
                .amount("lower", lower)
                .amount("band", band)
                .amount("per_band", per_band)
                .amount("tariff", tariff_income)
                .rule("tariff_income_band"),
        ),
        Phase::CouncilFunded => notes.push(
            Note::new("below_lower_limit")
                .amount("capital", capital)
                .amount("lower", lower)
                .rule("lower_capital_limit"),
        ),
    }
    if phase != Phase::SelfFunding {
        notes.push(Note::new("income_counted").amount("income", input.counted_income));
        if input.setting.is_care_home() {
            notes.push(
                Note::new("personal_expenses_allowance")
                    .amount("allowance", allowance)
                    .rule("personal_expenses_allowance"),
            );
        } else {
            notes.push(
                Note::new("minimum_income_guarantee")
                    .amount("allowance", allowance)
                    .rule(mig_key(input.age, input.partner)),
            );
            if input.dre_and_housing > Pence::ZERO {
                notes.push(Note::new("dre_and_housing").amount("amount", input.dre_and_housing));
            }
        }
        notes.push(Note::new("person_charge").amount("person", person));
    }
    if nhs > Pence::ZERO {
        notes.push(
            Note::new("nhs_nursing_care")
                .amount("nhs", nhs)
                .rule("nhs_nursing_care_standard_rate"),
        );
    }
    if council > Pence::ZERO {
        notes.push(Note::new("council_pays").amount("council", council));
    }
    if third_party > Pence::ZERO {
        notes.push(Note::new("top_up").amount("top_up", third_party));
    }
    notes
}

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
