//! Money in whole pence, so sums are exact. Pounds with pence at the edges.

use std::fmt;
use std::ops::{Add, AddAssign, Sub, SubAssign};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Pence(pub i64);

impl Pence {
    pub const ZERO: Pence = Pence(0);

    /// From a number of pounds, rounded to the nearest penny. None if not finite.
    pub fn from_pounds(pounds: f64) -> Option<Pence> {
        pounds
            .is_finite()
            .then(|| Pence((pounds * 100.0).round() as i64))
    }

    pub fn pounds(self) -> f64 {
        self.0 as f64 / 100.0
    }

    pub fn max0(self) -> Pence {
        Pence(self.0.max(0))
    }

    pub fn min(self, other: Pence) -> Pence {
        Pence(self.0.min(other.0))
    }

    pub fn max(self, other: Pence) -> Pence {
        Pence(self.0.max(other.0))
    }

    pub fn times(self, n: i64) -> Pence {
        Pence(self.0 * n)
    }

    /// "£1,250.50" (whole pounds drop the pence: "£23,250").
    pub fn format_gbp(self) -> String {
        let neg = self.0 < 0;
        let abs = self.0.unsigned_abs();
        let pounds = abs / 100;
        let pence = abs % 100;
        let digits = pounds.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let sign = if neg { "-" } else { "" };
        if pence == 0 {
            format!("{sign}£{grouped}")
        } else {
            format!("{sign}£{grouped}.{pence:02}")
        }
    }
}

impl fmt::Display for Pence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format_gbp())
    }
}

impl Add for Pence {
    type Output = Pence;
    fn add(self, o: Pence) -> Pence {
        Pence(self.0 + o.0)
    }
}
impl Sub for Pence {
    type Output = Pence;
    fn sub(self, o: Pence) -> Pence {
        Pence(self.0 - o.0)
    }
}
impl AddAssign for Pence {
    fn add_assign(&mut self, o: Pence) {
        self.0 += o.0;
    }
}
impl SubAssign for Pence {
    fn sub_assign(&mut self, o: Pence) {
        self.0 -= o.0;
    }
}
impl std::iter::Sum for Pence {
    fn sum<I: Iterator<Item = Pence>>(iter: I) -> Pence {
        Pence(iter.map(|p| p.0).sum())
    }
}

/// Serialised as a decimal number of pounds with pence, e.g. `1250.5`.
impl Serialize for Pence {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.pounds())
    }
}

/// Read back from a number of pounds (rounded to the penny), as [`Serialize`] writes it.
impl<'de> Deserialize<'de> for Pence {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pence, D::Error> {
        let pounds = f64::deserialize(d)?;
        Pence::from_pounds(pounds)
            .ok_or_else(|| serde::de::Error::custom("an amount must be a finite number"))
    }
}

/// Why a typed amount was refused (wording is in Fluent, keyed by these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
}

/// Read an amount as people type it: "£1,250.50", "1250", " 1 250 ", "£30".
pub fn parse_money(input: &str, max: Pence) -> Result<Pence, MoneyError> {
    let cleaned: String = input
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '£'))
        .collect();
    if cleaned.is_empty() {
        return Err(MoneyError::Empty);
    }
    if cleaned.starts_with('-') {
        return Err(MoneyError::Negative);
    }
    let (whole, frac) = match cleaned.split_once('.') {
        Some((w, f)) => (w, f),
        None => (cleaned.as_str(), ""),
    };
    if whole.is_empty() && frac.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return Err(MoneyError::NotANumber);
    }
    if frac.len() > 2 {
        return Err(MoneyError::TooManyDecimals);
    }
    if whole.len() > 12 {
        return Err(MoneyError::TooLarge);
    }
    let pounds: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| MoneyError::NotANumber)?
    };
    let pence: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().map_err(|_| MoneyError::NotANumber)? * 10,
        _ => frac.parse().map_err(|_| MoneyError::NotANumber)?,
    };
    let value = Pence(pounds * 100 + pence);
    if value > max {
        return Err(MoneyError::TooLarge);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: Pence = Pence(10_000_000_000);

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_money("£1,250.50", MAX), Ok(Pence(125_050)));
        assert_eq!(parse_money("1250", MAX), Ok(Pence(125_000)));
        assert_eq!(parse_money(" 1 250.5 ", MAX), Ok(Pence(125_050)));
        assert_eq!(parse_money("0.99", MAX), Ok(Pence(99)));
        assert_eq!(parse_money("", MAX), Err(MoneyError::Empty));
        assert_eq!(parse_money("-5", MAX), Err(MoneyError::Negative));
        assert_eq!(parse_money("12a", MAX), Err(MoneyError::NotANumber));
        assert_eq!(parse_money("1.234", MAX), Err(MoneyError::TooManyDecimals));
        assert_eq!(parse_money("999999999999", MAX), Err(MoneyError::TooLarge));
        assert_eq!(parse_money(".", MAX), Err(MoneyError::NotANumber));
    }

    #[test]
    fn formats_pounds() {
        assert_eq!(Pence(2_325_000).format_gbp(), "£23,250");
        assert_eq!(Pence(3_015).format_gbp(), "£30.15");
        assert_eq!(Pence(100_000_000).format_gbp(), "£1,000,000");
        assert_eq!(Pence(-150).format_gbp(), "-£1.50");
    }
}
