//! The `providers` collection: the CQC directory, searched by name, town or postcode, with
//! filters, facet counts, distance and sorting.
//!
//! Text matching is tantivy's (stemmed fields, unstemmed word fields for typo tolerance and
//! prefixes, an exact-name key and name phrases for ranking). Everything else — filters,
//! facets, distance, sort and paging — runs over the fast fields of the matching documents in
//! one pass of our own collector: with ~90,000 documents that is a few milliseconds, and it
//! lets each facet count every other filter but not its own.
//!
//! Beside each generation's index sits `directory.json` ([`DirectoryMeta`]): the local
//! authority list the `la` fast field points into, and the geocoder built from the
//! locations' own coordinates (exact postcodes, outward-code and town centres).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, RwLock};

use carenav_directory::model::{days_from_iso, is_outcode, normalise_postcode, outcode_of};
use carenav_directory::query::{FacetCount, Facets, GeoSource, KeyQuestionRatings, Place};
use carenav_directory::vocab::{
    SERVICES, SPECIALISMS, service_bit, service_slug, service_synonyms, services_mask,
    specialism_bit, specialism_slug, specialisms_mask,
};
use carenav_directory::{
    KeyQuestion, Location, ProviderQuery, ProviderResults, ProviderSummary, Rating, SortOrder,
};
use serde::{Deserialize, Serialize};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::ColumnValues;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocId, Index, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term};

use crate::schema::{ProviderFields, register_analyzers};
use crate::{IndexHandle, SearchError};

const META_FILE: &str = "directory.json";

/// Words that carry no meaning in a directory search ("care homes in Leeds").
const STOPWORDS: &[&str] = &[
    "in", "near", "the", "a", "an", "of", "and", "at", "for", "to", "&",
];

/// Facet radius buckets (km) and rating-age buckets (years).
const RADIUS_BUCKETS: [f64; 4] = [5.0, 10.0, 25.0, 50.0];
const AGE_BUCKETS: [u32; 4] = [1, 2, 3, 5];
const BED_BUCKETS: [(&str, u32, u32); 4] = [
    ("1-9", 1, 9),
    ("10-29", 10, 29),
    ("30-59", 30, 59),
    ("60+", 60, u32::MAX),
];

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
}

fn place(label: &str, latitude: f64, longitude: f64, source: GeoSource) -> Place {
    Place {
        label: label.to_owned(),
        latitude,
        longitude,
        source,
    }
}

/// The provider directory's index: a handle plus the metadata of the loaded generation.
#[derive(Clone)]
pub struct ProviderIndex {
    handle: IndexHandle,
    meta: Arc<RwLock<Option<(String, Arc<DirectoryMeta>)>>>,
}

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

