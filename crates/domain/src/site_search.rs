//! Site search: the request limit and the results shared by the search page, its server
//! function and `GET /api/v1/search`.

use serde::{Deserialize, Serialize};

/// One site-search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// `section`, `page`, `explainer`, ...
    pub kind: String,
    pub title: String,
    pub url: String,
    /// Plain-text excerpt.
    pub snippet: String,
    /// The excerpt, HTML-escaped, with the matched words in `<mark>`.
    pub snippet_html: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SearchResults {
    pub query: String,
    pub locale: String,
    pub total: usize,
    pub hits: Vec<SearchHit>,
    /// A corrected query when some words are not used anywhere on the site.
    #[serde(default)]
    pub did_you_mean: Option<String>,
}

/// Longest query we search for; longer input is cut (not an error).
pub const MAX_QUERY_CHARS: usize = 200;
