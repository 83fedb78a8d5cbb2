//! Building a generation: one tantivy document per location (text fields, fast fields for
//! the table, the stored result card), and the [`DirectoryMeta`] kept beside it.

use std::collections::HashMap;
use std::path::Path;

use carenav_domain::directory::model::{days_from_iso, outcode_of};
use carenav_domain::directory::query::KeyQuestionRatings;
use carenav_domain::directory::vocab::{
    service_slug, service_synonyms, services_mask, specialism_slug, specialisms_mask,
};
use carenav_domain::directory::{KeyQuestion, Location, ProviderSummary, Rating};
use tantivy::{Index, TantivyDocument};

use super::directory_meta::{BuildStats, DirectoryMeta};
use super::text_query::name_key;
use crate::SearchError;
use crate::schema::{ProviderFields, register_analyzers};

/// Running centre of a set of points.
#[derive(Default, Clone, Copy)]
struct Centre {
    lat: f64,
    lon: f64,
    n: f64,
}

impl Centre {
    fn add(&mut self, lat: f64, lon: f64) {
        self.lat += lat;
        self.lon += lon;
        self.n += 1.0;
    }
    fn get(&self) -> (f64, f64) {
        (self.lat / self.n, self.lon / self.n)
    }
}

fn pack_key_questions(loc: &Location) -> u64 {
    let Some(current) = &loc.current else {
        return 0;
    };
    KeyQuestion::ALL
        .iter()
        .map(|q| current.key_rating(*q).rank() << (3 * q.index()))
        .fold(0, |a, b| a | b)
}

/// The card stored with each document (distance filled in per search).
pub fn summary_of(loc: &Location, approximate: bool) -> ProviderSummary {
    let key = |q| {
        loc.current
            .as_ref()
            .map_or(Rating::NotRated, |c| c.key_rating(q))
    };
    ProviderSummary {
        location_id: loc.location_id.clone(),
        name: loc.name.clone(),
        provider_name: loc.provider_name.clone(),
        service_types: loc.service_types.clone(),
        specialisms: loc.specialisms.clone(),
        overall_rating: loc.overall(),
        rating_date: loc.current.as_ref().and_then(|c| c.date.clone()),
        key_questions: KeyQuestionRatings {
            safe: key(KeyQuestion::Safe),
            effective: key(KeyQuestion::Effective),
            caring: key(KeyQuestion::Caring),
            responsive: key(KeyQuestion::Responsive),
            well_led: key(KeyQuestion::WellLed),
        },
        distance_km: None,
        town: loc.town.clone(),
        postcode: loc.postcode.clone(),
        local_authority: loc.local_authority.clone(),
        beds: loc.beds,
        position_approximate: approximate,
        below_good_in_a_row: loc.consecutive_below_good() as u32,
        deregistered: loc.is_deregistered(),
        synthetic: loc.synthetic,
        weekly_fee_from: None,
        fees_published_on: None,
        short_break_places: None,
        short_breaks_updated: None,
    }
}

