//! Streaming readers for the CQC formats (and a postcode lookup), each validated row by row.
//!
//! Every reader opens its input and checks its structure first (the file exists and can be
//! read, the required columns are there): a problem there is a fatal [`ReadError`] and no row
//! is read. After that, each row is either a record or a [`RowError`] that says where (file,
//! physical line, CQC's field or column name) and why; a bad row never stops the reader.
//!
//! The files are large (the active-locations sheet has ~88,000 rows, the ratings sheet
//! several hundred thousand), so they are streamed: only the row being read is in memory, plus
//! the set of ids already seen (to report duplicates) and, for the ratings, one small pivot
//! entry per location.
//!
//! - [`cqc_api`]: the CQC public API's location and provider objects, one JSON object a line,
//!   or a directory of files with one object each.
//! - [`active_locations`]: the "HSCA Active Locations" sheet exported as CSV.
//! - [`ratings`]: the "Latest ratings" sheet (Locations), long format, exported as CSV.
//! - [`postcodes`]: an ONSPD- or Code-Point-Open-style postcode file with coordinates.
//! - [`council_rates`]: councils' usual rates (the FOI schema), joined to the councils register.

use std::fmt;
use std::path::PathBuf;

pub mod active_locations;
pub mod council_rates;
pub mod cqc_api;
mod csv_source;
pub mod postcodes;
pub mod ratings;
mod util;

pub use active_locations::{ActiveLocationsReader, read_active_locations};
pub use council_rates::{CouncilRatesReader, read_council_rates};
pub use cqc_api::{ApiRecord, CqcApiReader, ProviderRecord, read_cqc_api};
pub use postcodes::{PostcodeReader, PostcodeRecord, read_postcodes};
pub use ratings::{RatingUpdate, read_ratings};

/// The longest single text value a reader accepts (a name, an address line, a cell), in
/// characters. Real CQC values are far shorter; a longer one is a row error, so a broken or
/// hostile file cannot put a megabyte into a page.
pub const MAX_TEXT_CHARS: usize = 1_000;

/// The longest record a reader accepts: one JSON line, or one CSV row. Longer ones are skipped
/// as a row error without being held in memory whole (JSON lines) or kept (CSV rows).
pub const MAX_RECORD_BYTES: usize = 1 << 20;

/// "is 1,234 characters long; the longest accepted is 1,000" and the like.
pub(crate) fn too_long_text(chars: usize) -> String {
    format!(
        "is {chars} characters long; the longest accepted is {MAX_TEXT_CHARS}, so the row was not imported (is a column or quote out of place?)"
    )
}

/// A record of `bytes` bytes, over [`MAX_RECORD_BYTES`].
pub(crate) fn too_long_record(bytes: u64) -> String {
    format!(
        "the record is {:.1} MB long; the longest accepted is {} MB, so it was not imported",
        bytes as f64 / (1u64 << 20) as f64,
        MAX_RECORD_BYTES >> 20
    )
}

/// A row that could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// The file's name (for a directory of JSON files, the name of the file within it).
    pub source: String,
    /// 1-based physical line number where the row starts; 0 when the problem concerns the
    /// whole file (for example a file in a directory that could not be read).
    pub line: u64,
    /// CQC's field name (API: `numberOfBeds`, `currentRatings.overall.rating`) or the
    /// column heading as written in the file (CSV: `Care homes beds`).
    pub field: Option<String>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl RowError {
    pub(crate) fn new(
        source: &str,
        line: u64,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> RowError {
        RowError {
            source: source.to_owned(),
            line,
            field: field.map(str::to_owned),
            message: message.into(),
        }
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)?;
        if self.line > 0 {
            write!(f, " line {}", self.line)?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field {field:?}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for RowError {}

/// A problem with the input as a whole, found before any row is read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file or directory is missing or cannot be read.
    // `error`, not `source`: the message already says it, and a source would print it twice.
    #[error("could not read {}: {error}", path.display())]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// Required columns are not in the header line.
    #[error(
        "{} is missing the required column{} {} (is it the right file, with its header line?)",
        path.display(),
        if missing.len() == 1 { "" } else { "s" },
        quoted_list(missing)
    )]
    MissingColumns { path: PathBuf, missing: Vec<String> },
    /// Nothing to read: an empty file, or a directory without JSON files.
    #[error("{} is empty: there is nothing to import", path.display())]
    Empty { path: PathBuf },
    /// The input is not in the expected layout at all (for example a JSON array where one
    /// object per line was expected).
    #[error("{}: {message}", path.display())]
    Format { path: PathBuf, message: String },
}

fn quoted_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_errors_read_plainly() {
        let e = RowError::new(
            "locations.csv",
            12,
            Some("Care homes beds"),
            "\"ten\" is not a whole number",
        );
        assert_eq!(
            e.to_string(),
            "locations.csv line 12, field \"Care homes beds\": \"ten\" is not a whole number"
        );
        let e = RowError::new("a.json", 0, None, "the file is empty");
        assert_eq!(e.to_string(), "a.json: the file is empty");
        let e = ReadError::MissingColumns {
            path: "r.csv".into(),
            missing: vec!["Location ID".into(), "Latest Rating".into()],
        };
        assert_eq!(
            e.to_string(),
            "r.csv is missing the required columns \"Location ID\" and \"Latest Rating\" (is it the right file, with its header line?)"
        );
    }
}
