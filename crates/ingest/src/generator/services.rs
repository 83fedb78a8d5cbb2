//! What a location offers: CQC service types, regulated activities and specialisms, and the
//! beds in a care home.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::kinds::Kind;
use super::random::normal;

/// CQC service types: (name, description).
const SVC_NURSING: (&str, &str) = ("Nursing homes", "Care home service with nursing");
const SVC_RESIDENTIAL: (&str, &str) = ("Residential homes", "Care home service without nursing");
const SVC_HOMECARE: (&str, &str) = ("Homecare agencies", "Domiciliary care service");
const SVC_SUPPORTED: (&str, &str) = ("Supported living", "Supported living service");
const SVC_SHARED_LIVES: (&str, &str) = ("Shared Lives", "Shared Lives");
const SVC_EXTRA_CARE: (&str, &str) = ("Extra Care housing services", "Extra Care housing services");
const SVC_HOSPICE: (&str, &str) = ("Hospice services", "Hospice services");
const SVC_GP: (&str, &str) = ("Doctors/GPs", "Doctors consultation service");
const SVC_DENTIST: (&str, &str) = ("Dentist", "Dental service");
const SVC_HOSPITAL: (&str, &str) = ("Hospitals", "Acute services with overnight beds");
const SVC_COMMUNITY: (&str, &str) = (
    "Community health care services",
    "Community health care services",
);
const SVC_REHAB: (&str, &str) = ("Rehabilitation services", "Rehabilitation services");

/// CQC specialisms ("services for").
const SP_DEMENTIA: &str = "Dementia";
const SP_OVER65: &str = "Caring for adults over 65 yrs";
const SP_UNDER65: &str = "Caring for adults under 65 yrs";
const SP_LD: &str = "Learning disabilities";
const SP_MH: &str = "Mental health conditions";
const SP_PHYS: &str = "Physical disabilities";
const SP_SENSORY: &str = "Sensory impairments";
const SP_SUBSTANCE: &str = "Substance misuse problems";
const SP_EATING: &str = "Eating disorders";
const SP_CHILDREN: &str = "Caring for children";
const SP_MHA: &str = "Caring for people whose rights are restricted under the Mental Health Act";

/// CQC regulated activities: (name, code).
const RA_ACCOMMODATION: (&str, &str) = (
    "Accommodation for persons who require nursing or personal care",
    "RA2",
);
const RA_PERSONAL: (&str, &str) = ("Personal care", "RA1");
const RA_TREATMENT: (&str, &str) = ("Treatment of disease, disorder or injury", "RA5");
const RA_DIAGNOSTIC: (&str, &str) = ("Diagnostic and screening procedures", "RA4");
const RA_SURGICAL: (&str, &str) = ("Surgical procedures", "RA7");
const RA_MATERNITY: (&str, &str) = ("Maternity and midwifery services", "RA8");
const RA_FAMILY: (&str, &str) = ("Family planning", "RA9");
const RA_NURSING_CARE: (&str, &str) = ("Nursing care", "RA11");
const RA_DETAINED: (&str, &str) = (
    "Assessment or medical treatment for persons detained under the Mental Health Act 1983",
    "RA3",
);
const RA_SUBSTANCE: (&str, &str) = (
    "Accommodation for persons who require treatment for substance misuse",
    "RA6",
);

