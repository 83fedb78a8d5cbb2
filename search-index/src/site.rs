//! The `site` collection: every page a person can land on (sections, explainers, guides).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, QueryParser, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, TantivyDocument, Term, doc};

use crate::schema::{SiteFields, register_analyzers};
use crate::{IndexHandle, SearchError};

/// One page to index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteDoc {
    /// Stable id, e.g. `section:estimate:en-GB`.
    pub id: String,
    /// `section`, `explainer`, `guide`, ...
    pub kind: String,
    pub locale: String,
    pub url: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub keywords: String,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteHit {
    pub kind: String,
    pub title: String,
    pub url: String,
    /// Plain-text excerpt.
    pub snippet: String,
    /// The same excerpt, HTML-escaped, with matches wrapped in `<mark>`.
    pub snippet_html: String,
    pub score: f32,
}

/// A page of results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteSearch {
    pub total: usize,
    pub hits: Vec<SiteHit>,
    /// The query with words the site never uses replaced by the nearest words it does
    /// ("respitte" → "respite"), when there are any.
    pub did_you_mean: Option<String>,
}

const VOCAB_FILE: &str = "vocabulary.json";

/// Words the pages use, per locale, with how often: for "did you mean".
type Vocabulary = HashMap<String, HashMap<String, u32>>;

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
}

/// Edit distance (insertions, deletions, substitutions; adjacent swaps count one).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The query with each unknown word (four letters or more) replaced by the closest known
/// word — one edit for short words, two from six letters — preferring the most used.
fn suggest(vocab: &HashMap<String, u32>, q: &str) -> Option<String> {
    let mut changed = false;
    let mut out = Vec::new();
    for word in q.split_whitespace() {
        let lower = word.to_lowercase();
        let n = lower.chars().count();
        if n < 4 || !lower.chars().all(char::is_alphabetic) || vocab.contains_key(&lower) {
            out.push(word.to_owned());
            continue;
        }
        let max = if n >= 6 { 2 } else { 1 };
        let best = vocab
            .iter()
            .filter(|(w, _)| w.chars().count().abs_diff(n) <= max)
            .map(|(w, count)| (edit_distance(&lower, w), *count, w))
            .filter(|(d, _, _)| *d <= max)
            .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
        match best {
            Some((_, _, w)) => {
                changed = true;
                out.push(w.clone());
            }
            None => out.push(word.to_owned()),
        }
    }
    changed.then(|| out.join(" "))
}

/// The vocabulary of the last generation read, with its directory.
type CachedVocabulary = Option<(PathBuf, Arc<Vocabulary>)>;

fn vocab_cache() -> &'static Mutex<CachedVocabulary> {
    static CACHE: OnceLock<Mutex<CachedVocabulary>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(None))
}

fn load_vocabulary(dir: &std::path::Path) -> Option<Arc<Vocabulary>> {
    let mut cache = vocab_cache().lock().unwrap_or_else(|p| p.into_inner());
    if let Some((path, v)) = cache.as_ref()
        && path == dir
    {
        return Some(v.clone());
    }
    let text = std::fs::read_to_string(dir.join(VOCAB_FILE)).ok()?;
    let vocab: Arc<Vocabulary> = Arc::new(serde_json::from_str(&text).ok()?);
    *cache = Some((dir.to_path_buf(), vocab.clone()));
    Some(vocab)
}

/// Builder and query functions for the site collection.
pub struct SiteIndex;

impl SiteIndex {
    /// Build a complete new generation from `docs` and publish it. On error the live
    /// generation is left as it was.
    pub fn rebuild(
        handle: &IndexHandle,
        docs: impl IntoIterator<Item = SiteDoc>,
    ) -> Result<usize, SearchError> {
        let generations = handle.generations();
        let generation = generations.begin()?;
        match Self::write(&generation.dir, docs) {
            Ok(count) => {
                generations.publish(generation)?;
                handle.reload()?;
                Ok(count)
            }
            Err(e) => {
                generations.abandon(generation);
                Err(e)
            }
        }
    }

