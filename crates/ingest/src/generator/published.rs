//! Demonstration fees and short-break availability for generated locations: plausible, made
//! up, and marked synthetic (every page that shows them says so). As in life, most homes
//! publish nothing: about two in five care homes publish fees (some with an earlier schedule,
//! so a fee rise shows in the history), and about one in eight care homes, day services and
//! Shared Lives schemes publish short-break places, some long enough ago to be stale.
//!
//! Deterministic: the same seed and location give the same facts (dates count from `today`).
//! Nothing here is a price estimate for a real home.

use carenav_domain::date::Date;
use carenav_domain::directory::Location;
use carenav_domain::directory::vocab::service_slug;
use carenav_domain::money::Pence;
use carenav_domain::publish::fees::{Deposit, Extra, ExtraPeriod, LastIncrease};
use carenav_domain::publish::{
    AcceptsCouncilRate, Availability, AvailabilityItem, BreakKind, CareType, FeeItem, FeeSchedule,
    Period,
};

use super::random::{hash_str, mix, unit};

/// A schedule published some days before today.
pub struct DemoFees {
    pub schedule: FeeSchedule,
    pub days_ago: i64,
}

/// Availability published some days before today.
pub struct DemoAvailability {
    pub availability: Availability,
    pub days_ago: i64,
}

#[derive(Clone)]
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> f64 {
        self.0 = mix(self.0);
        unit(self.0)
    }

    /// A whole number of pounds between `lo` and `hi`, in fives.
    fn pounds(&mut self, lo: i64, hi: i64) -> Pence {
        let steps = (hi - lo) / 5;
        Pence((lo + 5 * (self.next() * (steps + 1) as f64) as i64).min(hi) * 100)
    }
}

fn slugs(loc: &Location) -> Vec<&'static str> {
    loc.service_types.iter().map(|s| service_slug(s)).collect()
}

fn has_dementia(loc: &Location) -> bool {
    loc.specialisms
        .iter()
        .any(|s| s.to_ascii_lowercase().contains("dementia"))
}

/// London and the South East cost more; the North East least.
fn regional(loc: &Location) -> i64 {
    match loc.region.as_deref().unwrap_or_default() {
        "London" => 260,
        "South East" => 180,
        "East of England" | "South West" => 90,
        "North East" => -60,
        _ => 0,
    }
}