impl Kind {
    /// CQC's `gacServiceTypes`.
    pub(super) fn service_types(self, rng: &mut ChaCha8Rng) -> Vec<(&'static str, &'static str)> {
        match self {
            Kind::Residential => vec![SVC_RESIDENTIAL],
            Kind::Nursing => {
                if rng.random_bool(0.15) {
                    vec![SVC_NURSING, SVC_RESIDENTIAL]
                } else {
                    vec![SVC_NURSING]
                }
            }
            Kind::HomeCare => vec![SVC_HOMECARE],
            Kind::HomeCareSupported => vec![SVC_HOMECARE, SVC_SUPPORTED],
            Kind::Supported => vec![SVC_SUPPORTED],
            Kind::SharedLives => vec![SVC_SHARED_LIVES],
            Kind::ExtraCare => vec![SVC_EXTRA_CARE],
            Kind::Hospice => {
                if rng.random_bool(0.3) {
                    vec![SVC_HOSPICE, SVC_COMMUNITY]
                } else {
                    vec![SVC_HOSPICE]
                }
            }
            Kind::Gp => vec![SVC_GP],
            Kind::Dentist => vec![SVC_DENTIST],
            Kind::NhsHospital | Kind::IndHospital => {
                if rng.random_bool(0.2) {
                    vec![SVC_HOSPITAL, SVC_REHAB]
                } else {
                    vec![SVC_HOSPITAL]
                }
            }
            Kind::NhsCommunity | Kind::IndCommunity => vec![SVC_COMMUNITY],
            Kind::Rehab => vec![SVC_REHAB],
        }
    }

    /// CQC's `regulatedActivities`.
    pub(super) fn regulated_activities(
        self,
        rng: &mut ChaCha8Rng,
    ) -> Vec<(&'static str, &'static str)> {
        let mut out = Vec::new();
        let mut maybe = |rng: &mut ChaCha8Rng, p: f64, ra| {
            if rng.random_bool(p) {
                out.push(ra);
            }
        };
        match self {
            Kind::Residential => {
                maybe(rng, 1.0, RA_ACCOMMODATION);
                maybe(rng, 0.08, RA_TREATMENT);
            }
            Kind::Nursing => {
                maybe(rng, 1.0, RA_ACCOMMODATION);
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 0.3, RA_DIAGNOSTIC);
            }
            Kind::HomeCare | Kind::HomeCareSupported | Kind::Supported | Kind::SharedLives => {
                maybe(rng, 1.0, RA_PERSONAL);
                maybe(rng, 0.04, RA_TREATMENT);
            }
            Kind::ExtraCare => maybe(rng, 1.0, RA_PERSONAL),
            Kind::Hospice => {
                maybe(rng, 0.6, RA_ACCOMMODATION);
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 0.5, RA_DIAGNOSTIC);
                maybe(rng, 0.4, RA_NURSING_CARE);
            }
            Kind::Gp => {
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 1.0, RA_DIAGNOSTIC);
                maybe(rng, 0.5, RA_SURGICAL);
                maybe(rng, 0.6, RA_MATERNITY);
                maybe(rng, 0.7, RA_FAMILY);
            }
            Kind::Dentist => {
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 1.0, RA_DIAGNOSTIC);
                maybe(rng, 0.9, RA_SURGICAL);
            }
            Kind::NhsHospital | Kind::IndHospital => {
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 1.0, RA_DIAGNOSTIC);
                maybe(rng, 0.8, RA_SURGICAL);
                maybe(rng, 0.3, RA_MATERNITY);
                maybe(rng, 0.2, RA_DETAINED);
            }
            Kind::NhsCommunity | Kind::IndCommunity => {
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 0.5, RA_DIAGNOSTIC);
                maybe(rng, 0.3, RA_NURSING_CARE);
                maybe(rng, 0.1, RA_DETAINED);
            }
            Kind::Rehab => {
                maybe(rng, 1.0, RA_SUBSTANCE);
                maybe(rng, 1.0, RA_TREATMENT);
            }
        }
        out
    }
}

