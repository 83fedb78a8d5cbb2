//! The normalised location record. Dates are ISO `YYYY-MM-DD` strings (as CQC sends them,
//! cut to the day); absent facts are `None`, never a made-up default.

use serde::{Deserialize, Serialize};

use crate::date::Date;

/// A CQC rating. `NotRated` covers "Not rated", "Insufficient evidence to rate" and absence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    NotRated,
    Inadequate,
    RequiresImprovement,
    Good,
    Outstanding,
}

impl Rating {
    pub const ALL: [Rating; 5] = [
        Rating::Outstanding,
        Rating::Good,
        Rating::RequiresImprovement,
        Rating::Inadequate,
        Rating::NotRated,
    ];

    /// Read CQC's wording ("Requires improvement", "Good", ...). `None` for text that is not
    /// a rating at all (the caller reports it).
    pub fn from_cqc(text: &str) -> Option<Rating> {
        let t = text.trim().to_ascii_lowercase();
        Some(match t.as_str() {
            "outstanding" => Rating::Outstanding,
            "good" => Rating::Good,
            "requires improvement" | "requires-improvement" | "requires_improvement" => {
                Rating::RequiresImprovement
            }
            "inadequate" => Rating::Inadequate,
            ""
            | "not rated"
            | "not yet rated"
            | "insufficient evidence to rate"
            | "no rating"
            | "not_rated" => Rating::NotRated,
            _ => return None,
        })
    }

    /// CQC's own wording.
    pub fn cqc_name(self) -> &'static str {
        match self {
            Rating::Outstanding => "Outstanding",
            Rating::Good => "Good",
            Rating::RequiresImprovement => "Requires improvement",
            Rating::Inadequate => "Inadequate",
            Rating::NotRated => "Not rated",
        }
    }

    /// Stable short code used in URLs, the API and Fluent keys.
    pub fn code(self) -> &'static str {
        match self {
            Rating::Outstanding => "outstanding",
            Rating::Good => "good",
            Rating::RequiresImprovement => "requires_improvement",
            Rating::Inadequate => "inadequate",
            Rating::NotRated => "not_rated",
        }
    }

    pub fn from_code(code: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.code() == code)
    }

    /// 0 (not rated) ..= 4 (outstanding): the order filters and sorts use.
    pub fn rank(self) -> u64 {
        self as u64
    }

    pub fn from_rank(rank: u64) -> Rating {
        match rank {
            4 => Rating::Outstanding,
            3 => Rating::Good,
            2 => Rating::RequiresImprovement,
            1 => Rating::Inadequate,
            _ => Rating::NotRated,
        }
    }
}

/// The five key questions CQC asks of every service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyQuestion {
    Safe,
    Effective,
    Caring,
    Responsive,
    WellLed,
}

impl KeyQuestion {
    pub const ALL: [KeyQuestion; 5] = [
        KeyQuestion::Safe,
        KeyQuestion::Effective,
        KeyQuestion::Caring,
        KeyQuestion::Responsive,
        KeyQuestion::WellLed,
    ];

    pub fn from_cqc(text: &str) -> Option<KeyQuestion> {
        match text.trim().to_ascii_lowercase().as_str() {
            "safe" => Some(KeyQuestion::Safe),
            "effective" => Some(KeyQuestion::Effective),
            "caring" => Some(KeyQuestion::Caring),
            "responsive" => Some(KeyQuestion::Responsive),
            "well-led" | "well led" | "well_led" | "wellled" => Some(KeyQuestion::WellLed),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            KeyQuestion::Safe => "safe",
            KeyQuestion::Effective => "effective",
            KeyQuestion::Caring => "caring",
            KeyQuestion::Responsive => "responsive",
            KeyQuestion::WellLed => "well_led",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// One key question's rating and the date it was published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRating {
    pub rating: Rating,
    pub date: Option<String>,
}

/// One published set of ratings: the overall rating and the five key questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingSet {
    pub overall: Rating,
    /// Publication date of the report that gave the overall rating.
    pub date: Option<String>,
    /// Safe, Effective, Caring, Responsive, Well-led, in that order; `None` when not given.
    pub key_questions: [Option<KeyRating>; 5],
    /// CQC's report link id, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_link_id: Option<String>,
}

impl RatingSet {
    pub fn key(&self, q: KeyQuestion) -> Option<&KeyRating> {
        self.key_questions[q.index()].as_ref()
    }

