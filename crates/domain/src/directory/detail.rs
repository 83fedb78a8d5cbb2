//! One location's page: the record, its provider and the provider's other locations.

use serde::{Deserialize, Serialize};

use super::{Location, ProviderSummary};

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
}
