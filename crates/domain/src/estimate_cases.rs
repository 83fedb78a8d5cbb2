//! Worked cases for the estimator, each computed by hand in its comment, on a fixture rule
//! set (the shipped structure with the 2026-27 figures pinned below), so that correcting a
//! figure in `content/rules/` does not silently change what these tests prove.
//!
//! Fixture figures, 2026-27 (start date Monday 23 November 2026):
//!   upper £23,250 · lower £14,250 · tariff £1 per £250 or part · PEA £31.80
//!   NHS nursing care £267.68 · property disregard 12 weeks
//!   MIG: single 18–24 £95.40 · single 25 to pension age £120.00 · single pension age £241.45
//!        couple 18+ each £100.00 · couple pension age each £184.00
//!        disability premium single £50.00 · couple each £35.00
//!   deferred payment interest, 1 Jul – 31 Dec 2026: 5.2% a year (5.2/52 = 0.1% a week)

use proptest::prelude::*;

use super::date::Date;
use super::estimate::*;
use super::money::Pence;
use super::rules::{RULES, RuleSet};

const START: &str = "2026-11-23";

fn fixture() -> RuleSet {
    let mut rules = RULES.clone();
    let p = rules
        .periods
        .iter_mut()
        .find(|p| p.id == "2026-27")
        .expect("2026-27 period");
    let mut set = |key: &str, v: f64| {
        let entry = p.values.get_mut(key).unwrap_or_else(|| panic!("{key}"));
        entry.value = Some(v);
        entry.verified = true;
    };
    set("upper_capital_limit", 23250.0);
    set("lower_capital_limit", 14250.0);
    set("tariff_income_band", 250.0);
    set("tariff_income_per_band", 1.0);
    set("personal_expenses_allowance", 31.80);
    set("nhs_nursing_care_standard_rate", 267.68);
    set("property_disregard_weeks", 12.0);
    set("mig_single_18_24", 95.40);
    set("mig_single_25_to_pension_age", 120.00);
    set("mig_single_pension_age", 241.45);
    set("mig_couple_18_plus_each", 100.00);
    set("mig_couple_pension_age_each", 184.00);
    set("mig_disability_premium_single", 50.00);
    set("mig_disability_premium_couple_each", 35.00);
    let dpa = rules
        .dpa_interest_periods
        .iter_mut()
        .find(|d| d.effective_from == Date::parse("2026-07-01").unwrap())
        .expect("2026 H2 rate entry");
    dpa.value.value = Some(5.2);
    rules
}

fn today() -> Date {
    Date::parse(START).unwrap()
}

fn care_home(cost: f64, savings: f64, state_pension: f64) -> EstimateRequest {
    EstimateRequest {
        setting: Setting::CareHome,
        weekly_cost: cost,
        nursing: false,
        age: None,
        partner: false,
        savings,
        property: None,
        weekly_income: WeeklyIncome {
            state_pension,
            ..Default::default()
        },
        disability_related_expenditure: 0.0,
        housing_costs: 0.0,
        top_up: 0.0,
        council_rate: 0.0,
        weeks: 52,
        rules: RulesChoice::InForce,
        start_date: Some(START.into()),
    }
}

fn home_care(cost: f64, age: u32, income: WeeklyIncome) -> EstimateRequest {
    EstimateRequest {
        setting: Setting::HomeCare,
        age: Some(age),
        weekly_income: income,
        savings: 0.0,
        ..care_home(cost, 0.0, 0.0)
    }
}

fn run(req: &EstimateRequest) -> Estimate {
    estimate(req, &fixture(), today()).unwrap_or_else(|e| panic!("{e:?}"))
}

fn gbp(p: f64) -> Pence {
    Pence::from_pounds(p).unwrap()
}

fn assert_week(w: &Week, phase: Phase, person: f64, council: f64, nhs: f64) {
    assert_eq!(w.phase, phase, "week {} phase", w.week);
    assert_eq!(w.person_pays, gbp(person), "week {} person", w.week);
    assert_eq!(w.council_pays, gbp(council), "week {} council", w.week);
    assert_eq!(w.nhs_pays, gbp(nhs), "week {} nhs", w.week);
}

