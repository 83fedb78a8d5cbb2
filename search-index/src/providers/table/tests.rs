//! Checks of the table's counts, filters, distances and orders against slow direct ones.

use carenav_domain::directory::query::Place;
use carenav_domain::directory::vocab::SERVICES;
use carenav_domain::directory::{ProviderQuery, Rating};

use super::facets::{AGE_BUCKETS, RADIUS_BUCKETS};
use super::*;

/// A small table with every kind of value, and a slow direct count to check against.
fn table(n: usize) -> DocTable {
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let rows: Vec<Row> = (0..n)
        .map(|_| {
            let beds = (next() % 90) as u32;
            let overall = (next() % 5) as u8;
            Row {
                overall,
                position: (next() % 3) as u8,
                deregistered: next() % 10 == 0,
                la: (next() % 7) as u16,
                key_questions: (0..5).fold(0, |k, i| k | (((next() % 5) as u16) << (3 * i))),
                services: 1 << (next() % 4) | ((next() % 2) << 5) as u16,
                specialisms: (next() % 64) as u16,
                beds,
                beds_bucket: beds_bucket(beds as u64),
                rated_day: if overall == 0 {
                    0
                } else {
                    20_000 - (next() % 3000) as i32
                },
            }
        })
        .collect();
    let positions = (0..n)
        .map(|_| {
            (
                53.0 + (next() % 1000) as f32 / 1000.0,
                -1.5 + (next() % 1000) as f32 / 1000.0,
            )
        })
        .collect();
    DocTable::new(vec![0], rows, positions, Vec::new(), 7)
}

#[test]
fn counts_by_complement_equal_counts_by_walking() {
    let t = table(1000);
    let age_days = AGE_BUCKETS.map(|y| years_ago(20_000, y) as i32);
    for keep in [1u64, 2, 3, 7] {
        let mut set = Bits::zeros(t.len());
        for i in
            (0..t.len()).filter(|i| !(*i as u64 * 2654435761).is_multiple_of(keep) || keep == 1)
        {
            set.insert(i);
        }
        let size = set.count();
        let mut walked = FacetHistogram::new(7);
        set.for_each(|row| walked.add(&t.rows[row], D_ROWS, &age_days));
        assert_eq!(
            t.count(&set, size, D_ROWS, &age_days),
            walked,
            "keep 1/{keep}"
        );
    }
}

#[test]
fn facets_count_rows_failing_only_their_own_filter() {
    let t = table(2000);
    let authorities: Vec<String> = (0..7).map(|i| format!("Council {i}")).collect();
    let today = 20_000;
    let q = ProviderQuery {
        la: Some("council 3".into()),
        services: vec![SERVICES[1].to_owned()],
        min_rating: Some(Rating::Good),
        rated_within_years: Some(3),
        ..Default::default()
    };
    let (pass, facets) = t.evaluate(&q, &authorities, None, None, today);
    let min_day = years_ago(today, 3) as i32;
    let fails = |r: &Row| -> Vec<&str> {
        let mut f = Vec::new();
        if r.la != 3 {
            f.push("la");
        }
        if r.services & 2 == 0 {
            f.push("service");
        }
        if r.deregistered {
            f.push("dereg");
        }
        if (r.overall as u64) < Rating::Good.rank() {
            f.push("rating");
        }
        if r.rated_day == 0 || r.rated_day < min_day {
            f.push("age");
        }
        f
    };
    let expected: Vec<usize> = (0..t.len())
        .filter(|i| fails(&t.rows[*i]).is_empty())
        .collect();
    assert_eq!(pass.to_vec(), expected);
    let only = |name: &str| {
        t.rows
            .iter()
            .filter(|r| {
                let f = fails(r);
                f.is_empty() || f == [name]
            })
            .collect::<Vec<_>>()
    };
    let la3 = facets
        .la
        .iter()
        .find(|f| f.value == "Council 3")
        .unwrap()
        .count;
    assert_eq!(la3, expected.len() as u64);
    let la5 = facets
        .la
        .iter()
        .find(|f| f.value == "Council 5")
        .map_or(0, |f| f.count);
    assert_eq!(la5, only("la").iter().filter(|r| r.la == 5).count() as u64);
    let home = facets
        .service
        .iter()
        .find(|f| f.value == SERVICES[0])
        .unwrap()
        .count;
    assert_eq!(
        home,
        only("service")
            .iter()
            .filter(|r| r.services & 1 != 0)
            .count() as u64
    );
    assert_eq!(
        facets.deregistered,
        only("dereg").iter().filter(|r| r.deregistered).count() as u64
    );
    let within1 = facets.rated_within_years[0].count;
    let day1 = years_ago(today, 1) as i32;
    assert_eq!(
        within1,
        only("age")
            .iter()
            .filter(|r| r.rated_day != 0 && r.rated_day >= day1)
            .count() as u64
    );
    let inadequate = facets
        .min_rating
        .iter()
        .find(|f| f.value == "inadequate")
        .unwrap();
    assert_eq!(
        inadequate.count,
        only("rating").iter().filter(|r| r.overall >= 1).count() as u64
    );
    // Facets of filters not set count the results.
    let safe_good = &facets.key_questions[0].1[1];
    assert_eq!(
        safe_good.count,
        expected.iter().filter(|i| t.rows[**i].key(0) >= 3).count() as u64
    );
}

#[test]
fn rows_near_a_place_are_those_within_each_radius() {
    let t = table(3000);
    let place = Place {
        label: "test".into(),
        latitude: 53.5,
        longitude: -1.0,
        source: carenav_domain::directory::query::GeoSource::Exact,
    };
    let near = t.near(&place, 7.0);
    let within = |km: f64| -> Vec<usize> {
        (0..t.len())
            .filter(|row| t.distance(&near, *row).is_some_and(|d| d <= km))
            .collect()
    };
    assert_eq!(near.within_radius.to_vec(), within(7.0));
    let mut reach: Vec<usize> = near.reach.iter().map(|(r, _)| *r as usize).collect();
    reach.sort();
    assert_eq!(reach, within(RADIUS_BUCKETS[3]));
    assert!(
        near.within_radius.count() > 10,
        "the test data has rows nearby"
    );
}

#[test]
fn orders_put_the_best_and_newest_first() {
    let t = table(500);
    let all = Bits::ones(t.len());
    let best = t.first_in_order(&all, false, 500);
    for w in best.windows(2) {
        let (a, b) = (&t.rows[w[0] as usize], &t.rows[w[1] as usize]);
        assert!((a.overall, a.rated_day) >= (b.overall, b.rated_day));
    }
    let recent = t.first_in_order(&all, true, 10);
    assert_eq!(recent.len(), 10);
    assert!(
        recent
            .windows(2)
            .all(|w| t.rows[w[0] as usize].rated_day >= t.rows[w[1] as usize].rated_day)
    );
}
