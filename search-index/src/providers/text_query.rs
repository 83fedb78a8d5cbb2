//! The tantivy query for the words of a search: stopwords dropped, every remaining word
//! required (stemmed, with a typo, or — for the last word while typing — as a prefix), and
//! the exact name, then the name as a phrase, ranked first.

use std::sync::Arc;

use tantivy::query::{
    AutomatonWeight, BooleanQuery, BoostQuery, DfaWrapper, EnableScoring, FuzzyTermQuery, Occur,
    PhraseQuery, Query, TermQuery, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, Term};

use crate::schema::ProviderFields;

/// Words that carry no meaning in a directory search ("care homes in Leeds").
const STOPWORDS: &[&str] = &[
    "in", "near", "the", "a", "an", "of", "and", "at", "for", "to", "&",
];

/// Normalised whole name: lower case, letters and digits, single spaces.
pub(super) fn name_key(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of a query that must match (stopwords dropped unless nothing else is left).
pub(super) fn text_query_words(q: &str) -> Vec<String> {
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

/// A word used by more than this many locations is taken as typed on purpose: no typo or
/// prefix variants are added for it (they would match tens of thousands of documents and
/// add nothing: "care" is not a misspelling).
const COMMON_WORD: u64 = 200;
/// A word used by more than this many locations is matched on the combined field alone.
const VERY_COMMON_WORD: u64 = 2_000;

/// Every meaningful word must match somewhere (stemmed, with a typo, or — for the last word
/// while typing — as a prefix). The exact name, then the name as a phrase, rank first.
/// `None` when no word can match.
pub(super) fn text_query(
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
