//! Fixed vocabularies for the filters: CQC's many service-type and service-user-band names
//! map onto a short list of stable slugs. The slugs appear in URLs and the API; each has a
//! Fluent key `svc-<slug>` / `spec-<slug>` for its label. Text that maps to no slug is still
//! searchable as free text; it just has no filter.

/// Service types, in the order the filter lists them.
pub const SERVICES: &[&str] = &[
    "care-home-nursing",
    "care-home",
    "home-care",
    "supported-living",
    "shared-lives",
    "extra-care",
    "hospice",
    "rehabilitation",
    "community-health",
    "hospital",
    "gp",
    "dentist",
    "other",
];

/// Specialisms (CQC "specialisms" in the API, "service user bands" in the spreadsheets).
pub const SPECIALISMS: &[&str] = &[
    "dementia",
    "older-people",
    "younger-adults",
    "learning-disabilities",
    "mental-health",
    "physical-disabilities",
    "sensory-impairments",
    "substance-misuse",
    "eating-disorders",
    "mental-health-act",
    "children",
];

/// Adult social care service types (the ones the search page offers first).
pub const SOCIAL_CARE_SERVICES: &[&str] = &[
    "care-home-nursing",
    "care-home",
    "home-care",
    "supported-living",
    "shared-lives",
    "extra-care",
];

/// The slug for a CQC service type name or description ("Nursing homes", "Care home service
/// with nursing", "Homecare agencies", "Domiciliary care service", ...).
pub fn service_slug(name: &str) -> &'static str {
    let n = name.trim().to_ascii_lowercase();
    let has = |s: &str| n.contains(s);
    if has("without nursing") || has("residential home") {
        "care-home"
    } else if has("with nursing") || has("nursing home") {
        "care-home-nursing"
    } else if has("homecare") || has("home care") || has("domiciliary") {
        "home-care"
    } else if has("supported living") {
        "supported-living"
    } else if has("shared lives") {
        "shared-lives"
    } else if has("extra care") {
        "extra-care"
    } else if has("hospice") {
        "hospice"
    } else if has("rehabilitation") || has("substance misuse") {
        "rehabilitation"
    } else if has("community") {
        "community-health"
    } else if has("hospital") || has("acute services") {
        "hospital"
    } else if has("doctor") || has("gp") {
        "gp"
    } else if has("dent") {
        "dentist"
    } else {
        "other"
    }
}

/// The slug for a CQC specialism / service user band, or `None` when it has no filter
/// ("Whole population", "Treatment of disease, disorder or injury", ...).
pub fn specialism_slug(name: &str) -> Option<&'static str> {
    let n = name.trim().to_ascii_lowercase();
    let has = |s: &str| n.contains(s);
    Some(if has("dementia") {
        "dementia"
    } else if has("over 65") || has("older people") {
        "older-people"
    } else if has("under 65") || has("younger adults") {
        "younger-adults"
    } else if has("learning disab") || has("autis") {
        "learning-disabilities"
    } else if has("mental health act") || has("detained") || has("rights are restricted") {
        "mental-health-act"
    } else if has("mental health") {
        "mental-health"
    } else if has("physical disab") {
        "physical-disabilities"
    } else if has("sensory") {
        "sensory-impairments"
    } else if has("substance") || has("drugs and alcohol") {
        "substance-misuse"
    } else if has("eating") {
        "eating-disorders"
    } else if has("children") {
        "children"
    } else {
        return None;
    })
}

/// Bit position of a slug in [`SERVICES`] (for the index's bitmask fields).
pub fn service_bit(slug: &str) -> Option<u32> {
    SERVICES.iter().position(|s| *s == slug).map(|i| i as u32)
}

pub fn specialism_bit(slug: &str) -> Option<u32> {
    SPECIALISMS
        .iter()
        .position(|s| *s == slug)
        .map(|i| i as u32)
}

/// Bitmask of the service slugs of a list of CQC service type names.
pub fn services_mask(names: &[String]) -> u64 {
    names
        .iter()
        .filter_map(|n| service_bit(service_slug(n)))
        .fold(0, |m, b| m | (1 << b))
}

pub fn specialisms_mask(names: &[String]) -> u64 {
    names
        .iter()
        .filter_map(|n| specialism_slug(n).and_then(specialism_bit))
        .fold(0, |m, b| m | (1 << b))
}

/// Everyday words people use for each service, indexed beside CQC's names so that
/// "nursing home", "residential home" and "care home" find each other, as do "home care",
/// "homecare" and "domiciliary care".
pub fn service_synonyms(slug: &str) -> &'static str {
    match slug {
        "care-home-nursing" => "care home nursing home residential home with nursing",
        "care-home" => "care home residential home old people's home rest home",
        "home-care" => "home care homecare domiciliary care care at home carers visiting",
        "supported-living" => "supported living supported housing",
        "shared-lives" => "shared lives adult placement family based care",
        "extra-care" => "extra care housing assisted living retirement housing",
        "hospice" => "hospice end of life palliative",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cqc_names_map_to_slugs() {
        assert_eq!(service_slug("Nursing homes"), "care-home-nursing");
        assert_eq!(
            service_slug("Care home service with nursing"),
            "care-home-nursing"
        );
        assert_eq!(service_slug("Residential homes"), "care-home");
        assert_eq!(
            service_slug("Care home service without nursing"),
            "care-home"
        );
        assert_eq!(service_slug("Homecare agencies"), "home-care");
        assert_eq!(service_slug("Domiciliary care service"), "home-care");
        assert_eq!(service_slug("Shared Lives"), "shared-lives");
        assert_eq!(service_slug("Supported living service"), "supported-living");
        assert_eq!(service_slug("Something new"), "other");
        assert_eq!(
            specialism_slug("Caring for adults over 65 yrs"),
            Some("older-people")
        );
        assert_eq!(
            specialism_slug("Service user band - Dementia"),
            Some("dementia")
        );
        assert_eq!(
            specialism_slug("Learning disabilities or autistic spectrum disorder"),
            Some("learning-disabilities")
        );
        assert_eq!(
            specialism_slug(
                "Caring for people whose rights are restricted under the Mental Health Act"
            ),
            Some("mental-health-act")
        );
        assert_eq!(specialism_slug("Whole Population"), None);
        assert!(SERVICES.len() <= 64 && SPECIALISMS.len() <= 64);
        let mask = services_mask(&["Nursing homes".into(), "Residential homes".into()]);
        assert_eq!(mask, 0b11);
    }
}
