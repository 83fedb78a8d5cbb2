//! A provider's fee schedule, in the shape providers send it (modelled on Open Referral UK /
//! HSDS `cost_option`): what each kind of care costs from when, what the fee includes and
//! what costs extra, the deposit, notice of increases, the last increase, whether the home
//! accepts the council's usual rate without a top-up, and fees after death.
//!
//! NHS-funded nursing care (FNC) is never part of a fee: the NHS pays it to the home
//! directly. A nursing fee is published without it, and the site shows FNC beside it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::read::{Errors, object, text_value};
use super::{FieldError, MAX_AMOUNT_POUNDS};
use crate::date::Date;
use crate::money::Pence;

/// The kinds of care a fee can be for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CareType {
    Residential,
    Nursing,
    ResidentialDementia,
    NursingDementia,
    RespitePerDay,
    DayServicePerDay,
    HomeCarePerHour,
}

impl CareType {
    pub const ALL: [CareType; 7] = [
        CareType::Residential,
        CareType::Nursing,
        CareType::ResidentialDementia,
        CareType::NursingDementia,
        CareType::RespitePerDay,
        CareType::DayServicePerDay,
        CareType::HomeCarePerHour,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CareType::Residential => "residential",
            CareType::Nursing => "nursing",
            CareType::ResidentialDementia => "residential_dementia",
            CareType::NursingDementia => "nursing_dementia",
            CareType::RespitePerDay => "respite_per_day",
            CareType::DayServicePerDay => "day_service_per_day",
            CareType::HomeCarePerHour => "home_care_per_hour",
        }
    }

    pub fn from_code(code: &str) -> Option<CareType> {
        CareType::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The periods a price for this care may be stated per.
    pub fn periods(self) -> &'static [Period] {
        match self {
            CareType::Residential
            | CareType::Nursing
            | CareType::ResidentialDementia
            | CareType::NursingDementia => &[Period::Week, Period::Day],
            CareType::RespitePerDay | CareType::DayServicePerDay => &[Period::Day],
            CareType::HomeCarePerHour => &[Period::Hour],
        }
    }

    /// A long-stay care-home place (the fees a council's usual rate compares with).
    pub fn is_care_home_place(self) -> bool {
        self.periods().contains(&Period::Week)
    }

    /// Care that includes nursing, where NHS-funded nursing care is paid on top.
    pub fn has_nursing(self) -> bool {
        matches!(self, CareType::Nursing | CareType::NursingDementia)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Week,
    Day,
    Hour,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Week, Period::Day, Period::Hour];

    pub fn code(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Day => "day",
            Period::Hour => "hour",
        }
    }
}

/// Whether the home takes a council-funded resident at the council's usual rate, with no
/// top-up from family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AcceptsCouncilRate {
    Yes,
    No,
    Sometimes,
}

