//! Charging rules as dated data (`content/rules/england.toml`), each figure with its source.
//!
//! A value may be *verified* (read in an official source), *unverified* (a candidate from a
//! secondary source: used, but flagged on every result that depends on it) or *unknown* (no
//! value: any result that needs it says so instead of guessing).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::money::Pence;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    #[serde(default)]
    pub section: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub checked: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// One figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleValue {
    #[serde(default)]
    pub value: Option<f64>,
    pub unit: String,
    #[serde(default)]
    pub verified: bool,
    #[serde(default)]
    pub source: Option<Source>,
    #[serde(default)]
    pub check_against: Option<Link>,
    #[serde(default)]
    pub note: Option<String>,
    /// A standing rule set in law and not uprated each year (the 12-week property disregard,
    /// the £1,000 minor-adaptation limit): it still applies after the last period in the data.
    #[serde(default)]
    pub standing: bool,
    /// Some figures change on another day than the charging year (NHS nursing care: 1 April).
    #[serde(default)]
    pub effective_from: Option<Date>,
    #[serde(default)]
    pub effective_to: Option<Date>,
}

impl RuleValue {
    pub fn pence(&self) -> Option<Pence> {
        self.value.and_then(Pence::from_pounds)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Period {
    pub id: String,
    pub label: String,
    pub effective_from: Date,
    pub effective_to: Date,
    #[serde(default)]
    pub dates_verified: bool,
    pub values: BTreeMap<String, RuleValue>,
}

impl Period {
    pub fn covers(&self, date: Date) -> bool {
        self.effective_from <= date && date <= self.effective_to
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatedValue {
    pub effective_from: Date,
    pub effective_to: Date,
    #[serde(flatten)]
    pub value: RuleValue,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub event: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reform2021 {
    pub label: String,
    pub status: String,
    pub summary: String,
    #[serde(default)]
    pub cancelled: Option<String>,
    #[serde(default)]
    pub status_source: Option<Source>,
    pub values: BTreeMap<String, RuleValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleSet {
    pub schema_version: u32,
    pub jurisdiction: String,
    pub compiled: String,
    pub periods: Vec<Period>,
    pub dpa_interest_periods: Vec<DatedValue>,
    pub reform_2021: Reform2021,
    /// National averages from official statistics, for context beside a council's rates.
    #[serde(default)]
    pub national_statistics: Vec<NationalStatistic>,
}

/// A national average from official statistics (what councils paid, on average, in a past
/// financial year). Context only: never a charging rule, never applied to a home or an area,
/// and the estimator does not read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NationalStatistic {
    pub key: String,
    /// "2024-25": 1 April to 31 March.
    pub financial_year: String,
    pub covers_from: Date,
    pub covers_to: Date,
    #[serde(flatten)]
    pub value: RuleValue,
}

/// Keys every charging period must have (the value itself may be unknown).
pub const REQUIRED_PERIOD_KEYS: &[&str] = &[
    "upper_capital_limit",
    "lower_capital_limit",
    "tariff_income_band",
    "tariff_income_per_band",
    "personal_expenses_allowance",
    "nhs_nursing_care_standard_rate",
    "property_disregard_weeks",
    "mig_single_18_24",
    "mig_single_25_to_pension_age",
    "mig_single_pension_age",
    "mig_couple_18_plus_each",
    "mig_couple_pension_age_each",
    "mig_disability_premium_single",
    "mig_disability_premium_couple_each",
];

/// Keys the 2021 plan's rule set must have, with values.
pub const REQUIRED_REFORM_KEYS: &[&str] = &[
    "cap_on_care_costs",
    "upper_capital_limit",
    "lower_capital_limit",
    "tariff_income_band",
    "tariff_income_per_band",
    "daily_living_costs",
];

/// The rules shipped with this build.
pub static RULES: LazyLock<RuleSet> = LazyLock::new(|| {
    serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/rules.json")))
        .expect("content/rules/england.toml matches the rules schema (checked by tests)")
});

/// A figure for a date when the date's own figure is not known: the latest earlier one, and
/// what it is labelled with. `current` is false when the value is from an earlier period (or
/// the date is past every period), so whoever shows it must say so.
#[derive(Debug, Clone, PartialEq)]
pub struct Known<'a> {
    pub key: &'a str,
    pub period: &'a Period,
    pub value: &'a RuleValue,
    pub amount: f64,
    pub current: bool,
}

impl Known<'_> {
    /// The last day the value applies to.
    pub fn ends(&self) -> Date {
        self.value.effective_to.unwrap_or(self.period.effective_to)
    }

    /// The dates the value applies to, in words ("6 April 2026 to 5 April 2027").
    pub fn label(&self) -> String {
        match (self.value.effective_from, self.value.effective_to) {
            (Some(from), Some(to)) => format!("{} to {}", from.long(), to.long()),
            _ => self.period.label.clone(),
        }
    }
}

/// One line of the rules report: a figure whose data runs out soon or has run out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Expiring {
    pub key: String,
    /// The last day any known value of this figure applies to.
    pub last_known: Option<Date>,
    /// Days from `today` to `last_known` (negative: already past).
    pub days_left: Option<i64>,
    /// `unknown_now`: no value for today; `ended`: the data ended before today;
    /// `ends_soon`: the data ends within the window.
    pub state: &'static str,
}

/// A figure looked up for a date, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<'a> {
    pub key: &'a str,
    pub period: &'a Period,
    pub value: &'a RuleValue,
}

impl RuleSet {
    pub fn first_date(&self) -> Option<Date> {
        self.periods.iter().map(|p| p.effective_from).min()
    }