    /// The rating of one key question, `NotRated` when absent.
    pub fn key_rating(&self, q: KeyQuestion) -> Rating {
        self.key(q).map_or(Rating::NotRated, |k| k.rating)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    #[default]
    Registered,
    Deregistered,
}

/// One CQC location (a care home, an agency's office, a Shared Lives scheme, ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Location {
    /// CQC location id, "1-" and digits.
    pub location_id: String,
    pub provider_id: Option<String>,
    pub provider_name: Option<String>,
    pub name: String,
    pub also_known_as: Option<String>,
    pub brand_name: Option<String>,
    /// CQC's `type`, e.g. "Social Care Org".
    pub location_type: Option<String>,
    pub inspection_directorate: Option<String>,
    pub registration_status: RegistrationStatus,
    pub registration_date: Option<String>,
    pub deregistration_date: Option<String>,
    pub dormant: bool,
    pub care_home: bool,
    pub beds: Option<u32>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub town: Option<String>,
    pub county: Option<String>,
    pub postcode: Option<String>,
    pub region: Option<String>,
    pub local_authority: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub phone: Option<String>,
    pub website: Option<String>,
    /// CQC service type names, e.g. "Nursing homes", "Homecare agencies".
    pub service_types: Vec<String>,
    /// CQC specialism / service-user-band names, e.g. "Dementia".
    pub specialisms: Vec<String>,
    /// The current published ratings, if the location has ever been rated.
    pub current: Option<RatingSet>,
    /// Earlier rating sets, newest first (the current set is not repeated here).
    pub history: Vec<RatingSet>,
    /// Generated for demonstration; never real.
    pub synthetic: bool,
}

impl Location {
    /// The overall rating now (`NotRated` when never rated).
    pub fn overall(&self) -> Rating {
        self.current
            .as_ref()
            .map_or(Rating::NotRated, |c| c.overall)
    }

    /// The CQC page for this location.
    pub fn cqc_url(&self) -> String {
        format!("https://www.cqc.org.uk/location/{}", self.location_id)
    }

    pub fn is_deregistered(&self) -> bool {
        self.registration_status == RegistrationStatus::Deregistered
    }

    /// How many rating sets in a row, newest first, were "Requires improvement" or worse.
    pub fn consecutive_below_good(&self) -> usize {
        self.current
            .iter()
            .chain(self.history.iter())
            .take_while(|r| matches!(r.overall, Rating::RequiresImprovement | Rating::Inadequate))
            .count()
    }

