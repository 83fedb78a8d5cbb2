//! Invented names: locations, providers, and the `.example` web addresses made from them.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::kinds::{Kind, Pool};
use super::places::{house_number, street};
use super::providers::Group;
use super::random::pick;
use super::tables::{
    BRANDS, BUILDINGS, HOME_CARE_FIRST, HOME_CARE_SECOND, HOME_CARE_TAILS, INITIALS, PLANTS,
    SAINTS, STEMS, STREET_KINDS, STREET_STEMS, SURNAMES, THE_NAMES,
};

/// "Rose Court", "The Willows Nursing Home", "St Anne's Lodge".
fn care_home_name(rng: &mut ChaCha8Rng, town: &str, nursing: bool) -> String {
    let base = match rng.random_range(0..100) {
        0..=19 => pick(rng, THE_NAMES).to_string(),
        20..=44 => format!("{} {}", pick(rng, PLANTS), pick(rng, BUILDINGS)),
        45..=71 => format!("{} {}", pick(rng, STEMS), pick(rng, BUILDINGS)),
        72..=79 => {
            let saint = pick(rng, SAINTS);
            if rng.random_bool(0.5) {
                format!("St {saint}'s")
            } else {
                format!("St {saint}'s {}", pick(rng, BUILDINGS))
            }
        }
        80..=86 => format!("{town} {}", pick(rng, BUILDINGS)),
        87..=93 => pick(rng, STEMS).to_string(),
        _ => format!("{} {}", pick(rng, PLANTS), pick(rng, BUILDINGS)),
    };
    let tail = if nursing {
        match rng.random_range(0..100) {
            0..=34 => " Nursing Home",
            35..=44 => " Care Home",
            45..=49 => " Care Centre",
            _ => "",
        }
    } else {
        match rng.random_range(0..100) {
            0..=7 => " Residential Home",
            8..=15 => " Care Home",
            16..=18 => " Rest Home",
            _ => "",
        }
    };
    format!("{base}{tail}")
}

/// "Kindly Hands Home Care", "Leeds Care at Home".
fn home_care_name(rng: &mut ChaCha8Rng, town: &str) -> String {
    match rng.random_range(0..100) {
        0..=44 => {
            let second = *pick(rng, HOME_CARE_SECOND);
            let tail = loop {
                let t = *pick(rng, HOME_CARE_TAILS);
                if !(second == "Care" && t.starts_with("Care")) {
                    break t;
                }
            };
            let tail = if second == "Care" || second == "Support" {
                "Services"
            } else {
                tail
            };
            format!("{} {second} {tail}", pick(rng, HOME_CARE_FIRST))
        }
        45..=64 => format!("{town} {}", pick(rng, HOME_CARE_TAILS)),
        65..=84 => format!("{} {}", pick(rng, STEMS), pick(rng, HOME_CARE_TAILS)),
        _ => format!("{} {}", pick(rng, PLANTS), pick(rng, HOME_CARE_TAILS)),
    }
}