    pub fn last_date(&self) -> Option<Date> {
        self.periods.iter().map(|p| p.effective_to).max()
    }

    /// The charging period in force on `date`.
    pub fn period_on(&self, date: Date) -> Option<&Period> {
        self.periods.iter().find(|p| p.covers(date))
    }

    /// The period on `date`, or the latest one if `date` is past every known period (the
    /// caller warns that later figures are assumed unchanged).
    pub fn period_on_or_latest(&self, date: Date) -> Option<(&Period, bool)> {
        if let Some(p) = self.period_on(date) {
            return Some((p, false));
        }
        let latest = self.periods.iter().max_by_key(|p| p.effective_to)?;
        (date > latest.effective_to).then_some((latest, true))
    }

    /// Look a figure up for a date. Figures with their own dates (NHS nursing care) are
    /// matched on those; others on the charging period.
    pub fn lookup<'a>(&'a self, key: &'a str, date: Date) -> Option<Found<'a>> {
        for period in &self.periods {
            if let Some(v) = period.values.get(key)
                && let (Some(from), Some(to)) = (v.effective_from, v.effective_to)
                && from <= date
                && date <= to
            {
                return Some(Found {
                    key,
                    period,
                    value: v,
                });
            }
        }
        let (period, _) = self.period_on_or_latest(date)?;
        period
            .values
            .get(key)
            .map(|value| Found { key, period, value })
    }

    /// The figure for `date` if it is known; otherwise the latest known value from before
    /// `date`, marked not current. `None` only when no value was ever known up to `date`.
    pub fn lookup_known<'a>(&'a self, key: &'a str, date: Date) -> Option<Known<'a>> {
        if let Some(found) = self.lookup(key, date)
            && let Some(amount) = found.value.value
        {
            let own_dates_cover = matches!(
                (found.value.effective_from, found.value.effective_to),
                (Some(from), Some(to)) if from <= date && date <= to
            );
            let current = own_dates_cover
                || (found.value.effective_from.is_none() && found.period.covers(date))
                || (found.value.standing && found.period.effective_from <= date);
            return Some(Known {
                key,
                period: found.period,
                value: found.value,
                amount,
                current,
            });
        }
        self.periods
            .iter()
            .filter_map(|p| {
                let v = p.values.get(key)?;
                let amount = v.value?;
                let from = v.effective_from.unwrap_or(p.effective_from);
                (from <= date).then_some((from, p, v, amount))
            })
            .max_by_key(|(from, ..)| *from)
            .map(|(_, period, value, amount)| Known {
                key,
                period,
                value,
                amount,
                current: false,
            })
    }

