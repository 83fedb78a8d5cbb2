//! The `providers` collection: the CQC directory, searched by name, town or postcode, with
//! filters, facet counts, distance and sorting.
//!
//! Text matching is tantivy's (stemmed fields, unstemmed word fields for typo tolerance and
//! prefixes, an exact-name key and name phrases for ranking). Everything else — filters,
//! facets, distance, sort and paging — runs over row sets and an in-memory table built once
//! per generation ([`crate::provider_table`]), so that each facet can count every other
//! filter but not its own without a pass over every document.
//!
//! Beside each generation's index sits `directory.json` ([`DirectoryMeta`]): the local
//! authority list the `la` fast field points into, and the geocoder built from the
//! locations' own coordinates (exact postcodes, outward-code and town centres).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, RwLock};

use carenav_domain::directory::model::{days_from_iso, is_outcode, normalise_postcode, outcode_of};
use carenav_domain::directory::query::{GeoSource, KeyQuestionRatings, Place};
use carenav_domain::directory::vocab::{
    service_slug, service_synonyms, services_mask, specialism_slug, specialisms_mask,
};
use carenav_domain::directory::{
    KeyQuestion, Location, ProviderQuery, ProviderResults, ProviderSummary, Rating, SortOrder,
};
use serde::{Deserialize, Serialize};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::ColumnValues;
use tantivy::query::{
    AutomatonWeight, BooleanQuery, BoostQuery, DfaWrapper, EnableScoring, FuzzyTermQuery, Occur,
    PhraseQuery, Query, TermQuery, Weight,
};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocId, Index, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term};

use crate::bits::Bits;
use crate::provider_table::{DocTable, Matches, Row, beds_bucket};
use crate::schema::{ProviderFields, register_analyzers};
use crate::{IndexHandle, SearchError};

const META_FILE: &str = "directory.json";

/// Words that carry no meaning in a directory search ("care homes in Leeds").
const STOPWORDS: &[&str] = &[
    "in", "near", "the", "a", "an", "of", "and", "at", "for", "to", "&",
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

    /// Whether the live generation has this version's fields (an older one must be
    /// rebuilt before it can be searched).
    pub fn is_current(&self) -> bool {
        self.handle
            .searcher_with_generation()
            .is_ok_and(|(index, _, _)| ProviderFields::from_schema(&index.schema()).is_ok())
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
        let table = Arc::new(load_table(searcher, card, meta.local_authorities.len())?);
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
        let text = q.q.trim();
        let has_text = !text_query_words(text).is_empty();
        let near = place.as_ref().map(|p| table.near(p, q.radius()));
        let matches = if has_text {
            text_matches(&index, &searcher, &table, text)?
        } else {
            None
        };
        let text_rows = matches.as_ref().map(|m| &m.rows);
        let (pass, facets) =
            table.evaluate(q, &meta.local_authorities, near.as_ref(), text_rows, today);
        let total = pass.count();

        let sort = match q.sort {
            SortOrder::Relevance if !has_text && place.is_some() => SortOrder::Distance,
            SortOrder::Relevance if !has_text => SortOrder::Rating,
            s => s,
        };
        let start = ((q.page.max(1) - 1) * q.per_page) as usize;
        let end = (start as u64 + q.per_page as u64).min(total) as usize;
        // Walking the stored order reads about `end × rows / total` entries; ordering the
        // results themselves costs a few steps each. Take the cheaper.
        let walk = (end as u64).saturating_mul(table.len() as u64) / total.max(1) < 3 * total;
        let page: Vec<(u32, Option<f64>)> = if !has_text
            && near.is_none()
            && walk
            && matches!(sort, SortOrder::Rating | SortOrder::Recent)
        {
            // Nothing but the stored order matters: walk it until the page is full.
            table
                .first_in_order(&pass, sort == SortOrder::Recent, end)
                .into_iter()
                .skip(start)
                .map(|row| (row, None))
                .collect()
        } else {
            let distance = |row: u32| {
                near.as_ref()
                    .and_then(|n| table.distance(n, row as usize))
                    .unwrap_or(f64::MAX)
            };
            let mut hits: Vec<Hit> = match &matches {
                Some(m) => m
                    .scored
                    .iter()
                    .filter(|(row, _)| pass.contains(*row as usize))
                    .map(|&(row, score)| Hit {
                        row,
                        score,
                        dist: distance(row),
                        key: 0,
                    })
                    .collect(),
                None => {
                    let mut hits = Vec::with_capacity(total as usize);
                    pass.for_each(|row| {
                        hits.push(Hit {
                            row: row as u32,
                            score: 0.0,
                            dist: distance(row as u32),
                            key: 0,
                        })
                    });
                    hits
                }
            };
            // One integer per hit for the rating and date orders, so comparing two hits
            // reads nothing else.
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
                    SortOrder::Relevance => {
                        b.score.total_cmp(&a.score).then(a.dist.total_cmp(&b.dist))
                    }
                    SortOrder::Distance => {
                        a.dist.total_cmp(&b.dist).then(b.score.total_cmp(&a.score))
                    }
                    SortOrder::Rating | SortOrder::Recent => b
                        .key
                        .cmp(&a.key)
                        .then(b.score.total_cmp(&a.score))
                        .then(a.dist.total_cmp(&b.dist)),
                };
                ord.then(a.row.cmp(&b.row))
            };
            if end > start {
                // Only the requested page needs ordering: partition, then sort the head.
                if end < hits.len() {
                    hits.select_nth_unstable_by(end - 1, cmp);
                    hits.truncate(end);
                }
                hits.sort_unstable_by(cmp);
            }
            hits.iter()
                .skip(start)
                .take(end.saturating_sub(start))
                .map(|h| (h.row, (h.dist < f64::MAX).then_some(h.dist)))
                .collect()
        };
        let results = page
            .into_iter()
            .map(|(row, dist)| {
                let mut summary = table.cards[row as usize].clone();
                summary.distance_km = dist.map(|d| (d * 10.0).round() / 10.0);
                summary
            })
            .collect();
        Ok(ProviderResults {
            total,
            page: q.page,
            per_page: q.per_page,
            near: place,
            facets,
            results,
        })
    }
}

