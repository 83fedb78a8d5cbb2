//! Small parsers shared by the readers: dates in the forms CQC's files use, whole numbers,
//! Y/N flags, coordinates, header matching and the wording of encoding errors.

use std::path::Path;

use super::ReadError;
use carenav_domain::directory::model::{Rating, is_location_id};

/// The name to show for a path in row errors: the file name, or the whole path if it has none.
pub(crate) fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Refuse a file in UTF-16 or UTF-32 (Excel's "Unicode text" and some Windows tools save so):
/// read as UTF-8 it would lose rows silently. `head` is the file's first bytes.
pub(crate) fn check_encoding(path: &Path, head: &[u8]) -> Result<(), ReadError> {
    let name = if head.starts_with(&[0xFF, 0xFE, 0, 0]) || head.starts_with(&[0, 0, 0xFE, 0xFF]) {
        Some("UTF-32")
    } else if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        Some("UTF-16")
    } else if head.iter().take(1024).filter(|&&b| b == 0).count() >= 4 {
        // Text in UTF-16 without a byte-order mark: every other byte of ASCII is zero.
        Some("UTF-16 (or another encoding with zero bytes)")
    } else {
        None
    };
    match name {
        Some(encoding) => Err(ReadError::Format {
            path: path.to_owned(),
            message: format!(
                "the file is saved as {encoding}, not UTF-8: nothing was read. Save it as UTF-8 \
                 (in Excel, \"CSV UTF-8\") and import it again"
            ),
        }),
        None => Ok(()),
    }
}

/// Lower case, letters and digits only: "Dormant (Y/N)" → "dormantyn",
/// "Service / Population Group" → "servicepopulationgroup".
pub(crate) fn header_key(h: &str) -> String {
    h.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The index of the first header matching one of `names` (compared with [`header_key`]),
/// trying the names in order of preference.
pub(crate) fn find_column(headers: &[String], names: &[&str]) -> Option<usize> {
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    names.iter().find_map(|n| {
        let want = header_key(n);
        keys.iter().position(|k| *k == want)
    })
}

/// How a required column is named in errors: "Domain (or Key Question)".
pub(crate) fn column_label(aliases: &[&str]) -> String {
    match aliases {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [first, rest @ ..] => format!("{first} (or {})", rest.join(", ")),
    }
}

/// The index of each required column (each given as its accepted names), or the fatal error
/// listing the ones that are missing.
pub(crate) fn require_columns(
    headers: &[String],
    path: &Path,
    required: &[&[&str]],
) -> Result<Vec<usize>, ReadError> {
    let found: Vec<Option<usize>> = required.iter().map(|r| find_column(headers, r)).collect();
    if found.iter().all(Option::is_some) {
        return Ok(found.into_iter().flatten().collect());
    }
    Err(ReadError::MissingColumns {
        path: path.to_owned(),
        missing: required
            .iter()
            .zip(&found)
            .filter(|(_, f)| f.is_none())
            .map(|(r, _)| column_label(r))
            .collect(),
    })
}

/// A cell or JSON string with surrounding space removed; `None` when empty or a lone "-"
/// (the HSCA sheet's mark for "nothing here").
pub(crate) fn non_empty(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty() && t != "-").then_some(t)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A two-digit year as Excel writes it ("01-May-19"): 00–69 are 2000s, 70–99 are 1900s.
fn year(text: &str) -> Option<u32> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: u32 = text.parse().ok()?;
    match text.len() {
        2 if y < 70 => Some(2000 + y),
        2 => Some(1900 + y),
        4 => Some(y),
        _ => None,
    }
}

fn small_number(text: &str) -> Option<u32> {
    (!text.is_empty() && text.len() <= 2 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn month(text: &str) -> Option<u32> {
    let t = text.to_ascii_lowercase();
    if t.len() < 3 {
        return None;
    }
    let i = MONTHS.iter().position(|m| t.starts_with(m))?;
    // "May", "Sept", "September" are fine; "Mayday" is not.
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    FULL[i].starts_with(&t).then_some(i as u32 + 1)
}

/// Read a date as CQC's files write it and return it as ISO `YYYY-MM-DD`:
/// "2019-05-01", "2019-05-01T00:00:00" (time dropped), "01/05/2019", "1/5/19",
/// "01-May-19", "01-May-2019", "1 May 2019". `None` if it is none of these or not a real day.
pub(crate) fn parse_date(text: &str) -> Option<String> {
    let t = text.trim();
    // ISO, possibly with a time.
    if t.len() >= 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-' {
        let (Some(date), Some(rest)) = (t.get(..10), t.get(10..)) else {
            return None;
        };
        if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
            return None;
        }
        let num = |s: &str| {
            s.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        return ymd(num(&date[0..4])?, num(&date[5..7])?, num(&date[8..10])?);
    }
    // Day-first forms; a time after a space is dropped ("01/05/2019 00:00").
    let date = t.split(' ').next().unwrap_or_default();
    if date.contains('/') {
        let parts: Vec<&str> = date.split('/').collect();
        if let [d, m, y] = parts[..] {
            return ymd(year(y)?, small_number(m)?, small_number(d)?);
        }
        return None;
    }
    let parts: Vec<&str> = if t.contains('-') {
        t.split('-').collect()
    } else {
        t.split_whitespace().collect()
    };
    if let [d, m, y] = parts[..] {
        return ymd(year(y.trim())?, month(m.trim())?, small_number(d.trim())?);
    }
    None
}

/// The wording for a date that could not be read.
pub(crate) fn bad_date(text: &str) -> String {
    format!("{text:?} is not a date (expected YYYY-MM-DD, DD/MM/YYYY or 01-May-2019)")
}

/// A count such as a number of beds: a non-negative whole number. `Err` is the message.
pub(crate) fn parse_count(text: &str) -> Result<u32, String> {
    let t = text.trim();
    if let Ok(n) = t.parse::<u32>() {
        return Ok(n);
    }
    match t.parse::<f64>() {
        Ok(x) if x < 0.0 => Err(format!("{t:?} is negative; expected a whole number")),
        Ok(x) if x.fract() == 0.0 && x <= f64::from(u32::MAX) => Ok(x as u32),
        _ => Err(format!("{t:?} is not a whole number")),
    }
}

/// A latitude or longitude in decimal degrees. `Err` is the message.
pub(crate) fn parse_coordinate(text: &str) -> Result<f64, String> {
    let t = text.trim();
    match t.parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        _ => Err(format!("{t:?} is not a number (expected decimal degrees)")),
    }
}