/// Normalised whole name: lower case, letters and digits, single spaces.
pub fn name_key(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl ProviderIndex {
    pub fn open(root: impl Into<std::path::PathBuf>) -> Result<Self, SearchError> {
        Ok(Self {
            handle: IndexHandle::open(root)?,
            meta: Arc::new(RwLock::new(None)),
        })
    }

    pub fn handle(&self) -> &IndexHandle {
        &self.handle
    }

    pub fn is_ready(&self) -> bool {
        self.handle.is_ready()
    }

    /// Build a complete new generation from `locations` and publish it. On error the live
    /// generation keeps serving.
    pub fn rebuild(
        &self,
        locations: impl IntoIterator<Item = Location>,
    ) -> Result<BuildStats, SearchError> {
        let generations = self.handle.generations();
        let generation = generations.begin()?;
        match write_generation(&generation.dir, locations) {
            Ok(stats) => {
                generations.publish(generation)?;
                self.handle.reload()?;
                Ok(stats)
            }
            Err(e) => {
                generations.abandon(generation);
                Err(e)
            }
        }
    }

    /// The metadata of the live generation.
    pub fn meta(&self) -> Result<Arc<DirectoryMeta>, SearchError> {
        let (_, _, generation) = self.handle.searcher_with_generation()?;
        self.meta_for(&generation)
    }

    fn meta_for(&self, generation: &str) -> Result<Arc<DirectoryMeta>, SearchError> {
        if let Some((name, meta)) = self.meta.read().unwrap_or_else(|p| p.into_inner()).as_ref()
            && name == generation
        {
            return Ok(meta.clone());
        }
        let path = self
            .handle
            .generations()
            .root()
            .join(generation)
            .join(META_FILE);
        let text = std::fs::read_to_string(&path).map_err(SearchError::io(&path))?;
        let meta: DirectoryMeta = serde_json::from_str(&text).map_err(|e| SearchError::Meta {
            path: path.clone(),
            message: e.to_string(),
        })?;
        let meta = Arc::new(meta);
        *self.meta.write().unwrap_or_else(|p| p.into_inner()) =
            Some((generation.to_owned(), meta.clone()));
        Ok(meta)
    }

    /// Search. `place` is where distances are measured from (already geocoded by the caller,
    /// see [`DirectoryMeta::geocode`]); `today` is days since 1970, for rating ages.
    pub fn search(
        &self,
        q: &ProviderQuery,
        place: Option<Place>,
        today: i64,
    ) -> Result<ProviderResults, SearchError> {
        let (index, searcher, generation) = self.handle.searcher_with_generation()?;
        let meta = self.meta_for(&generation)?;
        let f = ProviderFields::from_schema(&index.schema())?;
        let text = q.q.trim();
        let query: Box<dyn Query> = match text_query(&index, &f, text) {
            Some(query) => query,
            None => Box::new(AllQuery),
        };
        let has_text = !matches!(text_query_words(text).len(), 0);
        let filters = Filters::new(q, &meta, place.as_ref(), today);
        let collector = MatchCollector {
            fields: f.clone(),
            scoring: has_text,
        };
        let segments = searcher.search(&query, &collector)?;

        // One pass: which filters each match fails; results pass all, a facet counts the
        // matches that fail at most its own filter.
        let mut facets = FacetCounter::new(meta.local_authorities.len());
        let mut hits: Vec<(usize, usize, f32, f64)> = Vec::new();
        for (seg_ord, seg) in segments.iter().enumerate() {
            for i in 0..seg.docs.len() {
                let m = seg.get(i);
                let distance = place
                    .as_ref()
                    .filter(|_| m.position != 0)
                    .map(|p| haversine_km(p.latitude, p.longitude, m.lat, m.lon));
                let fails = filters.fails(&m, distance);
                facets.add(&m, fails, distance, today);
                if fails == 0 {
                    hits.push((seg_ord, i, m.score, distance.unwrap_or(f64::MAX)));
                }
            }
        }
        let total = hits.len() as u64;

        let sort = match q.sort {
            SortOrder::Relevance if !has_text && place.is_some() => SortOrder::Distance,
            SortOrder::Relevance if !has_text => SortOrder::Rating,
            s => s,
        };
        let key = |&(s, i, score, dist): &(usize, usize, f32, f64)| {
            let m = segments[s].get(i);
            SortKey {
                score,
                dist,
                overall: m.overall,
                rated_day: m.rated_day,
            }
        };
        let cmp = |a: &SortKey, b: &SortKey| -> std::cmp::Ordering {
            let by_rating = b
                .overall
                .cmp(&a.overall)
                .then(b.rated_day.cmp(&a.rated_day));
            match sort {
                SortOrder::Relevance => b
                    .score
                    .total_cmp(&a.score)
                    .then(a.dist.total_cmp(&b.dist))
                    .then(by_rating),
                SortOrder::Distance => a.dist.total_cmp(&b.dist).then(b.score.total_cmp(&a.score)),
                SortOrder::Rating => by_rating
                    .then(b.score.total_cmp(&a.score))
                    .then(a.dist.total_cmp(&b.dist)),
                SortOrder::Recent => b
                    .rated_day
                    .cmp(&a.rated_day)
                    .then(b.score.total_cmp(&a.score))
                    .then(a.dist.total_cmp(&b.dist)),
            }
        };
        let start = ((q.page.max(1) - 1) * q.per_page) as usize;
        let end = (start + q.per_page as usize).min(hits.len());
        let mut keyed: Vec<(SortKey, (usize, usize, f32, f64))> =
            hits.iter().map(|h| (key(h), *h)).collect();
        if end > start {
            // Only the requested page needs ordering: partition, then sort the head.
            if end < keyed.len() {
                keyed.select_nth_unstable_by(end - 1, |a, b| cmp(&a.0, &b.0));
                keyed.truncate(end);
            }
            keyed.sort_by(|a, b| {
                cmp(&a.0, &b.0)
                    .then(a.1.0.cmp(&b.1.0))
                    .then(a.1.1.cmp(&b.1.1))
            });
        }
        let mut results = Vec::new();
        for (_, (s, i, _, dist)) in keyed.iter().skip(start).take(end.saturating_sub(start)) {
            let m = segments[*s].get(*i);
            let stored: TantivyDocument =
                searcher.doc(tantivy::DocAddress::new(m.segment, m.doc))?;
            let card = stored
                .get_first(f.card)
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            let mut summary: ProviderSummary =
                serde_json::from_str(card).map_err(|e| SearchError::Meta {
                    path: generation.clone().into(),
                    message: format!("stored card: {e}"),
                })?;
            summary.distance_km = (*dist < f64::MAX).then(|| (dist * 10.0).round() / 10.0);
            results.push(summary);
        }
        Ok(ProviderResults {
            total,
            page: q.page,
            per_page: q.per_page,
            near: place,
            facets: facets.finish(&meta, q),
            results,
        })
    }
}

#[derive(Clone, Copy)]
struct SortKey {
    score: f32,
    dist: f64,
    overall: u8,
    rated_day: i64,
}

/// The words of a query that must match (stopwords dropped unless nothing else is left).
fn text_query_words(q: &str) -> Vec<String> {
    let words: Vec<String> = q
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let meaningful: Vec<String> = words
        .iter()
        .filter(|w| !STOPWORDS.contains(&w.as_ref()))
        .cloned()
        .collect();
    if meaningful.is_empty() {
        words
    } else {
        meaningful
    }
}

/// Edit distance allowed for a word of this length: none for short words (too many false
/// friends), one from four letters, two from eight.
fn typo_distance(word: &str) -> u8 {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

fn analysed_terms(index: &Index, field: tantivy::schema::Field, text: &str) -> Vec<Term> {
    let Ok(mut analyzer) = index.tokenizer_for_field(field) else {
        return Vec::new();
    };
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    while stream.advance() {
        terms.push(Term::from_field_text(field, &stream.token().text));
    }
    terms
}

/// Every meaningful word must match somewhere (stemmed, with a typo, or — for the last word
/// while typing — as a prefix). The exact name, then the name as a phrase, rank first.
fn text_query(index: &Index, f: &ProviderFields, q: &str) -> Option<Box<dyn Query>> {
    let words = text_query_words(q);
    if words.is_empty() {
        return None;
    }
    let typing = !q.ends_with(char::is_whitespace);
    let mut musts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let mut options: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, boost) in [(f.name, 3.0), (f.other, 1.0)] {
            for term in analysed_terms(index, field, word) {
                options.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(
                        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                        boost,
                    )),
                ));
            }
        }
        let folded = analysed_terms(index, f.name_words, word);
        for term in folded {
            let text = term.value().as_str().unwrap_or_default().to_owned();
            let distance = typo_distance(&text);
            for (field, boost) in [(f.name_words, 1.0), (f.other_words, 0.4)] {
                let t = Term::from_field_text(field, &text);
                if distance > 0 {
                    options.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(
                            Box::new(FuzzyTermQuery::new(t.clone(), distance, true)),
                            boost,
                        )),
                    ));
                }
                if typing && i + 1 == words.len() && text.chars().count() >= 2 {
                    options.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(
                            Box::new(FuzzyTermQuery::new_prefix(t, 0, true)),
                            boost * 1.5,
                        )),
                    ));
                }
            }
        }
        if options.is_empty() {
            continue;
        }
        musts.push((Occur::Must, Box::new(BooleanQuery::new(options))));
    }
    if musts.is_empty() {
        return None;
    }
    let mut clauses: Vec<(Occur, Box<dyn Query>)> =
        vec![(Occur::Must, Box::new(BooleanQuery::new(musts)))];
    let key = name_key(q);
    if !key.is_empty() {
        clauses.push((
            Occur::Should,
            Box::new(BoostQuery::new(
                Box::new(TermQuery::new(
                    Term::from_field_text(f.name_key, &key),
                    IndexRecordOption::Basic,
                )),
                20.0,
            )),
        ));
    }
    let phrase = analysed_terms(index, f.name, q);
    if phrase.len() >= 2 {
        clauses.push((
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(PhraseQuery::new(phrase)), 5.0)),
        ));
    }
    let other_phrase = analysed_terms(index, f.other, q);
    if other_phrase.len() >= 2 {
        clauses.push((
            Occur::Should,
            Box::new(BoostQuery::new(
                Box::new(PhraseQuery::new(other_phrase)),
                2.0,
            )),
        ));
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// One match's fast-field values.
struct Match {
    segment: SegmentOrdinal,
    doc: DocId,
    score: f32,
    overall: u8,
    key_questions: u64,
    services: u64,
    specialisms: u64,
    beds: u32,
    rated_day: i64,
    la: u32,
    deregistered: bool,
    lat: f64,
    lon: f64,
    position: u8,
}

impl Match {
    fn key(&self, q: KeyQuestion) -> u8 {
        ((self.key_questions >> (3 * q.index())) & 0b111) as u8
    }
}

/// Column-wise matches of one segment.
#[derive(Default)]
struct SegmentMatches {
    segment: SegmentOrdinal,
    docs: Vec<DocId>,
    scores: Vec<f32>,
    overall: Vec<u8>,
    key_questions: Vec<u64>,
    services: Vec<u64>,
    specialisms: Vec<u64>,
    beds: Vec<u32>,
    rated_day: Vec<i64>,
    la: Vec<u32>,
    deregistered: Vec<bool>,
    lat: Vec<f64>,
    lon: Vec<f64>,
    position: Vec<u8>,
}

impl SegmentMatches {
    fn get(&self, i: usize) -> Match {
        Match {
            segment: self.segment,
            doc: self.docs[i],
            score: self.scores[i],
            overall: self.overall[i],
            key_questions: self.key_questions[i],
            services: self.services[i],
            specialisms: self.specialisms[i],
            beds: self.beds[i],
            rated_day: self.rated_day[i],
            la: self.la[i],
            deregistered: self.deregistered[i],
            lat: self.lat[i],
            lon: self.lon[i],
            position: self.position[i],
        }
    }
}

struct MatchCollector {
    fields: ProviderFields,
    scoring: bool,
}

type U64Col = Arc<dyn ColumnValues<u64>>;

struct MatchSegmentCollector {
    out: SegmentMatches,
    overall: U64Col,
    key_questions: U64Col,
    services: U64Col,
    specialisms: U64Col,
    beds: U64Col,
    rated_day: Arc<dyn ColumnValues<i64>>,
    la: U64Col,
    deregistered: U64Col,
    lat: Arc<dyn ColumnValues<f64>>,
    lon: Arc<dyn ColumnValues<f64>>,
    position: U64Col,
}

impl Collector for MatchCollector {
    type Fruit = Vec<SegmentMatches>;
    type Child = MatchSegmentCollector;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<MatchSegmentCollector> {
        let ff = segment.fast_fields();
        let schema = segment.schema();
        let name = |field: tantivy::schema::Field| schema.get_field_name(field).to_owned();
        let u = |field| -> tantivy::Result<U64Col> {
            Ok(ff.u64(&name(field))?.first_or_default_col(0))
        };
        let f = &self.fields;
        Ok(MatchSegmentCollector {
            out: SegmentMatches {
                segment: segment_local_id,
                ..Default::default()
            },
            overall: u(f.overall)?,
            key_questions: u(f.key_questions)?,
            services: u(f.services)?,
            specialisms: u(f.specialisms)?,
            beds: u(f.beds)?,
            rated_day: ff.i64(&name(f.rated_day))?.first_or_default_col(0),
            la: u(f.la)?,
            deregistered: u(f.deregistered)?,
            lat: ff.f64(&name(f.latitude))?.first_or_default_col(0.0),
            lon: ff.f64(&name(f.longitude))?.first_or_default_col(0.0),
            position: u(f.position)?,
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scoring
    }

    fn merge_fruits(&self, segment_fruits: Vec<SegmentMatches>) -> tantivy::Result<Self::Fruit> {
        Ok(segment_fruits)
    }
}

impl SegmentCollector for MatchSegmentCollector {
    type Fruit = SegmentMatches;

    fn collect(&mut self, doc: DocId, score: Score) {
        let o = &mut self.out;
        o.docs.push(doc);
        o.scores.push(score);
        o.overall.push(self.overall.get_val(doc) as u8);
        o.key_questions.push(self.key_questions.get_val(doc));
        o.services.push(self.services.get_val(doc));
        o.specialisms.push(self.specialisms.get_val(doc));
        o.beds
            .push(self.beds.get_val(doc).min(u32::MAX as u64) as u32);
        o.rated_day.push(self.rated_day.get_val(doc));
        o.la.push(self.la.get_val(doc) as u32);
        o.deregistered.push(self.deregistered.get_val(doc) != 0);
        o.lat.push(self.lat.get_val(doc));
        o.lon.push(self.lon.get_val(doc));
        o.position.push(self.position.get_val(doc) as u8);
    }

    fn harvest(self) -> SegmentMatches {
        self.out
    }
}

/// Filter dimensions, one bit each in a match's "fails" mask.
const F_SERVICE: u32 = 1 << 0;
const F_SPECIALISM: u32 = 1 << 1;
const F_RATING: u32 = 1 << 2;
const F_KEY: [u32; 5] = [1 << 3, 1 << 4, 1 << 5, 1 << 6, 1 << 7];
const F_AGE: u32 = 1 << 8;
const F_BEDS: u32 = 1 << 9;
const F_LA: u32 = 1 << 10;
const F_RADIUS: u32 = 1 << 11;
const F_DEREG: u32 = 1 << 12;

struct Filters {
    services: u64,
    specialisms: u64,
    min_rating: u8,
    min_key: [u8; 5],
    min_rated_day: Option<i64>,
    beds: Option<(u32, u32)>,
    /// `Some(None)`: an authority was asked for that the directory does not have.
    la: Option<Option<u32>>,
    radius: Option<f64>,
    include_deregistered: bool,
}

fn years_ago(today: i64, years: u32) -> i64 {
    today - (years as f64 * 365.25).round() as i64
}

impl Filters {
    fn new(q: &ProviderQuery, meta: &DirectoryMeta, place: Option<&Place>, today: i64) -> Self {
        let bits = |slugs: &[String], bit: fn(&str) -> Option<u32>| {
            slugs
                .iter()
                .filter_map(|s| bit(s))
                .fold(0u64, |m, b| m | (1 << b))
        };
        Filters {
            services: bits(&q.services, service_bit),
            specialisms: bits(&q.specialisms, specialism_bit),
            min_rating: q.min_rating.map_or(0, |r| r.rank() as u8),
            min_key: q.min_key.map(|r| r.map_or(0, |r| r.rank() as u8)),
            min_rated_day: q.rated_within_years.map(|y| years_ago(today, y)),
            beds: (q.beds_min.is_some() || q.beds_max.is_some())
                .then(|| (q.beds_min.unwrap_or(0), q.beds_max.unwrap_or(u32::MAX))),
            la: q.la.as_ref().map(|la| {
                meta.local_authorities
                    .iter()
                    .position(|x| x.eq_ignore_ascii_case(la))
                    .map(|i| i as u32)
            }),
            radius: place.map(|_| q.radius()),
            include_deregistered: q.include_deregistered,
        }
    }

    fn fails(&self, m: &Match, distance: Option<f64>) -> u32 {
        let mut fails = 0;
        if self.services != 0 && m.services & self.services == 0 {
            fails |= F_SERVICE;
        }
        if m.specialisms & self.specialisms != self.specialisms {
            fails |= F_SPECIALISM;
        }
        if self.min_rating > 0 && m.overall < self.min_rating {
            fails |= F_RATING;
        }
        for q in KeyQuestion::ALL {
            let min = self.min_key[q.index()];
            if min > 0 && m.key(q) < min {
                fails |= F_KEY[q.index()];
            }
        }
        if let Some(min_day) = self.min_rated_day
            && (m.rated_day == 0 || m.rated_day < min_day)
        {
            fails |= F_AGE;
        }
        if let Some((lo, hi)) = self.beds {
            // Stored as beds + 1; 0 means no beds recorded.
            let beds = m.beds.checked_sub(1);
            if !beds.is_some_and(|b| b >= lo && b <= hi) {
                fails |= F_BEDS;
            }
        }
        if let Some(la) = self.la
            && la != Some(m.la)
        {
            fails |= F_LA;
        }
        if let Some(radius) = self.radius
            && !distance.is_some_and(|d| d <= radius)
        {
            fails |= F_RADIUS;
        }
        if !self.include_deregistered && m.deregistered {
            fails |= F_DEREG;
        }
        fails
    }
}

struct FacetCounter {
    services: [u64; 64],
    specialisms: [u64; 64],
    min_rating: [u64; 5],
    key: [[u64; 5]; 5],
    age: [u64; 4],
    beds: [u64; 4],
    la: Vec<u64>,
    radius: [u64; 4],
    deregistered: u64,
}

impl FacetCounter {
    fn new(authorities: usize) -> Self {
        Self {
            services: [0; 64],
            specialisms: [0; 64],
            min_rating: [0; 5],
            key: [[0; 5]; 5],
            age: [0; 4],
            beds: [0; 4],
            la: vec![0; authorities],
            radius: [0; 4],
            deregistered: 0,
        }
    }

    /// Count a match towards each facet whose own filter is the only one it fails (or
    /// towards all, when it fails none).
    fn add(&mut self, m: &Match, fails: u32, distance: Option<f64>, today: i64) {
        if fails & (fails.wrapping_sub(1)) != 0 {
            return; // fails two or more filters: counts nowhere
        }
        let counts_for = |dim: u32| fails == 0 || fails == dim;
        if counts_for(F_SERVICE) {
            for (bit, count) in self.services.iter_mut().enumerate() {
                *count += (m.services >> bit) & 1;
            }
        }
        if counts_for(F_SPECIALISM) {
            for (bit, count) in self.specialisms.iter_mut().enumerate() {
                *count += (m.specialisms >> bit) & 1;
            }
        }
        if counts_for(F_RATING) {
            for rank in 1..=m.overall as usize {
                self.min_rating[rank] += 1;
            }
        }
        for q in KeyQuestion::ALL {
            if counts_for(F_KEY[q.index()]) {
                for rank in 1..=m.key(q) as usize {
                    self.key[q.index()][rank] += 1;
                }
            }
        }
        if counts_for(F_AGE) && m.rated_day != 0 {
            for (i, years) in AGE_BUCKETS.iter().enumerate() {
                if m.rated_day >= years_ago(today, *years) {
                    self.age[i] += 1;
                }
            }
        }
        if counts_for(F_BEDS)
            && let Some(beds) = m.beds.checked_sub(1)
        {
            for (i, (_, lo, hi)) in BED_BUCKETS.iter().enumerate() {
                if beds >= *lo && beds <= *hi {
                    self.beds[i] += 1;
                }
            }
        }
        if counts_for(F_LA)
            && let Some(c) = self.la.get_mut(m.la as usize)
        {
            *c += 1;
        }
        if counts_for(F_RADIUS)
            && let Some(d) = distance
        {
            for (i, r) in RADIUS_BUCKETS.iter().enumerate() {
                if d <= *r {
                    self.radius[i] += 1;
                }
            }
        }
        if fails == F_DEREG {
            self.deregistered += 1;
        }
    }

    fn finish(self, meta: &DirectoryMeta, q: &ProviderQuery) -> Facets {
        let ratings = |counts: &[u64; 5]| -> Vec<FacetCount> {
            [
                Rating::Outstanding,
                Rating::Good,
                Rating::RequiresImprovement,
                Rating::Inadequate,
            ]
            .into_iter()
            .map(|r| FacetCount {
                value: r.code().to_owned(),
                count: counts[r.rank() as usize],
            })
            .collect()
        };
        let mut la: Vec<FacetCount> = meta
            .local_authorities
            .iter()
            .zip(&self.la)
            .filter(|(name, n)| {
                **n > 0
                    || q.la
                        .as_deref()
                        .is_some_and(|l| l.eq_ignore_ascii_case(name))
            })
            .map(|(name, n)| FacetCount {
                value: name.clone(),
                count: *n,
            })
            .collect();
        la.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
        Facets {
            service: SERVICES
                .iter()
                .enumerate()
                .map(|(i, s)| FacetCount {
                    value: (*s).to_owned(),
                    count: self.services[i],
                })
                .collect(),
            specialism: SPECIALISMS
                .iter()
                .enumerate()
                .map(|(i, s)| FacetCount {
                    value: (*s).to_owned(),
                    count: self.specialisms[i],
                })
                .collect(),
            min_rating: ratings(&self.min_rating),
            key_questions: KeyQuestion::ALL
                .iter()
                .map(|k| (k.code().to_owned(), ratings(&self.key[k.index()])))
                .collect(),
            rated_within_years: AGE_BUCKETS
                .iter()
                .zip(self.age)
                .map(|(y, n)| FacetCount {
                    value: y.to_string(),
                    count: n,
                })
                .collect(),
            beds: BED_BUCKETS
                .iter()
                .zip(self.beds)
                .map(|((label, _, _), n)| FacetCount {
                    value: (*label).to_owned(),
                    count: n,
                })
                .collect(),
            la,
            radius_km: if q.near.is_some() {
                RADIUS_BUCKETS
                    .iter()
                    .zip(self.radius)
                    .map(|(r, n)| FacetCount {
                        value: format!("{r:.0}"),
                        count: n,
                    })
                    .collect()
            } else {
                Vec::new()
            },
            deregistered: self.deregistered,
        }
    }
}

/// Great-circle distance in kilometres.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
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
    }
}

fn write_generation(
    dir: &Path,
    locations: impl IntoIterator<Item = Location>,
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
    meta.stats = stats.clone();
    let path = dir.join(META_FILE);
    let json = serde_json::to_vec(&meta).map_err(|e| SearchError::Meta {
        path: path.clone(),
        message: e.to_string(),
    })?;
    std::fs::write(&path, json).map_err(SearchError::io(&path))?;
    Ok(stats)
}
