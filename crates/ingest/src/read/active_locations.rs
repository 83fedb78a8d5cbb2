//! The "HSCA Active Locations" sheet exported as CSV: one row per registered location,
//! ~122 columns, found by their header (case and spacing do not matter). Lines before the
//! header (titles some exports carry) are skipped.
//!
//! Every `Service type - ...` column marked "Y" adds the text after the prefix to
//! `service_types` ("Care home service with nursing"); every `Service user band - ...`
//! column marked "Y" adds to `specialisms` ("Dementia").

use std::collections::HashMap;
use std::path::Path;

use super::csv_source::{CsvRow, CsvSource};
use super::util::{
    bad_date, check_provider_id, find_column, header_key, parse_coordinate, parse_count,
    parse_date, parse_rating, parse_yes_no, require_columns, tidy_phone,
};
use super::{ReadError, RowError};
use carenav_domain::directory::model::{
    Location, Rating, RatingSet, RegistrationStatus, normalise_postcode,
};

const ID: &str = "Location ID";
const NAME: &str = "Location Name";

/// Where each column is (by index), for the columns the reader uses.
struct Columns {
    id: usize,
    name: usize,
    also_known_as: Option<usize>,
    start_date: Option<usize>,
    care_home: Option<usize>,
    beds: Option<usize>,
    dormant: Option<usize>,
    location_type: Option<usize>,
    directorate: Option<usize>,
    local_authority: Option<usize>,
    region: Option<usize>,
    latitude: Option<usize>,
    longitude: Option<usize>,
    postcode: Option<usize>,
    street: Option<usize>,
    line2: Option<usize>,
    city: Option<usize>,
    county: Option<usize>,
    phone: Option<usize>,
    website: Option<usize>,
    rating: Option<usize>,
    publication_date: Option<usize>,
    brand_name: Option<usize>,
    provider_id: Option<usize>,
    provider_name: Option<usize>,
    /// (column, text after "Service type - ")
    service_types: Vec<(usize, String)>,
    /// (column, text after "Service user band - ")
    user_bands: Vec<(usize, String)>,
}

/// The text after `prefix - ` in a header such as "Service type - Shared Lives".
fn after_prefix(header: &str, prefix_key: &str) -> Option<String> {
    let (left, right) = header.split_once('-')?;
    let name = right.trim();
    (header_key(left) == prefix_key && !name.is_empty()).then(|| name.to_owned())
}

impl Columns {
    fn find(headers: &[String], path: &Path) -> Result<Columns, ReadError> {
        let col = |names: &[&str]| find_column(headers, names);
        let [id, name] = require_columns(headers, path, &[&[ID], &[NAME]])?[..] else {
            unreachable!("require_columns gives one index per required column")
        };
        let prefixed = |key: &str| -> Vec<(usize, String)> {
            headers
                .iter()
                .enumerate()
                .filter_map(|(i, h)| after_prefix(h, key).map(|n| (i, n)))
                .collect()
        };
        Ok(Columns {
            id,
            name,
            also_known_as: col(&["Location Also Known As"]),
            start_date: col(&["Location HSCA start date"]),
            care_home: col(&["Care home?", "Care home"]),
            beds: col(&["Care homes beds", "Care home beds"]),
            dormant: col(&["Dormant (Y/N)", "Dormant"]),
            location_type: col(&["Location Type/Sector", "Location Type"]),
            directorate: col(&["Location Inspection Directorate"]),
            local_authority: col(&["Location Local Authority"]),
            region: col(&["Location Region"]),
            latitude: col(&["Location Latitude"]),
            longitude: col(&["Location Longitude"]),
            postcode: col(&["Location Postal Code", "Location Post Code"]),
            street: col(&["Location Street Address"]),
            line2: col(&["Location Address Line 2"]),
            city: col(&["Location City"]),
            county: col(&["Location County"]),
            phone: col(&["Location Telephone Number"]),
            website: col(&["Location Web Address"]),
            rating: col(&["Location Latest Overall Rating"]),
            publication_date: col(&["Publication Date"]),
            brand_name: col(&["Brand Name"]),
            provider_id: col(&["Provider ID"]),
            provider_name: col(&["Provider Name"]),
            service_types: prefixed("servicetype"),
            user_bands: prefixed("serviceuserband"),
        })
    }
}

/// Reads the active-locations CSV one row at a time; see [`read_active_locations`].
pub struct ActiveLocationsReader {
    csv: CsvSource,
    cols: Columns,
    /// Location id → line of the row that was accepted for it.
    seen: HashMap<String, u64>,
}

/// Open an "HSCA Active Locations" CSV export. Fails before any row if the file cannot be
/// read or has no `Location ID` / `Location Name` header. Yields one item per data row.
pub fn read_active_locations(path: &Path) -> Result<ActiveLocationsReader, ReadError> {
    let id_key = header_key(ID);
    let csv = CsvSource::open(
        path,
        |cells| cells.iter().any(|c| header_key(c) == id_key),
        &[&[ID], &[NAME]],
    )?;
    // A ratings sheet also has "Location ID" and "Location Name": without this it would
    // import as locations with nothing but a name.
    let has = |name: &str| {
        csv.headers
            .iter()
            .any(|h| header_key(h) == header_key(name))
    };
    if has("Latest Rating") && (has("Domain") || has("Key Question")) {
        return Err(ReadError::Format {
            path: path.to_owned(),
            message: "this looks like a CQC ratings file (it has \"Latest Rating\" and \"Domain\" \
                      or \"Key Question\" columns), not the active-locations sheet: import it \
                      with `carenav import cqc-ratings`"
                .into(),
        });
    }
    let cols = Columns::find(&csv.headers, path)?;
    Ok(ActiveLocationsReader {
        csv,
        cols,
        seen: HashMap::new(),
    })
}