    /// The deferred-payment rate for `date`, or the latest earlier one (`false`: not current).
    pub fn dpa_rate_known(&self, date: Date) -> Option<(&DatedValue, bool)> {
        if let Some(d) = self.dpa_rate_on(date)
            && d.value.value.is_some()
        {
            return Some((d, true));
        }
        self.dpa_interest_periods
            .iter()
            .filter(|d| d.effective_from <= date && d.value.value.is_some())
            .max_by_key(|d| d.effective_from)
            .map(|d| (d, false))
    }

    /// Whether `key` is a standing rule (see [`RuleValue::standing`]).
    pub fn is_standing(&self, key: &str) -> bool {
        self.periods
            .iter()
            .filter_map(|p| p.values.get(key))
            .any(|v| v.standing)
    }

    /// Every figure key in any period, sorted.
    pub fn keys(&self) -> Vec<&str> {
        let mut keys: Vec<&str> = self
            .periods
            .iter()
            .flat_map(|p| p.values.keys().map(String::as_str))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// Every figure whose data has run out by `today`, or runs out within `within_days`, or
    /// that has no value for today: what `carenav rules report` lists.
    pub fn expiring(&self, today: Date, within_days: i64) -> Vec<Expiring> {
        let keys = self.keys();
        let mut out = Vec::new();
        let mut push = |key: &str, last_known: Option<Date>, known_today: bool| {
            let days_left = last_known.map(|d| d.days_since(today));
            let state = match days_left {
                _ if !known_today && last_known.is_some_and(|d| d >= today) => "unknown_now",
                None => "unknown_now",
                Some(n) if n < 0 => "ended",
                Some(n) if n <= within_days => "ends_soon",
                _ => return,
            };
            out.push(Expiring {
                key: key.to_owned(),
                last_known,
                days_left,
                state,
            });
        };
        for key in keys {
            let last_known = self
                .periods
                .iter()
                .filter_map(|p| {
                    let v = p.values.get(key)?;
                    v.value?;
                    Some(v.effective_to.unwrap_or(p.effective_to))
                })
                .max();
            let known_today = self.lookup_known(key, today).is_some_and(|k| k.current);
            if self.is_standing(key) && known_today {
                continue;
            }
            push(key, last_known, known_today);
        }
        let dpa_last = self
            .dpa_interest_periods
            .iter()
            .filter(|d| d.value.value.is_some())
            .map(|d| d.effective_to)
            .max();
        let dpa_today = self.dpa_rate_known(today).is_some_and(|(_, c)| c);
        push("dpa_max_interest_rate", dpa_last, dpa_today);
        out
    }

    /// Deferred-payment maximum interest rate on `date` (percent a year), if known.
    pub fn dpa_rate_on(&self, date: Date) -> Option<&DatedValue> {
        self.dpa_interest_periods
            .iter()
            .find(|d| d.effective_from <= date && date <= d.effective_to)
    }

    /// A national statistic by key, the latest year first.
    pub fn national_statistic(&self, key: &str) -> Option<&NationalStatistic> {
        self.national_statistics
            .iter()
            .filter(|s| s.key == key)
            .max_by_key(|s| s.covers_from)
    }

    /// Check the data: periods well formed and not overlapping, `today` covered, every
    /// required key present, the 2021 plan complete. Returns every problem found.
    pub fn validate(&self, today: Date) -> Vec<String> {
        let mut problems = Vec::new();
        let mut sorted: Vec<&Period> = self.periods.iter().collect();
        sorted.sort_by_key(|p| p.effective_from);
        for p in &sorted {
            if p.effective_from > p.effective_to {
                problems.push(format!("period {} ends before it starts", p.id));
            }
            for key in REQUIRED_PERIOD_KEYS {
                if !p.values.contains_key(*key) {
                    problems.push(format!("period {} has no entry for {key}", p.id));
                }
            }
            for (key, v) in &p.values {
                if v.value.is_some() && v.source.is_none() {
                    problems.push(format!("period {} {key} has a value but no source", p.id));
                }
                if v.value.is_none() && v.check_against.is_none() && v.source.is_none() {
                    problems.push(format!(
                        "period {} {key} is unknown and says nowhere to check",
                        p.id
                    ));
                }
                if v.value.is_some_and(|x| !x.is_finite() || x < 0.0) {
                    problems.push(format!(
                        "period {} {key} is not a non-negative number",
                        p.id
                    ));
                }
            }
        }
        for w in sorted.windows(2) {
            if w[1].effective_from <= w[0].effective_to {
                problems.push(format!("periods {} and {} overlap", w[0].id, w[1].id));
            } else if w[1].effective_from != w[0].effective_to.add_days(1) {
                problems.push(format!("gap between periods {} and {}", w[0].id, w[1].id));
            }
        }
        if self.period_on(today).is_none() {
            problems.push(format!("no charging period covers today ({today})"));
        }
        let mut dpa: Vec<&DatedValue> = self.dpa_interest_periods.iter().collect();
        dpa.sort_by_key(|d| d.effective_from);
        for w in dpa.windows(2) {
            if w[1].effective_from <= w[0].effective_to {
                problems.push(format!(
                    "deferred-payment rate periods from {} overlap",
                    w[1].effective_from
                ));
            }
        }
        for s in &self.national_statistics {
            let name = format!("national statistic {} {}", s.key, s.financial_year);
            if s.covers_from > s.covers_to {
                problems.push(format!("{name} ends before it starts"));
            }
            if s.value.value.is_some() && s.value.source.is_none() {
                problems.push(format!("{name} has a value but no source"));
            }
            if !s.value.verified && s.value.check_against.is_none() {
                problems.push(format!("{name} is unconfirmed and says nowhere to check"));
            }
            if s.value.value.is_some_and(|x| !x.is_finite() || x <= 0.0) {
                problems.push(format!("{name} is not a positive number"));
            }
            if !matches!(s.value.unit.as_str(), "gbp_per_week" | "gbp_per_hour") {
                problems.push(format!("{name} has unit {:?}", s.value.unit));
            }
        }
        for key in REQUIRED_REFORM_KEYS {
            match self.reform_2021.values.get(*key) {
                Some(v) if v.value.is_some() => {}
                _ => problems.push(format!("the 2021 plan has no value for {key}")),
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        // The date the data was compiled stands in for "today" so the test is stable; a
        // separate check below uses the real clock when available.
        Date::parse(&RULES.compiled).unwrap()
    }

    #[test]
    fn shipped_rules_are_valid() {
        let problems = RULES.validate(today());
        assert!(
            problems.is_empty(),
            "rules problems:\n{}",
            problems.join("\n")
        );
    }

    #[test]
    fn validation_finds_overlaps_gaps_and_missing_keys() {
        let mut rules = RULES.clone();
        rules.periods[1].effective_from = rules.periods[0].effective_to; // overlap
        rules.periods[2].values.remove("upper_capital_limit");
        rules.reform_2021.values.remove("cap_on_care_costs");
        let problems = rules.validate(Date::parse("1999-01-01").unwrap());
        let text = problems.join("\n");
        assert!(text.contains("overlap"), "{text}");
        assert!(text.contains("no entry for upper_capital_limit"), "{text}");
        assert!(text.contains("no charging period covers today"), "{text}");
        assert!(
            text.contains("2021 plan has no value for cap_on_care_costs"),
            "{text}"
        );

        let mut rules = RULES.clone();
        rules.periods[1].effective_from = rules.periods[1].effective_from.add_days(3);
        assert!(rules.validate(today()).join("\n").contains("gap between"));
    }

    #[test]
    fn national_averages_are_sourced_context_with_somewhere_to_check() {
        let weekly = RULES
            .national_statistic("council_average_weekly_care_home_cost")
            .expect("the finance report's weekly average is in the rules data");
        assert_eq!(weekly.financial_year, "2024-25");
        assert_eq!(weekly.value.unit, "gbp_per_week");
        assert!(weekly.value.source.is_some());
        // One secondary source: shown as unconfirmed, with the report to check it in.
        assert!(!weekly.value.verified);
        assert!(
            weekly
                .value
                .check_against
                .as_ref()
                .and_then(|l| l.url.as_deref())
                .is_some_and(|u| u.starts_with("https://www.gov.uk/"))
        );
        assert!(
            RULES
                .national_statistic("council_average_home_care_hourly_cost")
                .is_some()
        );
        // Never a charging figure: no period carries these keys, so nothing can look them up.
        for p in &RULES.periods {
            assert!(
                p.values.keys().all(|k| !k.starts_with("council_average")),
                "{}",
                p.id
            );
        }

        let mut rules = RULES.clone();
        rules.national_statistics[0].value.check_against = None;
        rules.national_statistics[0].value.source = None;
        rules.national_statistics[1].value.unit = "gbp".into();
        let text = rules.validate(today()).join("\n");
        assert!(text.contains("says nowhere to check"), "{text}");
        assert!(text.contains("has a value but no source"), "{text}");
        assert!(text.contains("has unit"), "{text}");
    }

    #[test]
    fn lookup_known_falls_back_to_the_latest_earlier_value() {
        let mut rules = RULES.clone();
        let last = rules.periods.len() - 1;
        let date = rules.periods[last].effective_from.add_days(10);
        let before = rules.periods[last - 1].values["upper_capital_limit"].value;
        rules.periods[last]
            .values
            .get_mut("upper_capital_limit")
            .unwrap()
            .value = None;
        let k = rules.lookup_known("upper_capital_limit", date).unwrap();
        assert!(!k.current);
        assert_eq!(Some(k.amount), before);
        assert_eq!(k.period.id, rules.periods[last - 1].id);

        // Past every period: the latest value, not current.
        let after = rules.last_date().unwrap().add_days(1);
        let k = RULES.lookup_known("lower_capital_limit", after).unwrap();
        assert!(!k.current);
        let k = RULES
            .lookup_known("lower_capital_limit", RULES.first_date().unwrap())
            .unwrap();
        assert!(k.current);
        // Before anything was known: nothing.
        assert!(
            RULES
                .lookup_known("upper_capital_limit", Date::parse("2000-01-01").unwrap())
                .is_none()
        );
    }

    #[test]
    fn expiring_reports_what_runs_out() {
        let last = RULES.last_date().unwrap();
        let soon = RULES.expiring(last.add_days(-30), 90);
        assert!(
            soon.iter()
                .any(|e| e.key == "mig_single_pension_age" && e.state == "ends_soon"),
            "{soon:?}"
        );
        // A standing rule does not run out with the data.
        assert!(
            RULES
                .expiring(last.add_days(400), 90)
                .iter()
                .all(|e| e.key != "property_disregard_weeks"),
        );
        let k = RULES
            .lookup_known("property_disregard_weeks", last.add_days(400))
            .unwrap();
        assert!(k.current);
        let ended = RULES.expiring(last.add_days(5), 90);
        assert!(
            ended
                .iter()
                .any(|e| e.key == "mig_single_pension_age" && e.state == "ended"),
            "{ended:?}"
        );
        // Far from the end, nothing but unknown figures is reported.
        let first = RULES.first_date().unwrap().add_days(1);
        let early = RULES.expiring(first, 90);
        assert!(
            early
                .iter()
                .all(|e| e.state == "unknown_now" || e.key == "dpa_max_interest_rate"),
            "{early:?}"
        );
    }

    #[test]
    fn lookup_by_date_uses_own_dates_when_a_figure_has_them() {
        // NHS nursing care changes on 1 April, the charging year on 6 April.
        let before = RULES
            .lookup(
                "nhs_nursing_care_standard_rate",
                Date::parse("2025-04-03").unwrap(),
            )
            .unwrap();
        let after = RULES
            .lookup(
                "nhs_nursing_care_standard_rate",
                Date::parse("2025-03-30").unwrap(),
            )
            .unwrap();
        assert_ne!(before.value.value, after.value.value);
        let upper = RULES
            .lookup("upper_capital_limit", Date::parse("2025-04-03").unwrap())
            .unwrap();
        assert_eq!(upper.period.id, "2024-25");
    }
}