// 1. Self-funder: £100,000 > £23,250 → pays the full £1,250. Capital falls by what income
//    does not cover: 100,000 − (1,250 − 230.25) = £98,980.25.
#[test]
fn case_01_self_funder_pays_full_cost() {
    let e = run(&care_home(1250.0, 100_000.0, 230.25));
    assert_week(&e.first_week, Phase::SelfFunding, 1250.0, 0.0, 0.0);
    assert_eq!(e.first_week.capital_end, gbp(98_980.25));
    assert_eq!(e.rules_period, "2026-27");
}

// 2. Exactly at the upper limit is not above it → means-tested. Tariff: (23,250 − 14,250) /
//    250 = 36 bands → £36. Person: 230.25 + 36 − 31.80 = £234.45; council 1,250 − 234.45 =
//    £1,015.55.
#[test]
fn case_02_exactly_upper_limit_is_means_tested() {
    let e = run(&care_home(1250.0, 23_250.0, 230.25));
    assert_week(&e.first_week, Phase::MeansTested, 234.45, 1015.55, 0.0);
    assert_eq!(e.first_week.tariff_income, gbp(36.0));
}

// 3. A penny over the upper limit → self-funding, pays £1,250.
#[test]
fn case_03_penny_over_upper_limit_self_funds() {
    let e = run(&care_home(1250.0, 23_250.01, 230.25));
    assert_week(&e.first_week, Phase::SelfFunding, 1250.0, 0.0, 0.0);
}

// 4. Exactly at the lower limit → no tariff. Person 230.25 − 31.80 = £198.45.
#[test]
fn case_04_exactly_lower_limit_no_tariff() {
    let e = run(&care_home(1250.0, 14_250.0, 230.25));
    assert_week(&e.first_week, Phase::CouncilFunded, 198.45, 1051.55, 0.0);
    assert_eq!(e.first_week.tariff_income, Pence::ZERO);
}

// 5. A penny over the lower limit → one part-band → £1 tariff. Person £199.45.
#[test]
fn case_05_penny_over_lower_limit_one_band() {
    let e = run(&care_home(1250.0, 14_250.01, 230.25));
    assert_week(&e.first_week, Phase::MeansTested, 199.45, 1050.55, 0.0);
    assert_eq!(e.first_week.tariff_income, gbp(1.0));
}

// 6. £250 over → exactly one band (£1); £250.01 over → two (£2).
#[test]
fn case_06_band_edges() {
    assert_eq!(
        run(&care_home(1250.0, 14_500.0, 230.25))
            .first_week
            .tariff_income,
        gbp(1.0)
    );
    assert_eq!(
        run(&care_home(1250.0, 14_500.01, 230.25))
            .first_week
            .tariff_income,
        gbp(2.0)
    );
}

// 7. Nursing, means-tested below lower limit: NHS pays £267.68; the rest 1,400 − 267.68 =
//    £1,132.32 is shared: person 230.25 − 31.80 = £198.45, council £933.87.
#[test]
fn case_07_nursing_care_nhs_pays_fnc() {
    let mut req = care_home(1400.0, 5_000.0, 230.25);
    req.nursing = true;
    let e = run(&req);
    assert_week(&e.first_week, Phase::CouncilFunded, 198.45, 933.87, 267.68);
}

// 8. Nursing self-funder: NHS £267.68, person pays the rest, £1,132.32.
#[test]
fn case_08_nursing_self_funder() {
    let mut req = care_home(1400.0, 200_000.0, 230.25);
    req.nursing = true;
    let e = run(&req);
    assert_week(&e.first_week, Phase::SelfFunding, 1132.32, 0.0, 267.68);
}

fn with_home(
    mut req: EstimateRequest,
    value: f64,
    occupant: Occupant,
    dpa: bool,
) -> EstimateRequest {
    req.property = Some(Property {
        value,
        occupant,
        deferred_payment: dpa,
    });
    req
}

// 9. Home, nobody living there: weeks 1–12 disregarded → £10,000 savings only → below the
//    lower limit: person 200 − 31.80 = £168.20, council £831.80. Savings do not fall (income
//    covers the charge). Week 13 the home counts: £210,000 → self-funding, £1,000.
#[test]
fn case_09_home_counts_after_twelve_weeks() {
    let e = run(&with_home(
        care_home(1000.0, 10_000.0, 200.0),
        200_000.0,
        Occupant::Nobody,
        false,
    ));
    assert_week(&e.timeline[0], Phase::CouncilFunded, 168.20, 831.80, 0.0);
    assert_week(&e.timeline[11], Phase::CouncilFunded, 168.20, 831.80, 0.0);
    assert_eq!(e.timeline[11].capital_end, gbp(10_000.0));
    assert_week(&e.timeline[12], Phase::SelfFunding, 1000.0, 0.0, 0.0);
    assert_eq!(e.timeline[12].capital_start, gbp(210_000.0));
    assert_eq!(e.milestones.property_disregard_end_week, Some(13));
}

