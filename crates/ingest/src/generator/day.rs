//! Dates in the generator: days since 1970-01-01 as `i32`, the fixed dates the register is
//! built around, and [`Day`], which writes one as `YYYY-MM-DD`.

use serde::Serialize;

use carenav_domain::date::Date;

/// Days since 1970-01-01 of a fixed calendar date (the calendar is the domain's [`Date`]).
pub(super) const fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    match Date::from_ymd(y as i64, m, d) {
        Some(date) => date.unix_days() as i32,
        None => panic!("not a calendar date"),
    }
}

/// A day, written as `YYYY-MM-DD` straight into the output (no allocation: there are about
/// a million dates in a national run).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Day(pub(super) i32);

impl Day {
    fn bytes(self) -> [u8; 10] {
        let (y, m, d) = Date::from_unix_days(self.0 as i64).ymd();
        let y = y.clamp(1000, 9999) as u32;
        let digit = |n: u32| b'0' + (n % 10) as u8;
        [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ]
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let bytes = self.bytes();
        s.serialize_str(std::str::from_utf8(&bytes).unwrap_or_default())
    }
}

/// "Today" for the generated register: nothing is dated after this.
pub(super) const END: i32 = days_from_civil(2026, 11, 1);
/// Registration under the Health and Social Care Act 2008 began on this day.
pub(super) const REG_START: i32 = days_from_civil(2010, 10, 1);
/// The current ratings regime (no rating before it).
pub(super) const RATING_START: i32 = days_from_civil(2014, 11, 1);

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(days: i32) -> String {
        String::from_utf8_lossy(&Day(days).bytes()).into_owned()
    }

    #[test]
    fn days_are_written_as_iso_dates() {
        assert_eq!(iso(0), "1970-01-01");
        assert_eq!(iso(END), "2026-11-01");
        assert_eq!(iso(days_from_civil(2024, 2, 29)), "2024-02-29");
        assert_eq!(iso(days_from_civil(2024, 2, 29) + 1), "2024-03-01");
        for day in REG_START..END + 400 {
            let (y, m, d) = Date::from_unix_days(day as i64).ymd();
            assert_eq!(days_from_civil(y as i32, m, d), day);
            assert_eq!(iso(day), format!("{y:04}-{m:02}-{d:02}"));
        }
        assert_eq!(serde_json::to_value(Day(END)).unwrap(), "2026-11-01");
    }
}
