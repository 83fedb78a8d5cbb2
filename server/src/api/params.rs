//! Parameters several endpoints share.

use carenav_app::i18n::Locale;

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
