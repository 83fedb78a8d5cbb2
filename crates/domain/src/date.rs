//! A civil date (proleptic Gregorian), enough for dated rules and weekly timelines.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The Julian day number of 1970-01-01, the epoch [`Date`] counts from.
const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i64,
}

impl Date {
    /// A calendar date, or `None` if there is no such day (the calendar is the `time`
    /// crate's). `const`, so fixed dates can be constants.
    pub const fn from_ymd(y: i64, m: u32, d: u32) -> Option<Date> {
        let month = match m {
            1 => time::Month::January,
            2 => time::Month::February,
            3 => time::Month::March,
            4 => time::Month::April,
            5 => time::Month::May,
            6 => time::Month::June,
            7 => time::Month::July,
            8 => time::Month::August,
            9 => time::Month::September,
            10 => time::Month::October,
            11 => time::Month::November,
            12 => time::Month::December,
            _ => return None,
        };
        if y < -9999 || y > 9999 || d == 0 || d > 31 {
            return None;
        }
        match time::Date::from_calendar_date(y as i32, month, d as u8) {
            Ok(date) => Some(Date {
                days: date.to_julian_day() as i64 - UNIX_EPOCH_JULIAN_DAY,
            }),
            Err(_) => None,
        }
    }

    /// Parse `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?.parse::<i64>().ok()?;
        let m = it.next()?.parse::<u32>().ok()?;
        let d = it.next()?.parse::<u32>().ok()?;
        if !(1900..=2200).contains(&y) {
            return None;
        }
        Date::from_ymd(y, m, d)
    }

    pub const fn from_unix_days(days: i64) -> Date {
        Date { days }
    }

    /// Days since 1970-01-01.
    pub const fn unix_days(self) -> i64 {
        self.days
    }

    pub fn add_days(self, n: i64) -> Date {
        Date {
            days: self.days + n,
        }
    }

    pub fn days_since(self, other: Date) -> i64 {
        self.days - other.days
    }

    pub fn ymd(self) -> (i64, u32, u32) {
        // Outside the `time` crate's years (±9999) only through `add_days` on a far date;
        // clamp rather than panic.
        let jd = (self.days + UNIX_EPOCH_JULIAN_DAY).clamp(
            time::Date::MIN.to_julian_day() as i64,
            time::Date::MAX.to_julian_day() as i64,
        );
        let (y, m, d) = time::Date::from_julian_day(jd as i32)
            .map(|d| d.to_calendar_date())
            .unwrap_or((1970, time::Month::January, 1));
        (y as i64, m as u32, d as u32)
    }

    /// The date in English words, as the rules data's period labels are written
    /// ("6 April 2026"). Pages in other languages use the Fluent month names instead.
    pub fn long(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let (y, m, d) = self.ymd();
        format!("{d} {} {y}", MONTHS[(m - 1) as usize])
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_arithmetic() {
        let d = Date::parse("2026-11-23").unwrap();
        assert_eq!(d.to_string(), "2026-11-23");
        assert_eq!(d.add_days(7).to_string(), "2026-11-30");
        assert_eq!(
            Date::parse("2024-02-28").unwrap().add_days(1).to_string(),
            "2024-02-29"
        );
        assert_eq!(Date::parse("1970-01-01").unwrap(), Date::from_unix_days(0));
        assert!(Date::parse("2025-02-29").is_none());
        assert!(Date::parse("2025-13-01").is_none());
        assert!(Date::parse("soon").is_none());
    }
}
