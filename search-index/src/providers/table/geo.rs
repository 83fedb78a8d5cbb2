//! Distance: the rows near a place, and how far each is from it.
//!
//! Placed rows are stored by latitude strip, then longitude (see [`DocTable`]), so the rows
//! in a box around a place are a few runs found by binary search; only those are measured.

use carenav_domain::directory::query::Place;

use super::DocTable;
use super::facets::RADIUS_BUCKETS;
use crate::bits::Bits;

/// Kilometres per degree of latitude (mean Earth radius 6371.0088 km).
const KM_PER_DEGREE: f64 = 6371.0088 * std::f64::consts::PI / 180.0;

/// Latitude strips of 0.05° (about 5.5 km) for reading the rows near a place.
pub(super) fn strip(lat: f32) -> i32 {
    (lat * 20.0).floor() as i32
}

/// The area around a place searched near: the place's position, the rows within the radius
/// asked for, and those within the largest facet radius (for the radius facet's counts).
pub(crate) struct SearchArea {
    lat: f64,
    lon: f64,
    cos_lat: f64,
    /// Rows within the largest of [`RADIUS_BUCKETS`], with their squared distance.
    pub(super) reach: Vec<(u32, f64)>,
    /// Rows within the radius asked for.
    pub(super) within_radius: Bits,
}

impl DocTable {
    /// The rows within each radius of `place`. Only the rows in a box around it are read.
    pub fn near(&self, place: &Place, radius: f64) -> SearchArea {
        let (lat, lon) = (place.latitude, place.longitude);
        let cos_lat = lat.to_radians().cos();
        let reach = radius.max(RADIUS_BUCKETS[3]) + 1.0;
        let dlat = reach / 110.5;
        let dlon = reach / (111.3 * cos_lat.max(0.1));
        let (lon_min, lon_max) = ((lon - dlon) as f32, (lon + dlon) as f32);
        let mut near = SearchArea {
            lat,
            lon,
            cos_lat,
            reach: Vec::new(),
            within_radius: Bits::zeros(self.len()),
        };
        for s in strip((lat - dlat) as f32)..=strip((lat + dlat) as f32) {
            let start = self.strip_of.partition_point(|x| *x < s);
            let end = start + self.strip_of[start..].partition_point(|x| *x == s);
            let lons = &self.lon[start..end];
            let from = start + lons.partition_point(|l| *l < lon_min);
            let to = start + lons.partition_point(|l| *l <= lon_max);
            for row in from..to {
                let d2 = near.distance_squared(self.lat[row], self.lon[row]);
                if d2 <= RADIUS_BUCKETS[3] * RADIUS_BUCKETS[3] {
                    near.reach.push((row as u32, d2));
                }
                if d2 <= radius * radius {
                    near.within_radius.insert(row);
                }
            }
        }
        near
    }

    /// Distance from the place searched near, for a placed row.
    pub fn distance(&self, near: &SearchArea, row: usize) -> Option<f64> {
        (self.rows[row].position != 0)
            .then(|| near.distance_squared(self.lat[row], self.lon[row]).sqrt())
    }
}

impl SearchArea {
    /// Equirectangular: within the ~50 km that matters it is within 0.1% of the
    /// great-circle distance, and needs no trigonometry per row.
    #[inline]
    fn distance_squared(&self, lat: f32, lon: f32) -> f64 {
        let dy = (lat as f64 - self.lat) * KM_PER_DEGREE;
        let dx = (lon as f64 - self.lon) * KM_PER_DEGREE * self.cos_lat;
        dx * dx + dy * dy
    }
}
