//! Parameters several endpoints share.

use carenav_app::i18n::Locale;
use carenav_domain::date::Date;

use super::ApiError;

/// `?locale=en-GB|pl|ur` (default English).
pub fn locale(tag: Option<&str>) -> Result<Locale, ApiError> {
    match tag {
        None => Ok(Locale::EnGb),
        Some(tag) => Locale::from_tag(tag).ok_or_else(|| {
            let known: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            ApiError::bad_request(
                "invalid_parameter",
                format!("Unknown `locale` {tag:?}: use one of {}.", known.join(", ")),
            )
        }),
    }
}

/// `?date=YYYY-MM-DD` (default today, by the one clock).
pub fn date(value: Option<&str>) -> Result<Date, ApiError> {
    match value {
        None => Ok(crate::clock::today()),
        Some(s) => Date::parse(s).ok_or_else(|| {
            ApiError::bad_request("invalid_parameter", "`date` must look like 2026-11-23.")
                .with("param", "date")
        }),
    }
}