// 10. Partner at home: the home never counts; one of a couple → half of £10,000 = £5,000.
//     Person £168.20 in week 13 as in week 1.
#[test]
fn case_10_partner_at_home_disregards_it() {
    let mut req = with_home(
        care_home(1000.0, 10_000.0, 200.0),
        200_000.0,
        Occupant::Partner,
        false,
    );
    req.partner = true;
    let e = run(&req);
    assert_eq!(e.first_week.capital_start, gbp(5_000.0));
    assert_week(&e.timeline[12], Phase::CouncilFunded, 168.20, 831.80, 0.0);
    assert_eq!(e.milestones.property_disregard_end_week, None);
}

// 11–12. A relative aged 60+ or an incapacitated relative at home: disregarded too.
#[test]
fn case_11_12_qualifying_relatives() {
    for occupant in [Occupant::Relative60Plus, Occupant::RelativeIncapacitated] {
        let e = run(&with_home(
            care_home(1000.0, 10_000.0, 200.0),
            200_000.0,
            occupant,
            false,
        ));
        assert_week(&e.timeline[20], Phase::CouncilFunded, 168.20, 831.80, 0.0);
        assert_eq!(e.milestones.property_disregard_end_week, None);
    }
}

// 13. Deferred payment agreement: from week 13 the home would count (→ £1,000 self-funded)
//     but is deferred: person still pays £168.20, the council pays £831.80 and that is
//     owed. Week 13 debt £831.80. Week 14: interest 831.80 × 0.1% = £0.83 (rounded), plus a
//     new £831.80 → £1,664.43. (Starts 6 July 2026 so weeks 13–14 fall in the half-year
//     whose fixture rate is known.)
#[test]
fn case_13_deferred_payment_accrues_debt_with_interest() {
    let mut req = with_home(
        care_home(1000.0, 10_000.0, 200.0),
        200_000.0,
        Occupant::Nobody,
        true,
    );
    req.start_date = Some("2026-07-06".into());
    let e = run(&req);
    assert_eq!(e.timeline[11].deferred, Pence::ZERO);
    assert_week(&e.timeline[12], Phase::CouncilFunded, 168.20, 831.80, 0.0);
    assert_eq!(e.timeline[12].deferred, gbp(831.80));
    assert_eq!(e.timeline[12].deferred_debt, gbp(831.80));
    assert_eq!(e.timeline[13].deferred_debt, gbp(1664.43));
    assert_eq!(e.milestones.property_disregard_end_week, Some(13));
}

// 14. Care at home, age 80: counted income 230.25 + Attendance Allowance 73.90 = £304.15;
//     MIG single pension age £241.45 (no disability premium over pension age). Person
//     304.15 − 241.45 = £62.70; council 500 − 62.70 = £437.30.
#[test]
fn case_14_home_care_pension_age_mig() {
    let income = WeeklyIncome {
        state_pension: 230.25,
        attendance_allowance: 73.90,
        ..Default::default()
    };
    let e = run(&home_care(500.0, 80, income));
    assert_week(&e.first_week, Phase::CouncilFunded, 62.70, 437.30, 0.0);
    assert_eq!(e.first_week.protected_allowance, gbp(241.45));
}

// 15. As 14 with disability-related expenditure £20 and housing costs £10: 62.70 − 30 =
//     £32.70.
#[test]
fn case_15_home_care_dre_and_housing() {
    let income = WeeklyIncome {
        state_pension: 230.25,
        attendance_allowance: 73.90,
        ..Default::default()
    };
    let mut req = home_care(500.0, 80, income);
    req.disability_related_expenditure = 20.0;
    req.housing_costs = 10.0;
    assert_week(
        &run(&req).first_week,
        Phase::CouncilFunded,
        32.70,
        467.30,
        0.0,
    );
}

