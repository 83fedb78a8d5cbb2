//! Ratings: sets of key-question ratings consistent with an overall rating the way CQC's rules
//! combine them, and a history of earlier sets behind the current one.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use carenav_domain::directory::Rating;

use super::ids::LinkId;
use super::random::{weighted, weighted_distinct};

/// CQC's five key questions; every `[_; 5]` here is in this order.
pub(super) const KQ_NAMES: [&str; 5] = ["Safe", "Effective", "Caring", "Responsive", "Well-led"];
/// Which key questions tend to fall short (Safe and Well-led most, Caring least) ...
const KQ_WEAK: [f64; 5] = [35.0, 18.0, 4.0, 13.0, 30.0];
/// ... and which tend to shine.
const KQ_STRONG: [f64; 5] = [5.0, 20.0, 30.0, 25.0, 20.0];
/// The overall ratings, in the order of a rating mix.
const OVERALL: [Rating; 4] = [
    Rating::Outstanding,
    Rating::Good,
    Rating::RequiresImprovement,
    Rating::Inadequate,
];

/// One set of ratings: what one inspection report gave.
pub(super) struct ReportRatings {
    pub(super) overall: Rating,
    /// The report's date (days since 1970-01-01).
    pub(super) date: i32,
    /// Each key question's rating and the date it was given (a focused inspection leaves some
    /// at an earlier report's date), in [`KQ_NAMES`] order.
    pub(super) key_questions: [(Rating, i32); 5],
    pub(super) link_id: LinkId,
}

/// Key-question ratings consistent with an overall rating, the way CQC's rules combine them.
fn key_questions(rng: &mut ChaCha8Rng, overall: Rating) -> [Rating; 5] {
    let mut kq = [Rating::Good; 5];
    match overall {
        Rating::Outstanding => {
            let k = [2, 2, 2, 2, 2, 3, 3, 3, 4, 5][rng.random_range(0..10)];
            for i in weighted_distinct(rng, &KQ_STRONG, k) {
                kq[i] = Rating::Outstanding;
            }
        }
        Rating::Good => {
            let r = rng.random::<f64>();
            if r < 0.18 {
                kq[weighted(rng, &KQ_WEAK)] = Rating::RequiresImprovement;
            } else if r < 0.30 {
                kq[weighted(rng, &KQ_STRONG)] = Rating::Outstanding;
            }
        }
        Rating::RequiresImprovement => {
            if rng.random_bool(0.85) {
                let k = [2, 2, 2, 3, 3, 4][rng.random_range(0..6)];
                for i in weighted_distinct(rng, &KQ_WEAK, k) {
                    kq[i] = Rating::RequiresImprovement;
                }
            } else {
                let k = rng.random_range(1..=3);
                let picked = weighted_distinct(rng, &KQ_WEAK, k);
                kq[picked[0]] = Rating::Inadequate;
                for &i in &picked[1..] {
                    kq[i] = Rating::RequiresImprovement;
                }
            }
        }
        _ => {
            let inadequate = [1, 1, 1, 2, 2, 3][rng.random_range(0..6)];
            let ri = rng.random_range(1..=3);
            let picked = weighted_distinct(rng, &KQ_WEAK, inadequate + ri);
            for (n, &i) in picked.iter().enumerate() {
                kq[i] = if n < inadequate {
                    Rating::Inadequate
                } else {
                    Rating::RequiresImprovement
                };
            }
        }
    }
    kq
}

/// The overall rating of the set before one rated `later`.
fn previous_overall(rng: &mut ChaCha8Rng, later: Rating) -> Rating {
    let mix = match later {
        Rating::Outstanding => [0.50, 0.45, 0.05, 0.0],
        Rating::Good => [0.04, 0.75, 0.18, 0.03],
        Rating::RequiresImprovement => [0.03, 0.40, 0.45, 0.12],
        _ => [0.0, 0.35, 0.45, 0.20],
    };
    OVERALL[weighted(rng, &mix)]
}

/// Years before the end date of the current report, weighted to one to four years.
pub(super) fn current_offset(rng: &mut ChaCha8Rng) -> i32 {
    const BUCKETS: [(i32, i32, f64); 7] = [
        (7, 365, 0.14),
        (365, 730, 0.24),
        (730, 1095, 0.24),
        (1095, 1460, 0.18),
        (1460, 1825, 0.10),
        (1825, 2190, 0.05),
        (2190, 2920, 0.05),
    ];
    let weights: Vec<f64> = BUCKETS.iter().map(|b| b.2).collect();
    let (lo, hi, _) = BUCKETS[weighted(rng, &weights)];
    rng.random_range(lo..hi)
}

/// The current set (dated `current`, its overall rating drawn from `mix`: Outstanding, Good,
/// Requires improvement, Inadequate) and up to three earlier ones, none before `lower`; newest
/// first.
pub(super) fn rating_sets(
    rng: &mut ChaCha8Rng,
    mix: [f64; 4],
    current: i32,
    lower: i32,
) -> Vec<ReportRatings> {
    let overall = OVERALL[weighted(rng, &mix)];
    let below_good = matches!(overall, Rating::RequiresImprovement | Rating::Inadequate);
    let earlier = if below_good {
        weighted(rng, &[0.08, 0.42, 0.32, 0.18])
    } else {
        weighted(rng, &[0.25, 0.35, 0.25, 0.15])
    };
    let mut sets = Vec::with_capacity(earlier + 1);
    let mut rating = overall;
    let mut date = current;
    loop {
        let kq = key_questions(rng, rating);
        sets.push(ReportRatings {
            overall: rating,
            date,
            key_questions: kq.map(|r| (r, date)),
            link_id: LinkId::new(rng),
        });
        if sets.len() > earlier {
            break;
        }
        let before = date - rng.random_range(300..=1100);
        if before < lower {
            break;
        }
        date = before;
        rating = previous_overall(rng, rating);
    }
    // A focused inspection: some key questions keep the date of the inspection before.
    if sets.len() > 1 && rng.random_bool(0.2) {
        let older = sets[1].date;
        let k = rng.random_range(1..=2);
        for i in weighted_distinct(rng, &KQ_STRONG, k) {
            sets[0].key_questions[i].1 = older;
        }
    }
    sets
}
