//! A location's timeline: registration, perhaps deregistration, dormancy, and the rated
//! reports in between.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::day::{END, RATING_START, REG_START, days_from_civil};
use super::kinds::{Kind, Pool};
use super::ratings::{ReportRatings, current_offset, rating_sets};

/// Registration dates, status and ratings of one location (dates are days since 1970-01-01).
pub(super) struct Timeline {
    pub(super) registered: i32,
    pub(super) deregistered: Option<i32>,
    pub(super) dormant: bool,
    /// Newest first; empty for a location never rated.
    pub(super) sets: Vec<ReportRatings>,
    /// `{"overall": {"rating": "Not rated"}}` rather than no `currentRatings` at all.
    pub(super) explicit_not_rated: bool,
}

/// When a location was registered (and deregistered) and the ratings it has had.
pub(super) fn timeline(rng: &mut ChaCha8Rng, kind: Kind, deregistered: bool) -> Timeline {
    let rated_sector = kind != Kind::Dentist;
    if deregistered {
        let dereg = rng.random_range(days_from_civil(2013, 1, 1)..=END - 7);
        let mut reg = (dereg - rng.random_range(180..=4500)).max(REG_START);
        if reg > dereg - 60 {
            reg = dereg - 180;
        }
        let mut sets = Vec::new();
        if rated_sector && rng.random_bool(0.85) {
            let upper = dereg - rng.random_range(20..=700);
            let lower = RATING_START.max(reg + 100);
            if upper >= lower {
                let current = rng.random_range(lower.max(upper - 1800)..=upper);
                sets = rating_sets(rng, kind.rating_mix(true), current, lower);
            }
        }
        return Timeline {
            registered: reg,
            deregistered: Some(dereg),
            dormant: false,
            sets,
            explicit_not_rated: false,
        };
    }
    let never_rated = match kind.pool() {
        Pool::Dentist => true,
        Pool::Gp => rng.random_bool(0.03),
        Pool::CareHome | Pool::Community | Pool::SharedLives => rng.random_bool(0.075),
        _ => rng.random_bool(0.10),
    };
    if never_rated {
        let (registered, dormant) = if kind == Kind::Dentist {
            let r = (END - rng.random_range(30..=5800)).max(REG_START);
            (r, rng.random_bool(0.01))
        } else if rng.random_bool(0.8) {
            (END - rng.random_range(14..=730), rng.random_bool(0.02))
        } else {
            (END - rng.random_range(731..=3650), rng.random_bool(0.3))
        };
        return Timeline {
            registered,
            deregistered: None,
            dormant,
            sets: Vec::new(),
            explicit_not_rated: kind != Kind::Dentist && rng.random_bool(0.12),
        };
    }
    let current = END - current_offset(rng);
    let sets = rating_sets(rng, kind.rating_mix(false), current, RATING_START);
    let earliest = sets
        .iter()
        .flat_map(|s| s.key_questions.iter().map(|k| k.1).chain([s.date]))
        .min()
        .unwrap_or(current);
    Timeline {
        registered: (earliest - rng.random_range(150..=4000)).max(REG_START),
        deregistered: None,
        dormant: rng.random_bool(0.01),
        sets,
        explicit_not_rated: false,
    }
}
