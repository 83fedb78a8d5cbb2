//! The "Latest ratings" sheet (its Locations sheet, exported as CSV), long format: one row per
//! location × `Service / Population Group` × `Domain` (older editions: `Key Question`).
//!
//! Only the rows whose population group is "Overall" are the location's own ratings; their
//! domains (Overall, Safe, Effective, Caring, Responsive, Well-led) are pivoted into one
//! [`RatingSet`] per location. The file is streamed; what stays in memory is one small pivot
//! entry per location (~60,000 of them nationally).

use std::collections::HashMap;
use std::path::Path;

use super::csv_source::{CsvRow, CsvSource};
use super::util::{bad_date, find_column, header_key, parse_date, parse_rating, require_columns};
use super::{ReadError, RowError};
use carenav_domain::directory::model::{KeyQuestion, KeyRating, Rating, RatingSet, is_location_id};

/// One location's current ratings, pivoted from its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingUpdate {
    pub location_id: String,
    /// Physical line of the location's first "Overall" population-group row.
    pub line: u64,
    /// Overall rating and date from the "Overall" domain row; each key question with its own
    /// publication date; `None` for a key question with no row.
    pub ratings: RatingSet,
    pub location_name: Option<String>,
    pub provider_id: Option<String>,
}

const ID: &str = "Location ID";
const DOMAIN: &str = "Domain";
const KEY_QUESTION: &str = "Key Question";
const RATING: &str = "Latest Rating";
const REQUIRED: &[&[&str]] = &[&[ID], &[DOMAIN, KEY_QUESTION], &[RATING]];

struct Columns {
    id: usize,
    domain: usize,
    rating: usize,
    group: Option<usize>,
    date: Option<usize>,
    name: Option<usize>,
    provider_id: Option<usize>,
}

#[derive(Clone, Copy, PartialEq)]
enum Domain {
    Overall,
    Key(KeyQuestion),
}

impl Domain {
    fn parse(text: &str) -> Option<Domain> {
        if text.trim().eq_ignore_ascii_case("overall") {
            Some(Domain::Overall)
        } else {
            KeyQuestion::from_cqc(text).map(Domain::Key)
        }
    }

    fn name(self) -> &'static str {
        match self {
            Domain::Overall => "Overall",
            Domain::Key(KeyQuestion::Safe) => "Safe",
            Domain::Key(KeyQuestion::Effective) => "Effective",
            Domain::Key(KeyQuestion::Caring) => "Caring",
            Domain::Key(KeyQuestion::Responsive) => "Responsive",
            Domain::Key(KeyQuestion::WellLed) => "Well-led",
        }
    }
}

/// What is known so far about one location.
struct Pivot {
    location_id: String,
    line: u64,
    name: Option<String>,
    provider_id: Option<String>,
    /// (rating, publication date, line)
    overall: Option<(Rating, Option<String>, u64)>,
    key_questions: [Option<(KeyRating, u64)>; 5],
    /// Its Overall domain row was rejected (already reported).
    overall_rejected: bool,
}

impl Pivot {
    fn domain_line(&self, d: Domain) -> Option<u64> {
        match d {
            Domain::Overall => self.overall.as_ref().map(|o| o.2),
            Domain::Key(q) => self.key_questions[q.index()].as_ref().map(|k| k.1),
        }
    }
}

