//! Field handles and analyzers. Every collection's schema is declared here so field names
//! are greppable in one place.

use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};

/// English analyzer: lower-cased, stemmed ("payments" finds "payment").
pub const EN_STEM: &str = "carenav_en_stem";

/// Word analyzer without stemming (lower-cased, accents folded): the field typo tolerance and
/// prefix matching work on, so "Rose" is compared with what a person typed, not with "rose"'s stem.
pub const WORDS: &str = "carenav_words";

/// Register the project's named analyzers on an index.
pub fn register_analyzers(index: &tantivy::Index) {
    let en = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::English))
        .build();
    index.tokenizers().register(EN_STEM, en);
    let words = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(WORDS, words);
}

fn analysed(tokenizer: &str, positions: bool) -> TextOptions {
    let option = if positions {
        IndexRecordOption::WithFreqsAndPositions
    } else {
        IndexRecordOption::WithFreqs
    };
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(option),
    )
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

/// The `providers` collection: one document per CQC location. Text fields are searched;
/// the fast fields are read by the search's own collector for filters, facets and sorting.
#[derive(Debug, Clone)]
pub struct ProviderFields {
    pub id: Field,
    /// Normalised whole name, for "exact name first".
    pub name_key: Field,
    /// Name, stemmed, with positions (phrase matches).
    pub name: Field,
    /// Name, unstemmed words (typos and prefixes).
    pub name_words: Field,
    /// Also-known-as, brand, provider, town, county, authority, region, postcode, services,
    /// specialisms and their everyday synonyms, stemmed.
    pub other: Field,
    /// Also-known-as, brand, provider, town and authority as unstemmed words.
    pub other_words: Field,
    /// Name and `other` together, stemmed, without positions: a word found in thousands
    /// of locations ("care", "home") is matched here alone, by one posting list rather than
    /// a union of several.
    pub all: Field,
    /// The result card as JSON (everything but the distance).
    pub card: Field,
    pub overall: Field,
    /// Key question ranks packed three bits each (Safe lowest).
    pub key_questions: Field,
    pub services: Field,
    pub specialisms: Field,
    /// Beds + 1 (0 = not a care home / unknown).
    pub beds: Field,
    /// Days since 1970 of the overall rating (0 = never rated).
    pub rated_day: Field,
    pub la: Field,
    pub deregistered: Field,
    pub latitude: Field,
    pub longitude: Field,
    /// 0 = no position, 1 = exact, 2 = approximated.
    pub position: Field,
}

impl ProviderFields {
    pub fn schema() -> (Schema, ProviderFields) {
        let mut b = Schema::builder();
        let fields = ProviderFields {
            id: b.add_text_field("id", STRING | STORED),
            name_key: b.add_text_field("name_key", STRING),
            name: b.add_text_field("name", analysed(EN_STEM, true)),
            name_words: b.add_text_field("name_words", analysed(WORDS, false)),
            other: b.add_text_field("other", analysed(EN_STEM, true)),
            other_words: b.add_text_field("other_words", analysed(WORDS, false)),
            all: b.add_text_field("all", analysed(EN_STEM, false)),
            card: b.add_text_field("card", STORED),
            overall: b.add_u64_field("overall", FAST),
            key_questions: b.add_u64_field("key_questions", FAST),
            services: b.add_u64_field("services", FAST),
            specialisms: b.add_u64_field("specialisms", FAST),
            beds: b.add_u64_field("beds", FAST),
            rated_day: b.add_i64_field("rated_day", FAST),
            la: b.add_u64_field("la", FAST),
            deregistered: b.add_u64_field("deregistered", FAST),
            latitude: b.add_f64_field("latitude", FAST),
            longitude: b.add_f64_field("longitude", FAST),
            position: b.add_u64_field("position", FAST),
        };
        (b.build(), fields)
    }

    pub fn from_schema(schema: &Schema) -> Result<ProviderFields, tantivy::TantivyError> {
        let f = |name: &str| schema.get_field(name);
        Ok(ProviderFields {
            id: f("id")?,
            name_key: f("name_key")?,
            name: f("name")?,
            name_words: f("name_words")?,
            other: f("other")?,
            other_words: f("other_words")?,
            all: f("all")?,
            card: f("card")?,
            overall: f("overall")?,
            key_questions: f("key_questions")?,
            services: f("services")?,
            specialisms: f("specialisms")?,
            beds: f("beds")?,
            rated_day: f("rated_day")?,
            la: f("la")?,
            deregistered: f("deregistered")?,
            latitude: f("latitude")?,
            longitude: f("longitude")?,
            position: f("position")?,
        })
    }
}
