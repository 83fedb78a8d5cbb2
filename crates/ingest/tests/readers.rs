//! The CQC format readers against hand-written fixtures in the real layouts
//! (`tests/fixtures/<format>/`): for each format a valid file, a file whose last line is cut
//! off, wrong types, missing ids, duplicate ids and a row that is not UTF-8.

use std::path::{Path, PathBuf};

use carenav_domain::directory::model::{KeyQuestion, Location, Rating, RegistrationStatus};
use carenav_domain::directory::vocab::{service_slug, specialism_slug};
use carenav_domain::publish::{AddonType, CouncilRate};
use carenav_ingest::read::{
    ApiRecord, ProviderRecord, ReadError, RowError, read_active_locations, read_council_rates,
    read_cqc_api, read_postcodes, read_ratings,
};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// Everything an iterator yields: the good records, the row errors, and how many items.
fn collect<T>(items: impl Iterator<Item = Result<T, RowError>>) -> (Vec<T>, Vec<RowError>, usize) {
    let (mut ok, mut bad, mut n) = (Vec::new(), Vec::new(), 0);
    for item in items {
        n += 1;
        match item {
            Ok(v) => ok.push(v),
            Err(e) => bad.push(e),
        }
    }
    (ok, bad, n)
}

/// (line, field) of each error, to compare in one go.
fn places(errors: &[RowError]) -> Vec<(u64, Option<&str>)> {
    errors
        .iter()
        .map(|e| (e.line, e.field.as_deref()))
        .collect()
}

/// Assert that an error's message contains each of `parts`.
fn says(e: &RowError, parts: &[&str]) {
    for p in parts {
        assert!(e.message.contains(p), "{e} should say {p:?}");
    }
}

fn api(path: &str) -> (Vec<ApiRecord>, Vec<RowError>, usize) {
    collect(read_cqc_api(&fixture(path)).expect("opens"))
}

fn locations(records: &[ApiRecord]) -> Vec<&Location> {
    records
        .iter()
        .filter_map(|r| match r {
            ApiRecord::Location(l) => Some(&**l),
            ApiRecord::Provider(_) => None,
        })
        .collect()
}

fn providers(records: &[ApiRecord]) -> Vec<&ProviderRecord> {
    records
        .iter()
        .filter_map(|r| match r {
            ApiRecord::Provider(p) => Some(p),
            ApiRecord::Location(_) => None,
        })
        .collect()
}

fn ids(locs: &[&Location]) -> Vec<String> {
    locs.iter().map(|l| l.location_id.clone()).collect()
}

fn temp_file(name: &str, contents: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, contents).expect("write");
    (dir, path)
}

#[test]
fn readers_can_move_to_a_blocking_task() {
    fn send<T: Send + 'static>(_: &T) {}
    send(&read_cqc_api(&fixture("cqc_api/valid.jsonl")).unwrap());
    send(&read_active_locations(&fixture("active_locations/valid.csv")).unwrap());
    send(&read_postcodes(&fixture("postcodes/valid.csv")).unwrap());
}

// ------------------------------------------------------------------------------ CQC API

#[test]
fn api_valid_maps_every_field() {
    let (records, errors, n) = api("cqc_api/valid.jsonl");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(n, 8);
    let locs = locations(&records);
    assert_eq!(
        ids(&locs),
        [
            "1-1001000001",
            "1-1001000002",
            "1-1001000003",
            "1-1001000004",
            "1-1001000005",
            "1-1001000006"
        ]
    );

    // A nursing home in Leeds for people with dementia, rated Good.
    let aire = locs[0];
    assert_eq!(aire.name, "Aireside Manor Nursing Home");
    assert_eq!(aire.also_known_as.as_deref(), Some("Aireside Manor"));
    assert_eq!(
        aire.brand_name.as_deref(),
        Some("BRAND Aireside Care Group")
    );
    assert_eq!(aire.provider_id.as_deref(), Some("1-1001100001"));
    assert_eq!(aire.location_type.as_deref(), Some("Social Care Org"));
    assert_eq!(
        aire.inspection_directorate.as_deref(),
        Some("Adult social care")
    );
    assert_eq!(aire.registration_status, RegistrationStatus::Registered);
    assert_eq!(aire.registration_date.as_deref(), Some("2011-03-14"));
    assert_eq!(aire.deregistration_date, None);
    assert!(aire.care_home && !aire.dormant && !aire.synthetic);
    assert_eq!(aire.beds, Some(48));
    assert_eq!(aire.address_line1.as_deref(), Some("12 Grove Lane"));
    assert_eq!(aire.address_line2.as_deref(), Some("Headingley"));
    assert_eq!(aire.town.as_deref(), Some("Leeds"));
    assert_eq!(aire.county.as_deref(), Some("West Yorkshire"));
    assert_eq!(aire.postcode.as_deref(), Some("LS6 3HN"));
    assert_eq!(aire.region.as_deref(), Some("Yorkshire and The Humber"));
    assert_eq!(aire.local_authority.as_deref(), Some("Leeds"));
    assert_eq!(
        (aire.latitude, aire.longitude),
        (Some(53.8225), Some(-1.5786))
    );
    assert_eq!(aire.phone.as_deref(), Some("0113 496 0101"));
    assert_eq!(
        aire.website.as_deref(),
        Some("https://www.airesidecare.example/manor")
    );
    assert_eq!(aire.service_types, ["Nursing homes"]);
    assert_eq!(service_slug(&aire.service_types[0]), "care-home-nursing");
    assert_eq!(
        aire.specialisms,
        [
            "Caring for adults over 65 yrs",
            "Dementia",
            "Physical disabilities"
        ]
    );
    let current = aire.current.as_ref().expect("rated");
    assert_eq!(current.overall, Rating::Good);
    assert_eq!(current.date.as_deref(), Some("2024-03-14"));
    assert_eq!(
        current.report_link_id.as_deref(),
        Some("5c1d2e3f-0001-4a00-8b00-000000000001")
    );
    for q in KeyQuestion::ALL {
        assert_eq!(current.key_rating(q), Rating::Good, "{q:?}");
    }
    // Each key question keeps its own date: Caring was carried over from 2021.
    let caring = current.key(KeyQuestion::Caring).unwrap();
    assert_eq!(caring.date.as_deref(), Some("2021-06-02"));
    let safe = current.key(KeyQuestion::Safe).unwrap();
    assert_eq!(safe.date.as_deref(), Some("2024-03-14"));
    // History: newest first, without the repeat of the current set the API sends.
    let history: Vec<(Rating, Option<&str>)> = aire
        .history
        .iter()
        .map(|h| (h.overall, h.date.as_deref()))
        .collect();
    assert_eq!(
        history,
        [
            (Rating::RequiresImprovement, Some("2021-06-02")),
            (Rating::Good, Some("2018-09-20"))
        ]
    );
    assert_eq!(
        aire.history[0].key_rating(KeyQuestion::WellLed),
        Rating::RequiresImprovement
    );
    assert_eq!(aire.consecutive_below_good(), 0);

    // Two "Requires improvement" in a row; the postcode was written in lower case.
    let kirk = locs[1];
    assert_eq!(kirk.postcode.as_deref(), Some("LS12 3QE"));
    assert_eq!(kirk.overall(), Rating::RequiresImprovement);
    assert_eq!(kirk.consecutive_below_good(), 2);
    assert_eq!(kirk.history.len(), 2);
    assert_eq!(service_slug(&kirk.service_types[0]), "care-home");

    // A home-care agency never rated.
    let bright = locs[2];
    assert_eq!(bright.current, None);
    assert!(bright.history.is_empty());
    assert_eq!(bright.overall(), Rating::NotRated);
    assert!(!bright.care_home);
    assert_eq!(bright.beds, Some(0));
    assert_eq!(bright.service_types, ["Homecare agencies"]);
    assert_eq!(service_slug(&bright.service_types[0]), "home-care");

    // Deregistered.
    let mill = locs[3];
    assert!(mill.is_deregistered());
    assert_eq!(mill.deregistration_date.as_deref(), Some("2022-08-31"));
    assert_eq!(mill.overall(), Rating::Inadequate);
    assert_eq!(mill.history.len(), 1);
    assert!(mill.history[0].key_questions.iter().all(Option::is_none));
    assert_eq!(mill.consecutive_below_good(), 2);

    // A Shared Lives scheme, rated Outstanding.
    let calder = locs[4];
    assert_eq!(calder.service_types, ["Shared Lives"]);
    assert_eq!(service_slug(&calder.service_types[0]), "shared-lives");
    assert_eq!(calder.overall(), Rating::Outstanding);
    assert_eq!(
        calder
            .current
            .as_ref()
            .unwrap()
            .key_rating(KeyQuestion::Safe),
        Rating::Good
    );

    // "Not rated" with no date is no rating; dates with times are cut to the day; numbers
    // sent as text are read; a service type with only a description keeps the description.
    let chapel = locs[5];
    assert_eq!(chapel.current, None);
    assert_eq!(chapel.registration_date.as_deref(), Some("2025-01-06"));
    assert_eq!(chapel.beds, Some(24));
    assert_eq!(
        (chapel.latitude, chapel.longitude),
        (Some(53.8281), Some(-1.5362))
    );
    assert_eq!(chapel.service_types, ["Care home service without nursing"]);
    assert_eq!(
        specialism_slug(&chapel.specialisms[1]),
        Some("sensory-impairments")
    );

    // Providers: with organisationType, and recognised by their fields alone.
    let provs = providers(&records);
    assert_eq!(
        provs,
        [
            &ProviderRecord {
                provider_id: "1-1001100001".into(),
                name: "Aireside Care Ltd".into(),
                ownership_type: Some("Organisation".into()),
                location_ids: vec!["1-1001000001".into()],
                synthetic: false,
            },
            &ProviderRecord {
                provider_id: "1-1001100004".into(),
                name: "Heaton Care Homes Ltd".into(),
                ownership_type: Some("Organisation".into()),
                location_ids: vec!["1-1001000004".into()],
                synthetic: false,
            }
        ]
    );
    assert!(matches!(records[3], ApiRecord::Provider(_)));
}

