//! The week loop and one week's computation: steps 1–6 of the model (see the module's doc).

use crate::date::Date;
use crate::money::Pence;

use super::case::{Case, Reform};
use super::figures::Figures;
use super::validate::Input;
use super::{EstimateError, Milestones, PENSION_AGE, Phase, Setting, Totals, Week};

/// What the week loop produces.
pub(super) struct Run {
    pub(super) timeline: Vec<Week>,
    pub(super) totals: Totals,
    /// The milestones seen while running: the end of the property disregard and the week
    /// the 2021 plan's cap is reached. The others come from the timeline.
    pub(super) milestones: Milestones,
    /// The first week's context: its rules period and limits, for the notes.
    pub(super) first: WeekContext,
}

/// Step through the weeks: look up each week's figures, compute the week, and carry the
/// capital left into the next.
pub(super) fn run(case: &Case, figures: &mut Figures) -> Result<Run, EstimateError> {
    let mut ledger = Ledger::new(case);
    let mut timeline = Vec::with_capacity(case.input.weeks as usize);
    let mut totals = Totals::default();
    let mut milestones = Milestones::default();
    let mut first = None;
    for week in 1..=case.input.weeks {
        let ctx = WeekContext::look_up(week, case, figures)?;
        if ctx.home_would_count {
            milestones.property_disregard_end_week.get_or_insert(week);
        }
        let w = ledger.week(&ctx, case, figures);
        totals.add(&w);
        timeline.push(w);
        first.get_or_insert(ctx);
    }
    totals.deferred_debt = ledger.debt;
    milestones.cap_reached_week = ledger.cap_reached_week;
    Ok(Run {
        timeline,
        totals,
        milestones,
        first: first.expect("validation allows no fewer than one week"),
    })
}

/// The capital limits and the tariff in force in a week (the 2021 plan's under that plan).
#[derive(Debug, Clone, Copy)]
pub(super) struct Limits {
    pub(super) upper: Pence,
    pub(super) lower: Pence,
    pub(super) band: Pence,
    pub(super) per_band: Pence,
}

impl Limits {
    fn look_up(reform: bool, figures: &mut Figures, date: Date) -> Result<Limits, EstimateError> {
        let mut get = |key: &'static str| {
            if reform {
                figures.reform(key)
            } else {
                figures.need(key, date)
            }
        };
        Ok(Limits {
            upper: get("upper_capital_limit")?,
            lower: get("lower_capital_limit")?,
            band: get("tariff_income_band")?,
            per_band: get("tariff_income_per_band")?,
        })
    }

    /// Tariff income: `per_band` for every `band` of capital above the lower limit, or part
    /// of one.
    fn tariff(&self, capital: Pence) -> Pence {
        if capital <= self.lower || self.band.0 <= 0 {
            return Pence::ZERO;
        }
        let over = capital.0 - self.lower.0;
        let bands = (over + self.band.0 - 1) / self.band.0; // "or part of £250"
        self.per_band.times(bands)
    }
}

/// One week's context: its date and rules period, the figures in force (step 1), and what
/// follows from them before any money moves. Every step of the week's computation reads it.
pub(super) struct WeekContext {
    pub(super) week: u32,
    pub(super) date: Date,
    pub(super) period: String,
    pub(super) limits: Limits,
    /// What the NHS pays: NHS-funded Nursing Care (zero without nursing).
    pub(super) nhs: Pence,
    /// The Personal Expenses Allowance in a care home; the Minimum Income Guarantee at home.
    pub(super) allowance: Pence,
    /// The home would count this week…
    pub(super) home_would_count: bool,
    /// …and does (no deferred payment agreement).
    pub(super) home_counts: bool,
    /// The care cost, less what the NHS pays.
    pub(super) care_cost: Pence,
    /// What the council pays for the care when it helps: up to its usual rate, less what
    /// the NHS pays. The rest of the fee is a top-up (usually paid by someone else).
    pub(super) arranged_cost: Pence,
}

/// What the means test asks of the person for a given capital (steps 3 and 4).
struct Assessment {
    phase: Phase,
    tariff_income: Pence,
    person: Pence,
}