/// A location's name; `town` is the place it is named after, `authority` its local authority.
pub(super) fn location_name(
    rng: &mut ChaCha8Rng,
    kind: Kind,
    town: &str,
    authority: &str,
) -> String {
    match kind {
        Kind::Residential => care_home_name(rng, town, false),
        Kind::Nursing => care_home_name(rng, town, true),
        Kind::HomeCare => home_care_name(rng, town),
        Kind::HomeCareSupported | Kind::Supported => match rng.random_range(0..10) {
            0..=2 => format!("{} {}", house_number(rng), street(rng)),
            3..=5 => format!("{} Supported Living", pick(rng, STEMS)),
            6..=7 => format!("{town} Supported Living Service"),
            _ => format!("{} {}", pick(rng, PLANTS), pick(rng, BUILDINGS)),
        },
        Kind::SharedLives => {
            let area = authority.split(',').next().unwrap_or(authority);
            if rng.random_bool(0.5) {
                format!("Shared Lives {area}")
            } else {
                format!("{area} Shared Lives Scheme")
            }
        }
        Kind::ExtraCare => {
            let base = format!(
                "{} {}",
                pick(rng, STEMS),
                pick(rng, &["Court", "Gardens", "Place", "View", "Lodge"])
            );
            if rng.random_bool(0.4) {
                format!("{base} Extra Care Scheme")
            } else {
                base
            }
        }
        Kind::Hospice => match rng.random_range(0..3) {
            0 => format!("St {}'s Hospice", pick(rng, SAINTS)),
            1 => format!("{town} Hospice"),
            _ => format!("{} Hospice", pick(rng, STEMS)),
        },
        Kind::Gp => match rng.random_range(0..5) {
            0 => format!("{} Surgery", pick(rng, STEMS)),
            1 => format!(
                "{} {} Medical Centre",
                pick(rng, STREET_STEMS),
                pick(rng, STREET_KINDS)
            ),
            2 => format!("{town} Health Centre"),
            3 => format!("The {} Practice", pick(rng, STEMS)),
            _ => format!("{} Medical Practice", pick(rng, PLANTS)),
        },
        Kind::Dentist => match rng.random_range(0..4) {
            0 => format!(
                "{} {} Dental Practice",
                pick(rng, STREET_STEMS),
                pick(rng, STREET_KINDS)
            ),
            1 => format!("{town} Dental Care"),
            2 => format!("{} Dental Surgery", pick(rng, STEMS)),
            _ => format!("{} Dental Clinic", pick(rng, PLANTS)),
        },
        Kind::NhsHospital => match rng.random_range(0..4) {
            0 => format!("{town} General Hospital"),
            1 => format!("{town} Community Hospital"),
            2 => format!("{} Hospital", pick(rng, STEMS)),
            _ => format!("St {}'s Hospital", pick(rng, SAINTS)),
        },
        Kind::NhsCommunity => match rng.random_range(0..3) {
            0 => format!("{town} Community Services"),
            1 => format!("{town} Community Mental Health Team"),
            _ => format!("{} Health Centre", pick(rng, STEMS)),
        },
        Kind::IndHospital => match rng.random_range(0..3) {
            0 => format!("The {} Hospital", pick(rng, STEMS)),
            1 => format!("{} Clinic", pick(rng, STEMS)),
            _ => format!("{town} Private Hospital"),
        },
        Kind::IndCommunity => match rng.random_range(0..3) {
            0 => format!("{} Community Nursing", pick(rng, STEMS)),
            1 => format!("{} Health at Home", pick(rng, PLANTS)),
            _ => format!("{town} Clinic"),
        },
        Kind::Rehab => match rng.random_range(0..2) {
            0 => format!("{} House Rehabilitation Centre", pick(rng, STEMS)),
            _ => format!("{} Recovery Centre", pick(rng, STEMS)),
        },
    }
}

/// A made-up company word: "Oakfield", "Ashworth Rose", "Fernbrook".
fn company_word(rng: &mut ChaCha8Rng) -> String {
    match rng.random_range(0..4) {
        0 => pick(rng, STEMS).to_string(),
        1 => format!("{} {}", pick(rng, SURNAMES), pick(rng, PLANTS)),
        2 => pick(rng, BRANDS).to_string(),
        _ => format!("{} {}", pick(rng, PLANTS), pick(rng, BUILDINGS)),
    }
}

/// "Dr A Ashworth", "Mrs J Firth".
fn person(rng: &mut ChaCha8Rng, doctor: bool) -> String {
    let title = if doctor {
        "Dr"
    } else {
        *pick(rng, &["Mr", "Mrs", "Ms", "Miss"])
    };
    format!("{title} {} {}", pick(rng, INITIALS), pick(rng, SURNAMES))
}