#[test]
fn api_truncated_last_line_is_one_row_error() {
    let (records, errors, n) = api("cqc_api/truncated.jsonl");
    assert_eq!(n, 3);
    assert_eq!(ids(&locations(&records)), ["1-1003000001", "1-1003000002"]);
    assert_eq!(places(&errors), [(3, None)]);
    says(&errors[0], &["not valid JSON", "EOF", "cut off"]);
    assert!(
        errors[0]
            .to_string()
            .starts_with("truncated.jsonl line 3: not valid JSON"),
        "{}",
        errors[0]
    );
}

#[test]
fn api_wrong_types_name_the_field() {
    let (records, errors, n) = api("cqc_api/wrong-types.jsonl");
    assert_eq!(n, 15);
    let locs = locations(&records);
    assert_eq!(ids(&locs), ["1-1004000001", "1-1004000007", "1-1004000015"]);
    assert!(locs[2].synthetic, "carenavSynthetic: true");
    assert_eq!(
        places(&errors),
        [
            (2, Some("name")),
            (3, Some("gacServiceTypes")),
            (4, Some("numberOfBeds")),
            (5, Some("currentRatings.overall.rating")),
            (6, Some("registrationStatus")),
            (8, Some("registrationDate")),
            (9, Some("onspdLatitude")),
            (
                10,
                Some("currentRatings.overall.keyQuestionRatings[1].name")
            ),
            (11, Some("postalCode")),
            (12, Some("numberOfBeds")),
            (13, None),
            (14, Some("onspdLongitude")),
        ]
    );
    assert_eq!(
        errors[0].to_string(),
        "wrong-types.jsonl line 2, field \"name\": expected text, found a number (42)"
    );
    says(
        &errors[1],
        &["expected a list, found text (\"Nursing homes\")"],
    );
    says(&errors[2], &["\"-3\" is negative"]);
    says(&errors[3], &["\"Excellent\" is not a CQC rating"]);
    says(&errors[4], &["\"Suspended\" is not a registration status"]);
    says(&errors[5], &["\"14th March\" is not a date"]);
    says(&errors[6], &["\"north\" is not a number"]);
    says(&errors[7], &["\"Kind\" is not a key question"]);
    says(&errors[8], &["\"Leeds\" is not a UK postcode"]);
    says(&errors[9], &["\"ten\" is not a whole number"]);
    says(&errors[10], &["expected a JSON object, found a list"]);
    says(&errors[11], &["not in the United Kingdom"]);
}

#[test]
fn api_missing_ids_are_row_errors() {
    let (records, errors, n) = api("cqc_api/missing-ids.jsonl");
    assert_eq!(n, 7);
    assert_eq!(ids(&locations(&records)), ["1-1005000001", "1-1005000006"]);
    assert_eq!(
        places(&errors),
        [
            (2, Some("locationId")),
            (3, Some("locationId")),
            (4, Some("locationId")),
            (5, Some("locationId")),
            (7, Some("providerId")),
        ]
    );
    for e in [&errors[0], &errors[1], &errors[3]] {
        assert_eq!(e.message, "missing locationId");
    }
    says(&errors[2], &["\"RXX01\" is not a CQC location id"]);
    assert_eq!(errors[4].message, "missing providerId");
}