// 16. Care at home, age 40: counted PIP daily living 72.65 + other 100 = £172.65; PIP
//     mobility 28.70 and earnings 50 are disregarded. MIG 25-to-pension-age £120 + disability
//     premium £50 = £170. Person £2.65.
#[test]
fn case_16_home_care_working_age_premium_and_disregards() {
    let income = WeeklyIncome {
        pip_daily_living: 72.65,
        other: 100.0,
        pip_mobility: 28.70,
        earnings: 50.0,
        ..Default::default()
    };
    let e = run(&home_care(300.0, 40, income));
    assert_week(&e.first_week, Phase::CouncilFunded, 2.65, 297.35, 0.0);
    assert_eq!(e.first_week.protected_allowance, gbp(170.0));
    assert!(
        e.explanations
            .iter()
            .any(|n| n.code == "income_disregarded" && n.amounts[0].1 == gbp(78.70))
    );
}

// 17. Care at home, age 20: MIG 18–24 £95.40. Income £150 → person £54.60.
#[test]
fn case_17_home_care_age_18_24() {
    let e = run(&home_care(
        300.0,
        20,
        WeeklyIncome {
            other: 150.0,
            ..Default::default()
        },
    ));
    assert_week(&e.first_week, Phase::CouncilFunded, 54.60, 245.40, 0.0);
}

// 18. One of a couple at home, age 70: joint savings £40,000 → £20,000 counted → tariff
//     ceil(5,750 / 250) = 23 → £23. MIG couple pension age each £184. Person 200 + 23 − 184 =
//     £39.
#[test]
fn case_18_home_care_couple() {
    let mut req = home_care(
        400.0,
        70,
        WeeklyIncome {
            state_pension: 200.0,
            ..Default::default()
        },
    );
    req.partner = true;
    req.savings = 40_000.0;
    let e = run(&req);
    assert_week(&e.first_week, Phase::MeansTested, 39.0, 361.0, 0.0);
    assert_eq!(e.first_week.tariff_income, gbp(23.0));
}

// 19. Care at home with a £300,000 home: always disregarded → council-funded.
#[test]
fn case_19_home_disregarded_for_home_care() {
    let req = with_home(
        home_care(
            400.0,
            80,
            WeeklyIncome {
                state_pension: 250.0,
                ..Default::default()
            },
        ),
        300_000.0,
        Occupant::Nobody,
        false,
    );
    let e = run(&req);
    assert_eq!(e.timeline[30].phase, Phase::CouncilFunded);
    assert_eq!(e.milestones.property_disregard_end_week, None);
}

// 20. Third-party top-up £50 on a £900 care home: person £168.20, council £731.80, third
//     party £50; person + council + NHS = £900, plus the top-up = £950.
#[test]
fn case_20_top_up() {
    let mut req = care_home(900.0, 0.0, 200.0);
    req.top_up = 50.0;
    let w = run(&req).first_week;
    assert_week(&w, Phase::CouncilFunded, 168.20, 731.80, 0.0);
    assert_eq!(w.third_party_pays, gbp(50.0));
}

// 21. Temporary stay with a home and nobody there: the home is not counted at all.
#[test]
fn case_21_temporary_stay_disregards_home() {
    let mut req = with_home(
        care_home(1000.0, 10_000.0, 200.0),
        200_000.0,
        Occupant::Nobody,
        false,
    );
    req.setting = Setting::CareHomeTemporary;
    let e = run(&req);
    assert_eq!(e.timeline[20].phase, Phase::CouncilFunded);
    assert_eq!(e.milestones.property_disregard_end_week, None);
}

// 22. Savings £30,000 falling by 1,250 − 230.25 = £1,019.75 a week: after 7 weeks
//     30,000 − 7,138.25 = £22,861.75 ≤ £23,250, so week 8 is the first means-tested week;
//     tariff ceil(8,611.75 / 250) = 35 → person 230.25 + 35 − 31.80 = £233.45.
#[test]
fn case_22_upper_limit_milestone() {
    let mut req = care_home(1250.0, 30_000.0, 230.25);
    req.weeks = 520;
    let e = run(&req);
    assert_eq!(e.milestones.upper_limit_week, Some(8));
    assert_eq!(e.timeline[7].capital_start, gbp(22_861.75));
    assert_week(&e.timeline[7], Phase::MeansTested, 233.45, 1016.55, 0.0);
    // Then capital falls only by the tariff (£1 per £250 above the lower limit), so it
    // approaches the lower limit ever more slowly: from £8,611.75 above it, about 250 × ln 34
    // ≈ 885 weeks to get within £250. Not within 10 years: no lower-limit milestone.
    assert_eq!(e.milestones.lower_limit_week, None);
    let last = e.timeline.last().unwrap();
    assert!(last.capital_end > gbp(14_250.0) && last.capital_end < e.timeline[7].capital_start);
    assert!(
        e.timeline
            .windows(2)
            .all(|w| w[1].capital_start <= w[0].capital_start)
    );
}