/// The provider's name, chosen when its first location is made.
pub(super) fn provider_name(rng: &mut ChaCha8Rng, group: &Group, first_location: &str) -> String {
    if let Some(brand) = &group.brand {
        let word = brand.name.split(' ').next().unwrap_or(&brand.name);
        return match group.pool {
            Pool::CareHome => match rng.random_range(0..4) {
                0 => format!("{word} Care Group Ltd"),
                1 => format!("{word} Healthcare Limited"),
                2 => format!("{word} Homes Ltd"),
                _ => format!("{} Ltd", brand.name),
            },
            Pool::Community => format!("{} Ltd", brand.name),
            Pool::Dentist => format!("{word} Dental Group Limited"),
            _ => format!("{} Limited", brand.name),
        };
    }
    match (group.pool, group.ownership) {
        (Pool::Nhs, _) => {
            let a = pick(rng, STEMS);
            match rng.random_range(0..3) {
                0 => format!(
                    "{a} and {} Hospitals NHS Foundation Trust",
                    pick(rng, STEMS)
                ),
                1 => format!("{} Vale Community Healthcare NHS Trust", pick(rng, BRANDS)),
                _ => format!("{a} Valley NHS Foundation Trust"),
            }
        }
        (Pool::Gp, "Individual") => person(rng, true),
        (Pool::Gp, "Partnership") => {
            if rng.random_bool(0.7) {
                format!("{} and Partners", person(rng, true))
            } else {
                format!("The {} Partnership", pick(rng, STEMS))
            }
        }
        (Pool::Gp, _) => format!("{} Medical Group Ltd", pick(rng, STEMS)),
        (Pool::Dentist, "Individual") => person(rng, false),
        (Pool::Dentist, "Partnership") => {
            format!("{} and {}", person(rng, false), person(rng, false))
        }
        (Pool::Dentist, _) => format!("{} Dental Ltd", company_word(rng)),
        (Pool::Hospice, _) => format!("{} Trust", first_location),
        (Pool::SharedLives, _) => format!("{} Community Support Trust", pick(rng, STEMS)),
        (Pool::Independent, _) => match rng.random_range(0..3) {
            0 => format!("{} Healthcare Limited", company_word(rng)),
            1 => format!("{} Clinics Ltd", company_word(rng)),
            _ => format!("{} Health Trust", pick(rng, STEMS)),
        },
        (_, "Individual") => person(rng, false),
        (_, "Partnership") => {
            let surname = pick(rng, SURNAMES);
            format!(
                "{} {} and {} {} {surname}",
                pick(rng, &["Mr", "Mrs", "Ms"]),
                pick(rng, INITIALS),
                pick(rng, &["Mr", "Mrs", "Ms"]),
                pick(rng, INITIALS)
            )
        }
        _ => {
            if group.pool == Pool::Community && rng.random_bool(0.4) {
                let name = first_location.trim_end_matches(" Ltd");
                return format!("{name} Ltd");
            }
            match rng.random_range(0..100) {
                0..=39 => format!("{} Care Ltd", company_word(rng)),
                40..=64 => format!("{} Healthcare Limited", company_word(rng)),
                65..=79 => format!("{} Care Services Ltd", company_word(rng)),
                80..=91 => format!("{} Homes Limited", company_word(rng)),
                _ => format!("{} Care Trust", company_word(rng)),
            }
        }
    }
}

/// A home-care chain member's name, `<brand> (<place>)`, made unique within its provider
/// (`used`): `(<place> North)` and so on, then `(<place> <n>)`.
pub(super) fn bracket_name(brand: &str, place: &str, used: &[String]) -> String {
    let mut name = format!("{brand} ({place})");
    for extra in ["North", "South", "East", "West", "Central"] {
        if !used.contains(&name) {
            break;
        }
        name = format!("{brand} ({place} {extra})");
    }
    if used.contains(&name) {
        name = format!("{brand} ({place} {})", used.len());
    }
    name
}

/// Lower-case letters and digits joined by hyphens, for `.example` web addresses.
pub(super) fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if (c == ' ' || c == '-') && !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_for_web_addresses() {
        assert_eq!(slug("St Anne's House (Leeds)"), "st-annes-house-leeds");
    }

    #[test]
    fn bracket_names_are_unique_within_a_provider() {
        let mut used = Vec::new();
        for _ in 0..8 {
            let name = bracket_name("Heartwood Home Care", "Leeds", &used);
            assert!(!used.contains(&name), "{name}");
            used.push(name);
        }
        assert_eq!(used[0], "Heartwood Home Care (Leeds)");
        assert_eq!(used[1], "Heartwood Home Care (Leeds North)");
        assert_eq!(used[5], "Heartwood Home Care (Leeds Central)");
        assert_eq!(used[6], "Heartwood Home Care (Leeds 6)");
    }
}