fn schedule(loc: &Location, d: &mut Draw, valid_from: Date) -> Option<FeeSchedule> {
    let slugs = slugs(loc);
    let nursing = slugs.contains(&"care-home-nursing");
    let residential = slugs.contains(&"care-home");
    if !nursing && !residential {
        return None;
    }
    let base = 1_020 + regional(loc);
    let mut items = Vec::new();
    let range = |d: &mut Draw, lo: i64| {
        let from = d.pounds(lo, lo + 220);
        let to = (d.next() < 0.6).then(|| from + d.pounds(60, 320));
        (from, to)
    };
    if residential {
        let (from, to) = range(d, base);
        items.push(FeeItem {
            care_type: CareType::Residential,
            room: (to.is_some() && d.next() < 0.5).then(|| "Standard single room".to_owned()),
            amount_from: from,
            amount_to: to,
            period: Period::Week,
        });
        if has_dementia(loc) {
            let (from, to) = range(d, base + 110);
            items.push(FeeItem {
                care_type: CareType::ResidentialDementia,
                room: None,
                amount_from: from,
                amount_to: to,
                period: Period::Week,
            });
        }
    }
    if nursing {
        let (from, to) = range(d, base + 230);
        items.push(FeeItem {
            care_type: CareType::Nursing,
            room: None,
            amount_from: from,
            amount_to: to,
            period: Period::Week,
        });
        if has_dementia(loc) {
            let (from, to) = range(d, base + 330);
            items.push(FeeItem {
                care_type: CareType::NursingDementia,
                room: None,
                amount_from: from,
                amount_to: to,
                period: Period::Week,
            });
        }
    }
    if d.next() < 0.5 {
        let weekly = items[0].amount_from;
        items.push(FeeItem {
            care_type: CareType::RespitePerDay,
            room: None,
            amount_from: Pence((weekly.0 / 7 + 2_500) / 500 * 500),
            amount_to: None,
            period: Period::Day,
        });
    }
    let mut included = vec![
        "Meals and drinks".to_owned(),
        "Laundry".to_owned(),
        "Heating and lighting".to_owned(),
    ];
    if d.next() < 0.6 {
        included.push("Activities and outings in the home".to_owned());
    }
    if d.next() < 0.4 {
        included.push("Wi-Fi".to_owned());
    }
    let mut extras = Vec::new();
    for (name, lo, hi, period, p) in [
        ("Hairdresser", 10, 25, ExtraPeriod::Each, 0.8),
        ("Chiropody", 20, 40, ExtraPeriod::Each, 0.6),
        ("Newspapers", 5, 10, ExtraPeriod::Week, 0.4),
        (
            "Escort to hospital appointments",
            15,
            30,
            ExtraPeriod::Hour,
            0.4,
        ),
    ] {
        if d.next() < p {
            extras.push(Extra {
                name: name.to_owned(),
                amount: d.pounds(lo, hi),
                period,
            });
        }
    }
    let accepts = match d.next() {
        x if x < 0.35 => AcceptsCouncilRate::Yes,
        x if x < 0.7 => AcceptsCouncilRate::Sometimes,
        _ => AcceptsCouncilRate::No,
    };
    Some(FeeSchedule {
        valid_from,
        items,
        included,
        extras,
        deposit: (d.next() < 0.35).then(|| Deposit {
            amount: d.pounds(250, 2_000),
            refundable: d.next() < 0.8,
        }),
        increase_notice_days: [28, 28, 30, 56, 90, 7][(d.next() * 6.0) as usize % 6],
        last_increase: None,
        accepts_council_rate: accepts,
        fees_after_death_days: [3, 3, 3, 5, 7, 0][(d.next() * 6.0) as usize % 6],
    })
}

/// The last 1 April on or before `today`.
fn last_april(today: Date) -> Date {
    let (y, m, _) = today.ymd();
    let year = if m >= 4 { y } else { y - 1 };
    Date::from_ymd(year, 4, 1).unwrap_or(today)
}

/// The fee schedules a demonstration location publishes, oldest first (empty for most).
pub fn demo_fees(loc: &Location, seed: u64, today: Date) -> Vec<DemoFees> {
    let mut d = Draw(hash_str(seed ^ 0xFEE5, &loc.location_id));
    if !loc.synthetic || d.next() >= 0.4 {
        return Vec::new();
    }
    let april = last_april(today);
    let Some(mut current) = schedule(loc, &mut d.clone(), april) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if d.next() < 0.3 {
        // Last year's fees, a few per cent lower, then this April's rise.
        let last_year = last_april(april.add_days(-1));
        let percent = 4.0 + (d.next() * 50.0).round() / 10.0;
        let lower =
            |p: Pence| Pence(((p.0 as f64 / (1.0 + percent / 100.0)) / 500.0).round() as i64 * 500);
        let mut old = current.clone();
        old.valid_from = last_year;
        for item in &mut old.items {
            item.amount_from = lower(item.amount_from);
            item.amount_to = item.amount_to.map(lower);
        }
        current.last_increase = Some(LastIncrease {
            date: april,
            percent,
        });
        out.push(DemoFees {
            schedule: old,
            days_ago: today.days_since(last_year) + 30,
        });
    }
    out.push(DemoFees {
        days_ago: (d.next() * 60.0) as i64 + 1,
        schedule: current,
    });
    out
}

