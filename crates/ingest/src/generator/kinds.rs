//! The kinds of location, the kinds of provider that run them ([`Pool`]), and how many of
//! each a run has. What each kind offers is in [`super::services`].

use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

/// A kind of location: what it is and which sector runs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A care home without nursing.
    Residential,
    /// A care home with nursing.
    Nursing,
    HomeCare,
    /// Home care and supported living from one registration.
    HomeCareSupported,
    Supported,
    SharedLives,
    ExtraCare,
    Hospice,
    Gp,
    Dentist,
    NhsHospital,
    NhsCommunity,
    /// An independent (non-NHS) hospital.
    IndHospital,
    /// Independent (non-NHS) community health care.
    IndCommunity,
    Rehab,
}

/// Share of all location objects (registered and deregistered) of each kind.
const KIND_SHARES: &[(Kind, f64)] = &[
    (Kind::Residential, 0.2007),
    (Kind::Nursing, 0.0743),
    (Kind::HomeCare, 0.208),
    (Kind::HomeCareSupported, 0.030),
    (Kind::Supported, 0.025),
    (Kind::SharedLives, 0.0028),
    (Kind::ExtraCare, 0.0146),
    (Kind::Hospice, 0.0037),
    (Kind::Gp, 0.13),
    (Kind::Dentist, 0.17),
    (Kind::NhsHospital, 0.025),
    (Kind::NhsCommunity, 0.025),
    (Kind::IndHospital, 0.03),
    (Kind::IndCommunity, 0.04),
    (Kind::Rehab, 0.021),
];

/// Which kind of provider runs a kind of location.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pool {
    CareHome,
    Community,
    SharedLives,
    Hospice,
    Gp,
    Dentist,
    Nhs,
    Independent,
}

/// Every [`Pool`], in the order providers are planned.
pub(super) const POOLS: [Pool; 8] = [
    Pool::CareHome,
    Pool::Community,
    Pool::SharedLives,
    Pool::Hospice,
    Pool::Gp,
    Pool::Dentist,
    Pool::Nhs,
    Pool::Independent,
];

impl Kind {
    /// Which kind of provider runs this kind of location.
    pub(super) fn pool(self) -> Pool {
        match self {
            Kind::Residential | Kind::Nursing => Pool::CareHome,
            Kind::HomeCare | Kind::HomeCareSupported | Kind::Supported | Kind::ExtraCare => {
                Pool::Community
            }
            Kind::SharedLives => Pool::SharedLives,
            Kind::Hospice => Pool::Hospice,
            Kind::Gp => Pool::Gp,
            Kind::Dentist => Pool::Dentist,
            Kind::NhsHospital | Kind::NhsCommunity => Pool::Nhs,
            Kind::IndHospital | Kind::IndCommunity | Kind::Rehab => Pool::Independent,
        }
    }

    /// CQC's `type`.
    pub(super) fn cqc_type(self) -> &'static str {
        match self.pool() {
            Pool::CareHome | Pool::Community | Pool::SharedLives => "Social Care Org",
            Pool::Hospice | Pool::Independent => "Independent Healthcare Org",
            Pool::Gp => "Primary Medical Services",
            Pool::Dentist => "Primary Dental Care",
            Pool::Nhs => "NHS Healthcare Organisation",
        }
    }

    /// CQC's `inspectionDirectorate`.
    pub(super) fn directorate(self) -> &'static str {
        match self.pool() {
            Pool::CareHome | Pool::Community | Pool::SharedLives => "Adult social care",
            Pool::Gp | Pool::Dentist => "Primary medical services",
            Pool::Hospice | Pool::Nhs | Pool::Independent => "Hospitals",
        }
    }

    /// Adult social care (care homes, home care, supported living, Shared Lives).
    pub(super) fn is_social_care(self) -> bool {
        matches!(
            self.pool(),
            Pool::CareHome | Pool::Community | Pool::SharedLives
        )
    }

    /// Run from an office (care is given elsewhere), rather than a building people live in or
    /// are treated in.
    pub(super) fn is_office(self) -> bool {
        matches!(
            self,
            Kind::HomeCare
                | Kind::HomeCareSupported
                | Kind::Supported
                | Kind::SharedLives
                | Kind::IndCommunity
                | Kind::NhsCommunity
        )
    }

    /// Current overall rating mix: Outstanding, Good, Requires improvement, Inadequate.
    pub(super) fn rating_mix(self, deregistered: bool) -> [f64; 4] {
        match (self.is_social_care(), self.pool(), deregistered) {
            (true, _, false) => [0.04, 0.80, 0.14, 0.02],
            (true, _, true) => [0.02, 0.66, 0.24, 0.08],
            (false, Pool::Gp, _) => [0.05, 0.88, 0.05, 0.02],
            _ => [0.07, 0.68, 0.21, 0.04],
        }
    }
}

/// Exact counts per kind for `n` locations (largest remainder), in a shuffled order.
pub(super) fn kinds(rng: &mut ChaCha8Rng, n: usize) -> Vec<Kind> {
    let total: f64 = KIND_SHARES.iter().map(|k| k.1).sum();
    let exact: Vec<f64> = KIND_SHARES.iter().map(|k| k.1 / total * n as f64).collect();
    let mut counts: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    let mut order: Vec<usize> = (0..exact.len()).collect();
    order.sort_by(|&a, &b| {
        let fa = exact[a] - exact[a].floor();
        let fb = exact[b] - exact[b].floor();
        fb.total_cmp(&fa).then(a.cmp(&b))
    });
    let short = n - counts.iter().sum::<usize>();
    for &i in order.iter().take(short) {
        counts[i] += 1;
    }
    let mut out = Vec::with_capacity(n);
    for (k, c) in KIND_SHARES.iter().zip(counts) {
        out.extend(std::iter::repeat_n(k.0, c));
    }
    out.shuffle(rng);
    out
}
