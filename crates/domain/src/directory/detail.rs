//! One location's page: the record, its provider and the provider's other locations.

use serde::{Deserialize, Serialize};

use super::{Location, ProviderSummary};
use crate::publish::{Availability, CouncilRate, FeeSchedule, HistoryEntry, Published};

/// The organisation that runs a location.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderOrg {
    pub provider_id: String,
    pub name: String,
    pub ownership_type: Option<String>,
}

/// Everything the provider page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderDetail {
    pub location: Location,
    pub provider: Option<ProviderOrg>,
    /// The provider's other locations (up to 50), as cards.
    pub other_locations: Vec<ProviderSummary>,
    pub other_locations_total: usize,
    /// The fee schedule the provider published, if any.
    #[serde(default)]
    pub fees: Option<Published<FeeSchedule>>,
    /// Every fee publication, newest first (dates and lowest weekly fee, not who).
    #[serde(default)]
    pub fee_history: Vec<HistoryEntry>,
    /// Short-break availability the provider published, if any (shown with its age).
    #[serde(default)]
    pub availability: Option<Published<Availability>>,
    /// The council the location is in, from the register.
    #[serde(default)]
    pub council: Option<CouncilRef>,
    /// That council's usual rates, every year imported, newest first.
    #[serde(default)]
    pub council_rates: Vec<CouncilRate>,
}

/// A council, by code and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilRef {
    pub code: String,
    pub name: String,
}
