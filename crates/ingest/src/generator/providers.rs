//! Providers: how each kind of provider's locations are cut into single locations, small
//! local groups and branded chains, and the provider objects written after the locations.

use std::collections::HashSet;

use rand::Rng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::ids::new_cqc_id;
use super::kinds::{Kind, POOLS, Pool};
use super::places::Address;
use super::random::pick;
use super::shapes::ProviderOut;
use super::tables::{BRANDS, STEMS};

/// A chain's brand: CQC's `brandId` and `brandName`.
pub(super) struct Brand {
    pub(super) id: String,
    pub(super) name: String,
    /// Home-care members are named `<brand> (<town>)`.
    pub(super) bracket: bool,
}

/// One provider: a single location, a small local group, or a branded chain.
pub(super) struct Group {
    pub(super) id: String,
    pub(super) pool: Pool,
    pub(super) brand: Option<Brand>,
    /// Members are placed near the first (small groups, trusts); chains spread out.
    pub(super) local: bool,
    /// The local authority (index into [`AUTHORITIES`](super::tables::AUTHORITIES)) of the
    /// first location made.
    pub(super) home_la: Option<usize>,
    /// Chosen when the first location is made ([`provider_name`](super::names::provider_name)).
    pub(super) name: Option<String>,
    /// CQC's `ownershipType`.
    pub(super) ownership: &'static str,
    /// CQC's `type`.
    pub(super) cqc_type: &'static str,
    /// The first location's address.
    pub(super) address: Option<Address>,
    pub(super) location_ids: Vec<String>,
    /// Names already used by bracket-named members.
    pub(super) used_names: Vec<String>,
}

/// A chain size: 5 to 150, heavy-tailed.
fn chain_size(rng: &mut ChaCha8Rng, max: usize) -> usize {
    let u: f64 = 1.0 - rng.random::<f64>();
    let size = (5.0 * u.powf(-1.0 / 1.1)).floor() as usize;
    size.clamp(5, max)
}

/// A brand name not used before in this run: "Heartwood Care", "Oakfield Dental".
fn brand_name(
    rng: &mut ChaCha8Rng,
    pool: Pool,
    bracket: bool,
    used: &mut HashSet<String>,
) -> String {
    let suffixes: &[&str] = match pool {
        Pool::CareHome => &[
            "Care",
            "Healthcare",
            "Care Homes",
            "Living",
            "Senior Living",
        ],
        Pool::Community if bracket => &["Home Care"],
        Pool::Community => &["Home Care", "Care", "Support", "Care at Home"],
        Pool::Dentist => &["Dental", "Dental Care", "Smiles"],
        _ => &["Healthcare", "Health", "Clinics"],
    };
    for attempt in 0.. {
        let word = if rng.random_bool(0.7) {
            *pick(rng, BRANDS)
        } else {
            *pick(rng, STEMS)
        };
        let mut name = format!("{word} {}", pick(rng, suffixes));
        if attempt >= 40 {
            name = format!("{name} {}", attempt - 38);
        }
        if used.insert(name.clone()) {
            return name;
        }
    }
    unreachable!()
}