/// "Y"/"Yes"/"N"/"No" (any case). `Err` is the message.
pub(crate) fn parse_yes_no(text: &str) -> Result<bool, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" | "true" => Ok(true),
        "n" | "no" | "false" => Ok(false),
        _ => Err(format!("{:?} is not Y or N", text.trim())),
    }
}

/// A CQC rating word. `Err` is the message.
pub(crate) fn parse_rating(text: &str) -> Result<Rating, String> {
    Rating::from_cqc(text).ok_or_else(|| {
        format!(
            "{:?} is not a CQC rating (Outstanding, Good, Requires improvement, Inadequate or Not rated)",
            text.trim()
        )
    })
}

/// A provider id has the same shape as a location id. `Err` is the message.
pub(crate) fn check_provider_id(id: &str) -> Result<(), String> {
    if is_location_id(id) {
        Ok(())
    } else {
        Err(format!(
            "{id:?} is not a CQC provider id (\"1-\" followed by digits)"
        ))
    }
}

/// Put back the leading zero that spreadsheets strip from UK phone numbers
/// ("1134960000" → "01134960000"); anything else is kept as written.
pub(crate) fn tidy_phone(text: &str) -> String {
    let t = text.trim();
    if t.len() == 10 && t.bytes().all(|b| b.is_ascii_digit()) && !t.starts_with('0') {
        format!("0{t}")
    } else {
        t.to_owned()
    }
}

/// The message for bytes that are not UTF-8. `bytes` is the field (or line), `at` the offset
/// of the first bad byte.
pub(crate) fn not_utf8_message(bytes: &[u8], at: usize, whole: &str) -> String {
    let byte = bytes.get(at).copied().unwrap_or_default();
    let mut msg = format!(
        "byte {} of the {whole} (0x{byte:02X}) is not valid UTF-8",
        at + 1
    );
    // Most such files are Latin-1 / Windows-1252 (Excel's "CSV" rather than "CSV UTF-8"):
    // show what the text would say read that way, which helps find the row.
    if bytes.len() <= 200 && bytes.iter().all(|&b| b >= 0x20 || b == b'\t') {
        let latin1: String = bytes.iter().map(|&b| char::from(b)).collect();
        msg.push_str(&format!(" (read as Latin-1 it says {latin1:?})"));
    }
    msg.push_str(
        "; the file looks like it was saved in another encoding: save it as UTF-8 \
         (in Excel: \"CSV UTF-8\") and import it again",
    );
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_cqc_forms() {
        for (text, iso) in [
            ("2019-05-01", "2019-05-01"),
            ("2019-05-01T00:00:00", "2019-05-01"),
            ("2019-05-01 10:30", "2019-05-01"),
            ("01/05/2019", "2019-05-01"),
            ("1/5/19", "2019-05-01"),
            ("01/05/2019 00:00", "2019-05-01"),
            ("01-May-19", "2019-05-01"),
            ("01-may-2019", "2019-05-01"),
            ("1 May 2019", "2019-05-01"),
            ("29-Feb-24", "2024-02-29"),
            ("15-Sept-2010", "2010-09-15"),
            ("01-Apr-99", "1999-04-01"),
        ] {
            assert_eq!(parse_date(text).as_deref(), Some(iso), "{text}");
        }
        for text in [
            "",
            "yesterday",
            "2019-13-01",
            "31/02/2020",
            "29-Feb-23",
            "2019-05-01X",
            "05/2019",
            "01-Mayday-19",
            "1-2-3-4",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn numbers_flags_and_phones() {
        assert_eq!(parse_count("48"), Ok(48));
        assert_eq!(parse_count(" 12.0 "), Ok(12));
        assert!(parse_count("-3").unwrap_err().contains("negative"));
        assert!(
            parse_count("ten")
                .unwrap_err()
                .contains("not a whole number")
        );
        assert!(parse_count("2.5").is_err());
        assert_eq!(parse_yes_no("y"), Ok(true));
        assert_eq!(parse_yes_no("No"), Ok(false));
        assert!(parse_yes_no("Maybe").is_err());
        assert_eq!(tidy_phone("1134960000"), "01134960000");
        assert_eq!(tidy_phone("0113 496 0000"), "0113 496 0000");
        assert_eq!(header_key(" Dormant (Y/N) "), "dormantyn");
        assert_eq!(non_empty(" - "), None);
    }

    #[test]
    fn encoding_message_names_the_byte() {
        let m = not_utf8_message(b"Caf\xe9 Royal", 3, "field");
        assert!(
            m.starts_with("byte 4 of the field (0xE9) is not valid UTF-8"),
            "{m}"
        );
        assert!(m.contains("\"Café Royal\""), "{m}");
        assert!(m.contains("save it as UTF-8"), "{m}");
    }
}
