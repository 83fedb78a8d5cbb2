//! Where locations are: addresses in real local authorities with invented streets, postcodes
//! whose outward code always lands in the same neighbourhood, coordinates, and drama-range phone
//! numbers.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::random::{hash_str, mix, pick, unit, weighted};
use super::tables::{
    AUTHORITIES, INWARD_LETTERS, PLANTS, REGIONS, STEMS, STREET_KINDS, STREET_STEMS,
};

/// Expand "LS1-23 LS25-29 WC1E" into the outward codes it names.
fn outward_codes(spec: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in spec.split_whitespace() {
        match token.split_once('-') {
            Some((first, last)) => {
                let letters: String = first
                    .chars()
                    .take_while(char::is_ascii_alphabetic)
                    .collect();
                let from: u32 = first[letters.len()..].parse().unwrap_or(0);
                let to: u32 = last.parse().unwrap_or(from);
                out.extend((from..=to).map(|n| format!("{letters}{n}")));
            }
            None => out.push(token.to_string()),
        }
    }
    out
}

/// Where a location is.
#[derive(Clone)]
pub(super) struct Address {
    pub(super) line1: String,
    pub(super) line2: Option<String>,
    pub(super) town: String,
    pub(super) county: &'static str,
    pub(super) postcode: String,
    pub(super) region: &'static str,
    pub(super) authority: &'static str,
    /// `None` for the few the importer has to place from the postcode.
    pub(super) lat_lon: Option<(f64, f64)>,
    pub(super) phone: String,
}

/// One run's geography: where locations go, and the fixed neighbourhood and town of each
/// outward code.
pub(super) struct Places {
    /// Outward codes per authority.
    outward: Vec<Vec<String>>,
    /// Authority indices per region.
    by_region: Vec<Vec<usize>>,
    /// Seeds the per-outward-code hashes ([`Places::district_offset`], [`Places::town`]).
    seed: u64,
}

impl Places {
    pub(super) fn new(seed: u64) -> Places {
        let mut by_region = vec![Vec::new(); REGIONS.len()];
        for (i, a) in AUTHORITIES.iter().enumerate() {
            by_region[a.region].push(i);
        }
        Places {
            outward: AUTHORITIES
                .iter()
                .map(|a| outward_codes(a.outward))
                .collect(),
            by_region,
            seed,
        }
    }

    /// An authority (index into [`AUTHORITIES`]): regions in proportion to [`REGIONS`],
    /// authorities to their weight.
    pub(super) fn authority(&self, rng: &mut ChaCha8Rng) -> usize {
        let weights: Vec<f64> = REGIONS.iter().map(|r| r.1).collect();
        let region = &self.by_region[weighted(rng, &weights)];
        let weights: Vec<f64> = region
            .iter()
            .map(|&i| f64::from(AUTHORITIES[i].weight))
            .collect();
        region[weighted(rng, &weights)]
    }

    /// The fixed offset (km east, km north) of an outward code's centre from its authority's.
    fn district_offset(&self, outward: &str) -> (f64, f64) {
        let h = hash_str(self.seed, outward);
        let r = 9.0 * unit(h).sqrt();
        let angle = std::f64::consts::TAU * unit(mix(h));
        (r * angle.cos(), r * angle.sin())
    }

    /// The town for an outward code: mostly the authority's main town, the same every time.
    fn town(&self, la: usize, outward: &str) -> &'static str {
        let towns = AUTHORITIES[la].towns;
        let h = mix(hash_str(self.seed, outward) ^ 0x70E5);
        if towns.len() == 1 || h % 5 < 3 {
            towns[0]
        } else {
            towns[1 + (h / 5) as usize % (towns.len() - 1)]
        }
    }

    /// An address in authority `la` (index into [`AUTHORITIES`]); `office` allows units and
    /// suites in business parks.
    pub(super) fn address(&self, rng: &mut ChaCha8Rng, la: usize, office: bool) -> Address {
        let a = &AUTHORITIES[la];
        let outward = pick(rng, &self.outward[la]).clone();
        let inward = format!(
            "{}{}{}",
            rng.random_range(0..10u8),
            char::from(*pick(rng, INWARD_LETTERS)),
            char::from(*pick(rng, INWARD_LETTERS))
        );
        let (dx, dy) = self.district_offset(&outward);
        let (mut x, mut y) = (
            dx + rng.random_range(-1.5..1.5),
            dy + rng.random_range(-1.5..1.5),
        );
        let dist = (x * x + y * y).sqrt();
        if dist > 11.5 {
            x *= 11.5 / dist;
            y *= 11.5 / dist;
        }
        let lat = a.lat + y / 111.0;
        let lon = a.lon + x / (111.32 * a.lat.to_radians().cos());
        let round = |v: f64| (v * 1e6).round() / 1e6;
        let lat_lon = (rng.random::<f64>() >= 0.02).then(|| (round(lat), round(lon)));

        let street = street(rng);
        let number = house_number(rng);
        let (line1, line2) = if office && rng.random_bool(0.45) {
            let unit_name = match rng.random_range(0..4) {
                0 => format!(
                    "Unit {}, {} Business Park",
                    rng.random_range(1..40),
                    pick(rng, STEMS)
                ),
                1 => format!(
                    "Suite {}, {} House",
                    rng.random_range(1..20),
                    pick(rng, STEMS)
                ),
                2 => format!(
                    "Office {}, {} Court",
                    rng.random_range(1..12),
                    pick(rng, PLANTS)
                ),
                _ => format!("First Floor, {number} {street}"),
            };
            if unit_name.starts_with("First") {
                (unit_name, None)
            } else {
                (unit_name, Some(street))
            }
        } else {
            (format!("{number} {street}"), None)
        };
        Address {
            line1,
            line2,
            town: self.town(la, &outward).to_string(),
            county: a.county,
            postcode: format!("{outward} {inward}"),
            region: REGIONS[a.region].0,
            authority: a.name,
            lat_lon,
            phone: format!("{}{:03}", a.phone, rng.random_range(0..1000)),
        }
    }
}

/// An invented street: "Church Road", "Willow Close".
pub(super) fn street(rng: &mut ChaCha8Rng) -> String {
    let stem = match rng.random_range(0..10) {
        0..=3 => *pick(rng, STREET_STEMS),
        4..=6 => *pick(rng, PLANTS),
        _ => *pick(rng, STEMS),
    };
    format!("{stem} {}", pick(rng, STREET_KINDS))
}

/// Mostly low house numbers.
pub(super) fn house_number(rng: &mut ChaCha8Rng) -> u32 {
    if rng.random_bool(0.7) {
        rng.random_range(1..60)
    } else {
        rng.random_range(60..320)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outward_code_ranges_expand() {
        assert_eq!(outward_codes("LS1-3 WC1E"), ["LS1", "LS2", "LS3", "WC1E"]);
    }
}
