//! A postcode file with coordinates: the ONS Postcode Directory (ONSPD: `pcd`/`pcds`,
//! `lat`, `long`, `oslaua`/`laua`) or a simpler Code-Point-Open-style extract
//! (`postcode`, `latitude`, `longitude`, `local authority`). Headers are matched ignoring
//! case, spaces and punctuation.
//!
//! ONSPD gives postcodes without a known location the latitude 99.999999; such rows are
//! row errors ("no coordinates"), as are coordinates outside the United Kingdom.

use std::collections::HashMap;
use std::path::Path;

use super::csv_source::{CsvRow, CsvSource};
use super::util::{find_column, header_key, parse_coordinate, require_columns};
use super::{ReadError, RowError};
use carenav_domain::directory::model::normalise_postcode;

/// One postcode's location.
#[derive(Debug, Clone, PartialEq)]
pub struct PostcodeRecord {
    /// Normalised: upper case with one space, "LS6 1AA".
    pub postcode: String,
    pub latitude: f64,
    pub longitude: f64,
    /// As given (ONSPD gives the GSS code, e.g. "E08000035"; other files a name).
    pub local_authority: Option<String>,
}

const POSTCODE: &[&str] = &["postcode", "pcds", "pcd", "pcd2"];
const LATITUDE: &[&str] = &["latitude", "lat"];
const LONGITUDE: &[&str] = &["longitude", "long", "lon", "lng"];
const LOCAL_AUTHORITY: &[&str] = &[
    "local_authority",
    "local authority",
    "laua",
    "oslaua",
    "lad",
];

/// The UK, as the readers check it: latitude 49–61.5, longitude -9–2.5.
const UK_LATITUDE: std::ops::RangeInclusive<f64> = 49.0..=61.5;
const UK_LONGITUDE: std::ops::RangeInclusive<f64> = -9.0..=2.5;

struct Columns {
    postcode: usize,
    latitude: usize,
    longitude: usize,
    local_authority: Option<usize>,
}

/// Reads a postcode file one row at a time; see [`read_postcodes`].
pub struct PostcodeReader {
    csv: CsvSource,
    cols: Columns,
    /// Packed normalised postcode → line it was accepted on (8 bytes a key: ONSPD has
    /// ~2.7 million postcodes).
    seen: HashMap<u64, u64>,
}

/// Open a postcode CSV. Fails before any row if the file cannot be read or has no postcode,
/// latitude or longitude column. Yields one item per data row.
pub fn read_postcodes(path: &Path) -> Result<PostcodeReader, ReadError> {
    let keys: Vec<String> = POSTCODE.iter().map(|n| header_key(n)).collect();
    let required: &[&[&str]] = &[POSTCODE, LATITUDE, LONGITUDE];
    let csv = CsvSource::open(
        path,
        |cells| cells.iter().any(|c| keys.contains(&header_key(c))),
        required,
    )?;
    let [postcode, latitude, longitude] = require_columns(&csv.headers, path, required)?[..] else {
        unreachable!("require_columns gives one index per required column")
    };
    let col = |names: &[&str]| find_column(&csv.headers, names);
    let cols = Columns {
        postcode,
        latitude,
        longitude,
        local_authority: col(LOCAL_AUTHORITY),
    };
    Ok(PostcodeReader {
        csv,
        cols,
        seen: HashMap::new(),
    })
}

/// A normalised postcode (at most 8 ASCII bytes) packed into a number.
fn pack(postcode: &str) -> u64 {
    postcode
        .bytes()
        .take(8)
        .fold(0u64, |acc, b| (acc << 8) | u64::from(b))
}

impl PostcodeReader {
    /// The file name used in row errors.
    pub fn source(&self) -> &str {
        &self.csv.source
    }

    fn record(&self, row: &CsvRow) -> Result<PostcodeRecord, RowError> {
        let c = &self.cols;
        let err = |col: usize, message: String| self.csv.error(row.line, Some(col), message);
        let Some(raw) = row.get(Some(c.postcode)) else {
            return Err(err(c.postcode, "missing postcode".into()));
        };
        let postcode = normalise_postcode(raw)
            .ok_or_else(|| err(c.postcode, format!("{raw:?} is not a UK postcode")))?;
        let coordinate = |col: usize| -> Result<f64, RowError> {
            match row.get(Some(col)) {
                Some(v) => parse_coordinate(v).map_err(|m| err(col, m)),
                None => Err(err(
                    col,
                    format!("no coordinates for {postcode} (the cell is empty)"),
                )),
            }
        };
        let latitude = coordinate(c.latitude)?;
        let longitude = coordinate(c.longitude)?;
        if latitude > 99.0 {
            return Err(err(
                c.latitude,
                format!(
                    "no coordinates for {postcode} (latitude {latitude} is the ONSPD mark for a \
                     postcode without a known location)"
                ),
            ));
        }
        if !UK_LATITUDE.contains(&latitude) {
            return Err(err(
                c.latitude,
                format!(
                    "{latitude},{longitude} is not in the United Kingdom (latitude 49 to 61.5)"
                ),
            ));
        }
        if !UK_LONGITUDE.contains(&longitude) {
            return Err(err(
                c.longitude,
                format!(
                    "{latitude},{longitude} is not in the United Kingdom (longitude -9 to 2.5)"
                ),
            ));
        }
        Ok(PostcodeRecord {
            postcode,
            latitude,
            longitude,
            local_authority: row.get(c.local_authority).map(str::to_owned),
        })
    }
}

impl Iterator for PostcodeReader {
    type Item = Result<PostcodeRecord, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let row = match self.csv.next_row()? {
            Ok(row) => row,
            Err(e) => return Some(Err(e)),
        };
        let record = match self.record(&row) {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let key = pack(&record.postcode);
        if let Some(first) = self.seen.get(&key) {
            return Some(Err(self.csv.error(
                row.line,
                Some(self.cols.postcode),
                format!(
                    "postcode {} already appeared on line {first}; this row was skipped",
                    record.postcode
                ),
            )));
        }
        self.seen.insert(key, row.line);
        Some(Ok(record))
    }
}