// 23. The 2021 plan, self-funder at £1,250 with £200 daily living costs: £1,050 a week counts
//     towards the £86,000 cap. After 81 weeks 85,050 has counted; week 82 reaches the cap.
//     From week 83 the person pays only the £200 daily living costs.
#[test]
fn case_23_reform_2021_cap() {
    let mut req = care_home(1250.0, 500_000.0, 230.25);
    req.rules = RulesChoice::Reform2021;
    req.weeks = 100;
    let e = run(&req);
    assert_eq!(e.rules_period, "reform_2021");
    assert_eq!(e.milestones.cap_reached_week, Some(82));
    assert_week(&e.timeline[82], Phase::SelfFunding, 200.0, 1050.0, 0.0);
    assert!(e.warnings.iter().any(|w| w.code == "reform_2021_cancelled"));
}

// 24. The 2021 plan's limits: £90,000 is under its £100,000 upper limit → tariff
//     ceil(70,000 / 250) = 280 → person 230.25 + 280 − 31.80 = £478.45 (in force: self-funds).
#[test]
fn case_24_reform_2021_limits() {
    let mut req = care_home(1250.0, 90_000.0, 230.25);
    assert_eq!(run(&req).first_week.phase, Phase::SelfFunding);
    req.rules = RulesChoice::Reform2021;
    assert_week(
        &run(&req).first_week,
        Phase::MeansTested,
        478.45,
        771.55,
        0.0,
    );
}

// 25. A figure we do not know is never guessed: the estimate says which and where to check.
// 22b. The reviewer's case: £30,000 savings and an empty £150,000 home. As in case 22 the
//     savings reach the upper limit in week 8, inside the 12-week property disregard, so the
//     council helps for a while; in week 13 the home counts (£172,861.75 + …) and the full
//     cost comes back. The lasting crossing is when the home's value is spent down: 150,000
//     / 1,019.75 ≈ 147 weeks later, far beyond week 8. Milestones must say so, not "week 8".
#[test]
fn case_22b_disregard_dip_is_not_the_upper_limit_milestone() {
    let mut req = with_home(
        care_home(1250.0, 30_000.0, 230.25),
        150_000.0,
        Occupant::Nobody,
        false,
    );
    req.weeks = 104;
    let e = run(&req);
    assert_eq!(e.milestones.temporary_help_week, Some(8));
    assert_eq!(e.milestones.full_cost_again_week, Some(13));
    assert_eq!(e.milestones.property_disregard_end_week, Some(13));
    assert_eq!(e.timeline[7].phase, Phase::MeansTested);
    assert_eq!(e.timeline[12].phase, Phase::SelfFunding);
    // Within two years capital stays above the limit: no lasting crossing to report.
    assert_eq!(e.milestones.upper_limit_week, None);
    req.weeks = 520;
    let e = run(&req);
    let w = e
        .milestones
        .upper_limit_week
        .expect("crossing within 10 years");
    assert!(w > 150, "{w}");
    assert!(
        e.timeline[w as usize - 1..]
            .iter()
            .all(|x| x.phase != Phase::SelfFunding)
    );
}

// 22c. A council's usual rate: £900 a week. Below the lower limit (savings £10,000), income
//      £200: person 200 − 31.80 = £168.20; council 900 − 168.20 = £731.80; the home costs
//      £1,100, so the top-up is £200 a week (paid by someone else). Self-funding weeks pay the
//      full fee with no top-up.
#[test]
fn case_22c_council_rate_implies_a_top_up() {
    let mut req = care_home(1100.0, 10_000.0, 200.0);
    req.council_rate = 900.0;
    let e = run(&req);
    assert_week(&e.first_week, Phase::CouncilFunded, 168.20, 731.80, 0.0);
    assert_eq!(e.first_week.third_party_pays, gbp(200.0));
    assert!(
        e.explanations
            .iter()
            .any(|n| n.code == "council_rate_top_up")
    );

    let mut rich = care_home(1100.0, 100_000.0, 200.0);
    rich.council_rate = 900.0;
    let e = run(&rich);
    assert_week(&e.first_week, Phase::SelfFunding, 1100.0, 0.0, 0.0);
    assert_eq!(e.first_week.third_party_pays, Pence::ZERO);

    // Without the rate, the estimate says what to ask.
    let e = run(&care_home(1100.0, 10_000.0, 200.0));
    assert!(
        e.explanations
            .iter()
            .any(|n| n.code == "council_rate_unknown")
    );
}

