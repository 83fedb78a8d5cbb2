//! Checks of whole runs: determinism, sizes, national shapes, and that the output reads back.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use super::tables::INWARD_LETTERS;
use super::{GenerateOptions, generate, generate_values};

fn opts(locations: usize, seed: u64) -> GenerateOptions {
    GenerateOptions { locations, seed }
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn overall(v: &Value) -> Option<&str> {
    v.pointer("/currentRatings/overall/rating")
        .and_then(Value::as_str)
}

fn is_location(v: &Value) -> bool {
    s(v, "organisationType") == "Location"
}

fn has_service_type(location: &Value, name: &str) -> bool {
    location["gacServiceTypes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| s(t, "name") == name)
}

fn kq_ratings(overall: &Value) -> Vec<&str> {
    overall["keyQuestionRatings"]
        .as_array()
        .map(|a| a.iter().map(|k| s(k, "rating")).collect())
        .unwrap_or_default()
}

fn check_key_questions(overall_rating: &str, kq: &[&str]) {
    assert_eq!(kq.len(), 5);
    let count = |r: &str| kq.iter().filter(|k| **k == r).count();
    let (out, good, ri, inad) = (
        count("Outstanding"),
        count("Good"),
        count("Requires improvement"),
        count("Inadequate"),
    );
    assert_eq!(out + good + ri + inad, 5, "{kq:?}");
    match overall_rating {
        "Outstanding" => assert!(out >= 2 && ri + inad == 0, "{overall_rating}: {kq:?}"),
        "Good" => assert!(good >= 4 && inad == 0, "{overall_rating}: {kq:?}"),
        "Requires improvement" => {
            assert!(ri >= 2 || inad >= 1, "{overall_rating}: {kq:?}");
            assert!(out == 0, "{overall_rating}: {kq:?}");
        }
        "Inadequate" => assert!(inad >= 1, "{overall_rating}: {kq:?}"),
        other => panic!("unexpected rating {other}"),
    }
}

#[test]
fn generator_is_deterministic() {
    let mut a = Vec::new();
    let mut b = Vec::new();
    let mut c = Vec::new();
    let sa = generate(&opts(800, 7), &mut a).unwrap();
    let sb = generate(&opts(800, 7), &mut b).unwrap();
    generate(&opts(800, 8), &mut c).unwrap();
    assert_eq!(a, b);
    assert_eq!(sa, sb);
    assert_ne!(a, c);
    // The lines are the values, one per line.
    let (values, sv) = generate_values(&opts(800, 7));
    assert_eq!(sv, sa);
    let text = String::from_utf8(a).unwrap();
    assert_eq!(text.lines().count(), values.len());
    for (line, value) in text.lines().zip(&values) {
        assert_eq!(&serde_json::from_str::<Value>(line).unwrap(), value);
    }
}

#[test]
fn generator_small_sizes_work() {
    for n in [0, 1, 2, 7, 30] {
        let (values, stats) = generate_values(&opts(n, 1));
        assert_eq!(stats.locations, n);
        assert_eq!(values.iter().filter(|v| is_location(v)).count(), n);
        assert_eq!(values.len(), n + stats.providers);
    }
}

#[test]
fn generator_national_shapes_at_5000() {
    check_national_shapes(42);
}

/// The shape checks hold whatever the seed, not only for the one the test uses.
#[test]
#[ignore]
fn generator_national_shapes_other_seeds() {
    for seed in 1..=12 {
        check_national_shapes(seed);
    }
}

fn check_national_shapes(seed: u64) {
    let n = 5000;
    let (values, stats) = generate_values(&opts(n, seed));
    let (locations, providers): (Vec<&Value>, Vec<&Value>) =
        values.iter().partition(|v| is_location(v));
    assert_eq!(locations.len(), n);
    assert_eq!(providers.len(), stats.providers);
    assert!(values[..n].iter().all(is_location), "locations come first");
    assert!(
        providers
            .iter()
            .all(|p| s(p, "organisationType") == "Provider")
    );

    // Every object is marked as demonstration data.
    assert!(
        values
            .iter()
            .all(|v| v["carenavSynthetic"] == Value::Bool(true))
    );

    // Required fields and unique ids.
    let mut ids = HashSet::new();
    for l in &locations {
        for key in [
            "locationId",
            "name",
            "postalCode",
            "region",
            "localAuthority",
        ] {
            assert!(!s(l, key).is_empty(), "{key} missing in {l}");
        }
        assert!(carenav_domain::directory::model::is_location_id(s(
            l,
            "locationId"
        )));
        assert!(ids.insert(s(l, "locationId").to_string()), "duplicate id");
        let pc = s(l, "postalCode");
        let (_, inward) = pc.split_once(' ').unwrap();
        assert_eq!(inward.len(), 3, "{pc}");
        assert!(
            inward[1..].bytes().all(|b| INWARD_LETTERS.contains(&b)),
            "{pc}"
        );
        let phone = s(l, "mainPhoneNumber");
        assert!(
            [
                "01632 960",
                "020 7946 0",
                "0113 496 0",
                "0114 496 0",
                "0115 496 0",
                "0116 496 0",
                "0117 496 0",
                "0118 496 0",
                "0121 496 0",
                "0151 496 0",
                "0161 496 0",
                "0191 498 0"
            ]
            .iter()
            .any(|p| phone.starts_with(p)),
            "{phone}"
        );
    }

    // Providers and their locations agree.
    let mut provider_locations: HashMap<&str, HashSet<&str>> = HashMap::new();
    for p in &providers {
        let listed = p["locationIds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert!(
            provider_locations
                .insert(s(p, "providerId"), listed)
                .is_none()
        );
    }
    for l in &locations {
        let listed = provider_locations
            .get(s(l, "providerId"))
            .expect("provider object exists");
        assert!(listed.contains(s(l, "locationId")));
    }
    let biggest = provider_locations.values().map(HashSet::len).max().unwrap();
    let singles = provider_locations.values().filter(|l| l.len() == 1).count();
    assert!(biggest >= 20, "a chain of {biggest}");
    assert!(
        singles * 2 > providers.len(),
        "mostly one location per provider"
    );

    // Shares of care homes and home care.
    let registered: Vec<&&Value> = locations
        .iter()
        .filter(|l| s(l, "registrationStatus") == "Registered")
        .collect();
    let care_homes = registered
        .iter()
        .filter(|l| s(l, "careHome") == "Y")
        .count();
    let home_care = registered
        .iter()
        .filter(|l| has_service_type(l, "Homecare agencies"))
        .count();
    assert_eq!(care_homes, stats.care_homes);
    assert_eq!(home_care, stats.home_care);
    let share = |c: usize| c as f64 / n as f64;
    assert!((0.22..0.28).contains(&share(care_homes)), "{care_homes}");
    assert!((0.18..0.24).contains(&share(home_care)), "{home_care}");
    let deregistered = n - registered.len();
    assert_eq!(deregistered, stats.deregistered);
    assert!(
        (0.07..0.11).contains(&share(deregistered)),
        "{deregistered}"
    );
    let nursing = registered
        .iter()
        .filter(|l| has_service_type(l, "Nursing homes"))
        .count() as f64;
    assert!((0.2..0.35).contains(&(nursing / care_homes as f64)));
    let beds: u64 = registered
        .iter()
        .filter_map(|l| l["numberOfBeds"].as_u64())
        .sum();
    assert_eq!(beds, stats.beds);
    let per_home = beds as f64 / care_homes as f64;
    assert!((26.0..36.0).contains(&per_home), "{per_home} beds per home");

    // Ratings of registered adult social care.
    let asc: Vec<&&&Value> = registered
        .iter()
        .filter(|l| s(l, "type") == "Social Care Org")
        .collect();
    let mut mix: BTreeMap<&str, usize> = BTreeMap::new();
    for l in &asc {
        *mix.entry(overall(l).unwrap_or("never")).or_default() += 1;
    }
    let rated: usize = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
        .iter()
        .map(|r| mix.get(r).copied().unwrap_or(0))
        .sum();
    let good_or_better =
        mix.get("Outstanding").copied().unwrap_or(0) + mix.get("Good").copied().unwrap_or(0);
    let pct = 100.0 * good_or_better as f64 / rated as f64;
    assert!(
        (79.0..=89.0).contains(&pct),
        "{pct}% good or outstanding: {mix:?}"
    );
    let never = asc.len() - rated;
    assert!(never > 0 && never * 100 < asc.len() * 12, "{mix:?}");
    assert!(mix.get("Not rated").copied().unwrap_or(0) > 0, "{mix:?}");
    assert!(stats.never_rated > 0);

    // Repeated "Requires improvement".
    let repeated = locations
        .iter()
        .filter(|l| {
            overall(l) == Some("Requires improvement")
                && l.pointer("/historicRatings/0/overall/rating")
                    .and_then(Value::as_str)
                    == Some("Requires improvement")
        })
        .count();
    let ri_now = locations
        .iter()
        .filter(|l| overall(l) == Some("Requires improvement"))
        .count();
    assert!(repeated > 0);
    let repeat_share = repeated as f64 / ri_now as f64;
    assert!((0.3..0.5).contains(&repeat_share), "{repeat_share}");

    // Key questions agree with the overall rating; dates are in order.
    let latest = "2026-11-23";
    for l in &locations {
        let reg = s(l, "registrationDate");
        assert!(carenav_domain::directory::model::is_iso_date(reg));
        if let Some(d) = l.get("deregistrationDate").and_then(Value::as_str) {
            assert!(d > reg && d <= latest);
        }
        let Some(cur) = l.pointer("/currentRatings/overall") else {
            continue;
        };
        let rating = s(cur, "rating");
        if rating == "Not rated" {
            assert!(l.get("historicRatings").is_none());
            continue;
        }
        let cur_date = s(cur, "reportDate");
        assert!(cur_date <= latest && cur_date >= reg, "{cur_date} vs {reg}");
        if let Some(d) = l.get("deregistrationDate").and_then(Value::as_str) {
            assert!(cur_date <= d);
        }
        check_key_questions(rating, &kq_ratings(cur));
        for kq in cur["keyQuestionRatings"].as_array().unwrap() {
            let d = s(kq, "reportDate");
            assert!(d <= cur_date && d >= reg);
        }
        let mut previous = cur_date;
        let history = l["historicRatings"].as_array().unwrap();
        assert!(history.len() <= 3);
        for h in history {
            let d = s(h, "reportDate");
            assert!(d < previous && d >= reg, "{d} after {previous}");
            previous = d;
            check_key_questions(s(&h["overall"], "rating"), &kq_ratings(&h["overall"]));
        }
        assert_eq!(l["reports"].as_array().unwrap().len(), history.len() + 1);
        assert_eq!(s(cur, "reportLinkId"), s(&l["reports"][0], "linkId"));
    }

    // Leeds has care homes, with coordinates near the city.
    let leeds: Vec<&&Value> = locations
        .iter()
        .filter(|l| s(l, "localAuthority") == "Leeds" && s(l, "careHome") == "Y")
        .collect();
    assert!(leeds.len() >= 10, "{} Leeds care homes", leeds.len());
    for l in &leeds {
        assert!(s(l, "postalCode").starts_with("LS"));
        if let Some(lat) = l["onspdLatitude"].as_f64() {
            let lon = l["onspdLongitude"].as_f64().unwrap();
            assert!((lat - 53.7997).abs() < 0.12 && (lon + 1.5492).abs() < 0.2);
        }
    }
    let without_coordinates = locations
        .iter()
        .filter(|l| l.get("onspdLatitude").is_none())
        .count();
    assert!(without_coordinates > 0 && without_coordinates < n / 20);
    let regions: HashSet<&str> = locations.iter().map(|l| s(l, "region")).collect();
    assert_eq!(regions.len(), 9);
    let brackets = locations
        .iter()
        .filter(|l| s(l, "name").ends_with(')') && l.get("brandName").is_some())
        .count();
    assert!(brackets > 0);
}

#[test]
fn generator_postcodes_cluster() {
    // The same outward code always lands in the same neighbourhood.
    let (values, _) = generate_values(&opts(3000, 3));
    let mut by_outward: BTreeMap<&str, Vec<(f64, f64)>> = BTreeMap::new();
    for l in values.iter().filter(|v| is_location(v)) {
        if let (Some(lat), Some(lon)) = (l["onspdLatitude"].as_f64(), l["onspdLongitude"].as_f64())
        {
            let outward = s(l, "postalCode").split(' ').next().unwrap();
            by_outward.entry(outward).or_default().push((lat, lon));
        }
    }
    for (outward, points) in by_outward {
        for p in &points {
            assert!((p.0 - points[0].0).abs() < 0.035, "{outward}");
            assert!((p.1 - points[0].1).abs() < 0.06, "{outward}");
        }
    }
}

#[test]
fn generator_output_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locations.jsonl");
    let mut file = std::fs::File::create(&path).unwrap();
    let stats = generate(&opts(1500, 11), &mut file).unwrap();
    drop(file);
    let (mut locations, mut providers) = (0, 0);
    for record in crate::read::read_cqc_api(&path).unwrap() {
        match record.unwrap() {
            crate::read::ApiRecord::Location(l) => {
                assert!(l.synthetic);
                l.validate().unwrap();
                assert!(l.postcode.is_some() && l.local_authority.is_some());
                locations += 1;
            }
            crate::read::ApiRecord::Provider(p) => {
                assert!(p.synthetic && !p.location_ids.is_empty());
                providers += 1;
            }
        }
    }
    assert_eq!((locations, providers), (stats.locations, stats.providers));
}

/// `cargo test --release -p carenav-ingest generator_speed -- --ignored --nocapture`
#[test]
#[ignore]
fn generator_speed() {
    let start = std::time::Instant::now();
    let stats = generate(&opts(60_000, 1), &mut std::io::sink()).unwrap();
    println!(
        "{} locations in {} ms",
        stats.locations,
        start.elapsed().as_millis()
    );
}

/// `cargo test --release -p carenav-ingest generator_national_summary -- --ignored --nocapture`
#[test]
#[ignore]
fn generator_national_summary() {
    let start = std::time::Instant::now();
    generate(&opts(60_000, 1), &mut std::io::sink()).unwrap();
    println!("to a sink: {} ms", start.elapsed().as_millis());
    let start = std::time::Instant::now();
    let mut out = Vec::new();
    let stats = generate(&opts(60_000, 1), &mut out).unwrap();
    let ms = start.elapsed().as_millis();
    let (values, _) = generate_values(&opts(60_000, 1));
    let mut mix: BTreeMap<String, usize> = BTreeMap::new();
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut regions: BTreeMap<String, usize> = BTreeMap::new();
    for l in values.iter().filter(|v| is_location(v)) {
        if s(l, "registrationStatus") != "Registered" {
            continue;
        }
        *regions.entry(s(l, "region").to_string()).or_default() += 1;
        for t in l["gacServiceTypes"].as_array().unwrap() {
            *kinds.entry(s(t, "name").to_string()).or_default() += 1;
        }
        if s(l, "type") == "Social Care Org" {
            let r = overall(l).unwrap_or("(none)").to_string();
            *mix.entry(r).or_default() += 1;
        }
    }
    println!("{stats:?}\n{} bytes in {ms} ms", out.len());
    println!("registered ASC overall: {mix:?}");
    println!("registered service types: {kinds:?}");
    println!("registered by region: {regions:?}");
    let leeds = values
        .iter()
        .filter(|l| s(l, "localAuthority") == "Leeds" && s(l, "careHome") == "Y")
        .count();
    println!("Leeds care homes: {leeds}");
    for line in std::str::from_utf8(&out)
        .unwrap()
        .lines()
        .step_by(7919)
        .take(6)
    {
        println!("{line}");
    }
}

/// The demonstration data's local authorities are councils of the register, so its locations
/// join to councils (and their rates and pages) by code.
#[test]
fn generator_authorities_are_registered_councils() {
    for a in super::tables::AUTHORITIES {
        let council = carenav_domain::councils::find(a.name)
            .unwrap_or_else(|| panic!("{} is not in content/councils/councils.toml", a.name));
        assert_eq!(
            council.region,
            super::tables::REGIONS[a.region].0,
            "{}",
            a.name
        );
    }
}
