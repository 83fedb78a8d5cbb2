use std::path::PathBuf;

/// Everything that can go wrong in the search layer. Each message includes what went wrong
/// underneath, so none has a `#[source]` (a chain printed with `{:#}` would repeat it).
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index I/O error at {path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("tantivy error: {0}")]
    Tantivy(tantivy::TantivyError),
    #[error("the search query could not be understood: {0}")]
    Query(tantivy::query::QueryParserError),
    #[error("the directory index metadata at {path} is unreadable: {message}")]
    Meta { path: PathBuf, message: String },
    #[error("no search index has been built yet in {0} (run `carenav index rebuild`)")]
    NotBuilt(PathBuf),
}

impl SearchError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> SearchError {
        let path = path.into();
        move |error| SearchError::Io { path, error }
    }
}

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        SearchError::Tantivy(e)
    }
}

impl From<tantivy::query::QueryParserError> for SearchError {
    fn from(e: tantivy::query::QueryParserError) -> Self {
        SearchError::Query(e)
    }
}