impl AcceptsCouncilRate {
    pub const ALL: [AcceptsCouncilRate; 3] = [
        AcceptsCouncilRate::Yes,
        AcceptsCouncilRate::No,
        AcceptsCouncilRate::Sometimes,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AcceptsCouncilRate::Yes => "yes",
            AcceptsCouncilRate::No => "no",
            AcceptsCouncilRate::Sometimes => "sometimes",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeeItem {
    pub care_type: CareType,
    /// A room band ("standard single", "en-suite with garden view"), if the fee differs by room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    pub amount_from: Pence,
    /// The top of the range, when the fee is a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_to: Option<Pence>,
    pub period: Period,
}

impl FeeItem {
    /// The lowest fee as a weekly amount (a day rate times seven), for care-home places.
    pub fn weekly_from(&self) -> Option<Pence> {
        match self.period {
            Period::Week => Some(self.amount_from),
            Period::Day if self.care_type.is_care_home_place() => Some(self.amount_from.times(7)),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extra {
    pub name: String,
    pub amount: Pence,
    pub period: ExtraPeriod,
}

/// How often an extra is charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExtraPeriod {
    Week,
    Day,
    Hour,
    Once,
    Each,
}

impl ExtraPeriod {
    pub const ALL: [ExtraPeriod; 5] = [
        ExtraPeriod::Week,
        ExtraPeriod::Day,
        ExtraPeriod::Hour,
        ExtraPeriod::Once,
        ExtraPeriod::Each,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ExtraPeriod::Week => "week",
            ExtraPeriod::Day => "day",
            ExtraPeriod::Hour => "hour",
            ExtraPeriod::Once => "once",
            ExtraPeriod::Each => "each",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deposit {
    pub amount: Pence,
    pub refundable: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LastIncrease {
    pub date: Date,
    pub percent: f64,
}

/// A fee schedule as published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeeSchedule {
    /// The day these fees apply from.
    pub valid_from: Date,
    pub items: Vec<FeeItem>,
    pub included: Vec<String>,
    pub extras: Vec<Extra>,
    pub deposit: Option<Deposit>,
    /// Days of written notice given before a fee rises.
    pub increase_notice_days: u32,
    pub last_increase: Option<LastIncrease>,
    pub accepts_council_rate: AcceptsCouncilRate,
    /// Days fees are charged after a resident dies.
    pub fees_after_death_days: u32,
}

pub const MAX_ITEMS: usize = 40;
pub const MAX_LIST: usize = 40;
pub const MAX_NAME_CHARS: usize = 120;
pub const MAX_ROOM_CHARS: usize = 80;

fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<(&'static str, T)> {
    all.iter().map(|t| (code(*t), *t)).collect()
}

impl FeeSchedule {
    /// The lowest weekly fee for a care-home place of any kind, if one is published.
    pub fn weekly_from(&self) -> Option<Pence> {
        self.cheapest_weekly().and_then(FeeItem::weekly_from)
    }

    /// The item with the lowest weekly care-home fee (a day rate counts seven days).
    pub fn cheapest_weekly(&self) -> Option<&FeeItem> {
        self.items
            .iter()
            .filter(|i| i.weekly_from().is_some())
            .min_by_key(|i| i.weekly_from())
    }

    /// The fee for one kind of care (the lowest, if there are room bands).
    pub fn item(&self, care: CareType) -> Option<&FeeItem> {
        self.items
            .iter()
            .filter(|i| i.care_type == care)
            .min_by_key(|i| i.amount_from)
    }

    /// Read and check a fee schedule. `today` bounds the dates: `valid_from` at most a year
    /// ahead, the last increase not in the future.
    pub fn from_json(value: &Value, today: Date) -> Result<FeeSchedule, Vec<FieldError>> {
        let mut errors = Errors::default();
        let Some(mut o) = object(value, "", &mut errors) else {
            return Err(errors.0);
        };
        let valid_from = o.date("valid_from", true, &mut errors);
        if let Some(d) = valid_from
            && d > today.add_days(366)
        {
            errors.push(
                "valid_from",
                "out_of_range",
                "is more than a year ahead: publish fees nearer the time",
            );
        }
        let care_types = codes(&CareType::ALL, CareType::code);
        let periods = codes(&Period::ALL, Period::code);
        let mut items = Vec::new();
        if let Some(list) = o.list("items", MAX_ITEMS, true, &mut errors) {
            if list.is_empty() {
                errors.push("items", "required", "must list at least one fee");
            }
            for (i, v) in list.iter().enumerate() {
                let at = format!("items[{i}]");
                let Some(mut it) = object(v, &at, &mut errors) else {
                    continue;
                };
                let care_type = it.choice("care_type", &care_types, &mut errors);
                let room = it.text("room", MAX_ROOM_CHARS, false, &mut errors);
                let from = it.money("amount_from", false, true, &mut errors);
                let to = it.money("amount_to", false, false, &mut errors);
                let period = it.choice("period", &periods, &mut errors);
                it.finish(&mut errors);
                if let (Some(f), Some(t)) = (from, to)
                    && t < f
                {
                    errors.push(
                        &format!("{at}.amount_to"),
                        "inconsistent",
                        format!(
                            "{} is less than amount_from ({})",
                            t.format_gbp(),
                            f.format_gbp()
                        ),
                    );
                }
                if let (Some(c), Some(p)) = (care_type, period)
                    && !c.periods().contains(&p)
                {
                    let allowed: Vec<&str> = c.periods().iter().map(|p| p.code()).collect();
                    errors.push(
                        &format!("{at}.period"),
                        "inconsistent",
                        format!(
                            "a {} fee is per {}, not per {}",
                            c.code(),
                            allowed.join(" or "),
                            p.code()
                        ),
                    );
                }
                if let (Some(care_type), Some(amount_from), Some(period)) =
                    (care_type, from, period)
                {
                    items.push(FeeItem {
                        care_type,
                        room,
                        amount_from,
                        amount_to: to,
                        period,
                    });
                }
            }
        }
        let mut included = Vec::new();
        if let Some(list) = o.list("included", MAX_LIST, true, &mut errors) {
            for (i, v) in list.iter().enumerate() {
                if let Some(s) = text_value(
                    v,
                    &format!("included[{i}]"),
                    MAX_NAME_CHARS,
                    true,
                    &mut errors,
                ) {
                    included.push(s);
                }
            }
        }
        let extra_periods = codes(&ExtraPeriod::ALL, ExtraPeriod::code);
        let mut extras = Vec::new();
        if let Some(list) = o.list("extras", MAX_LIST, true, &mut errors) {
            for (i, v) in list.iter().enumerate() {
                let at = format!("extras[{i}]");
                let Some(mut e) = object(v, &at, &mut errors) else {
                    continue;
                };
                let name = e.text("name", MAX_NAME_CHARS, true, &mut errors);
                let amount = e.money("amount", true, true, &mut errors);
                let period = e.choice("period", &extra_periods, &mut errors);
                e.finish(&mut errors);
                if let (Some(name), Some(amount), Some(period)) = (name, amount, period) {
                    extras.push(Extra {
                        name,
                        amount,
                        period,
                    });
                }
            }
        }
        let deposit = match o.get("deposit") {
            None => None,
            Some(v) => object(v, "deposit", &mut errors).and_then(|mut d| {
                let amount = d.money("amount", true, true, &mut errors);
                let refundable = d.boolean("refundable", &mut errors);
                d.finish(&mut errors);
                Some(Deposit {
                    amount: amount?,
                    refundable: refundable?,
                })
            }),
        };
        if o.map_has("deposit") {
            // `deposit: null` is an answer (no deposit); absent is not.
        } else {
            errors.push(
                "deposit",
                "required",
                "is required: give the deposit, or null if there is none",
            );
        }
        let increase_notice_days = o.count("increase_notice_days", 0, 365, true, &mut errors);
        let last_increase = match o.get("last_increase") {
            None => None,
            Some(v) => object(v, "last_increase", &mut errors).and_then(|mut l| {
                let date = l.date("date", true, &mut errors);
                let percent = l.number("percent", 0.0, 100.0, &mut errors);
                l.finish(&mut errors);
                if let Some(d) = date
                    && d > today
                {
                    errors.push(
                        "last_increase.date",
                        "out_of_range",
                        "is in the future: give the date of the last increase that has happened",
                    );
                    return None;
                }
                Some(LastIncrease {
                    date: date?,
                    percent: (percent? * 100.0).round() / 100.0,
                })
            }),
        };
        if !o.map_has("last_increase") {
            errors.push(
                "last_increase",
                "required",
                "is required: give the last increase, or null if there has been none",
            );
        }
        let accepts = codes(&AcceptsCouncilRate::ALL, AcceptsCouncilRate::code);
        let accepts_council_rate = o.choice("accepts_council_rate", &accepts, &mut errors);
        let fees_after_death_days = o.count("fees_after_death_days", 0, 90, true, &mut errors);
        o.finish(&mut errors);
        if !errors.0.is_empty() {
            return Err(errors.0);
        }
        match (
            valid_from,
            increase_notice_days,
            accepts_council_rate,
            fees_after_death_days,
        ) {
            (Some(valid_from), Some(notice), Some(accepts), Some(after_death)) => Ok(FeeSchedule {
                valid_from,
                items,
                included,
                extras,
                deposit,
                increase_notice_days: notice,
                last_increase,
                accepts_council_rate: accepts,
                fees_after_death_days: after_death,
            }),
            _ => Err(vec![FieldError {
                field: "(body)".into(),
                code: "required".into(),
                message: "the schedule is incomplete".into(),
            }]),
        }
    }
}

/// Checked at compile time: the largest amount fits the money type many times over.
const _: () = assert!(MAX_AMOUNT_POUNDS < 1e12);
