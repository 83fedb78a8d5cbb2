//! Loading a generation's [`DocTable`] from its index: every document's filter values from
//! the fast fields and its result card from the document store.

use std::sync::Arc;

use carenav_domain::directory::ProviderSummary;
use tantivy::TantivyDocument;
use tantivy::columnar::ColumnValues;
use tantivy::schema::Value;

use super::{DocTable, Row, beds_bucket};
use crate::SearchError;

/// Read every document's filter values and card from the fast fields and the store, once
/// per generation.
pub(crate) fn load_table(
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