#[test]
fn api_duplicates_keep_the_first() {
    let (records, errors, n) = api("cqc_api/duplicate-ids.jsonl");
    assert_eq!(n, 9, "the blank line is not a record");
    let locs = locations(&records);
    assert_eq!(
        ids(&locs),
        [
            "1-1006000001",
            "1-1006000002",
            "1-1006000003",
            "1-1006000004"
        ]
    );
    assert_eq!(locs[0].name, "Harehills House");
    assert_eq!(locs[1].name, "Burley Lodge");
    assert_eq!(providers(&records)[0].name, "Burley Care Ltd");
    assert_eq!(
        places(&errors),
        [
            (4, Some("locationId")),
            (6, Some("locationId")),
            (8, Some("providerId")),
            (9, Some("currentRatings.overall.rating")),
        ]
    );
    assert_eq!(
        errors[0].message,
        "location 1-1006000001 already appeared on line 1; this row was skipped"
    );
    assert_eq!(
        errors[1].message,
        "location 1-1006000002 already appeared on line 2; this row was skipped"
    );
    assert_eq!(
        errors[2].message,
        "provider 1-1006100001 already appeared on line 7; this row was skipped"
    );
    // Line 9 was rejected, so line 10's copy of the same location is the first good one.
}

#[test]
fn api_non_utf8_is_a_row_error_naming_the_field() {
    let (records, errors, n) = api("cqc_api/non-utf8.jsonl");
    assert_eq!(n, 3);
    assert_eq!(ids(&locations(&records)), ["1-1007000001", "1-1007000003"]);
    assert_eq!(places(&errors), [(2, Some("name"))]);
    says(
        &errors[0],
        &[
            "byte 133 of the line (0xE9) is not valid UTF-8",
            "record 1-1007000002",
            "save it as UTF-8",
        ],
    );
}

#[test]
fn api_directory_of_files_in_name_order() {
    let items: Vec<Result<ApiRecord, RowError>> = read_cqc_api(&fixture("cqc_api/dir"))
        .expect("opens")
        .collect();
    let summary: Vec<String> = items
        .iter()
        .map(|i| match i {
            Ok(ApiRecord::Location(l)) => format!("location {}", l.location_id),
            Ok(ApiRecord::Provider(p)) => format!("provider {}", p.provider_id),
            Err(e) => format!("error {e}"),
        })
        .collect();
    assert_eq!(
        summary,
        [
            "location 1-1002000001",
            "error 1-1002000002.json line 1, field \"numberOfBeds\": expected a whole number, found an object",
            "location 1-1002000003",
            "provider 1-1002100001",
            "location 1-1002000004",
            "error batch.jsonl line 2, field \"locationId\": location 1-1002000001 already appeared in 1-1002000001.json line 1; this row was skipped",
        ]
    );
    let Ok(ApiRecord::Location(roundhay)) = &items[0] else {
        unreachable!()
    };
    assert_eq!(roundhay.name, "Roundhay Lodge");
    assert_eq!(roundhay.postcode.as_deref(), Some("LS8 2JU"));
    assert_eq!(roundhay.overall(), Rating::Good);
}

#[test]
fn api_pretty_printed_and_damaged_documents() {
    let pretty = b"\n{\n  \"locationId\": \"1-1014000001\",\n  \"name\": \"Seacroft Grange\",\n  \"postalCode\": \"LS14 6JA\"\n}\n";
    let (_dir, path) = temp_file("one.json", pretty);
    let (records, errors, _) = collect(read_cqc_api(&path).unwrap());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(ids(&locations(&records)), ["1-1014000001"]);

    let cut = b"{\n  \"locationId\": \"1-1014000002\",\n  \"name\": \"Whinmoor";
    let (_dir, path) = temp_file("cut.json", cut);
    let (records, errors, _) = collect(read_cqc_api(&path).unwrap());
    assert!(records.is_empty());
    assert_eq!(places(&errors), [(3, None)]);
    says(&errors[0], &["not valid JSON", "cut off"]);

    let latin1 = b"{\n  \"locationId\": \"1-1014000003\",\n  \"name\": \"Caf\xe9 Royal\"\n}\n";
    let (_dir, path) = temp_file("latin1.json", latin1);
    let (records, errors, _) = collect(read_cqc_api(&path).unwrap());
    assert!(records.is_empty());
    assert_eq!(places(&errors), [(3, Some("name"))]);
    says(
        &errors[0],
        &["byte 15 of the line (0xE9)", "record 1-1014000003"],
    );
}

