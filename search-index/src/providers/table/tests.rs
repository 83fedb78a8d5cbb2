//! Checks of the table's counts, filters, distances and orders against slow direct ones.

use carenav_domain::directory::query::Place;
use carenav_domain::directory::vocab::SERVICES;
use carenav_domain::directory::{ProviderQuery, Rating};

use carenav_domain::date::Date;
use carenav_domain::money::Pence;
use carenav_domain::publish::{
    AcceptsCouncilRate, Availability, AvailabilityItem, BreakFacts, BreakKind, FactsSnapshot,
    FeeFacts, LocationFacts,
};

use super::facets::{AGE_BUCKETS, RADIUS_BUCKETS};
use super::*;

fn no_facts(t: &DocTable) -> FactsOverlay {
    FactsOverlay::new(t.len(), Arc::default(), Vec::new())
}

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
    let (pass, facets) = t.evaluate(&q, &authorities, None, None, &no_facts(&t), today);
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

/// Published facts for some rows of `table(n)`: fees for every third row (£500 to £2,400 a
/// week, with each answer about the council's rate), short breaks for every seventh (stale
/// for every fourteenth).
fn facts(n: usize, today: Date) -> FactsOverlay {
    let mut snapshot = FactsSnapshot {
        version: 1,
        ..Default::default()
    };
    let mut rows = Vec::new();
    for i in 0..n {
        let mut f = LocationFacts::default();
        if i % 3 == 0 {
            f.fees = Some(FeeFacts {
                weekly_from: Some(Pence((500 + (i as i64 % 20) * 100) * 100)),
                valid_from: today,
                published: today,
                accepts_council_rate: AcceptsCouncilRate::ALL[(i / 3) % 3],
                synthetic: true,
            });
        }
        if i % 7 == 0 {
            f.breaks = Some(BreakFacts {
                updated: if i % 14 == 0 {
                    today.add_days(-20)
                } else {
                    today
                },
                availability: Availability {
                    items: vec![AvailabilityItem {
                        kind: BreakKind::ALL[i % 4],
                        available: (i % 3) as u32,
                        maximum: 3,
                        from: today.add_days(5),
                        to: today.add_days(12),
                    }],
                },
                synthetic: true,
            });
        }
        if f != LocationFacts::default() {
            let id = format!("1-{i}");
            rows.push((i as u32, id.clone()));
            snapshot.locations.insert(id, f);
        }
    }
    FactsOverlay::new(n, Arc::new(snapshot), rows)
}

#[test]
fn published_fact_filters_and_facets_count_like_the_others() {
    let n = 2000;
    let t = table(n);
    let authorities: Vec<String> = (0..7).map(|i| format!("Council {i}")).collect();
    let today = 20_000;
    let day = Date::from_unix_days(today);
    let f = facts(n, day);
    let fee = |i: usize| i.is_multiple_of(3).then(|| 500 + (i % 20) as u32 * 100);
    let accepts = |i: usize| {
        i.is_multiple_of(3)
            .then(|| AcceptsCouncilRate::ALL[(i / 3) % 3])
    };
    let breaks_on = |i: usize, d: i64, kind: Option<BreakKind>| {
        i.is_multiple_of(7)
            && !i.is_multiple_of(14)
            && !i.is_multiple_of(3)
            && (5..=12).contains(&d)
            && kind.is_none_or(|k| k == BreakKind::ALL[i % 4])
    };

    // Facts alone filter nothing: every row passes a search without fact filters.
    let plain = ProviderQuery {
        include_deregistered: true,
        ..Default::default()
    };
    let (pass, facets) = t.evaluate(&plain, &authorities, None, None, &f, today);
    assert_eq!(pass.count(), n as u64);
    let with_fees = (0..n).filter(|i| fee(*i).is_some()).count() as u64;
    assert_eq!(facets.fees_published[0].count, with_fees);
    assert_eq!(facets.fees_published[1].count, n as u64 - with_fees);
    let under_1000 = (0..n)
        .filter(|i| fee(*i).is_some_and(|p| p <= 1000))
        .count() as u64;
    assert_eq!(facets.max_weekly_fee[1].value, "1000");
    assert_eq!(facets.max_weekly_fee[1].count, under_1000);
    let any_breaks = (0..n).filter(|i| breaks_on(*i, 7, None)).count() as u64;
    assert!(any_breaks > 0);
    assert_eq!(
        facets.short_breaks, any_breaks,
        "free some day in the coming year"
    );

    // Every fact filter at once, and each facet counting the rows failing only its own.
    let q = ProviderQuery {
        include_deregistered: true,
        fees_published: Some(true),
        accepts_council_rate: Some(AcceptsCouncilRate::Yes),
        max_weekly_fee: Some(1500),
        ..Default::default()
    };
    let (pass, facets) = t.evaluate(&q, &authorities, None, None, &f, today);
    let expected: Vec<usize> = (0..n)
        .filter(|i| {
            fee(*i).is_some_and(|p| p <= 1500) && accepts(*i) == Some(AcceptsCouncilRate::Yes)
        })
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(pass.to_vec(), expected);
    let sometimes = (0..n)
        .filter(|i| {
            fee(*i).is_some_and(|p| p <= 1500) && accepts(*i) == Some(AcceptsCouncilRate::Sometimes)
        })
        .count() as u64;
    assert_eq!(facets.accepts_council_rate[2].value, "sometimes");
    assert_eq!(facets.accepts_council_rate[2].count, sometimes);
    let yes_under_2000 = (0..n)
        .filter(|i| {
            fee(*i).is_some_and(|p| p <= 2000) && accepts(*i) == Some(AcceptsCouncilRate::Yes)
        })
        .count() as u64;
    assert_eq!(facets.max_weekly_fee[4].count, yes_under_2000);

    // Short breaks on a day, of a kind; stale ones are never offered.
    let d = |k: i64| day.add_days(k);
    for (from, to, kind) in [
        (7, None, None),
        (2, Some(5), Some(BreakKind::DayService)),
        (13, Some(20), None),
    ] {
        let q = ProviderQuery {
            include_deregistered: true,
            short_breaks_from: Some(d(from)),
            short_breaks_to: to.map(d),
            short_break_kind: kind,
            ..Default::default()
        };
        let (pass, facets) = t.evaluate(&q, &authorities, None, None, &f, today);
        let end = to.unwrap_or(from);
        let expected: Vec<usize> = (0..n)
            .filter(|i| (from..=end).any(|x| breaks_on(*i, x, kind)))
            .collect();
        assert_eq!(pass.to_vec(), expected, "from {from} to {end}");
        assert_eq!(facets.short_breaks, expected.len() as u64);
        let shared = (0..n)
            .filter(|i| (from..=end).any(|x| breaks_on(*i, x, Some(BreakKind::SharedLives))))
            .count() as u64;
        assert_eq!(facets.short_break_kind[3].count, shared);
    }
    // "Not published" is not a penalty: asking for services without fees finds them all.
    let q = ProviderQuery {
        include_deregistered: true,
        fees_published: Some(false),
        ..Default::default()
    };
    let (pass, _) = t.evaluate(&q, &authorities, None, None, &f, today);
    assert_eq!(pass.count(), n as u64 - with_fees);
}