    fn write(
        dir: &std::path::Path,
        docs: impl IntoIterator<Item = SiteDoc>,
    ) -> Result<usize, SearchError> {
        let (schema, f) = SiteFields::schema();
        let index = Index::create_in_dir(dir, schema)?;
        register_analyzers(&index);
        let mut writer = index.writer::<TantivyDocument>(50_000_000)?;
        let mut count = 0;
        let mut vocab: Vocabulary = HashMap::new();
        for d in docs {
            let locale = vocab.entry(d.locale.clone()).or_default();
            for text in [&d.title, &d.summary, &d.body, &d.keywords] {
                for w in words(text) {
                    *locale.entry(w).or_default() += 1;
                }
            }
            writer.add_document(doc!(
                f.id => d.id,
                f.kind => d.kind,
                f.locale => d.locale,
                f.url => d.url,
                f.title => d.title,
                f.summary => d.summary,
                f.body => d.body,
                f.keywords => d.keywords,
            ))?;
            count += 1;
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        let path = dir.join(VOCAB_FILE);
        let json = serde_json::to_vec(&vocab).map_err(|e| SearchError::Meta {
            path: path.clone(),
            message: e.to_string(),
        })?;
        std::fs::write(&path, json).map_err(SearchError::io(&path))?;
        Ok(count)
    }

    /// True when the live generation was built by this version (it has the vocabulary
    /// "did you mean" needs); older generations are rebuilt at start-up.
    pub fn is_current(handle: &IndexHandle) -> bool {
        handle
            .generations()
            .current_dir()
            .ok()
            .flatten()
            .is_some_and(|dir| dir.join(VOCAB_FILE).exists())
    }

    /// Search pages in `locale` for the words in `q`. Query syntax errors never reach the
    /// user: the query is parsed leniently.
    pub fn search(
        handle: &IndexHandle,
        q: &str,
        locale: &str,
        limit: usize,
    ) -> Result<SiteSearch, SearchError> {
        let (index, searcher, generation) = handle.searcher_with_generation()?;
        let f = SiteFields::from_schema(&index.schema())?;
        let mut parser =
            QueryParser::for_index(&index, vec![f.title, f.summary, f.body, f.keywords]);
        parser.set_field_boost(f.title, 3.0);
        parser.set_field_boost(f.keywords, 2.0);
        parser.set_field_boost(f.summary, 1.5);
        let (text_query, _errors) = parser.parse_query_lenient(q);
        // Exact phrases rank first: the words in order in the keywords, title or body.
        let mut clauses: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Should, text_query.box_clone())];
        for (field, boost) in [
            (f.keywords, 4.0),
            (f.title, 4.0),
            (f.summary, 2.0),
            (f.body, 2.0),
        ] {
            if let Some(phrase) = phrase_query(&index, field, q) {
                clauses.push((Occur::Should, Box::new(BoostQuery::new(phrase, boost))));
            }
        }
        let text_query: Box<dyn Query> = Box::new(BooleanQuery::new(clauses));
        let locale_query = TermQuery::new(
            Term::from_field_text(f.locale, locale),
            IndexRecordOption::Basic,
        );
        let query = BooleanQuery::new(vec![
            (Occur::Must, text_query.box_clone()),
            (Occur::Must, Box::new(locale_query) as Box<dyn Query>),
        ]);
        let (top, total) = searcher.search(
            &query,
            &(TopDocs::with_limit(limit).order_by_score(), Count),
        )?;
        let mut snippets = SnippetGenerator::create(&searcher, &*text_query, f.body)?;
        snippets.set_max_num_chars(180);
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let stored: TantivyDocument = searcher.doc(address)?;
            let get = |field| {
                stored
                    .get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            let mut snippet = snippets.snippet_from_doc(&stored);
            snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
            let (text, html) = if snippet.is_empty() {
                let summary = get(f.summary);
                let html = escape_html(&summary);
                (summary, html)
            } else {
                (snippet.fragment().to_owned(), snippet.to_html())
            };
            hits.push(SiteHit {
                kind: get(f.kind),
                title: get(f.title),
                url: get(f.url),
                snippet: text,
                snippet_html: html,
                score,
            });
        }
        let did_you_mean = load_vocabulary(&handle.generations().root().join(&generation))
            .and_then(|v| v.get(locale).and_then(|v| suggest(v, q)));
        Ok(SiteSearch {
            total,
            hits,
            did_you_mean,
        })
    }
}

/// The words of `q`, analysed as `field` is, as a phrase (None for fewer than two words).
fn phrase_query(index: &Index, field: tantivy::schema::Field, q: &str) -> Option<Box<dyn Query>> {
    let mut analyzer = index.tokenizer_for_field(field).ok()?;
    let mut stream = analyzer.token_stream(q);
    let mut terms = Vec::new();
    while stream.advance() {
        terms.push(Term::from_field_text(field, &stream.token().text));
    }
    (terms.len() >= 2).then(|| Box::new(PhraseQuery::new(terms)) as Box<dyn Query>)
}

fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(slug: &str, locale: &str, title: &str, body: &str) -> SiteDoc {
        SiteDoc {
            id: format!("section:{slug}:{locale}"),
            kind: "section".into(),
            locale: locale.into(),
            url: format!("/{slug}"),
            title: title.into(),
            summary: format!("About {title}"),
            body: body.into(),
            keywords: String::new(),
        }
    }

    fn sample() -> Vec<SiteDoc> {
        vec![
            page(
                "estimate",
                "en-GB",
                "Estimate care costs",
                "Work out what you might pay for a care home or care at home.",
            ),
            page(
                "providers",
                "en-GB",
                "Find and compare care",
                "Search care homes and home care agencies by rating and distance.",
            ),
            page(
                "estimate",
                "pl",
                "Oszacuj koszty opieki",
                "Sprawdź, ile możesz zapłacić.",
            ),
        ]
    }

    #[test]
    fn finds_stemmed_words_and_ranks_title_matches_first() {
        let tmp = tempfile::tempdir().unwrap();
        let handle = IndexHandle::open(tmp.path().join("site")).unwrap();
        assert!(!handle.is_ready());
        assert_eq!(SiteIndex::rebuild(&handle, sample()).unwrap(), 3);
        assert!(handle.is_ready());

        let res = SiteIndex::search(&handle, "costs", "en-GB", 10).unwrap();
        assert_eq!(res.total, 1);
        assert_eq!(res.hits[0].url, "/estimate");

        // "homes" is stemmed to "home"; both pages mention homes, the one with it in the
        // body twice and ... either way both are found.
        let res = SiteIndex::search(&handle, "homes", "en-GB", 10).unwrap();
        assert_eq!(res.total, 2);
        assert!(res.hits.iter().all(|h| !h.snippet.is_empty()));
        assert!(res.hits.iter().any(|h| h.snippet_html.contains("<mark>")));
    }

    #[test]
    fn did_you_mean_replaces_unknown_words() {
        let tmp = tempfile::tempdir().unwrap();
        let handle = IndexHandle::open(tmp.path().join("site")).unwrap();
        SiteIndex::rebuild(&handle, sample()).unwrap();
        let res = SiteIndex::search(&handle, "estimte costs", "en-GB", 10).unwrap();
        assert_eq!(res.did_you_mean.as_deref(), Some("estimate costs"));
        let res = SiteIndex::search(&handle, "estimate costs", "en-GB", 10).unwrap();
        assert_eq!(res.did_you_mean, None);
        assert_eq!(edit_distance("respitte", "respite"), 1);
        assert_eq!(edit_distance("recieve", "receive"), 1);
    }

    #[test]
    fn locale_filter_and_bad_syntax_are_safe() {
        let tmp = tempfile::tempdir().unwrap();
        let handle = IndexHandle::open(tmp.path().join("site")).unwrap();
        SiteIndex::rebuild(&handle, sample()).unwrap();
        let res = SiteIndex::search(&handle, "koszty", "pl", 10).unwrap();
        assert_eq!(res.total, 1);
        let res = SiteIndex::search(&handle, "koszty", "en-GB", 10).unwrap();
        assert_eq!(res.total, 0);
        // Unbalanced quotes and stray operators must not error.
        assert!(SiteIndex::search(&handle, "\"care AND (", "en-GB", 10).is_ok());
        let res = SiteIndex::search(&handle, "care AND (", "en-GB", 10).unwrap();
        assert!(res.total >= 1);
    }

    #[test]
    fn another_handle_sees_a_rebuild_after_swap() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        let writer = IndexHandle::open(&root).unwrap();
        SiteIndex::rebuild(&writer, sample()).unwrap();
        let reader = IndexHandle::open(&root).unwrap();
        let before = reader.generation();
        let mut docs = sample();
        docs.push(page(
            "explainers",
            "en-GB",
            "Understand the care system",
            "Respite means a short break.",
        ));
        SiteIndex::rebuild(&writer, docs).unwrap();
        // The reader checks CURRENT at most every 500 ms.
        std::thread::sleep(std::time::Duration::from_millis(600));
        let res = SiteIndex::search(&reader, "respite", "en-GB", 10).unwrap();
        assert_eq!(res.total, 1);
        assert_ne!(reader.generation(), before);
    }
}
