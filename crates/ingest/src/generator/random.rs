//! Drawing from the run's one ChaCha8 stream, and stable hashes for values that must not
//! depend on the order of generation.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// One of `items`, uniformly.
pub(super) fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// An index drawn in proportion to `weights`.
pub(super) fn weighted(rng: &mut ChaCha8Rng, weights: &[f64]) -> usize {
    let total: f64 = weights.iter().sum();
    let mut x = rng.random::<f64>() * total;
    for (i, w) in weights.iter().enumerate() {
        if x < *w {
            return i;
        }
        x -= w;
    }
    weights.len() - 1
}

/// `k` distinct indices drawn in proportion to `weights`.
pub(super) fn weighted_distinct(rng: &mut ChaCha8Rng, weights: &[f64; 5], k: usize) -> Vec<usize> {
    let mut w = *weights;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k.min(5) {
        let i = weighted(rng, &w);
        w[i] = 0.0;
        out.push(i);
    }
    out
}

/// A standard normal variate (Box-Muller).
pub(super) fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let u1: f64 = 1.0 - rng.random::<f64>();
    let u2: f64 = rng.random::<f64>();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// A stable 64-bit mix (SplitMix64), for values fixed per seed and key whatever the order of
/// generation.
pub(super) fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A stable hash of `s` for this run's `seed` (built on [`mix`]).
pub(super) fn hash_str(seed: u64, s: &str) -> u64 {
    s.bytes()
        .fold(mix(seed ^ 0x5EED), |h, b| mix(h ^ u64::from(b)))
}

/// A hash as a number in [0, 1).
pub(super) fn unit(h: u64) -> f64 {
    (h >> 11) as f64 / (1u64 << 53) as f64
}
