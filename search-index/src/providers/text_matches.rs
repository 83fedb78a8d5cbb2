//! Running a search's words: the rows they match, with scores, collected by row number
//! rather than by document, and kept on the table when very many rows match.

use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocId, Index, Score, SegmentOrdinal, SegmentReader};

use super::table::{DocTable, Matches};
use super::text_query::{name_key, text_query};
use crate::SearchError;
use crate::bits::Bits;
use crate::schema::ProviderFields;

/// The rows matching the words of `text`, with scores; `None` when no word can match.
pub(super) fn text_matches(
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