impl WeekContext {
    /// Step 1: look up the figures in force in `week`, in a fixed order (the figures used and
    /// the warnings come out in that order).
    fn look_up(
        week: u32,
        case: &Case,
        figures: &mut Figures,
    ) -> Result<WeekContext, EstimateError> {
        let input = case.input;
        let date = input.start.add_days(7 * (week as i64 - 1));
        let period = figures.period(date, week)?.id.clone();
        let limits = Limits::look_up(case.reform.is_some(), figures, date)?;
        let disregard_weeks = figures.need("property_disregard_weeks", date)?.0 / 100;
        let nhs = if input.nursing {
            figures
                .need("nhs_nursing_care_standard_rate", date)?
                .min(input.weekly_cost)
        } else {
            Pence::ZERO
        };
        let allowance = protected_allowance(input, figures, date)?;
        let home_would_count = case.home.would_count(input.setting, week, disregard_weeks);
        let care_cost = (input.weekly_cost - nhs).max0();
        Ok(WeekContext {
            week,
            date,
            period,
            limits,
            nhs,
            allowance,
            home_would_count,
            home_counts: home_would_count && !case.home.deferred_payment,
            care_cost,
            arranged_cost: match input.council_rate {
                Some(rate) => (input.weekly_cost.min(rate) - nhs).max0(),
                None => care_cost,
            },
        })
    }

    /// Steps 3 and 4: the phase for `capital`; the tariff; and the person's charge: counted
    /// income + tariff − the protected allowance, never more than the care cost.
    fn assess(&self, input: &Input, capital: Pence) -> Assessment {
        if capital > self.limits.upper {
            return Assessment {
                phase: Phase::SelfFunding,
                tariff_income: Pence::ZERO,
                person: self.care_cost,
            };
        }
        let tariff_income = self.limits.tariff(capital);
        let available =
            (input.counted_income + tariff_income - self.allowance - input.dre_and_housing).max0();
        Assessment {
            phase: if capital > self.limits.lower {
                Phase::MeansTested
            } else {
                Phase::CouncilFunded
            },
            tariff_income,
            person: available.min(self.arranged_cost),
        }
    }

    /// Step 5: what the council and a third party pay, given what the person pays (the NHS's
    /// share is already out of the care cost).
    fn shares(&self, input: &Input, phase: Phase, person: Pence) -> (Pence, Pence) {
        let (council, implied_top_up) = if phase == Phase::SelfFunding {
            (self.care_cost - person, Pence::ZERO)
        } else {
            (
                self.arranged_cost - person,
                (self.care_cost - self.arranged_cost).max0(),
            )
        };
        (council, input.top_up + implied_top_up)
    }
}

/// The protected allowance in force on `date`: the Personal Expenses Allowance in a care
/// home; at home, the Minimum Income Guarantee for the person's age and couple status, plus
/// the disability premium under pension age when they get a disability benefit.
fn protected_allowance(
    input: &Input,
    figures: &mut Figures,
    date: Date,
) -> Result<Pence, EstimateError> {
    if input.setting.is_care_home() {
        return figures.need("personal_expenses_allowance", date);
    }
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
    Ok(mig)
}

/// The Minimum Income Guarantee figure for an age and couple status.
pub(super) fn mig_key(age: u32, partner: bool) -> &'static str {
    match (age >= PENSION_AGE, age >= 25, partner) {
        (true, _, false) => "mig_single_pension_age",
        (true, _, true) => "mig_couple_pension_age_each",
        (false, _, true) => "mig_couple_18_plus_each",
        (false, true, false) => "mig_single_25_to_pension_age",
        (false, false, false) => "mig_single_18_24",
    }
}

/// What carries from one week to the next.
struct Ledger {
    savings: Pence,
    home_value: Pence,
    /// Owed under a deferred payment agreement, with interest where the rate is known.
    debt: Pence,
    /// Under the 2021 plan: what has counted towards the cap so far…
    meter: Pence,
    /// …and the week it reached the cap.
    cap_reached_week: Option<u32>,
}

impl Ledger {
    fn new(case: &Case) -> Ledger {
        Ledger {
            savings: case.input.capital,
            home_value: case.home.value,
            debt: Pence::ZERO,
            meter: Pence::ZERO,
            cap_reached_week: None,
        }
    }