// 22d. Age is needed only at home.
#[test]
fn case_22d_age_only_for_care_at_home() {
    let req = care_home(1000.0, 0.0, 200.0);
    assert_eq!(req.age, None);
    run(&req);
    let mut home = home_care(300.0, 40, WeeklyIncome::default());
    home.age = None;
    let Err(EstimateError::Invalid { errors }) = estimate(&home, &fixture(), today()) else {
        panic!("age is required at home")
    };
    assert!(
        errors
            .iter()
            .any(|e| e.field == "age" && e.code == "age_required_home_care")
    );
}

#[test]
fn case_25_unknown_figure_uses_the_latest_known_with_a_warning() {
    let mut rules = fixture();
    let p = rules
        .periods
        .iter_mut()
        .find(|p| p.id == "2026-27")
        .unwrap();
    p.values
        .get_mut("mig_single_25_to_pension_age")
        .unwrap()
        .value = None;
    let earlier = rules
        .periods
        .iter()
        .find(|p| p.id == "2025-26")
        .unwrap()
        .values["mig_single_25_to_pension_age"]
        .pence()
        .unwrap();
    let e = estimate(
        &home_care(300.0, 40, WeeklyIncome::default()),
        &rules,
        today(),
    )
    .unwrap();
    assert_eq!(e.first_week.protected_allowance, earlier);
    let w = e
        .warnings
        .iter()
        .find(|w| w.code == "figure_from_earlier_period")
        .expect("a warning that names the figure");
    assert_eq!(w.rule.as_deref(), Some("mig_single_25_to_pension_age"));
}

#[test]
fn case_25b_figure_never_known_is_an_error_not_a_guess() {
    let mut rules = fixture();
    for p in &mut rules.periods {
        p.values
            .get_mut("mig_single_25_to_pension_age")
            .unwrap()
            .value = None;
    }
    let err = estimate(
        &home_care(300.0, 40, WeeklyIncome::default()),
        &rules,
        today(),
    )
    .unwrap_err();
    match err {
        EstimateError::UnknownFigure { key, period, .. } => {
            assert_eq!(key, "mig_single_25_to_pension_age");
            assert_eq!(period, "2026-27");
        }
        other => panic!("{other:?}"),
    }
}

// 26. Unverified figures are used but flagged.
#[test]
fn case_26_unverified_figures_are_flagged() {
    let e = estimate(&care_home(1250.0, 0.0, 230.25), &RULES, today()).unwrap();
    let unverified: Vec<&str> = e
        .figures
        .iter()
        .filter(|f| !f.verified)
        .map(|f| f.key.as_str())
        .collect();
    for key in &unverified {
        assert!(
            e.warnings
                .iter()
                .any(|w| w.code == "unverified_figure" && w.rule.as_deref() == Some(*key)),
            "{key}"
        );
    }
}

#[test]
fn validation_errors_name_the_field() {
    let mut req = care_home(-5.0, f64::NAN, 0.0);
    req.age = Some(10);
    req.weeks = 0;
    req.start_date = Some("tomorrow".into());
    let Err(EstimateError::Invalid { errors }) = estimate(&req, &fixture(), today()) else {
        panic!()
    };
    let fields: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
    assert!(fields.contains(&("weekly_cost", "negative")), "{fields:?}");
    assert!(fields.contains(&("savings", "not_a_number")), "{fields:?}");
    assert!(fields.contains(&("age", "age_range")), "{fields:?}");
    assert!(fields.contains(&("weeks", "weeks_range")), "{fields:?}");
    assert!(fields.contains(&("start_date", "not_a_date")), "{fields:?}");

    let mut req = home_care(100.0, 70, WeeklyIncome::default());
    req.nursing = true;
    let Err(EstimateError::Invalid { errors }) = estimate(&req, &fixture(), today()) else {
        panic!()
    };
    assert_eq!(errors[0].code, "nursing_needs_care_home");

    let json = r#"{"setting":"care_home","weekly_cost":1,"age":80,"colour":"blue"}"#;
    assert!(
        serde_json::from_str::<EstimateRequest>(json)
            .unwrap_err()
            .to_string()
            .contains("colour")
    );
}

