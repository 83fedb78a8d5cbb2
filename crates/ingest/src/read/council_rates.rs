//! Councils' usual rates for care-home places, in the shape of a recurring FOI request's
//! answer: one row per council, financial year, category and band.
//!
//! Columns (matched ignoring case, spaces and punctuation): `council_code` or `council_name`
//! (or both: they must agree), `financial_year`, `effective_from`, `care_category`
//! (residential | residential_dementia | nursing | nursing_dementia), `weekly_rate_gbp`,
//! `fnc_included` (yes | no | blank), `band_or_grade`, `band_trigger_description`,
//! `addon_type` (percent | pounds), `addon_value`, `source_url` (https).
//!
//! The council joins to the register (`content/councils/`) by GSS code; a name is accepted
//! when the register knows it. A row that repeats an earlier row's council, year, category,
//! band and date is an error (the first is kept).

use std::collections::HashMap;
use std::path::Path;

use carenav_domain::councils;
use carenav_domain::date::Date;
use carenav_domain::money::{Pence, parse_money};
use carenav_domain::publish::council::financial_year;
use carenav_domain::publish::{AddonType, CouncilRate, RateCategory};

use super::csv_source::{CsvRow, CsvSource};
use super::util::{find_column, header_key, parse_date, require_columns};
use super::{ReadError, RowError};

const CODE: &[&str] = &[
    "council_code",
    "gss_code",
    "la_code",
    "local_authority_code",
];
const NAME: &[&str] = &["council_name", "council", "local_authority"];
const YEAR: &[&str] = &["financial_year", "year"];
const FROM: &[&str] = &["effective_from", "from"];
const CATEGORY: &[&str] = &["care_category", "category"];
const RATE: &[&str] = &["weekly_rate_gbp", "weekly_rate", "rate"];
const FNC: &[&str] = &["fnc_included"];
const BAND: &[&str] = &["band_or_grade", "band"];
const TRIGGER: &[&str] = &["band_trigger_description"];
const ADDON_TYPE: &[&str] = &["addon_type"];
const ADDON_VALUE: &[&str] = &["addon_value"];
const SOURCE: &[&str] = &["source_url", "source"];

/// The largest weekly rate accepted (a typing slip above this, not a rate).
const MAX_WEEKLY: Pence = Pence(1_000_000);
/// The longest text cell accepted.
const MAX_TEXT: usize = 500;

struct Columns {
    code: Option<usize>,
    name: Option<usize>,
    year: usize,
    from: usize,
    category: usize,
    rate: usize,
    fnc: Option<usize>,
    band: Option<usize>,
    trigger: Option<usize>,
    addon_type: Option<usize>,
    addon_value: Option<usize>,
    source: usize,
}

/// Reads a council-rates CSV one row at a time; see [`read_council_rates`].
pub struct CouncilRatesReader {
    csv: CsvSource,
    cols: Columns,
    seen: HashMap<(String, String, RateCategory, String, Date), u64>,
}

/// Open a council-rates CSV. Fails before any row if the file cannot be read or lacks a
/// required column (a council column, year, date, category, rate and source).
pub fn read_council_rates(path: &Path) -> Result<CouncilRatesReader, ReadError> {
    let keys: Vec<String> = CATEGORY.iter().map(|n| header_key(n)).collect();
    let required: &[&[&str]] = &[YEAR, FROM, CATEGORY, RATE, SOURCE];
    let csv = CsvSource::open(
        path,
        |cells| cells.iter().any(|c| keys.contains(&header_key(c))),
        required,
    )?;
    let [year, from, category, rate, source] = require_columns(&csv.headers, path, required)?[..]
    else {
        unreachable!("require_columns gives one index per required column")
    };
    let col = |names: &[&str]| find_column(&csv.headers, names);
    let (code, name) = (col(CODE), col(NAME));
    if code.is_none() && name.is_none() {
        // Reported the same way as any other missing column.
        require_columns(&csv.headers, path, &[CODE])?;
    }
    let cols = Columns {
        code,
        name,
        year,
        from,
        category,
        rate,
        fnc: col(FNC),
        band: col(BAND),
        trigger: col(TRIGGER),
        addon_type: col(ADDON_TYPE),
        addon_value: col(ADDON_VALUE),
        source,
    };
    Ok(CouncilRatesReader {
        csv,
        cols,
        seen: HashMap::new(),
    })
}

impl CouncilRatesReader {
    /// The file name used in row errors.
    pub fn source(&self) -> &str {
        &self.csv.source
    }