    /// Step 2: the capital counted: savings, plus the home when it counts.
    fn capital(&self, home_counts: bool) -> Pence {
        self.savings
            + if home_counts {
                self.home_value
            } else {
                Pence::ZERO
            }
    }

    /// Steps 2–6 for one week: count capital, assess, defer what the home would pay, apply
    /// the 2021 plan's cap, share out the cost, and spend capital down.
    fn week(&mut self, ctx: &WeekContext, case: &Case, figures: &mut Figures) -> Week {
        let input = case.input;
        let capital_start = self.capital(ctx.home_counts);
        let assessed = ctx.assess(input, capital_start);
        let deferred = if ctx.home_would_count && case.home.deferred_payment {
            self.defer(ctx, input, assessed.person, figures)
        } else {
            Pence::ZERO
        };
        let person = match case.reform {
            Some(reform) => self.towards_cap(ctx.week, reform, input.setting, assessed.person),
            None => assessed.person,
        };
        let (council, third_party) = ctx.shares(input, assessed.phase, person);
        self.spend_down(ctx, input, assessed.phase, person);
        Week {
            week: ctx.week,
            date: ctx.date,
            rules_period: ctx.period.clone(),
            phase: assessed.phase,
            person_pays: person,
            council_pays: council,
            nhs_pays: ctx.nhs,
            third_party_pays: third_party,
            assessed_income: input.counted_income + assessed.tariff_income,
            tariff_income: assessed.tariff_income,
            protected_allowance: ctx.allowance,
            capital_start,
            capital_end: self.capital(ctx.home_counts),
            deferred,
            deferred_debt: self.debt,
            cap_meter: case.reform.map(|_| self.meter),
        }
    }

    /// A deferred payment agreement: the part of the charge the home's value would have paid
    /// is deferred (paid by the council, owed by the person). The debt so far earns a week's
    /// interest first. Returns what is deferred this week.
    fn defer(
        &mut self,
        ctx: &WeekContext,
        input: &Input,
        person: Pence,
        figures: &mut Figures,
    ) -> Pence {
        let if_counted = ctx.assess(input, self.savings + self.home_value).person;
        let deferred = (if_counted - person).max0();
        if let Some(rate) = figures.dpa_rate(ctx.date, ctx.week) {
            let interest =
                Pence::from_pounds(self.debt.pounds() * rate / 100.0 / 52.0).unwrap_or_default();
            self.debt += interest;
        }
        self.debt += deferred;
        deferred
    }

    /// The 2021 plan: the person's own spending on personal care (not daily living costs)
    /// counts towards the cap; after it, they pay only daily living costs. Returns what the
    /// person pays.
    fn towards_cap(&mut self, week: u32, reform: Reform, setting: Setting, person: Pence) -> Pence {
        let dlc_part = if setting.is_care_home() {
            reform.daily_living_costs.min(person)
        } else {
            Pence::ZERO
        };
        if self.meter >= reform.cap {
            return dlc_part;
        }
        let towards = (person - dlc_part).max0();
        let room = reform.cap - self.meter;
        if towards >= room {
            self.meter = reform.cap;
            self.cap_reached_week.get_or_insert(week);
        } else {
            self.meter += towards;
        }
        person
    }

    /// Step 6: capital falls by what income does not cover, savings first, then the home
    /// when it counts.
    fn spend_down(&mut self, ctx: &WeekContext, input: &Input, phase: Phase, person: Pence) {
        let income_for_fees = match phase {
            Phase::SelfFunding => input.counted_income + input.disregarded_income,
            _ => (input.counted_income - ctx.allowance - input.dre_and_housing).max0(),
        };
        let mut spend = (person - income_for_fees).max0();
        let from_savings = spend.min(self.savings);
        self.savings -= from_savings;
        spend -= from_savings;
        if ctx.home_counts && spend > Pence::ZERO {
            self.home_value -= spend.min(self.home_value);
        }
    }
}

impl Totals {
    /// Add one week's shares.
    fn add(&mut self, w: &Week) {
        self.person_pays += w.person_pays;
        self.council_pays += w.council_pays;
        self.nhs_pays += w.nhs_pays;
        self.third_party_pays += w.third_party_pays;
    }
}