/// Cut each pool's locations into providers. Returns the groups and each location's group.
pub(super) fn plan_groups(
    rng: &mut ChaCha8Rng,
    kinds: &[Kind],
    ids: &mut HashSet<u64>,
) -> (Vec<Group>, Vec<usize>) {
    let mut groups = Vec::new();
    let mut group_of = vec![0usize; kinds.len()];
    let mut brands = HashSet::new();
    for pool in POOLS {
        let mut members: Vec<usize> = (0..kinds.len())
            .filter(|&i| kinds[i].pool() == pool)
            .collect();
        members.shuffle(rng);
        let (chain_share, chain_max) = match pool {
            Pool::CareHome => (0.25, 150),
            Pool::Community => (0.20, 150),
            Pool::Dentist => (0.20, 60),
            _ => (0.0, 0),
        };
        let mut budget = (members.len() as f64 * chain_share) as usize;
        let mut at = 0;
        while at < members.len() {
            let left = members.len() - at;
            let mut brand = None;
            let size = if budget >= 5 {
                let size = chain_size(rng, chain_max.min(budget));
                budget -= size;
                let bracket = pool == Pool::Community && rng.random_bool(0.25);
                brand = Some(Brand {
                    id: format!("BD{}", 1000 + groups.len() * 7 + rng.random_range(0..7)),
                    name: brand_name(rng, pool, bracket, &mut brands),
                    bracket,
                });
                size
            } else {
                match pool {
                    Pool::CareHome => [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4][rng.random_range(0..12)],
                    Pool::Community => {
                        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3][rng.random_range(0..14)]
                    }
                    Pool::Gp => [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3][rng.random_range(0..14)],
                    Pool::Nhs => rng.random_range(3..=25),
                    Pool::Independent => {
                        if rng.random_bool(0.6) {
                            1
                        } else {
                            rng.random_range(2..=10)
                        }
                    }
                    Pool::SharedLives | Pool::Hospice | Pool::Dentist => 1,
                }
            }
            .min(left);
            let gi = groups.len();
            for &m in &members[at..at + size] {
                group_of[m] = gi;
            }
            at += size;
            let (ownership, cqc_type) = match pool {
                Pool::Nhs => ("NHS Body", "NHS Healthcare Organisation"),
                Pool::Gp => (
                    ["Partnership", "Partnership", "Individual", "Organisation"]
                        [rng.random_range(0..4)],
                    "Primary Medical Services",
                ),
                Pool::Dentist if brand.is_none() => (
                    ["Individual", "Organisation", "Partnership"][rng.random_range(0..3)],
                    "Primary Dental Care",
                ),
                Pool::Dentist => ("Organisation", "Primary Dental Care"),
                Pool::Hospice | Pool::Independent => ("Organisation", "Independent Healthcare Org"),
                Pool::SharedLives => ("Organisation", "Social Care Org"),
                Pool::CareHome | Pool::Community => (
                    if brand.is_some() {
                        "Organisation"
                    } else {
                        match rng.random_range(0..100) {
                            0..=79 => "Organisation",
                            80..=91 => "Individual",
                            _ => "Partnership",
                        }
                    },
                    "Social Care Org",
                ),
            };
            groups.push(Group {
                id: new_cqc_id(rng, ids),
                pool,
                local: brand.is_none(),
                brand,
                home_la: None,
                name: None,
                ownership,
                cqc_type,
                address: None,
                location_ids: Vec::with_capacity(size),
                used_names: Vec::new(),
            });
        }
    }
    (groups, group_of)
}

impl Group {
    /// The provider object, once all its locations are made.
    pub(super) fn provider_out(&self) -> ProviderOut<'_> {
        let address = self.address.as_ref();
        ProviderOut {
            provider_id: &self.id,
            organisation_type: "Provider",
            provider_type: self.cqc_type,
            name: self.name.as_deref().unwrap_or_default(),
            ownership_type: self.ownership,
            brand_id: self.brand.as_ref().map(|b| b.id.as_str()),
            brand_name: self.brand.as_ref().map(|b| b.name.as_str()),
            location_ids: &self.location_ids,
            postal_address_line1: address.map_or("", |a| &a.line1),
            postal_address_line2: address.and_then(|a| a.line2.as_deref()),
            postal_address_town_city: address.map_or("", |a| &a.town),
            postal_address_county: address.map(|a| a.county).filter(|c| !c.is_empty()),
            postal_code: address.map_or("", |a| &a.postcode),
            region: address.map_or("", |a| a.region),
            local_authority: address.map_or("", |a| a.authority),
            main_phone_number: address.map_or("", |a| &a.phone),
            carenav_synthetic: true,
        }
    }
}