/// Read the whole ratings file: the pivoted updates in the order locations first appear,
/// the rejected rows (sorted by line), and how many data rows were read (all population
/// groups). Fails before any row if the file cannot be read or lacks `Location ID`,
/// `Domain` (or `Key Question`) or `Latest Rating`.
pub fn read_ratings(path: &Path) -> Result<(Vec<RatingUpdate>, Vec<RowError>, u64), ReadError> {
    let id_key = header_key(ID);
    let mut csv = CsvSource::open(
        path,
        |cells| cells.iter().any(|c| header_key(c) == id_key),
        REQUIRED,
    )?;
    let cols = {
        let [id, domain, rating] = require_columns(&csv.headers, path, REQUIRED)?[..] else {
            unreachable!("require_columns gives one index per required column")
        };
        let col = |names: &[&str]| find_column(&csv.headers, names);
        Columns {
            id,
            domain,
            rating,
            group: col(&["Service / Population Group", "Population Group"]),
            date: col(&["Publication Date"]),
            name: col(&["Location Name"]),
            provider_id: col(&["Provider ID"]),
        }
    };

    let mut pivots: Vec<Pivot> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut errors = Vec::new();
    let mut rows = 0u64;
    while let Some(row) = csv.next_row() {
        rows += 1;
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if let Err(e) = take_row(&csv, &cols, &row, &mut pivots, &mut index) {
            errors.push(e);
        }
    }

    let mut updates = Vec::with_capacity(pivots.len());
    for p in pivots {
        let Some((overall, date, _)) = p.overall else {
            if !p.overall_rejected && p.key_questions.iter().any(Option::is_some) {
                errors.push(csv.error(
                    p.line,
                    None,
                    format!(
                        "location {} has key question ratings but no \"Overall\" domain row, \
                         so it has no overall rating; its ratings were skipped",
                        p.location_id
                    ),
                ));
            }
            continue;
        };
        updates.push(RatingUpdate {
            location_id: p.location_id,
            line: p.line,
            ratings: RatingSet {
                overall,
                date,
                key_questions: p.key_questions.map(|k| k.map(|(k, _)| k)),
                report_link_id: None,
            },
            location_name: p.name,
            provider_id: p.provider_id,
        });
    }
    errors.sort_by_key(|e| e.line);
    Ok((updates, errors, rows))
}

/// Add one row to its location's pivot entry.
fn take_row(
    csv: &CsvSource,
    cols: &Columns,
    row: &CsvRow,
    pivots: &mut Vec<Pivot>,
    index: &mut HashMap<String, usize>,
) -> Result<(), RowError> {
    let err = |col: usize, message: String| csv.error(row.line, Some(col), message);
    if let Some(g) = cols.group {
        match row.get(Some(g)) {
            Some(group) if group.eq_ignore_ascii_case("overall") => {}
            Some(_) => return Ok(()), // a core service or population group: not used
            None => return Err(err(g, "missing population group".into())),
        }
    }
    let Some(id) = row.get(Some(cols.id)) else {
        return Err(err(cols.id, format!("missing {}", csv.header(cols.id))));
    };
    if !is_location_id(id) {
        return Err(err(
            cols.id,
            format!("{id:?} is not a CQC location id (\"1-\" followed by digits)"),
        ));
    }
    let at = *index.entry(id.to_owned()).or_insert_with(|| {
        pivots.push(Pivot {
            location_id: id.to_owned(),
            line: row.line,
            name: None,
            provider_id: None,
            overall: None,
            key_questions: Default::default(),
            overall_rejected: false,
        });
        pivots.len() - 1
    });
    let pivot = &mut pivots[at];

    let domain_text = row.get(Some(cols.domain)).unwrap_or_default();
    let Some(domain) = Domain::parse(domain_text) else {
        return Err(err(
            cols.domain,
            if domain_text.is_empty() {
                "missing domain (Overall, Safe, Effective, Caring, Responsive or Well-led)".into()
            } else {
                format!(
                    "{domain_text:?} is not a CQC domain (Overall, Safe, Effective, Caring, \
                     Responsive or Well-led)"
                )
            },
        ));
    };
    if let Some(first) = pivot.domain_line(domain) {
        return Err(err(
            cols.id,
            format!(
                "the {} rating for location {id} already appeared on line {first}; this row was skipped",
                domain.name()
            ),
        ));
    }
    let parsed = (|| {
        let rating = parse_rating(row.get(Some(cols.rating)).unwrap_or_default())
            .map_err(|m| err(cols.rating, m))?;
        let date = match (cols.date, row.get(cols.date)) {
            (Some(i), Some(v)) => Some(parse_date(v).ok_or_else(|| err(i, bad_date(v)))?),
            _ => None,
        };
        Ok::<_, RowError>((rating, date))
    })();
    let (rating, date) = match parsed {
        Ok(v) => v,
        Err(e) => {
            if domain == Domain::Overall {
                pivot.overall_rejected = true;
            }
            return Err(e);
        }
    };
    match domain {
        Domain::Overall => pivot.overall = Some((rating, date, row.line)),
        Domain::Key(q) => {
            pivot.key_questions[q.index()] = Some((KeyRating { rating, date }, row.line));
        }
    }
    if pivot.name.is_none() {
        pivot.name = row.get(cols.name).map(str::to_owned);
    }
    if pivot.provider_id.is_none() {
        pivot.provider_id = row.get(cols.provider_id).map(str::to_owned);
    }
    Ok(())
}