    fn record(&self, row: &CsvRow) -> Result<CouncilRate, RowError> {
        let c = &self.cols;
        let err = |col: usize, message: String| self.csv.error(row.line, Some(col), message);
        let text = |col: Option<usize>| -> Result<Option<String>, RowError> {
            match (col, row.get(col)) {
                (Some(i), Some(v)) if v.chars().count() > MAX_TEXT => {
                    Err(err(i, format!("is longer than {MAX_TEXT} characters")))
                }
                (_, v) => Ok(v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())),
            }
        };
        // The council: by code, by name, and when both are given they must agree.
        let by_code = match (c.code, text(c.code)?) {
            (Some(i), Some(code)) => Some(councils::by_code(&code).ok_or_else(|| {
                err(i, format!("{code:?} is not the GSS code of a council with adult social care in England (see content/councils/councils.toml)"))
            })?),
            _ => None,
        };
        let by_name = match (c.name, text(c.name)?) {
            (Some(i), Some(name)) => Some(councils::find(&name).ok_or_else(|| {
                err(i, format!("{name:?} is not a council the register knows: give its GSS code in council_code"))
            })?),
            _ => None,
        };
        let council = match (by_code, by_name) {
            (Some(a), Some(b)) if a.code != b.code => {
                return Err(err(
                    c.name.unwrap_or_default(),
                    format!(
                        "council_code {} is {}, but council_name names {}",
                        a.code, a.name, b.name
                    ),
                ));
            }
            (Some(a), _) | (None, Some(a)) => a,
            (None, None) => {
                return Err(err(
                    c.code.or(c.name).unwrap_or_default(),
                    "missing council: give council_code (or council_name)".into(),
                ));
            }
        };
        let year_text = text(Some(c.year))?.unwrap_or_default();
        let year = financial_year(&year_text).ok_or_else(|| {
            err(
                c.year,
                format!("{year_text:?} is not a financial year (write it like 2025-26)"),
            )
        })?;
        let from_text = text(Some(c.from))?.unwrap_or_default();
        let from = parse_date(&from_text)
            .and_then(|d| Date::parse(&d))
            .ok_or_else(|| {
                err(
                    c.from,
                    format!("{from_text:?} is not a date (expected YYYY-MM-DD or DD/MM/YYYY)"),
                )
            })?;
        let start: i64 = year[..4].parse().unwrap_or_default();
        let (fy_start, fy_end) = (
            Date::from_ymd(start, 4, 1).unwrap_or(from),
            Date::from_ymd(start + 1, 3, 31).unwrap_or(from),
        );
        if from < fy_start.add_days(-31) || from > fy_end {
            return Err(err(
                c.from,
                format!(
                    "{from} is not in the financial year {year} (1 April {start} to 31 March {})",
                    start + 1
                ),
            ));
        }
        let cat_text = text(Some(c.category))?.unwrap_or_default();
        let category = RateCategory::from_code(&cat_text.to_ascii_lowercase().replace([' ', '-'], "_"))
            .ok_or_else(|| err(c.category, format!("{cat_text:?} is not a care category (residential, residential_dementia, nursing or nursing_dementia)")))?;
        let rate_text = text(Some(c.rate))?.unwrap_or_default();
        let weekly_rate = parse_money(&rate_text, MAX_WEEKLY).map_err(|e| {
            use carenav_domain::money::MoneyError as M;
            err(
                c.rate,
                match e {
                    M::Empty => "missing weekly rate".into(),
                    M::TooLarge => {
                        format!("{rate_text:?} is more than £10,000 a week: check the amount")
                    }
                    M::Negative => format!("{rate_text:?} is negative"),
                    _ => format!("{rate_text:?} is not an amount in pounds (like 812.50)"),
                },
            )
        })?;
        if weekly_rate == Pence::ZERO {
            return Err(err(c.rate, "the weekly rate is £0".into()));
        }
        let fnc_included = match (c.fnc, text(c.fnc)?) {
            (Some(i), Some(v)) => match v.to_ascii_lowercase().as_str() {
                "yes" | "y" | "true" => Some(true),
                "no" | "n" | "false" => Some(false),
                "unknown" => None,
                _ => return Err(err(i, format!("{v:?} is not yes, no or blank"))),
            },
            _ => None,
        };
        let addon_type = match (c.addon_type, text(c.addon_type)?) {
            (Some(i), Some(v)) => Some(match v.to_ascii_lowercase().as_str() {
                "percent" | "%" => AddonType::Percent,
                "pounds" | "£" | "gbp" => AddonType::Pounds,
                _ => return Err(err(i, format!("{v:?} is not percent or pounds"))),
            }),
            _ => None,
        };
        let addon_value = match (c.addon_value, text(c.addon_value)?) {
            (Some(i), Some(v)) => match v
                .trim_start_matches('£')
                .trim_end_matches('%')
                .parse::<f64>()
            {
                Ok(x) if x.is_finite() && (0.0..=10_000.0).contains(&x) => Some(x),
                _ => return Err(err(i, format!("{v:?} is not a number from 0 to 10000"))),
            },
            _ => None,
        };
        if addon_type.is_some() != addon_value.is_some() {
            return Err(err(
                c.addon_value.or(c.addon_type).unwrap_or_default(),
                "addon_type and addon_value go together: give both or neither".into(),
            ));
        }
        let source_url = text(Some(c.source))?.unwrap_or_default();
        if !source_url.starts_with("https://") || source_url.contains(char::is_whitespace) {
            return Err(err(
                c.source,
                format!(
                    "{source_url:?} is not a web address starting https://: every rate needs its source"
                ),
            ));
        }
        Ok(CouncilRate {
            council_code: council.code.clone(),
            financial_year: year,
            effective_from: from,
            category,
            weekly_rate,
            fnc_included,
            band_or_grade: text(c.band)?,
            band_trigger_description: text(c.trigger)?,
            addon_type,
            addon_value,
            source_url,
        })
    }
}

impl Iterator for CouncilRatesReader {
    type Item = Result<CouncilRate, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let row = match self.csv.next_row()? {
            Ok(row) => row,
            Err(e) => return Some(Err(e)),
        };
        let record = match self.record(&row) {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let key = (
            record.council_code.clone(),
            record.financial_year.clone(),
            record.category,
            record.band_or_grade.clone().unwrap_or_default(),
            record.effective_from,
        );
        if let Some(first) = self.seen.get(&key) {
            return Some(Err(self.csv.error(
                row.line,
                Some(self.cols.category),
                format!(
                    "the same council, year, category, band and date already appeared on line {first}; this row was skipped"
                ),
            )));
        }
        self.seen.insert(key, row.line);
        Some(Ok(record))
    }
}