#[test]
fn api_structural_problems_are_fatal() {
    let missing = read_cqc_api(&fixture("cqc_api/no-such-file.jsonl"));
    assert!(matches!(missing, Err(ReadError::Io { .. })));

    let (_dir, path) = temp_file("empty.jsonl", b"\n  \n");
    assert!(matches!(read_cqc_api(&path), Err(ReadError::Empty { .. })));

    let (_dir, path) = temp_file("array.json", b"[{\"locationId\": \"1-1\"}]\n");
    let err = read_cqc_api(&path).err().expect("fails");
    assert!(matches!(err, ReadError::Format { .. }));
    assert!(err.to_string().contains("JSON array"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not JSON").unwrap();
    assert!(matches!(
        read_cqc_api(dir.path()),
        Err(ReadError::Empty { .. })
    ));
}

// ------------------------------------------------------------------ HSCA active locations

fn active(path: &str) -> (Vec<Location>, Vec<RowError>, usize) {
    collect(read_active_locations(&fixture(path)).expect("opens"))
}

fn owned_ids(locs: &[Location]) -> Vec<&str> {
    locs.iter().map(|l| l.location_id.as_str()).collect()
}

#[test]
fn active_valid_reads_columns_by_name() {
    let (locs, errors, n) = active("active_locations/valid.csv");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(n, 6);
    assert_eq!(
        owned_ids(&locs),
        [
            "1-1001000001",
            "1-1001000002",
            "1-1001000003",
            "1-1001000005",
            "1-1001000006",
            "1-1001000007"
        ]
    );
    assert!(
        locs.iter()
            .all(|l| l.registration_status == RegistrationStatus::Registered)
    );

    let aire = &locs[0];
    assert_eq!(aire.name, "Aireside Manor Nursing Home");
    assert_eq!(aire.also_known_as.as_deref(), Some("Aireside Manor"));
    assert_eq!(aire.registration_date.as_deref(), Some("2011-03-14"));
    assert!(aire.care_home && !aire.dormant);
    assert_eq!(aire.beds, Some(48));
    assert_eq!(aire.location_type.as_deref(), Some("Social Care Org"));
    assert_eq!(
        aire.inspection_directorate.as_deref(),
        Some("Adult social care")
    );
    assert_eq!(aire.local_authority.as_deref(), Some("Leeds"));
    assert_eq!(aire.region.as_deref(), Some("Yorkshire and The Humber"));
    assert_eq!(
        (aire.latitude, aire.longitude),
        (Some(53.8225), Some(-1.5786))
    );
    assert_eq!(aire.postcode.as_deref(), Some("LS6 3HN"));
    assert_eq!(aire.address_line1.as_deref(), Some("12 Grove Lane"));
    assert_eq!(aire.address_line2.as_deref(), Some("Headingley"));
    assert_eq!(aire.town.as_deref(), Some("Leeds"));
    assert_eq!(aire.county.as_deref(), Some("West Yorkshire"));
    // The spreadsheet dropped the leading zero.
    assert_eq!(aire.phone.as_deref(), Some("01134960101"));
    assert_eq!(
        aire.website.as_deref(),
        Some("https://www.airesidecare.example/manor")
    );
    assert_eq!(
        aire.brand_name.as_deref(),
        Some("BRAND Aireside Care Group")
    );
    assert_eq!(aire.provider_id.as_deref(), Some("1-1001100001"));
    assert_eq!(aire.provider_name.as_deref(), Some("Aireside Care Ltd"));
    assert_eq!(aire.service_types, ["Care home service with nursing"]);
    assert_eq!(service_slug(&aire.service_types[0]), "care-home-nursing");
    assert_eq!(
        aire.specialisms,
        ["Dementia", "Older People", "Physical Disability"]
    );
    let slugs: Vec<_> = aire
        .specialisms
        .iter()
        .filter_map(|s| specialism_slug(s))
        .collect();
    assert_eq!(slugs, ["dementia", "older-people", "physical-disabilities"]);
    let current = aire.current.as_ref().unwrap();
    assert_eq!(current.overall, Rating::Good);
    assert_eq!(current.date.as_deref(), Some("2024-03-14"));
    assert!(current.key_questions.iter().all(Option::is_none));

    // Excel's "01-Oct-10" and an ISO publication date; a "-" brand is no brand.
    let kirk = &locs[1];
    assert_eq!(kirk.registration_date.as_deref(), Some("2010-10-01"));
    assert_eq!(kirk.overall(), Rating::RequiresImprovement);
    assert_eq!(
        kirk.current.as_ref().unwrap().date.as_deref(),
        Some("2023-11-08")
    );
    assert_eq!(kirk.brand_name, None);
    assert_eq!(service_slug(&kirk.service_types[0]), "care-home");

    let bright = &locs[2];
    assert_eq!(bright.current, None);
    assert_eq!(bright.beds, None);
    assert!(!bright.care_home);
    assert_eq!(bright.service_types, ["Domiciliary care service"]);
    assert_eq!(service_slug(&bright.service_types[0]), "home-care");
    assert_eq!(
        bright.specialisms,
        ["Dementia", "Older People", "Younger Adults"]
    );

    let calder = &locs[3];
    assert_eq!(calder.service_types, ["Shared Lives"]);
    assert_eq!(calder.overall(), Rating::Outstanding);
    assert_eq!(
        calder.current.as_ref().unwrap().date.as_deref(),
        Some("2023-05-17")
    );
    assert_eq!(
        specialism_slug(&calder.specialisms[0]),
        Some("learning-disabilities")
    );

    // "Not rated" is no rating; a lower-case postcode without its space is normalised.
    let chapel = &locs[4];
    assert_eq!(chapel.current, None);
    assert_eq!(chapel.postcode.as_deref(), Some("LS7 4DR"));
    assert_eq!(chapel.registration_date.as_deref(), Some("2025-01-06"));

    let meanwood = &locs[5];
    assert!(meanwood.dormant);
    assert_eq!(meanwood.registration_date.as_deref(), Some("2019-05-01"));
    assert_eq!(
        meanwood.current.as_ref().unwrap().date.as_deref(),
        Some("2019-05-01")
    );
    assert_eq!(service_slug(&meanwood.service_types[0]), "supported-living");
}

#[test]
fn active_preamble_lines_are_skipped_and_counted() {
    let (locs, errors, n) = active("active_locations/preamble.csv");
    assert_eq!(n, 3);
    assert_eq!(owned_ids(&locs), ["1-1008000001", "1-1008000003"]);
    assert_eq!(places(&errors), [(5, Some("Location HSCA start date"))]);
    says(&errors[0], &["\"32/01/2019\" is not a date"]);
    let roundhay = &locs[0];
    assert_eq!(roundhay.name, "Roundhay Lodge");
    assert_eq!(roundhay.registration_date.as_deref(), Some("2019-05-01"));
    assert_eq!(roundhay.service_types, ["Care home service with nursing"]);
    assert_eq!(roundhay.specialisms, ["Dementia"]);
    assert_eq!(roundhay.beds, Some(40));
    assert_eq!(
        locs[1].current.as_ref().unwrap().date.as_deref(),
        Some("2024-02-29")
    );
}

#[test]
fn active_truncated_last_row_is_one_row_error() {
    let (locs, errors, n) = active("active_locations/truncated.csv");
    assert_eq!(n, 3);
    assert_eq!(owned_ids(&locs), ["1-1009000001", "1-1009000002"]);
    assert_eq!(places(&errors), [(4, None)]);
    says(&errors[0], &["but the header has 49", "cut off"]);
}

#[test]
fn active_wrong_types_name_the_column() {
    let (locs, errors, n) = active("active_locations/wrong-types.csv");
    assert_eq!(n, 12);
    assert_eq!(
        owned_ids(&locs),
        ["1-1010000001", "1-1010000008", "1-1010000012"]
    );
    assert_eq!(
        places(&errors),
        [
            (3, Some("Care homes beds")),
            (4, Some("Location HSCA start date")),
            (5, Some("Location Latest Overall Rating")),
            (6, Some("Location Latitude")),
            (7, Some("Care home?")),
            (8, Some("Location Postal Code")),
            (10, None),
            (11, Some("Location Longitude")),
            (12, Some("Care homes beds")),
        ]
    );
    assert_eq!(
        errors[0].to_string(),
        "wrong-types.csv line 3, field \"Care homes beds\": \"ten\" is not a whole number"
    );
    says(&errors[1], &["\"31/02/2020\" is not a date"]);
    says(&errors[2], &["\"Excellent\" is not a CQC rating"]);
    says(&errors[3], &["\"north\" is not a number"]);
    says(&errors[4], &["\"Maybe\" is not Y or N"]);
    says(&errors[5], &["\"LEEDS\" is not a UK postcode"]);
    says(&errors[6], &["50 fields but the header has 49", "quotes"]);
    says(&errors[7], &["not in the United Kingdom"]);
    says(&errors[8], &["\"-4\" is negative"]);
}

#[test]
fn active_missing_ids_and_names() {
    let (locs, errors, n) = active("active_locations/missing-ids.csv");
    assert_eq!(n, 5);
    assert_eq!(owned_ids(&locs), ["1-1011000001", "1-1011000004"]);
    assert_eq!(
        places(&errors),
        [
            (3, Some("Location ID")),
            (4, Some("Location ID")),
            (6, Some("Location Name")),
        ]
    );
    says(&errors[0], &["missing Location ID"]);
    says(&errors[1], &["\"RXX01\" is not a CQC location id"]);
    says(&errors[2], &["the name is empty"]);
}

#[test]
fn active_duplicates_keep_the_first_good_row() {
    let (locs, errors, n) = active("active_locations/duplicate-ids.csv");
    assert_eq!(n, 7);
    assert_eq!(
        owned_ids(&locs),
        [
            "1-1012000001",
            "1-1012000002",
            "1-1012000003",
            "1-1012000004"
        ]
    );
    assert_eq!(locs[1].name, "Burley Lodge");
    assert_eq!(
        places(&errors),
        [
            (4, Some("Location ID")),
            (6, Some("Location ID")),
            (7, Some("Care homes beds")),
        ]
    );
    assert_eq!(
        errors[0].message,
        "location 1-1012000001 already appeared on line 2; this row was skipped"
    );
    assert_eq!(
        errors[1].message,
        "location 1-1012000002 already appeared on line 3; this row was skipped"
    );
}

#[test]
fn active_non_utf8_is_a_row_error_naming_the_column() {
    let (locs, errors, n) = active("active_locations/non-utf8.csv");
    assert_eq!(n, 3);
    assert_eq!(owned_ids(&locs), ["1-1013000001", "1-1013000003"]);
    assert_eq!(places(&errors), [(3, Some("Location Name"))]);
    says(
        &errors[0],
        &[
            "byte 4 of the field (0xE9) is not valid UTF-8",
            "\"Café Royal Care Home\"",
            "save it as UTF-8",
        ],
    );
}

#[test]
fn active_structural_problems_are_fatal() {
    assert!(matches!(
        read_active_locations(&fixture("active_locations/none.csv")),
        Err(ReadError::Io { .. })
    ));
    let (_dir, path) = temp_file("empty.csv", b"");
    assert!(matches!(
        read_active_locations(&path),
        Err(ReadError::Empty { .. })
    ));
    let (_dir, path) = temp_file(
        "other.csv",
        b"Location Name,Location Postal Code\nAdel Grange,LS16 8AA\n",
    );
    match read_active_locations(&path) {
        Err(ReadError::MissingColumns { missing, .. }) => assert_eq!(missing, ["Location ID"]),
        other => panic!("expected missing columns, got {:?}", other.err()),
    }
    let (_dir, path) = temp_file("ids.csv", b"Location ID,Postcode\n1-1,LS6 3HN\n");
    let err = read_active_locations(&path).err().expect("fails");
    assert_eq!(
        err.to_string(),
        format!(
            "{} is missing the required column \"Location Name\" (is it the right file, with its header line?)",
            path.display()
        )
    );
}

// ------------------------------------------------------------------------ Latest ratings

#[test]
fn ratings_pivot_overall_rows_into_one_set_per_location() {
    let (updates, errors, rows) = read_ratings(&fixture("ratings/valid.csv")).unwrap();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(rows, 28);
    let ids: Vec<&str> = updates.iter().map(|u| u.location_id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "1-1001000001",
            "1-1001000002",
            "1-1001000008",
            "1-1001000005"
        ]
    );
    let aire = &updates[0];
    assert_eq!(aire.line, 2);
    assert_eq!(
        aire.location_name.as_deref(),
        Some("Aireside Manor Nursing Home")
    );
    assert_eq!(aire.provider_id.as_deref(), Some("1-1001100001"));
    assert_eq!(aire.ratings.overall, Rating::Good);
    assert_eq!(aire.ratings.date.as_deref(), Some("2024-03-14"));
    for q in KeyQuestion::ALL {
        let k = aire.ratings.key(q).expect("all five key questions");
        assert_eq!(k.rating, Rating::Good);
        let want = if q == KeyQuestion::Caring {
            "2021-06-02"
        } else {
            "2024-03-14"
        };
        assert_eq!(k.date.as_deref(), Some(want), "{q:?}");
    }

    // Rows in another order pivot the same.
    let kirk = &updates[1];
    assert_eq!(kirk.line, 8);
    assert_eq!(kirk.ratings.overall, Rating::RequiresImprovement);
    let kq: Vec<Rating> = KeyQuestion::ALL
        .iter()
        .map(|q| kirk.ratings.key_rating(*q))
        .collect();
    assert_eq!(
        kq,
        [
            Rating::RequiresImprovement,
            Rating::Good,
            Rating::Good,
            Rating::Good,
            Rating::RequiresImprovement
        ]
    );

    // Population groups other than Overall are ignored.
    let gp = &updates[2];
    assert_eq!(gp.ratings.overall, Rating::Good);
    assert_eq!(
        gp.ratings.key_rating(KeyQuestion::Responsive),
        Rating::Outstanding
    );
    assert_eq!(gp.ratings.key_rating(KeyQuestion::Effective), Rating::Good);

    let calder = &updates[3];
    assert_eq!(calder.ratings.overall, Rating::Outstanding);
    assert_eq!(calder.ratings.key_rating(KeyQuestion::Safe), Rating::Good);
}

#[test]
fn ratings_older_key_question_header() {
    let (updates, errors, rows) = read_ratings(&fixture("ratings/key-question.csv")).unwrap();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(rows, 12);
    assert_eq!(updates.len(), 2);
    assert_eq!(updates[0].ratings.overall, Rating::Good);
    assert_eq!(
        updates[0]
            .ratings
            .key(KeyQuestion::Caring)
            .unwrap()
            .date
            .as_deref(),
        Some("2021-06-02")
    );
    assert_eq!(updates[1].ratings.overall, Rating::RequiresImprovement);
    assert_eq!(
        updates[1].ratings.key_rating(KeyQuestion::WellLed),
        Rating::RequiresImprovement
    );
}

#[test]
fn ratings_truncated_last_row() {
    let (updates, errors, rows) = read_ratings(&fixture("ratings/truncated.csv")).unwrap();
    assert_eq!(rows, 8);
    assert_eq!(places(&errors), [(9, None)]);
    says(&errors[0], &["cut off"]);
    assert_eq!(updates.len(), 2);
    assert_eq!(updates[1].ratings.overall, Rating::RequiresImprovement);
    assert_eq!(updates[1].ratings.key(KeyQuestion::Safe), None);
}

#[test]
fn ratings_wrong_values_and_missing_overall() {
    let (updates, errors, rows) = read_ratings(&fixture("ratings/wrong-types.csv")).unwrap();
    assert_eq!(rows, 19);
    assert_eq!(
        places(&errors),
        [
            (3, Some("Latest Rating")),
            (14, Some("Domain")),
            (15, Some("Publication Date")),
            (18, None),
        ]
    );
    says(&errors[0], &["\"Excellent\" is not a CQC rating"]);
    says(&errors[1], &["\"Kind\" is not a CQC domain"]);
    says(&errors[2], &["\"soon\" is not a date"]);
    says(
        &errors[3],
        &["location 1-1001000009", "no \"Overall\" domain row"],
    );
    let ids: Vec<&str> = updates.iter().map(|u| u.location_id.as_str()).collect();
    assert_eq!(ids, ["1-1001000001", "1-1001000002", "1-1001000006"]);
    // The bad Safe row is left out; the rest of the location's rows still count.
    assert_eq!(updates[0].ratings.key(KeyQuestion::Safe), None);
    assert_eq!(
        updates[0].ratings.key_rating(KeyQuestion::Effective),
        Rating::Good
    );
    assert!(updates[1].ratings.key_questions.iter().all(Option::is_some));
    // "Not rated" with no date is kept as such.
    assert_eq!(updates[2].ratings.overall, Rating::NotRated);
    assert_eq!(updates[2].ratings.date, None);
}

#[test]
fn ratings_missing_ids() {
    let (updates, errors, rows) = read_ratings(&fixture("ratings/missing-ids.csv")).unwrap();
    assert_eq!(rows, 10);
    assert_eq!(
        places(&errors),
        [(8, Some("Location ID")), (9, Some("Location ID"))]
    );
    says(&errors[0], &["missing Location ID"]);
    says(&errors[1], &["\"RXX01\" is not a CQC location id"]);
    assert_eq!(updates.len(), 2);
}

#[test]
fn ratings_duplicate_rows_keep_the_first() {
    let (updates, errors, rows) = read_ratings(&fixture("ratings/duplicate-ids.csv")).unwrap();
    assert_eq!(rows, 10);
    assert_eq!(
        places(&errors),
        [(10, Some("Location ID")), (11, Some("Location ID"))]
    );
    assert_eq!(
        errors[0].message,
        "the Overall rating for location 1-1001000001 already appeared on line 2; this row was skipped"
    );
    assert_eq!(
        errors[1].message,
        "the Safe rating for location 1-1001000002 already appeared on line 9; this row was skipped"
    );
    assert_eq!(updates[0].ratings.overall, Rating::Good);
    assert_eq!(
        updates[1].ratings.key_rating(KeyQuestion::Safe),
        Rating::RequiresImprovement
    );
}

#[test]
fn ratings_non_utf8_rows() {
    let (updates, errors, rows) = read_ratings(&fixture("ratings/non-utf8.csv")).unwrap();
    assert_eq!(rows, 10);
    assert_eq!(
        places(&errors),
        [
            (8, Some("Location Name")),
            (9, Some("Location Name")),
            (10, Some("Location Name"))
        ]
    );
    says(
        &errors[0],
        &["(0xE9) is not valid UTF-8", "save it as UTF-8"],
    );
    let ids: Vec<&str> = updates.iter().map(|u| u.location_id.as_str()).collect();
    assert_eq!(ids, ["1-1001000001", "1-1001000002"]);
}

#[test]
fn ratings_structural_problems_are_fatal() {
    assert!(matches!(
        read_ratings(&fixture("ratings/none.csv")),
        Err(ReadError::Io { .. })
    ));
    let (_dir, path) = temp_file(
        "r.csv",
        b"Location ID,Location Name,Latest Rating\n1-1001000001,Aireside,Good\n",
    );
    match read_ratings(&path) {
        Err(ReadError::MissingColumns { missing, .. }) => {
            assert_eq!(missing, ["Domain (or Key Question)"]);
        }
        other => panic!("expected missing columns, got {other:?}"),
    }
}

// ------------------------------------------------------------------------------ Postcodes

fn postcodes(
    path: &str,
) -> (
    Vec<carenav_ingest::read::PostcodeRecord>,
    Vec<RowError>,
    usize,
) {
    collect(read_postcodes(&fixture(path)).expect("opens"))
}

#[test]
fn postcodes_onspd_layout() {
    let (records, errors, n) = postcodes("postcodes/valid.csv");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(n, 13);
    let first = &records[0];
    assert_eq!(first.postcode, "LS6 3HN");
    assert_eq!((first.latitude, first.longitude), (53.8225, -1.5786));
    assert_eq!(first.local_authority.as_deref(), Some("E08000035"));
    assert_eq!(records[1].postcode, "LS12 3QE");
    let wf = records.iter().find(|r| r.postcode == "WF1 2EB").unwrap();
    assert_eq!(wf.local_authority.as_deref(), Some("E08000036"));
    assert!(records.iter().any(|r| r.postcode == "EH1 1YZ"));
    assert!(records.iter().any(|r| r.postcode == "CF10 1EP"));
}

#[test]
fn postcodes_simple_layout() {
    let (records, errors, n) = postcodes("postcodes/simple.csv");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(n, 4);
    let got: Vec<(&str, Option<&str>)> = records
        .iter()
        .map(|r| (r.postcode.as_str(), r.local_authority.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("LS6 3HN", Some("Leeds")),
            ("LS12 3QE", Some("Leeds")),
            ("WF1 2EB", Some("Wakefield")),
            ("M1 1AE", None)
        ]
    );
}

#[test]
fn postcodes_without_coordinates_or_outside_the_uk() {
    let (records, errors, n) = postcodes("postcodes/wrong-types.csv");
    assert_eq!(n, 8);
    let got: Vec<&str> = records.iter().map(|r| r.postcode.as_str()).collect();
    assert_eq!(got, ["LS6 3HN", "BD9 4RT"]);
    assert_eq!(
        places(&errors),
        [
            (3, Some("lat")),
            (4, Some("lat")),
            (5, Some("lat")),
            (6, Some("long")),
            (7, Some("pcds")),
            (8, Some("lat")),
        ]
    );
    says(&errors[0], &["no coordinates for LS99 9ZZ"]);
    says(&errors[1], &["\"north\" is not a number"]);
    says(&errors[2], &["not in the United Kingdom"]);
    says(&errors[3], &["not in the United Kingdom"]);
    says(&errors[4], &["\"NOTAPOSTCODE\" is not a UK postcode"]);
    says(&errors[5], &["no coordinates for LS6 4JN"]);
}

#[test]
fn postcodes_missing_duplicate_truncated_and_non_utf8() {
    let (records, errors, n) = postcodes("postcodes/missing-ids.csv");
    assert_eq!((records.len(), n), (2, 3));
    assert_eq!(places(&errors), [(3, Some("pcds"))]);
    says(&errors[0], &["missing postcode"]);

    let (records, errors, n) = postcodes("postcodes/duplicate-ids.csv");
    assert_eq!((records.len(), n), (3, 5));
    assert_eq!(places(&errors), [(4, Some("pcds")), (6, Some("pcds"))]);
    assert_eq!(
        errors[0].message,
        "postcode LS6 3HN already appeared on line 2; this row was skipped"
    );
    assert_eq!(
        errors[1].message,
        "postcode LS12 3QE already appeared on line 3; this row was skipped"
    );
    assert_eq!(records[0].latitude, 53.8225, "the first one wins");

    let (records, errors, n) = postcodes("postcodes/truncated.csv");
    assert_eq!((records.len(), n), (2, 3));
    assert_eq!(places(&errors), [(4, None)]);
    says(&errors[0], &["cut off"]);

    let (records, errors, n) = postcodes("postcodes/non-utf8.csv");
    assert_eq!((records.len(), n), (2, 3));
    assert_eq!(places(&errors), [(3, Some("Local Authority"))]);
    says(
        &errors[0],
        &[
            "byte 7 of the field (0xF4)",
            "\"Ynys Môn\"",
            "save it as UTF-8",
        ],
    );
}

#[test]
fn postcodes_structural_problems_are_fatal() {
    let (_dir, path) = temp_file(
        "p.csv",
        b"postcode,easting,northing\nLS6 3HN,428000,435000\n",
    );
    match read_postcodes(&path) {
        Err(ReadError::MissingColumns { missing, .. }) => assert_eq!(
            missing,
            ["latitude (or lat)", "longitude (or long, lon, lng)"]
        ),
        other => panic!("expected missing columns, got {:?}", other.err()),
    }
    let (_dir, path) = temp_file("q.csv", b"name,lat,long\nHeadingley,53.8,-1.5\n");
    match read_postcodes(&path) {
        Err(ReadError::MissingColumns { missing, .. }) => {
            assert_eq!(missing, ["postcode (or pcds, pcd, pcd2)"]);
        }
        other => panic!("expected missing columns, got {:?}", other.err()),
    }
    assert!(matches!(
        read_postcodes(&fixture("postcodes/none.csv")),
        Err(ReadError::Io { .. })
    ));
}

// ------------------------------------------------------------------------- Line numbers

#[test]
fn csv_line_numbers_are_physical_lines() {
    // CRLF and LF line ends, blank lines of both kinds, a quoted cell over two lines.
    let text = b"Postcode,Latitude,Longitude,Local Authority\r\n\
LS6 3HN,53.8225,-1.5786,Leeds\r\n\
\r\n\
\"LS12 3QE\",53.7985,-1.5964,\"Leeds\r\nWest\"\r\n\
LS1 4AP,north,-1.5491,Leeds\r\n\
\n\
\n\
WF1 2EB,53.6832,99,Wakefield\n\
LS7 4DR,53.8281,-1.5362,\"Leeds\"\r\n\
M1 1AE,53.4808,-2.2426,Manchester";
    let (_dir, path) = temp_file("lines.csv", text);
    let (records, errors, n) = collect(read_postcodes(&path).unwrap());
    assert_eq!(n, 6, "blank lines are not rows");
    assert_eq!(
        places(&errors),
        [(6, Some("Latitude")), (9, Some("Longitude"))]
    );
    let got: Vec<(&str, Option<&str>)> = records
        .iter()
        .map(|r| (r.postcode.as_str(), r.local_authority.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("LS6 3HN", Some("Leeds")),
            ("LS12 3QE", Some("Leeds\r\nWest")),
            ("LS7 4DR", Some("Leeds")),
            ("M1 1AE", Some("Manchester"))
        ]
    );

    // The same through the active-locations reader, after a preamble and a blank line.
    let text = b"HSCA Active Locations\n\nLocation ID,Location Name,Care homes beds\n\
1-1015000001,Temple Newsam House,40\n\n1-1015000002,Halton Moor Lodge,lots\n";
    let (_dir, path) = temp_file("active.csv", text);
    let (locs, errors, n) = collect(read_active_locations(&path).unwrap());
    assert_eq!((locs.len(), n), (1, 2));
    assert_eq!(places(&errors), [(6, Some("Care homes beds"))]);
}

#[test]
fn json_line_numbers_count_blank_lines_and_crlf() {
    let good = |id: &str| format!("{{\"locationId\": \"{id}\", \"name\": \"Cross Gates Court\"}}");
    let text = format!(
        "\r\n\r\n{}\r\n\r\n{{\"locationId\": \"1-1016000002\", \"name\": 7}}\r\n{}",
        good("1-1016000001"),
        good("1-1016000003")
    );
    let (_dir, path) = temp_file("crlf.jsonl", text.as_bytes());
    let (records, errors, n) = collect(read_cqc_api(&path).unwrap());
    assert_eq!(n, 3);
    assert_eq!(ids(&locations(&records)), ["1-1016000001", "1-1016000003"]);
    assert_eq!(places(&errors), [(5, Some("name"))]);

    // An array is refused before it is read, however long its one line.
    let (_dir, path) = temp_file("array.jsonl", b"\n\n  [{\"locationId\": \"1-1\"}]");
    match read_cqc_api(&path) {
        Err(ReadError::Format { message, .. }) => assert!(message.contains("JSON array")),
        other => panic!("expected a format error, got {:?}", other.err()),
    }
}

// ------------------------------------------------------------------------- Council rates

fn council_rates(path: &str) -> (Vec<CouncilRate>, Vec<RowError>, usize) {
    collect(read_council_rates(&fixture(path)).expect("opens"))
}

#[test]
fn council_rates_join_the_register_by_code_or_name() {
    let (records, errors, n) = council_rates("council_rates/valid.csv");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(n, 5);
    let got: Vec<(&str, &str, &str, i64)> = records
        .iter()
        .map(|r| {
            (
                r.council_code.as_str(),
                r.financial_year.as_str(),
                r.category.code(),
                r.weekly_rate.0,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("E08000035", "2025-26", "residential", 81_250),
            ("E08000035", "2025-26", "nursing", 101_000),
            ("E06000023", "2025-26", "residential_dementia", 90_500),
            ("E10000016", "2025-26", "nursing_dementia", 110_025),
            // A former code (before the 2025 boundary change) finds the council today.
            ("E08000038", "2024-25", "residential", 72_000),
        ]
    );
    assert_eq!(records[1].fnc_included, Some(false));
    assert_eq!(records[0].fnc_included, None);
    assert_eq!(records[2].band_or_grade.as_deref(), Some("Enhanced"));
    assert_eq!(
        records[2].band_trigger_description.as_deref(),
        Some("Needs two carers at night")
    );
    assert_eq!(records[2].addon_type, Some(AddonType::Percent));
    assert_eq!(records[3].addon_value, Some(45.5));
    assert_eq!(records[2].effective_from.to_string(), "2025-04-07");
}

#[test]
fn council_rates_with_wrong_values_say_which_field_and_why() {
    let (records, errors, n) = council_rates("council_rates/wrong-types.csv");
    assert_eq!(n, 13);
    assert_eq!(records.len(), 1, "{errors:#?}");
    assert_eq!(records[0].source_url, "https://example.org/ok");
    assert_eq!(
        places(&errors),
        [
            (2, Some("council_code")),
            (3, Some("financial_year")),
            (4, Some("effective_from")),
            (5, Some("effective_from")),
            (6, Some("care_category")),
            (7, Some("weekly_rate_gbp")),
            (8, Some("weekly_rate_gbp")),
            (9, Some("fnc_included")),
            (10, Some("addon_value")),
            (11, Some("source_url")),
            (12, Some("council_name")),
            (13, Some("council_name")),
        ]
    );
    says(
        &errors[0],
        &["\"E99999999\" is not the GSS code of a council"],
    );
    says(&errors[1], &["\"2025-27\" is not a financial year"]);
    says(&errors[2], &["\"7 April\" is not a date"]);
    says(
        &errors[3],
        &["2026-05-01 is not in the financial year 2025-26"],
    );
    says(&errors[4], &["\"palace\" is not a care category"]);
    says(&errors[5], &["\"lots\" is not an amount in pounds"]);
    says(&errors[6], &["£0"]);
    says(&errors[7], &["\"maybe\" is not yes, no or blank"]);
    says(&errors[8], &["give both or neither"]);
    says(&errors[9], &["every rate needs its source"]);
    says(
        &errors[10],
        &["council_code E08000035 is Leeds, but council_name names Manchester"],
    );
    says(
        &errors[11],
        &["\"Atlantis\" is not a council the register knows"],
    );
}

#[test]
fn council_rates_missing_duplicate_truncated_and_non_utf8() {
    let (records, errors, n) = council_rates("council_rates/missing-ids.csv");
    assert_eq!((records.len(), n), (2, 3));
    assert_eq!(places(&errors), [(3, Some("council_code"))]);
    says(&errors[0], &["missing council"]);

    let (records, errors, n) = council_rates("council_rates/duplicate-ids.csv");
    assert_eq!((records.len(), n), (2, 3), "a band is a different rate");
    assert_eq!(places(&errors), [(3, Some("care_category"))]);
    says(&errors[0], &["already appeared on line 2"]);
    assert_eq!(records[0].weekly_rate.0, 81_250, "the first one wins");

    let (records, errors, n) = council_rates("council_rates/truncated.csv");
    assert_eq!((records.len(), n), (2, 3));
    assert_eq!(places(&errors), [(4, None)]);
    says(&errors[0], &["cut off"]);

    let (records, errors, n) = council_rates("council_rates/non-utf8.csv");
    assert_eq!((records.len(), n), (2, 3));
    assert_eq!(places(&errors), [(3, Some("band_trigger_description"))]);
    says(&errors[0], &["save it as UTF-8"]);
}

#[test]
fn council_rates_structural_problems_are_fatal() {
    let (_dir, path) = temp_file(
        "r.csv",
        b"financial_year,effective_from,care_category,weekly_rate_gbp,source_url\n2025-26,2025-04-07,residential,800,https://example.org\n",
    );
    match read_council_rates(&path) {
        Err(ReadError::MissingColumns { missing, .. }) => {
            assert_eq!(missing.len(), 1);
            assert!(missing[0].starts_with("council_code"), "{missing:?}");
        }
        other => panic!("expected missing columns, got {:?}", other.err()),
    }
    let (_dir, path) = temp_file(
        "s.csv",
        b"council_code,care_category,weekly_rate_gbp\nE08000035,residential,800\n",
    );
    match read_council_rates(&path) {
        Err(ReadError::MissingColumns { missing, .. }) => {
            assert_eq!(missing.len(), 3, "{missing:?}")
        }
        other => panic!("expected missing columns, got {:?}", other.err()),
    }
}

/// Oversized input is a row error naming the line (and field), never a record: a 5,000-character
/// name, and a 2 MB line, between good rows that still import.
#[test]
fn oversized_values_and_records_are_row_errors() {
    let lines: Vec<String> = std::fs::read_to_string(fixture("cqc_api/valid.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect();
    let good = &lines[0];
    let long_name = good.replacen(
        "\"name\": \"Aireside Manor Nursing Home\"",
        &format!("\"name\": \"{}\"", "x".repeat(5_000)),
        1,
    );
    assert_ne!(
        &long_name, good,
        "the fixture's first line names Aireside Manor"
    );
    let huge = format!(
        "{{\"locationId\": \"1-1\", \"name\": \"{}\"}}",
        "y".repeat(2 << 20)
    );
    let text = format!("{huge}\n{long_name}\n{}\n", lines[1]);
    let (_dir, path) = temp_file("big.jsonl", text.as_bytes());
    let (records, errors, _) = collect(read_cqc_api(&path).unwrap());
    assert_eq!(
        places(&errors),
        [(1, None), (2, Some("name"))],
        "{errors:?}"
    );
    says(&errors[0], &["2.0 MB", "longest accepted is 1 MB"]);
    says(&errors[1], &["5000 characters", "longest accepted is 1000"]);
    assert_eq!(records.len(), 1, "the good line after them still reads");

    // CSV: a cell too long, and a row too long, each a row error naming where.
    let csv = std::fs::read_to_string(fixture("active_locations/valid.csv")).unwrap();
    let mut rows: Vec<String> = csv.lines().map(str::to_owned).collect();
    rows[1] = rows[1].replacen("Aireside Manor Nursing Home", &"z".repeat(5_000), 1);
    rows[2] = rows[2].replacen("Kirkgate House", &"w".repeat(1_000).repeat(1_100), 1);
    let (_dir, path) = temp_file("big.csv", rows.join("\n").as_bytes());
    let (records, errors, _) = collect(read_active_locations(&path).unwrap());
    assert_eq!(
        places(&errors),
        [(2, Some("Location Name")), (3, None)],
        "{errors:?}"
    );
    says(&errors[0], &["5000 characters"]);
    says(&errors[1], &["MB long"]);
    assert_eq!(records.len(), rows.len() - 3);
}