/// Write a complete generation from `locations` into `dir`.
pub(super) fn write_generation(
    dir: &Path,
    locations: impl IntoIterator<Item = Location>,
    store_version: Option<i64>,
) -> Result<BuildStats, SearchError> {
    let (schema, f) = ProviderFields::schema();
    let index = Index::create_in_dir(dir, schema)?;
    register_analyzers(&index);
    let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 120_000_000)?;
    let mut meta = DirectoryMeta::default();
    let mut authorities: HashMap<String, u32> = HashMap::new();
    let mut outcodes: HashMap<String, Centre> = HashMap::new();
    let mut towns: HashMap<String, (String, Centre)> = HashMap::new();
    let mut unplaced: Vec<Location> = Vec::new();
    let mut stats = BuildStats::default();

    let add = |loc: Location,
               position: Option<(f64, f64, u64)>,
               writer: &mut tantivy::IndexWriter<TantivyDocument>,
               stats: &mut BuildStats,
               authorities: &mut HashMap<String, u32>,
               meta: &mut DirectoryMeta|
     -> Result<(), SearchError> {
        let la_name = loc.local_authority.clone().unwrap_or_default();
        let next = authorities.len() as u32;
        let la = *authorities.entry(la_name.clone()).or_insert_with(|| {
            meta.local_authorities.push(la_name);
            next
        });
        let mut d = TantivyDocument::new();
        d.add_text(f.id, &loc.location_id);
        d.add_text(f.name_key, name_key(&loc.name));
        d.add_text(f.name, &loc.name);
        d.add_text(f.name_words, &loc.name);
        let mut other = String::new();
        let mut other_words = String::new();
        for part in [
            &loc.also_known_as,
            &loc.brand_name,
            &loc.provider_name,
            &loc.town,
            &loc.local_authority,
        ]
        .into_iter()
        .flatten()
        {
            other.push_str(part);
            other.push_str(" . ");
            other_words.push_str(part);
            other_words.push(' ');
        }
        for part in [&loc.county, &loc.region, &loc.postcode]
            .into_iter()
            .flatten()
        {
            other.push_str(part);
            other.push_str(" . ");
        }
        let mut slugs: Vec<&str> = Vec::new();
        for s in &loc.service_types {
            other.push_str(s);
            other.push_str(" . ");
            let slug = service_slug(s);
            if !slugs.contains(&slug) {
                slugs.push(slug);
                other.push_str(service_synonyms(slug));
                other.push_str(" . ");
            }
        }
        for s in &loc.specialisms {
            other.push_str(s);
            other.push_str(" . ");
            if let Some(slug) = specialism_slug(s) {
                other.push_str(&slug.replace('-', " "));
                other.push_str(" . ");
            }
        }
        d.add_text(f.all, format!("{} . {other}", loc.name));
        d.add_text(f.other, &other);
        d.add_text(f.other_words, &other_words);
        let approximate = position.is_some_and(|p| p.2 == 2);
        d.add_text(
            f.card,
            serde_json::to_string(&summary_of(&loc, approximate)).unwrap_or_default(),
        );
        d.add_u64(f.overall, loc.overall().rank());
        d.add_u64(f.key_questions, pack_key_questions(&loc));
        d.add_u64(f.services, services_mask(&loc.service_types));
        d.add_u64(f.specialisms, specialisms_mask(&loc.specialisms));
        d.add_u64(f.beds, loc.beds.map_or(0, |b| b as u64 + 1));
        let rated_day = loc
            .current
            .as_ref()
            .filter(|c| c.overall != Rating::NotRated)
            .and_then(|c| c.date.as_deref())
            .and_then(days_from_iso)
            .unwrap_or(0);
        d.add_i64(f.rated_day, rated_day);
        d.add_u64(f.la, la as u64);
        d.add_u64(f.deregistered, loc.is_deregistered() as u64);
        let (lat, lon, kind) = position.unwrap_or((0.0, 0.0, 0));
        d.add_f64(f.latitude, lat);
        d.add_f64(f.longitude, lon);
        d.add_u64(f.position, kind);
        writer.add_document(d)?;
        stats.documents += 1;
        stats.registered += (!loc.is_deregistered()) as u64;
        stats.synthetic += loc.synthetic as u64;
        match kind {
            0 => stats.unplaced += 1,
            2 => stats.approximated += 1,
            _ => {}
        }
        Ok(())
    };

    for loc in locations {
        match (loc.latitude, loc.longitude) {
            (Some(lat), Some(lon)) => {
                if let Some(pc) = &loc.postcode {
                    meta.postcodes.insert(pc.clone(), (lat, lon));
                    if let Some(out) = outcode_of(pc) {
                        outcodes.entry(out).or_default().add(lat, lon);
                    }
                }
                for name in [&loc.town, &loc.local_authority].into_iter().flatten() {
                    towns
                        .entry(name.to_lowercase())
                        .or_insert_with(|| (name.clone(), Centre::default()))
                        .1
                        .add(lat, lon);
                }
                add(
                    loc,
                    Some((lat, lon, 1)),
                    &mut writer,
                    &mut stats,
                    &mut authorities,
                    &mut meta,
                )?;
            }
            _ => unplaced.push(loc),
        }
    }
    meta.outcodes = outcodes.iter().map(|(k, c)| (k.clone(), c.get())).collect();
    meta.towns = towns
        .into_iter()
        .map(|(k, (name, c))| {
            let (lat, lon) = c.get();
            (k, (name, lat, lon))
        })
        .collect();
    for loc in unplaced {
        let position = loc
            .postcode
            .as_deref()
            .and_then(outcode_of)
            .and_then(|out| meta.outcodes.get(&out).copied())
            .map(|(lat, lon)| (lat, lon, 2));
        add(
            loc,
            position,
            &mut writer,
            &mut stats,
            &mut authorities,
            &mut meta,
        )?;
    }
    writer.commit()?;
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
    stats.store_version = store_version;
    meta.stats = stats.clone();
    meta.write(dir)?;
    Ok(stats)
}