/// Specialisms for a location; `younger` marks care homes for younger adults (learning
/// disabilities, mental health) rather than older people.
pub(super) fn specialisms(rng: &mut ChaCha8Rng, kind: Kind, younger: bool) -> Vec<&'static str> {
    let table: &[(&str, f64)] = match kind {
        Kind::Residential | Kind::Nursing if younger => &[
            (SP_UNDER65, 0.97),
            (SP_LD, 0.7),
            (SP_MH, 0.4),
            (SP_PHYS, 0.35),
            (SP_SENSORY, 0.2),
            (SP_MHA, 0.05),
            (SP_EATING, 0.02),
        ],
        Kind::Residential => &[
            (SP_DEMENTIA, 0.68),
            (SP_OVER65, 0.97),
            (SP_UNDER65, 0.15),
            (SP_MH, 0.22),
            (SP_PHYS, 0.45),
            (SP_SENSORY, 0.3),
        ],
        Kind::Nursing => &[
            (SP_DEMENTIA, 0.78),
            (SP_OVER65, 0.97),
            (SP_UNDER65, 0.35),
            (SP_MH, 0.3),
            (SP_PHYS, 0.6),
            (SP_SENSORY, 0.3),
            (SP_MHA, 0.03),
        ],
        Kind::HomeCare => &[
            (SP_DEMENTIA, 0.6),
            (SP_OVER65, 0.92),
            (SP_UNDER65, 0.5),
            (SP_LD, 0.3),
            (SP_MH, 0.3),
            (SP_PHYS, 0.65),
            (SP_SENSORY, 0.35),
            (SP_SUBSTANCE, 0.03),
            (SP_EATING, 0.03),
            (SP_CHILDREN, 0.1),
        ],
        Kind::HomeCareSupported | Kind::Supported => &[
            (SP_UNDER65, 0.95),
            (SP_OVER65, 0.25),
            (SP_LD, 0.85),
            (SP_MH, 0.5),
            (SP_PHYS, 0.4),
            (SP_SENSORY, 0.2),
            (SP_DEMENTIA, 0.1),
            (SP_SUBSTANCE, 0.05),
        ],
        Kind::SharedLives => &[
            (SP_UNDER65, 0.9),
            (SP_OVER65, 0.4),
            (SP_LD, 0.8),
            (SP_MH, 0.4),
            (SP_PHYS, 0.4),
            (SP_DEMENTIA, 0.2),
        ],
        Kind::ExtraCare => &[
            (SP_OVER65, 0.95),
            (SP_DEMENTIA, 0.6),
            (SP_PHYS, 0.6),
            (SP_SENSORY, 0.3),
            (SP_UNDER65, 0.3),
        ],
        Kind::Hospice => &[
            (SP_OVER65, 0.9),
            (SP_UNDER65, 0.9),
            (SP_DEMENTIA, 0.4),
            (SP_CHILDREN, 0.15),
        ],
        Kind::IndHospital | Kind::NhsHospital => {
            &[(SP_MH, 0.25), (SP_MHA, 0.15), (SP_EATING, 0.05)]
        }
        Kind::IndCommunity | Kind::NhsCommunity => {
            &[(SP_MH, 0.2), (SP_SUBSTANCE, 0.1), (SP_CHILDREN, 0.15)]
        }
        Kind::Rehab => &[(SP_SUBSTANCE, 0.85), (SP_MH, 0.5), (SP_EATING, 0.1)],
        Kind::Gp | Kind::Dentist => &[],
    };
    let mut out: Vec<&str> = table
        .iter()
        .filter(|(_, p)| rng.random_bool(*p))
        .map(|(s, _)| *s)
        .collect();
    if out.is_empty() && kind.is_social_care() {
        out.push(if younger { SP_UNDER65 } else { SP_OVER65 });
    }
    out
}

/// The number of beds in a care home.
pub(super) fn beds(rng: &mut ChaCha8Rng, kind: Kind, younger: bool) -> u32 {
    let lognormal = |rng: &mut ChaCha8Rng, median: f64, spread: f64| {
        (median.ln() + spread * normal(rng)).exp().round() as u32
    };
    match (kind, younger) {
        (Kind::Nursing, true) => rng.random_range(10..=40),
        (Kind::Nursing, false) => {
            if rng.random_bool(0.02) {
                rng.random_range(121..=180)
            } else {
                lognormal(rng, 44.0, 0.35).clamp(20, 120)
            }
        }
        (_, true) => {
            if rng.random_bool(0.55) {
                rng.random_range(3..=9)
            } else {
                rng.random_range(10..=24)
            }
        }
        (_, false) => {
            if rng.random_bool(0.03) {
                rng.random_range(61..=100)
            } else {
                lognormal(rng, 26.0, 0.38).clamp(10, 60)
            }
        }
    }
}
