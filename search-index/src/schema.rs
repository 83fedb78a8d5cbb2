//! Field handles and analyzers. Every collection's schema is declared here so field names
//! are greppable in one place.

use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};

/// English analyzer: lower-cased, stemmed ("payments" finds "payment").
pub const EN_STEM: &str = "carenav_en_stem";

/// Register the project's named analyzers on an index.
pub fn register_analyzers(index: &tantivy::Index) {
    let en = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::English))
        .build();
    index.tokenizers().register(EN_STEM, en);
}

fn text(stored: bool) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(EN_STEM)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let options = TextOptions::default().set_indexing_options(indexing);
    if stored {
        options.set_stored()
    } else {
        options
    }
}

/// The `site` collection: pages, sections and explainers.
#[derive(Debug, Clone)]
pub struct SiteFields {
    pub id: Field,
    pub kind: Field,
    pub locale: Field,
    pub url: Field,
    pub title: Field,
    pub summary: Field,
    pub body: Field,
    pub keywords: Field,
}

impl SiteFields {
    pub fn schema() -> (Schema, SiteFields) {
        let mut b = Schema::builder();
        let fields = SiteFields {
            id: b.add_text_field("id", STRING | STORED),
            kind: b.add_text_field("kind", STRING | STORED),
            locale: b.add_text_field("locale", STRING | STORED),
            url: b.add_text_field("url", STORED),
            title: b.add_text_field("title", text(true)),
            summary: b.add_text_field("summary", text(true)),
            body: b.add_text_field("body", text(true)),
            keywords: b.add_text_field("keywords", text(false)),
        };
        (b.build(), fields)
    }

    pub fn from_schema(schema: &Schema) -> Result<SiteFields, tantivy::TantivyError> {
        let f = |name: &str| schema.get_field(name);
        Ok(SiteFields {
            id: f("id")?,
            kind: f("kind")?,
            locale: f("locale")?,
            url: f("url")?,
            title: f("title")?,
            summary: f("summary")?,
            body: f("body")?,
            keywords: f("keywords")?,
        })
    }
}