impl ActiveLocationsReader {
    /// The file name used in row errors.
    pub fn source(&self) -> &str {
        &self.csv.source
    }

    fn location(&self, row: &CsvRow) -> Result<Location, RowError> {
        let c = &self.cols;
        let err = |col: usize, message: String| self.csv.error(row.line, Some(col), message);
        // A column's text, or an error naming the column.
        let parsed = |col: Option<usize>, f: &dyn Fn(&str) -> Result<(), String>| {
            if let (Some(i), Some(v)) = (col, row.get(col)) {
                f(v).map_err(|m| err(i, m))?;
            }
            Ok::<(), RowError>(())
        };
        let text = |col: Option<usize>| row.get(col).map(str::to_owned);

        let Some(id) = row.get(Some(c.id)) else {
            return Err(err(c.id, format!("missing {ID}")));
        };
        let mut loc = Location {
            location_id: id.to_owned(),
            name: row.get(Some(c.name)).unwrap_or_default().to_owned(),
            also_known_as: text(c.also_known_as),
            brand_name: text(c.brand_name),
            provider_id: text(c.provider_id),
            provider_name: text(c.provider_name),
            location_type: text(c.location_type),
            inspection_directorate: text(c.directorate),
            registration_status: RegistrationStatus::Registered,
            address_line1: text(c.street),
            address_line2: text(c.line2),
            town: text(c.city),
            county: text(c.county),
            region: text(c.region),
            local_authority: text(c.local_authority),
            phone: row.get(c.phone).map(tidy_phone),
            website: text(c.website),
            ..Location::default()
        };
        parsed(c.provider_id, &check_provider_id)?;
        let date = |col: Option<usize>| -> Result<Option<String>, RowError> {
            match (col, row.get(col)) {
                (Some(i), Some(v)) => parse_date(v).map(Some).ok_or_else(|| err(i, bad_date(v))),
                _ => Ok(None),
            }
        };
        loc.registration_date = date(c.start_date)?;
        let flag = |col: Option<usize>| -> Result<bool, RowError> {
            match (col, row.get(col)) {
                (Some(i), Some(v)) => parse_yes_no(v).map_err(|m| err(i, m)),
                _ => Ok(false),
            }
        };
        loc.care_home = flag(c.care_home)?;
        loc.dormant = flag(c.dormant)?;
        if let (Some(i), Some(v)) = (c.beds, row.get(c.beds)) {
            loc.beds = Some(parse_count(v).map_err(|m| err(i, m))?);
        }
        for (col, field) in [
            (c.latitude, &mut loc.latitude),
            (c.longitude, &mut loc.longitude),
        ] {
            if let (Some(i), Some(v)) = (col, row.get(col)) {
                *field = Some(parse_coordinate(v).map_err(|m| err(i, m))?);
            }
        }
        if let (Some(i), Some(v)) = (c.postcode, row.get(c.postcode)) {
            loc.postcode = Some(
                normalise_postcode(v)
                    .ok_or_else(|| err(i, format!("{v:?} is not a UK postcode")))?,
            );
        }
        for (i, name) in &c.service_types {
            if row.get(Some(*i)).is_some_and(is_yes) {
                loc.service_types.push(name.clone());
            }
        }
        for (i, name) in &c.user_bands {
            if row.get(Some(*i)).is_some_and(is_yes) {
                loc.specialisms.push(name.clone());
            }
        }
        if let (Some(i), Some(v)) = (c.rating, row.get(c.rating)) {
            let overall = parse_rating(v).map_err(|m| err(i, m))?;
            let published = date(c.publication_date)?;
            // "Not rated" (or an empty cell) is no rating, as in the API.
            if overall != Rating::NotRated {
                loc.current = Some(RatingSet {
                    overall,
                    date: published,
                    key_questions: Default::default(),
                    report_link_id: None,
                });
            }
        }
        loc.validate().map_err(|(field, message)| {
            let col = match field {
                "locationId" => Some(c.id),
                "name" => Some(c.name),
                "latitude" => c.latitude,
                "longitude" => c.longitude,
                "registrationDate" => c.start_date,
                _ => None,
            };
            match col {
                Some(i) => err(i, message),
                None => self
                    .csv
                    .error(row.line, None, format!("{field}: {message}")),
            }
        })?;
        Ok(loc)
    }
}

/// A Y/N cell that says yes.
fn is_yes(v: &str) -> bool {
    parse_yes_no(v).unwrap_or(false)
}

impl Iterator for ActiveLocationsReader {
    type Item = Result<Location, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let row = match self.csv.next_row()? {
            Ok(row) => row,
            Err(e) => return Some(Err(e)),
        };
        if let Some(id) = row.get(Some(self.cols.id))
            && let Some(first) = self.seen.get(id)
        {
            return Some(Err(self.csv.error(
                row.line,
                Some(self.cols.id),
                format!("location {id} already appeared on line {first}; this row was skipped"),
            )));
        }
        let loc = match self.location(&row) {
            Ok(loc) => loc,
            Err(e) => return Some(Err(e)),
        };
        self.seen.insert(loc.location_id.clone(), row.line);
        Some(Ok(loc))
    }
}
