//! Resolved configuration: where the database, index and assets are.

use std::path::{Path, PathBuf};

use crate::cli::DataArgs;

#[derive(Debug, Clone)]
pub struct DataConfig {
    pub data_dir: PathBuf,
    pub database_url: String,
    pub index_dir: PathBuf,
}

impl DataConfig {
    pub fn from_args(args: &DataArgs) -> DataConfig {
        DataConfig::new(&args.data_dir, args.database_url.clone())
    }

    pub fn new(data_dir: &Path, database_url: Option<String>) -> DataConfig {
        let database_url = database_url
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("carenav.db").display()));
        DataConfig {
            data_dir: data_dir.to_path_buf(),
            database_url,
            index_dir: data_dir.join("index"),
        }
    }

    /// The site collection's directory inside the index directory.
    pub fn site_index_dir(&self) -> PathBuf {
        self.index_dir.join("site")
    }

    /// The provider directory's collection.
    pub fn provider_index_dir(&self) -> PathBuf {
        self.index_dir.join("providers")
    }

    /// The database URL with any password hidden, for logs.
    pub fn redacted_database_url(&self) -> String {
        redact(&self.database_url)
    }
}

fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_to_sqlite_in_data_dir() {
        let c = DataConfig::new(Path::new("/tmp/x"), None);
        assert_eq!(c.database_url, "sqlite:///tmp/x/carenav.db");
        assert_eq!(c.site_index_dir(), PathBuf::from("/tmp/x/index/site"));
    }

    #[test]
    fn hides_passwords() {
        assert_eq!(
            redact("postgres://me:secret@localhost/db"),
            "postgres://me:***@localhost/db"
        );
        assert_eq!(
            redact("postgres://me@localhost/db"),
            "postgres://me@localhost/db"
        );
        assert_eq!(
            redact("sqlite://data/carenav.db"),
            "sqlite://data/carenav.db"
        );
    }
}
