use std::path::PathBuf;

/// Everything that can go wrong in the search layer.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index I/O error at {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("tantivy error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("the search query could not be understood: {0}")]
    Query(#[from] tantivy::query::QueryParserError),
    #[error("the directory index metadata at {path} is unreadable: {message}")]
    Meta { path: PathBuf, message: String },
    #[error("no search index has been built yet in {0} (run `carenav index rebuild`)")]
    NotBuilt(PathBuf),
}

impl SearchError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> SearchError {
        let path = path.into();
        move |source| SearchError::Io { path, source }
    }
}