/// The short-break availability a demonstration location publishes, if any.
pub fn demo_availability(loc: &Location, seed: u64, today: Date) -> Option<DemoAvailability> {
    let mut d = Draw(hash_str(seed ^ 0xB4EA, &loc.location_id));
    if !loc.synthetic || d.next() >= 0.125 {
        return None;
    }
    let slugs = slugs(loc);
    let kind = if slugs.iter().any(|s| s.starts_with("care-home")) {
        BreakKind::CareHomeShortStay
    } else if slugs.contains(&"shared-lives") {
        BreakKind::SharedLives
    } else if slugs.contains(&"home-care") && d.next() < 0.3 {
        BreakKind::SittingService
    } else {
        return None;
    };
    // Most were updated recently; about one in five not for over two weeks (stale).
    let days_ago = if d.next() < 0.8 {
        (d.next() * 10.0) as i64
    } else {
        15 + (d.next() * 30.0) as i64
    };
    let updated = today.add_days(-days_ago);
    let maximum = match kind {
        BreakKind::CareHomeShortStay => 1 + (d.next() * 4.0) as u32,
        _ => 1 + (d.next() * 2.0) as u32,
    };
    let mut items = Vec::new();
    let mut start = updated.add_days((d.next() * 10.0) as i64);
    for _ in 0..(1 + (d.next() * 3.0) as usize) {
        let len = 7 + (d.next() * 21.0) as i64;
        let available = ((d.next() * (maximum + 1) as f64) as u32).min(maximum);
        items.push(AvailabilityItem {
            kind,
            available,
            maximum,
            from: start,
            to: start.add_days(len),
        });
        start = start.add_days(len + 1 + (d.next() * 14.0) as i64);
    }
    Some(DemoAvailability {
        availability: Availability { items },
        days_ago,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn home(id: &str, service: &str, region: &str) -> Location {
        Location {
            location_id: id.into(),
            synthetic: true,
            service_types: vec![service.into()],
            specialisms: vec!["Dementia".into()],
            region: Some(region.into()),
            ..Default::default()
        }
    }

    #[test]
    fn some_homes_publish_plausible_valid_fees_and_most_do_not() {
        let today = Date::parse("2026-11-29").unwrap();
        let (mut published, mut with_history) = (0, 0);
        for i in 0..1000 {
            let loc = home(
                &format!("1-{i}"),
                "Care home service with nursing",
                "London",
            );
            let fees = demo_fees(&loc, 7, today);
            if fees.is_empty() {
                continue;
            }
            published += 1;
            with_history += usize::from(fees.len() > 1);
            for f in &fees {
                // What the generator publishes is what a provider could send.
                let json = serde_json::to_value(&f.schedule).unwrap();
                FeeSchedule::from_json(&json, today).unwrap();
                let weekly = f.schedule.weekly_from().unwrap();
                assert!((100_000..250_000).contains(&weekly.0), "{weekly:?}");
            }
            if let [old, new] = &fees[..] {
                assert!(old.schedule.weekly_from() < new.schedule.weekly_from());
                assert!(old.days_ago > new.days_ago);
                assert!(new.schedule.last_increase.is_some());
            }
        }
        assert!((300..500).contains(&published), "{published}");
        assert!(with_history > 50, "{with_history}");
        // Real (not synthetic) records never get made-up facts.
        let mut real = home("1-1", "Care home service with nursing", "London");
        real.synthetic = false;
        assert!((0..100).all(|s| demo_fees(&real, s, today).is_empty()));
        assert!((0..100).all(|s| demo_availability(&real, s, today).is_none()));
    }

    #[test]
    fn availability_is_valid_and_some_is_stale() {
        let today = Date::parse("2026-11-29").unwrap();
        let (mut n, mut stale) = (0, 0);
        for i in 0..2000 {
            let loc = home(
                &format!("1-{i}"),
                "Care home service without nursing",
                "North West",
            );
            if let Some(a) = demo_availability(&loc, 3, today) {
                n += 1;
                stale += usize::from(a.days_ago > 14);
                for item in &a.availability.items {
                    assert!(item.available <= item.maximum && item.from <= item.to);
                }
            }
        }
        assert!((150..350).contains(&n), "{n}");
        assert!(stale > 10 && stale < n / 2, "{stale} of {n}");
    }
}
