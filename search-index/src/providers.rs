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
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery,
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

/// A generation's name with its metadata and row table.
type Loaded = (String, Arc<DirectoryMeta>, Arc<DocTable>);

/// The provider directory's index: a handle plus the metadata of the loaded generation.
#[derive(Clone)]
pub struct ProviderIndex {
    handle: IndexHandle,
    meta: Arc<RwLock<Option<Loaded>>>,
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
        let (_, searcher, generation) = self.handle.searcher_with_generation()?;
        Ok(self.loaded(&generation, &searcher)?.0)
    }

    /// The metadata and column table of `generation`, loaded once per generation.
    fn loaded(
        &self,
        generation: &str,
        searcher: &tantivy::Searcher,
    ) -> Result<(Arc<DirectoryMeta>, Arc<DocTable>), SearchError> {
        if let Some((name, meta, table)) =
            self.meta.read().unwrap_or_else(|p| p.into_inner()).as_ref()
            && name == generation
        {
            return Ok((meta.clone(), table.clone()));
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
        let card = ProviderFields::from_schema(searcher.schema())?.card;
        let table = Arc::new(DocTable::load(searcher, card)?);
        *self.meta.write().unwrap_or_else(|p| p.into_inner()) =
            Some((generation.to_owned(), meta.clone(), table.clone()));
        Ok((meta, table))
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
        let (meta, table) = self.loaded(&generation, &searcher)?;
        let f = ProviderFields::from_schema(&index.schema())?;
        let text = q.q.trim();
        let has_text = !text_query_words(text).is_empty();
        let filters = Filters::new(q, &meta, place.as_ref(), today);
        let mut facets = FacetCounter::new(meta.local_authorities.len(), today);
        let mut hits: Vec<Hit> = Vec::new();
        let mut visit = |row: u32, score: f32| {
            let distance = filters.distance(&table, row as usize);
            let fails = filters.fails(&table, row as usize, distance);
            facets.add(&table, row as usize, fails, distance);
            if fails == 0 {
                hits.push(Hit {
                    row,
                    score,
                    dist: distance.unwrap_or(f64::MAX),
                    key: 0,
                });
            }
        };
        match text_query(&index, &searcher, &f, text).filter(|_| has_text) {
            Some(query) => {
                let rows = searcher.search(
                    &query,
                    &RowCollector {
                        bases: table.bases.clone(),
                    },
                )?;
                for segment in rows {
                    for (row, score) in segment {
                        visit(row, score);
                    }
                }
            }
            None => match filters.place {
                // Rows beyond the box fail the radius and fall outside every radius
                // bucket, so they count nowhere: only the band around the place is read.
                Some((_, _, b)) => {
                    for &row in table.lat_band(b.lat_min, b.lat_max) {
                        visit(row, 0.0);
                    }
                }
                None => {
                    for row in 0..table.len() as u32 {
                        visit(row, 0.0);
                    }
                }
            },
        }
        let total = hits.len() as u64;

        let sort = match q.sort {
            SortOrder::Relevance if !has_text && place.is_some() => SortOrder::Distance,
            SortOrder::Relevance if !has_text => SortOrder::Rating,
            s => s,
        };
        // One integer per hit for the rating and date orders, so comparing two hits reads
        // nothing else.
        if matches!(sort, SortOrder::Rating | SortOrder::Recent) {
            for h in hits.iter_mut() {
                let r = &table.rows[h.row as usize];
                let day = r.rated_day.max(0) as u64;
                h.key = match sort {
                    SortOrder::Rating => ((r.overall as u64) << 32) | day,
                    _ => day,
                };
            }
        }
        let cmp = |a: &Hit, b: &Hit| -> std::cmp::Ordering {
            let ord = match sort {
                SortOrder::Relevance => b.score.total_cmp(&a.score).then(a.dist.total_cmp(&b.dist)),
                SortOrder::Distance => a.dist.total_cmp(&b.dist).then(b.score.total_cmp(&a.score)),
                SortOrder::Rating | SortOrder::Recent => b
                    .key
                    .cmp(&a.key)
                    .then(b.score.total_cmp(&a.score))
                    .then(a.dist.total_cmp(&b.dist)),
            };
            ord.then(a.row.cmp(&b.row))
        };
        let start = ((q.page.max(1) - 1) * q.per_page) as usize;
        let end = (start + q.per_page as usize).min(hits.len());
        if end > start {
            // Only the requested page needs ordering: partition, then sort the head.
            if end < hits.len() {
                hits.select_nth_unstable_by(end - 1, cmp);
                hits.truncate(end);
            }
            hits.sort_unstable_by(cmp);
        }
        let mut results = Vec::new();
        for hit in hits.iter().skip(start).take(end.saturating_sub(start)) {
            let card = &table.cards[hit.row as usize];
            let mut summary: ProviderSummary =
                serde_json::from_str(card).map_err(|e| SearchError::Meta {
                    path: generation.clone().into(),
                    message: format!("stored card: {e}"),
                })?;
            summary.distance_km = (hit.dist < f64::MAX).then(|| (hit.dist * 10.0).round() / 10.0);
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

/// A result before paging.
#[derive(Clone, Copy)]
struct Hit {
    row: u32,
    score: f32,
    dist: f64,
    /// Sort key for the rating and date orders (larger first).
    key: u64,
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
/// A word used by more than this many locations is taken as typed on purpose: no typo or
/// prefix variants are added for it (they would match tens of thousands of documents and
/// add nothing: "care" is not a misspelling).
const COMMON_WORD: u64 = 200;

fn text_query(
    index: &Index,
    searcher: &tantivy::Searcher,
    f: &ProviderFields,
    q: &str,
) -> Option<Box<dyn Query>> {
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
                if searcher.doc_freq(&t).unwrap_or(0) > COMMON_WORD {
                    // Common as typed: the stemmed clauses above already match it.
                    continue;
                }
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
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// Every document's filter and sort values as plain arrays, read once per generation from
/// the fast fields. A search scans these (tens of thousands of entries, no indirection)
/// instead of decoding columns per match.
struct DocTable {
    /// First row of each segment.
    bases: Vec<u32>,
    rows: Vec<Row>,
    /// Each row's result card (JSON), so a page of results needs no document-store reads.
    cards: Vec<Box<str>>,
    /// Placed rows ordered by latitude, for scanning only the band around a place.
    by_lat: Vec<u32>,
    lat_sorted: Vec<f32>,
}

/// One document's filter and sort values (28 bytes; the whole table stays in cache).
#[derive(Clone, Copy, Default)]
struct Row {
    overall: u8,
    /// 0 = no position, 1 = exact, 2 = approximated.
    position: u8,
    deregistered: bool,
    la: u16,
    key_questions: u16,
    services: u16,
    specialisms: u16,
    /// Beds + 1; 0 = none recorded.
    beds: u32,
    /// Index into the bed-range facet; 4 = none recorded.
    beds_bucket: u8,
    rated_day: i32,
    lat: f32,
    lon: f32,
}

impl DocTable {
    /// Rows whose latitude lies in `[lo, hi]`.
    fn lat_band(&self, lo: f32, hi: f32) -> &[u32] {
        let start = self.lat_sorted.partition_point(|l| *l < lo);
        let end = self.lat_sorted.partition_point(|l| *l <= hi);
        &self.by_lat[start..end]
    }

    fn load(
        searcher: &tantivy::Searcher,
        card: tantivy::schema::Field,
    ) -> Result<DocTable, SearchError> {
        let mut t = DocTable {
            bases: Vec::new(),
            rows: Vec::new(),
            cards: Vec::new(),
            by_lat: Vec::new(),
            lat_sorted: Vec::new(),
        };
        for segment in searcher.segment_readers() {
            t.bases.push(t.rows.len() as u32);
            let ff = segment.fast_fields();
            let u = |name: &str| -> Result<Arc<dyn ColumnValues<u64>>, SearchError> {
                Ok(ff.u64(name)?.first_or_default_col(0))
            };
            let (overall, kq, services, specialisms, beds, la, dereg, position) = (
                u("overall")?,
                u("key_questions")?,
                u("services")?,
                u("specialisms")?,
                u("beds")?,
                u("la")?,
                u("deregistered")?,
                u("position")?,
            );
            let rated = ff.i64("rated_day")?.first_or_default_col(0);
            let lat = ff.f64("latitude")?.first_or_default_col(0.0);
            let lon = ff.f64("longitude")?.first_or_default_col(0.0);
            let store = segment
                .get_store_reader(64)
                .map_err(tantivy::TantivyError::from)?;
            // Deleted documents are never matched, so they can stay in the table.
            for doc in 0..segment.max_doc() {
                t.rows.push(Row {
                    overall: overall.get_val(doc) as u8,
                    key_questions: kq.get_val(doc) as u16,
                    services: services.get_val(doc) as u16,
                    specialisms: specialisms.get_val(doc) as u16,
                    beds: beds.get_val(doc).min(u32::MAX as u64) as u32,
                    beds_bucket: beds_bucket(beds.get_val(doc)),
                    rated_day: rated.get_val(doc) as i32,
                    la: la.get_val(doc) as u16,
                    deregistered: dereg.get_val(doc) != 0,
                    lat: lat.get_val(doc) as f32,
                    lon: lon.get_val(doc) as f32,
                    position: position.get_val(doc) as u8,
                });
                let stored: TantivyDocument = store.get(doc)?;
                let text = stored
                    .get_first(card)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default();
                t.cards.push(text.into());
            }
        }
        let mut by_lat: Vec<u32> = (0..t.len() as u32)
            .filter(|r| t.rows[*r as usize].position != 0)
            .collect();
        by_lat.sort_by(|a, b| t.rows[*a as usize].lat.total_cmp(&t.rows[*b as usize].lat));
        t.lat_sorted = by_lat.iter().map(|r| t.rows[*r as usize].lat).collect();
        t.by_lat = by_lat;
        Ok(t)
    }

    fn len(&self) -> usize {
        self.rows.len()
    }
}

/// The bed-range facet index of a stored beds value (beds + 1; 0 = none).
fn beds_bucket(stored: u64) -> u8 {
    match stored.checked_sub(1) {
        None => 4,
        Some(b) => BED_BUCKETS
            .iter()
            .position(|(_, lo, hi)| b >= *lo as u64 && b <= *hi as u64)
            .map_or(4, |i| i as u8),
    }
}

/// Collects (row, score) of every match.
struct RowCollector {
    bases: Vec<u32>,
}

struct RowSegmentCollector {
    base: u32,
    rows: Vec<(u32, f32)>,
}

impl Collector for RowCollector {
    type Fruit = Vec<Vec<(u32, f32)>>;
    type Child = RowSegmentCollector;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        _segment: &SegmentReader,
    ) -> tantivy::Result<RowSegmentCollector> {
        Ok(RowSegmentCollector {
            base: self
                .bases
                .get(segment_local_id as usize)
                .copied()
                .unwrap_or(0),
            rows: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, segment_fruits: Vec<Vec<(u32, f32)>>) -> tantivy::Result<Self::Fruit> {
        Ok(segment_fruits)
    }
}

impl SegmentCollector for RowSegmentCollector {
    type Fruit = Vec<(u32, f32)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.rows.push((self.base + doc, score));
    }

    fn harvest(self) -> Vec<(u32, f32)> {
        self.rows
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
    services: u16,
    specialisms: u16,
    min_rating: u8,
    min_key: [u8; 5],
    any_key: bool,
    min_rated_day: Option<i32>,
    beds: Option<(u32, u32)>,
    /// `Some(None)`: an authority was asked for that the directory does not have.
    la: Option<Option<u16>>,
    radius: Option<f64>,
    /// The place, and a box around it beyond which no distance matters.
    place: Option<(f64, f64, BoundingBox)>,
    include_deregistered: bool,
}

/// Kilometres per degree of latitude (mean Earth radius 6371.0088 km).
const KM_PER_DEGREE: f64 = 6371.0088 * std::f64::consts::PI / 180.0;

#[derive(Clone, Copy)]
struct BoundingBox {
    cos_lat: f64,
    lat_min: f32,
    lat_max: f32,
    lon_min: f32,
    lon_max: f32,
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
                .fold(0u16, |m, b| m | (1 << b))
        };
        let radius = place.map(|_| q.radius());
        Filters {
            services: bits(&q.services, service_bit),
            specialisms: bits(&q.specialisms, specialism_bit),
            min_rating: q.min_rating.map_or(0, |r| r.rank() as u8),
            min_key: q.min_key.map(|r| r.map_or(0, |r| r.rank() as u8)),
            any_key: q.min_key.iter().any(Option::is_some),
            min_rated_day: q.rated_within_years.map(|y| years_ago(today, y) as i32),
            beds: (q.beds_min.is_some() || q.beds_max.is_some())
                .then(|| (q.beds_min.unwrap_or(0), q.beds_max.unwrap_or(u32::MAX))),
            la: q.la.as_ref().map(|la| {
                meta.local_authorities
                    .iter()
                    .position(|x| x.eq_ignore_ascii_case(la))
                    .map(|i| i as u16)
            }),
            radius,
            place: place.map(|p| {
                // Distances beyond the radius and the largest facet bucket are never shown.
                let reach = radius.unwrap_or(0.0).max(RADIUS_BUCKETS[3]) + 1.0;
                let dlat = reach / 110.5;
                let dlon = reach / (111.3 * p.latitude.to_radians().cos().max(0.1));
                (
                    p.latitude,
                    p.longitude,
                    BoundingBox {
                        cos_lat: p.latitude.to_radians().cos(),
                        lat_min: (p.latitude - dlat) as f32,
                        lat_max: (p.latitude + dlat) as f32,
                        lon_min: (p.longitude - dlon) as f32,
                        lon_max: (p.longitude + dlon) as f32,
                    },
                )
            }),
            include_deregistered: q.include_deregistered,
        }
    }

    /// Distance from the place, when there is one and the row is within reach.
    fn distance(&self, t: &DocTable, row: usize) -> Option<f64> {
        let (lat, lon, b) = self.place?;
        if t.rows[row].position == 0 {
            return None;
        }
        let (y, x) = (t.rows[row].lat, t.rows[row].lon);
        if y < b.lat_min || y > b.lat_max || x < b.lon_min || x > b.lon_max {
            return None;
        }
        // Equirectangular: within the ~50 km that matters it is within 0.1% of the
        // great-circle distance, and needs no trigonometry per row.
        let dy = (y as f64 - lat) * KM_PER_DEGREE;
        let dx = (x as f64 - lon) * KM_PER_DEGREE * b.cos_lat;
        Some((dx * dx + dy * dy).sqrt())
    }

    /// Which filters the row fails, one bit each. Stops at the second failure: such a row
    /// counts nowhere, and most rows of a filtered search stop after two or three checks
    /// (the most selective first).
    #[inline]
    fn fails(&self, t: &DocTable, row: usize, distance: Option<f64>) -> u32 {
        let r = &t.rows[row];
        let mut fails = 0u32;
        macro_rules! fail {
            ($bit:expr) => {{
                if fails != 0 {
                    return fails | $bit;
                }
                fails = $bit;
            }};
        }
        if let Some(la) = self.la
            && la != Some(r.la)
        {
            fail!(F_LA);
        }
        if let Some(radius) = self.radius
            && !distance.is_some_and(|d| d <= radius)
        {
            fail!(F_RADIUS);
        }
        if self.services != 0 && r.services & self.services == 0 {
            fail!(F_SERVICE);
        }
        if r.specialisms & self.specialisms != self.specialisms {
            fail!(F_SPECIALISM);
        }
        if !self.include_deregistered && r.deregistered {
            fail!(F_DEREG);
        }
        if self.min_rating > 0 && r.overall < self.min_rating {
            fail!(F_RATING);
        }
        if let Some(min_day) = self.min_rated_day
            && (r.rated_day == 0 || r.rated_day < min_day)
        {
            fail!(F_AGE);
        }
        if let Some((lo, hi)) = self.beds {
            // Stored as beds + 1; 0 means no beds recorded.
            let beds = r.beds.checked_sub(1);
            if !beds.is_some_and(|b| b >= lo && b <= hi) {
                fail!(F_BEDS);
            }
        }
        if self.any_key {
            for (i, min) in self.min_key.iter().enumerate() {
                if *min > 0 && (((r.key_questions >> (3 * i)) & 0b111) as u8) < *min {
                    fail!(F_KEY[i]);
                }
            }
        }
        fails
    }
}

/// Add one to the count of every bit set in `mask`.
#[inline]
fn count_bits(mut mask: u16, counts: &mut [u64; 16]) {
    while mask != 0 {
        counts[mask.trailing_zeros() as usize] += 1;
        mask &= mask - 1;
    }
}

/// Facet counts as histograms of exact values; "at least" counts are summed at the end.
struct FacetCounter {
    services: [u64; 16],
    specialisms: [u64; 16],
    overall: [u64; 5],
    key: [[u64; 5]; 5],
    /// Rows by the first age bucket they fall in (index 4: older or never rated).
    age: [u64; 5],
    age_days: [i32; 4],
    /// Index 4: no beds recorded.
    beds: [u64; 5],
    la: Vec<u64>,
    /// Rows by the first radius bucket they fall in (index 4: further).
    radius: [u64; 5],
    deregistered: u64,
}

impl FacetCounter {
    fn new(authorities: usize, today: i64) -> Self {
        Self {
            services: [0; 16],
            specialisms: [0; 16],
            overall: [0; 5],
            key: [[0; 5]; 5],
            age: [0; 5],
            age_days: AGE_BUCKETS.map(|y| years_ago(today, y) as i32),
            beds: [0; 5],
            la: vec![0; authorities],
            radius: [0; 5],
            deregistered: 0,
        }
    }

    /// Count a row towards each facet whose own filter is the only one it fails (or
    /// towards all, when it fails none). Buckets are counted, not searched for, so the hot
    /// loop has few branches.
    #[inline]
    fn add(&mut self, t: &DocTable, row: usize, fails: u32, distance: Option<f64>) {
        if fails == 0 {
            self.add_all(&t.rows[row], distance);
        } else if fails & (fails - 1) == 0 {
            self.add_one(&t.rows[row], fails, distance);
        }
        // Failing two or more filters: counts nowhere.
    }

    #[inline]
    fn age_bucket(&self, day: i32) -> usize {
        // Thresholds fall (1 year ago is later than 5): the row's bucket is 4 minus the
        // number it reaches. Never rated (0) reaches none.
        let reached = self
            .age_days
            .iter()
            .filter(|d| day != 0 && day >= **d)
            .count();
        4 - reached
    }

    #[inline]
    fn radius_bucket(d: f64) -> usize {
        4 - RADIUS_BUCKETS.iter().filter(|r| d <= **r).count()
    }

    fn add_all(&mut self, r: &Row, distance: Option<f64>) {
        count_bits(r.services, &mut self.services);
        count_bits(r.specialisms, &mut self.specialisms);
        self.overall[r.overall as usize] += 1;
        for (i, hist) in self.key.iter_mut().enumerate() {
            hist[(((r.key_questions >> (3 * i)) & 0b111) as usize).min(4)] += 1;
        }
        let age = self.age_bucket(r.rated_day);
        self.age[age] += 1;
        self.beds[r.beds_bucket as usize] += 1;
        if let Some(c) = self.la.get_mut(r.la as usize) {
            *c += 1;
        }
        if let Some(d) = distance {
            self.radius[Self::radius_bucket(d)] += 1;
        }
    }

    fn add_one(&mut self, r: &Row, dim: u32, distance: Option<f64>) {
        match dim {
            F_SERVICE => count_bits(r.services, &mut self.services),
            F_SPECIALISM => count_bits(r.specialisms, &mut self.specialisms),
            F_RATING => self.overall[r.overall as usize] += 1,
            F_AGE => {
                let age = self.age_bucket(r.rated_day);
                self.age[age] += 1;
            }
            F_BEDS => self.beds[r.beds_bucket as usize] += 1,
            F_LA => {
                if let Some(c) = self.la.get_mut(r.la as usize) {
                    *c += 1;
                }
            }
            F_RADIUS => {
                if let Some(d) = distance {
                    self.radius[Self::radius_bucket(d)] += 1;
                }
            }
            F_DEREG => self.deregistered += 1,
            _ => {
                if let Some(i) = F_KEY.iter().position(|k| *k == dim) {
                    let v = ((r.key_questions >> (3 * i)) & 0b111) as usize;
                    self.key[i][v.min(4)] += 1;
                }
            }
        }
    }

    fn finish(self, meta: &DirectoryMeta, q: &ProviderQuery) -> Facets {
        // "At least r": the sum of the exact counts from r up.
        let at_least = |hist: &[u64; 5]| -> Vec<FacetCount> {
            [
                Rating::Outstanding,
                Rating::Good,
                Rating::RequiresImprovement,
                Rating::Inadequate,
            ]
            .into_iter()
            .map(|r| FacetCount {
                value: r.code().to_owned(),
                count: hist[r.rank() as usize..].iter().sum(),
            })
            .collect()
        };
        let cumulative = |hist: &[u64; 5], i: usize| hist[..=i].iter().sum::<u64>();
        let mut la: Vec<FacetCount> = meta
            .local_authorities
            .iter()
            .zip(&self.la)
            .filter(|(name, n)| {
                **n > 0 && !name.is_empty()
                    || q.la
                        .as_deref()
                        .is_some_and(|l| l.eq_ignore_ascii_case(name))
            })
            .map(|(name, n)| FacetCount {
                value: name.clone(),
                count: *n,
            })
            .collect();
        la.sort_by(|a, b| a.value.cmp(&b.value));
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
            min_rating: at_least(&self.overall),
            key_questions: KeyQuestion::ALL
                .iter()
                .map(|k| (k.code().to_owned(), at_least(&self.key[k.index()])))
                .collect(),
            rated_within_years: AGE_BUCKETS
                .iter()
                .enumerate()
                .map(|(i, y)| FacetCount {
                    value: y.to_string(),
                    count: cumulative(&self.age, i),
                })
                .collect(),
            beds: BED_BUCKETS
                .iter()
                .zip(self.beds.iter().copied())
                .map(|((label, _, _), n)| FacetCount {
                    value: (*label).to_owned(),
                    count: n,
                })
                .collect(),
            la,
            radius_km: if q.near.is_some() {
                RADIUS_BUCKETS
                    .iter()
                    .enumerate()
                    .map(|(i, r)| FacetCount {
                        value: format!("{r:.0}"),
                        count: cumulative(&self.radius, i),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            deregistered: self.deregistered,
        }
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