    /// Check the record is usable; the readers report the message with the line number.
    pub fn validate(&self) -> Result<(), (&'static str, String)> {
        if !is_location_id(&self.location_id) {
            return Err((
                "locationId",
                format!(
                    "{:?} is not a CQC location id (\"1-\" followed by digits)",
                    self.location_id
                ),
            ));
        }
        if self.name.trim().is_empty() {
            return Err(("name", "the name is empty".into()));
        }
        if let (Some(lat), Some(lon)) = (self.latitude, self.longitude)
            && !(49.0..=61.5).contains(&lat)
        {
            return Err((
                "latitude",
                format!("{lat},{lon} is not in the United Kingdom"),
            ));
        }
        if let Some(lon) = self.longitude
            && !(-9.0..=2.5).contains(&lon)
        {
            return Err(("longitude", format!("{lon} is not in the United Kingdom")));
        }
        for (field, date) in [
            ("registrationDate", &self.registration_date),
            ("deregistrationDate", &self.deregistration_date),
        ] {
            if let Some(d) = date
                && !is_iso_date(d)
            {
                return Err((field, format!("{d:?} is not a date (YYYY-MM-DD)")));
            }
        }
        Ok(())
    }
}

/// "1-" followed by digits (CQC location and provider ids share the shape).
pub fn is_location_id(id: &str) -> bool {
    id.strip_prefix("1-")
        .is_some_and(|d| !d.is_empty() && d.len() <= 15 && d.bytes().all(|b| b.is_ascii_digit()))
}

/// `YYYY-MM-DD` (zero-padded), a real calendar day, in 1900–2100.
pub fn is_iso_date(s: &str) -> bool {
    days_from_iso(s).is_some()
}

/// Days since 1970-01-01 for an ISO date, for sorting and ages (the calendar is [`Date`]'s).
pub fn days_from_iso(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    let date = Date::parse(s)?;
    (1900..=2100)
        .contains(&date.ymd().0)
        .then(|| date.unix_days())
}

/// Normalise a UK postcode: upper case, one space before the inward code. `None` when it
/// does not look like a postcode.
pub fn normalise_postcode(raw: &str) -> Option<String> {
    let compact: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if !(5..=7).contains(&compact.len()) || !compact.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let (out, inward) = compact.split_at(compact.len() - 3);
    let ib = inward.as_bytes();
    if !(ib[0].is_ascii_digit() && ib[1].is_ascii_alphabetic() && ib[2].is_ascii_alphabetic()) {
        return None;
    }
    is_outcode(out).then(|| format!("{out} {inward}"))
}

/// An outward code such as "LS6", "SW1A", "M1".
pub fn is_outcode(s: &str) -> bool {
    let b = s.as_bytes();
    (2..=4).contains(&b.len())
        && b[0].is_ascii_alphabetic()
        && b.iter().all(|c| c.is_ascii_alphanumeric())
        && b.iter().any(|c| c.is_ascii_digit())
        && b.iter().take(2).any(|c| c.is_ascii_alphabetic())
}

/// The outward code of a normalised or raw postcode.
pub fn outcode_of(postcode: &str) -> Option<String> {
    normalise_postcode(postcode).map(|p| p.split(' ').next().unwrap_or_default().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_read_cqc_wording() {
        assert_eq!(
            Rating::from_cqc("Requires improvement"),
            Some(Rating::RequiresImprovement)
        );
        assert_eq!(Rating::from_cqc(" GOOD "), Some(Rating::Good));
        assert_eq!(Rating::from_cqc("Not rated"), Some(Rating::NotRated));
        assert_eq!(Rating::from_cqc("Excellent"), None);
        for r in Rating::ALL {
            assert_eq!(Rating::from_code(r.code()), Some(r));
            assert_eq!(Rating::from_rank(r.rank()), r);
        }
    }

    #[test]
    fn postcodes_and_dates() {
        assert_eq!(normalise_postcode("ls61aa").as_deref(), Some("LS6 1AA"));
        assert_eq!(normalise_postcode("SW1A 2AA").as_deref(), Some("SW1A 2AA"));
        assert_eq!(normalise_postcode("M1 1AE").as_deref(), Some("M1 1AE"));
        assert_eq!(normalise_postcode("hello"), None);
        assert_eq!(normalise_postcode("LS6"), None);
        assert!(is_outcode("LS6") && is_outcode("SW1A") && !is_outcode("LEEDS"));
        assert_eq!(outcode_of("b15 2tt").as_deref(), Some("B15"));
        assert_eq!(days_from_iso("1970-01-01"), Some(0));
        assert_eq!(days_from_iso("2000-03-01"), Some(11_017));
        assert_eq!(days_from_iso("2024-13-01"), None);
        assert_eq!(days_from_iso("2024-02-30"), None, "no such day");
        assert_eq!(days_from_iso("2024-+2-01"), None);
        assert_eq!(days_from_iso("2024-2-01"), None, "zero-padded only");
        assert!(is_location_id("1-123456789") && !is_location_id("1-") && !is_location_id("2-1"));
    }
}
