//! What is kept beside each generation's index in `directory.json` ([`DirectoryMeta`]): the
//! build's counts, the local authority list the `la` fast field points into, and the
//! geocoder built from the locations' own coordinates (exact postcodes, outward-code and
//! town centres).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use carenav_domain::directory::model::{is_outcode, normalise_postcode, outcode_of};
use carenav_domain::directory::query::{GeoSource, Place};
use serde::{Deserialize, Serialize};

use crate::SearchError;

const META_FILE: &str = "directory.json";

/// What a rebuild wrote.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BuildStats {
    pub documents: u64,
    pub registered: u64,
    pub synthetic: u64,
    /// Locations with no coordinates of their own, placed at their outward code's centre.
    pub approximated: u64,
    /// Locations with no position at all (excluded from distance searches).
    pub unplaced: u64,
    /// The store's directory version this generation was built from (the newest data load
    /// that changed locations), so a server can tell an index left behind by a crash between
    /// an import's commit and its index swap. `None` in generations built before it was kept.
    #[serde(default)]
    pub store_version: Option<i64>,
}

/// Kept beside each generation.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DirectoryMeta {
    pub stats: BuildStats,
    /// Local authority names; the `la` fast field is an index into this list.
    pub local_authorities: Vec<String>,
    /// Postcode → position, from the locations' own coordinates.
    pub postcodes: HashMap<String, (f64, f64)>,
    /// Outward code → centre of the locations in it.
    pub outcodes: BTreeMap<String, (f64, f64)>,
    /// Lower-cased town or authority name → (display name, centre).
    pub towns: BTreeMap<String, (String, f64, f64)>,
}

impl DirectoryMeta {
    /// Find a place from the directory's own data: a full postcode, an outward code, a town
    /// or a local authority. `None` when it is not known.
    pub fn geocode(&self, near: &str) -> Option<Place> {
        let near = near.trim();
        if let Some(pc) = normalise_postcode(near) {
            if let Some(&(lat, lon)) = self.postcodes.get(&pc) {
                return Some(place(&pc, lat, lon, GeoSource::Exact));
            }
            let out = outcode_of(&pc)?;
            return self
                .outcodes
                .get(&out)
                .map(|&(lat, lon)| place(&pc, lat, lon, GeoSource::Outcode));
        }
        let upper = near.to_ascii_uppercase().replace(' ', "");
        if is_outcode(&upper)
            && let Some(&(lat, lon)) = self.outcodes.get(&upper)
        {
            return Some(place(&upper, lat, lon, GeoSource::Outcode));
        }
        self.towns
            .get(&near.to_lowercase())
            .map(|(name, lat, lon)| place(name, *lat, *lon, GeoSource::Town))
    }

    /// Read the metadata kept beside the generation in `dir`.
    pub(super) fn read(dir: &Path) -> Result<DirectoryMeta, SearchError> {
        let path = dir.join(META_FILE);
        let text = std::fs::read_to_string(&path).map_err(SearchError::io(&path))?;
        serde_json::from_str(&text).map_err(json_error(&path))
    }

    /// Write the metadata beside the generation being built in `dir`.
    pub(super) fn write(&self, dir: &Path) -> Result<(), SearchError> {
        let path = dir.join(META_FILE);
        let json = serde_json::to_vec(self).map_err(json_error(&path))?;
        std::fs::write(&path, json).map_err(SearchError::io(&path))
    }
}

/// The error for metadata at `path` that could not be read or written as JSON.
fn json_error(path: &Path) -> impl FnOnce(serde_json::Error) -> SearchError + use<> {
    let path = path.to_path_buf();
    move |e| SearchError::Meta {
        path,
        message: e.to_string(),
    }
}

fn place(label: &str, latitude: f64, longitude: f64, source: GeoSource) -> Place {
    Place {
        label: label.to_owned(),
        latitude,
        longitude,
        source,
    }
}