#[test]
fn beyond_known_periods_assumes_latest_with_a_warning() {
    let mut req = care_home(1250.0, 0.0, 230.25);
    req.weeks = 52;
    req.start_date = Some("2027-03-01".into());
    let e = run(&req);
    assert!(
        e.warnings
            .iter()
            .any(|w| w.code == "assumes_latest_figures")
    );
}

fn arb_request() -> impl Strategy<Value = EstimateRequest> {
    (
        prop_oneof![
            Just(Setting::CareHome),
            Just(Setting::CareHomeTemporary),
            Just(Setting::HomeCare)
        ],
        100u32..300_000, // weekly cost in pence (up to £3,000)
        any::<bool>(),
        18u32..100,
        any::<bool>(),
        0u64..60_000_000, // savings in pence (up to £600,000)
        proptest::option::of((0u64..60_000_000, 0usize..4, any::<bool>())),
        0u32..50_000,
        0u32..20_000,
        0u32..5_000,
    )
        .prop_map(
            |(setting, cost, nursing, age, partner, savings, property, pension, aa, top_up)| {
                let occupants = [
                    Occupant::Nobody,
                    Occupant::Partner,
                    Occupant::Relative60Plus,
                    Occupant::RelativeIncapacitated,
                ];
                EstimateRequest {
                    setting,
                    weekly_cost: cost as f64 / 100.0,
                    nursing: nursing && setting.is_care_home(),
                    age: Some(age),
                    partner,
                    savings: savings as f64 / 100.0,
                    property: property.map(|(v, o, d)| Property {
                        value: v as f64 / 100.0,
                        occupant: occupants[o],
                        deferred_payment: d,
                    }),
                    weekly_income: WeeklyIncome {
                        state_pension: pension as f64 / 100.0,
                        attendance_allowance: aa as f64 / 100.0,
                        ..Default::default()
                    },
                    disability_related_expenditure: 0.0,
                    housing_costs: 0.0,
                    top_up: if setting.is_care_home() {
                        top_up as f64 / 100.0
                    } else {
                        0.0
                    },
                    council_rate: 0.0,
                    weeks: 30,
                    rules: RulesChoice::InForce,
                    start_date: Some(START.into()),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Person + council + NHS = the weekly cost, every week (the top-up is on top).
    #[test]
    fn shares_add_up_to_the_cost(req in arb_request()) {
        let e = estimate(&req, &fixture(), today()).unwrap();
        let cost = Pence::from_pounds(req.weekly_cost).unwrap();
        for w in &e.timeline {
            prop_assert_eq!(w.person_pays + w.council_pays + w.nhs_pays, cost, "week {}", w.week);
            prop_assert!(w.person_pays >= Pence::ZERO && w.council_pays >= Pence::ZERO);
            prop_assert_eq!(w.third_party_pays, Pence::from_pounds(req.top_up).unwrap());
        }
    }

    /// More savings never lowers what the person pays in the first week.
    #[test]
    fn more_savings_never_lowers_the_charge(req in arb_request(), extra in 0u64..10_000_000) {
        let rules = fixture();
        let base = estimate(&req, &rules, today()).unwrap();
        let mut richer = req.clone();
        richer.savings += extra as f64 / 100.0;
        let more = estimate(&richer, &rules, today()).unwrap();
        prop_assert!(more.first_week.person_pays >= base.first_week.person_pays);
    }

    /// While means-tested, the person keeps at least the protected allowance of their
    /// assessed income.
    #[test]
    fn protected_allowance_is_kept(req in arb_request()) {
        let e = estimate(&req, &fixture(), today()).unwrap();
        for w in e.timeline.iter().filter(|w| w.phase != Phase::SelfFunding) {
            let left = (w.assessed_income - w.protected_allowance).max0();
            prop_assert!(w.person_pays <= left, "week {}: pays {} of {}", w.week, w.person_pays, left);
        }
    }
}