/// The rows matching the words of `text`, with scores; `None` when no word can match.
fn text_matches(
    index: &Index,
    searcher: &tantivy::Searcher,
    table: &DocTable,
    text: &str,
) -> Result<Option<Arc<Matches>>, SearchError> {
    // The trailing space matters (it ends prefix matching of the last word).
    let key = format!(
        "{}{}",
        name_key(text),
        if text.ends_with(char::is_whitespace) {
            " "
        } else {
            ""
        }
    );
    if let Some(m) = table.common_matches(&key) {
        return Ok(Some(m));
    }
    let f = ProviderFields::from_schema(&index.schema())?;
    let Some(query) = text_query(index, searcher, &f, text) else {
        return Ok(None);
    };
    let scored = searcher
        .search(
            &query,
            &RowCollector {
                bases: table.bases.clone(),
                doc_to_row: table.doc_to_row.clone(),
            },
        )?
        .concat();
    let mut rows = Bits::zeros(table.len());
    for (row, _) in &scored {
        rows.insert(*row as usize);
    }
    let matches = Arc::new(Matches { scored, rows });
    table.keep_if_common(key, &matches);
    Ok(Some(matches))
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
/// A word used by more than this many locations is matched on the combined field alone.
const VERY_COMMON_WORD: u64 = 2_000;

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
        // A very common word is matched as typed (stemmed), by its one posting list.
        let all_terms = analysed_terms(index, f.all, word);
        if !all_terms.is_empty()
            && all_terms
                .iter()
                .all(|t| searcher.doc_freq(t).unwrap_or(0) > VERY_COMMON_WORD)
        {
            let mut options: Vec<(Occur, Box<dyn Query>)> = all_terms
                .into_iter()
                .map(|t| -> (Occur, Box<dyn Query>) {
                    (
                        Occur::Should,
                        Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs)),
                    )
                })
                .collect();
            musts.push(match options.len() {
                1 => (Occur::Must, options.remove(0).1),
                _ => (Occur::Must, Box::new(BooleanQuery::new(options))),
            });
            continue;
        }
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
            // One typo automaton for the word, shared by both fields (building it costs
            // more than running it).
            let rare = |field| {
                searcher
                    .doc_freq(&Term::from_field_text(field, &text))
                    .unwrap_or(0)
                    <= COMMON_WORD
            };
            let rare_in = [rare(f.name_words), rare(f.other_words)];
            let typos = (distance > 0 && rare_in.contains(&true))
                .then(|| {
                    FuzzyTermQuery::new(Term::from_field_text(f.name_words, &text), distance, true)
                        .automaton()
                        .ok()
                        .map(Arc::new)
                })
                .flatten();
            for ((field, boost), rare) in [(f.name_words, 1.0), (f.other_words, 0.4)]
                .into_iter()
                .zip(rare_in)
            {
                let t = Term::from_field_text(field, &text);
                if !rare {
                    // Common as typed: the stemmed clauses above already match it.
                    continue;
                }
                if let Some(automaton) = &typos {
                    options.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(
                            Box::new(TypoQuery {
                                field,
                                automaton: automaton.clone(),
                            }),
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

/// Read every document's filter values and card from the fast fields and the store, once
/// per generation.
fn load_table(
    searcher: &tantivy::Searcher,
    card: tantivy::schema::Field,
    authorities: usize,
) -> Result<DocTable, SearchError> {
    let mut bases = Vec::new();
    let mut rows = Vec::new();
    let mut positions = Vec::new();
    let mut cards = Vec::new();
    for segment in searcher.segment_readers() {
        bases.push(rows.len() as u32);
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
            rows.push(Row {
                overall: overall.get_val(doc) as u8,
                key_questions: kq.get_val(doc) as u16,
                services: services.get_val(doc) as u16,
                specialisms: specialisms.get_val(doc) as u16,
                beds: beds.get_val(doc).min(u32::MAX as u64) as u32,
                beds_bucket: beds_bucket(beds.get_val(doc)),
                rated_day: rated.get_val(doc) as i32,
                la: la.get_val(doc) as u16,
                deregistered: dereg.get_val(doc) != 0,
                position: position.get_val(doc) as u8,
            });
            positions.push((lat.get_val(doc) as f32, lon.get_val(doc) as f32));
            let stored: TantivyDocument = store.get(doc)?;
            let text = stored
                .get_first(card)
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            let summary: ProviderSummary =
                serde_json::from_str(text).map_err(|e| SearchError::Meta {
                    path: format!("stored card of document {doc}").into(),
                    message: e.to_string(),
                })?;
            cards.push(summary);
        }
    }
    Ok(DocTable::new(bases, rows, positions, cards, authorities))
}

/// The words of one field within an edit distance of a word: a [`FuzzyTermQuery`] whose
/// automaton is built once and shared between fields.
#[derive(Clone)]
struct TypoQuery {
    field: tantivy::schema::Field,
    automaton: Arc<DfaWrapper>,
}

impl std::fmt::Debug for TypoQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TypoQuery")
            .field("field", &self.field)
            .finish_non_exhaustive()
    }
}

impl Query for TypoQuery {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<DfaWrapper>::new(
            self.field,
            self.automaton.clone(),
        )))
    }
}

/// Collects (row, score) of every match.
struct RowCollector {
    bases: Vec<u32>,
    doc_to_row: Arc<[u32]>,
}

struct RowSegmentCollector {
    base: u32,
    doc_to_row: Arc<[u32]>,
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
            doc_to_row: self.doc_to_row.clone(),
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
        if let Some(row) = self.doc_to_row.get((self.base + doc) as usize) {
            self.rows.push((*row, score));
        }
    }

    fn harvest(self) -> Vec<(u32, f32)> {
        self.rows
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
    meta.stats = stats.clone();
    let path = dir.join(META_FILE);
    let json = serde_json::to_vec(&meta).map_err(|e| SearchError::Meta {
        path: path.clone(),
        message: e.to_string(),
    })?;
    std::fs::write(&path, json).map_err(SearchError::io(&path))?;
    Ok(stats)
}
