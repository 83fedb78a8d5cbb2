//! A small in-memory rate limiter (fixed windows per key), for the publishing write paths:
//! failed sign-ins and bad tokens per client, and publications per account. Each server
//! process keeps its own counts; a deployment with many replicas limits per replica (the
//! reverse proxy in front should limit too: see docs/deploy.md).
//!
//! Written here rather than taken from `governor`/`tower_governor`: two counters on two
//! paths need a dozen lines, and the keys (an account, a client address after a failure) are
//! chosen by the use case, not by a layer.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct RateLimiter {
    max: u32,
    window: Duration,
    counts: Mutex<HashMap<String, (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new(max: u32, window: Duration) -> Self {
        Self {
            max,
            window,
            counts: Mutex::new(HashMap::new()),
        }
    }

    /// Count one attempt for `key`. `Err(seconds)` when over the limit: try again after that.
    pub fn hit(&self, key: &str) -> Result<(), u64> {
        self.hit_at(key, Instant::now())
    }

    fn hit_at(&self, key: &str, now: Instant) -> Result<(), u64> {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        if counts.len() > 100_000 {
            // Forget finished windows rather than grow without bound.
            counts.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        }
        let entry = counts.entry(key.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        if entry.1 >= self.max {
            let left = self.window.saturating_sub(now.duration_since(entry.0));
            return Err(left.as_secs().max(1));
        }
        entry.1 += 1;
        Ok(())
    }

    /// Whether `key` is over the limit now, without counting.
    pub fn blocked(&self, key: &str) -> Option<u64> {
        let now = Instant::now();
        let counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        counts.get(key).and_then(|(start, n)| {
            let age = now.duration_since(*start);
            (age < self.window && *n >= self.max)
                .then(|| self.window.saturating_sub(age).as_secs().max(1))
        })
    }
}

/// The limits the publishing paths use.
pub struct Limits {
    /// Failed sign-ins and bad tokens, per client address: guessing is slowed to a crawl.
    pub failures: RateLimiter,
    /// Publications per account.
    pub publishes: RateLimiter,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            failures: RateLimiter::new(10, Duration::from_secs(60)),
            publishes: RateLimiter::new(60, Duration::from_secs(60)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_key_and_forgets_after_the_window() {
        let l = RateLimiter::new(2, Duration::from_secs(10));
        let t = Instant::now();
        assert!(l.hit_at("a", t).is_ok());
        assert!(l.hit_at("a", t).is_ok());
        assert_eq!(l.hit_at("a", t + Duration::from_secs(3)), Err(7));
        assert!(l.hit_at("b", t).is_ok(), "keys are counted apart");
        assert!(l.hit_at("a", t + Duration::from_secs(10)).is_ok());
    }
}
