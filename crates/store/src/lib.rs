//! Care Navigator's data store.
//!
//! One code path for both backends through sqlx's `Any` driver: SQLite (embedded, the
//! default, a file under the data directory) or Postgres (`DATABASE_URL=postgres://…`).
//! Queries use only `$n` placeholders and types both backends share (TEXT, BIGINT, BOOLEAN,
//! DOUBLE PRECISION); each backend has its own migrations folder, kept in step by the tests.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Row};

mod council_rates;
mod directory;
mod publishing;
pub use directory::{ImportTx, ProviderRow, Upsert};
pub use publishing::{Account, AuditEntry, Fact, NewFact, SecretInfo, SecretKind, SecretOwner};

/// Which database a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL {0:?}: use sqlite://PATH or postgres://…")]
    UnsupportedUrl(String),
    // The messages below include what went wrong underneath, so none of them has a
    // `#[source]`: printed as a chain (`{:#}`), it would repeat itself.
    #[error("could not create the database directory {path}: {error}")]
    CreateDir { path: String, error: std::io::Error },
    #[error("database error: {0}")]
    Sqlx(sqlx::Error),
    #[error("stored record {id} could not be read: {message}")]
    Record { id: String, message: String },
    #[error("database migration failed: {0}")]
    Migrate(sqlx::migrate::MigrateError),
    /// The database could not be reached at all (at start-up): the underlying reason, e.g.
    /// "Connection refused".
    #[error("could not reach the database ({0}): is it running, and is DATABASE_URL right?")]
    Unreachable(String),
    #[error("could not open the import lock file {path}: {error}")]
    LockFile { path: String, error: std::io::Error },
    /// Another import is writing to this database.
    #[error(
        "another import is running on this database: wait for it to finish, then run this one \
         again (nothing was imported)"
    )]
    ImportRunning,
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        StoreError::Sqlx(e)
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        StoreError::Migrate(e)
    }
}

/// How long a query waits for a database connection before giving up, so an outage is
/// answered in seconds (a 503), not after the request timeout.
pub const ACQUIRE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(3);

impl StoreError {
    /// The database is down or unreachable (try again later), as opposed to a bad query or
    /// bad data.
    pub fn is_unavailable(&self) -> bool {
        match self {
            StoreError::Unreachable(_) => true,
            StoreError::Sqlx(e) => match e {
                sqlx::Error::PoolTimedOut
                | sqlx::Error::PoolClosed
                | sqlx::Error::Io(_)
                | sqlx::Error::Tls(_)
                | sqlx::Error::WorkerCrashed => true,
                sqlx::Error::Database(db) => db.code().is_some_and(|c| {
                    // Postgres: connection exceptions (08…), shutting down or starting up
                    // (57P01–57P03).
                    c.starts_with("08") || matches!(&*c, "57P01" | "57P02" | "57P03")
                }),
                _ => false,
            },
            _ => false,
        }
    }
}

/// A page of site content, as kept for the search index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContentPage {
    pub id: String,
    pub kind: String,
    pub slug: String,
    pub locale: String,
    pub url: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub keywords: String,
}

/// A record of one import or generated load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataLoad {
    pub kind: String,
    pub source: String,
    pub synthetic: bool,
    pub started_at: i64,
    pub finished_at: i64,
    pub rows_read: i64,
    pub rows_imported: i64,
    pub rows_rejected: i64,
}

/// The connection pool. Cheap to clone; create one per process.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// SQLite: the file that serialises imports (beside the database file).
    import_lock_path: Option<std::path::PathBuf>,
}

/// Held while an import writes; dropping it lets the next one start. SQLite: an exclusive
/// lock on a file beside the database. Postgres: a session advisory lock on a connection
/// taken out of the pool, closed (releasing the lock) when this is dropped.
pub struct ImportLock {
    _file: Option<std::fs::File>,
    _connection: Option<sqlx::AnyConnection>,
}

/// The Postgres advisory-lock key for imports ("CNIMPORT" in ASCII, as a number).
const IMPORT_LOCK_KEY: i64 = 0x434E_494D_504F_5254;

/// Seconds since the Unix epoch (the store keeps times as BIGINT on both backends).
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

impl Store {
    /// Connect, creating the SQLite file (and its directory) if needed.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        install_default_drivers();
        let mut import_lock_path = None;
        let (backend, url) = if let Some(rest) = url.strip_prefix("sqlite://") {
            let path = rest.split('?').next().unwrap_or_default();
            if path.is_empty() {
                return Err(StoreError::UnsupportedUrl(url.to_owned()));
            }
            if path != ":memory:"
                && let Some(dir) = Path::new(path)
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
            {
                std::fs::create_dir_all(dir).map_err(|error| StoreError::CreateDir {
                    path: dir.display().to_string(),
                    error,
                })?;
            }
            let sep = if rest.contains('?') { '&' } else { '?' };
            let url = if rest.contains("mode=") {
                url.to_owned()
            } else {
                format!("{url}{sep}mode=rwc")
            };
            import_lock_path = (path != ":memory:").then(|| {
                let mut p = std::path::PathBuf::from(path).into_os_string();
                p.push(".import-lock");
                std::path::PathBuf::from(p)
            });
            (Backend::Sqlite, url)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (Backend::Postgres, url.to_owned())
        } else {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        };
        let max = match backend {
            // SQLite allows one writer; a few readers share the file.
            Backend::Sqlite => 4,
            Backend::Postgres => 10,
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        sqlx::query("PRAGMA journal_mode = WAL")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query("PRAGMA busy_timeout = 5000")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query("PRAGMA foreign_keys = ON")
                            .execute(&mut *conn)
                            .await?;
                    }
                    Ok(())
                })
            })
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect(&url)
            .await;
        let pool = match pool {
            Ok(pool) => pool,
            // The pool retries a refused connection until its timeout and then reports only
            // the timeout: connect once more, directly, to say why.
            Err(sqlx::Error::PoolTimedOut) => {
                use sqlx::Connection;
                let reason =
                    match tokio::time::timeout(ACQUIRE_TIMEOUT, sqlx::AnyConnection::connect(&url))
                        .await
                    {
                        Ok(Err(sqlx::Error::Io(e))) => e.to_string(),
                        Ok(Err(e)) => e.to_string(),
                        Ok(Ok(_)) => "it did not answer in time".to_owned(),
                        Err(_) => format!("no answer within {} s", ACQUIRE_TIMEOUT.as_secs()),
                    };
                return Err(StoreError::Unreachable(reason));
            }
            Err(e) => return Err(e.into()),
        };
        Ok(Store {
            pool,
            backend,
            import_lock_path,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Bring the schema up to date (idempotent).
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::migrate!("./migrations/sqlite")
                    .run(&self.pool)
                    .await?
            }
            Backend::Postgres => {
                sqlx::migrate!("./migrations/postgres")
                    .run(&self.pool)
                    .await?
            }
        }
        Ok(())
    }

    /// Take the import lock, or say that another import holds it. One import writes at a
    /// time: a second one would otherwise fail part-way with "database is locked" (SQLite) or
    /// interleave its writes (Postgres).
    pub async fn lock_imports(&self) -> Result<ImportLock, StoreError> {
        match self.backend {
            Backend::Sqlite => {
                let Some(path) = &self.import_lock_path else {
                    return Ok(ImportLock {
                        _file: None,
                        _connection: None,
                    });
                };
                let file = std::fs::OpenOptions::new()
                    .create(true)
                    .truncate(false)
                    .write(true)
                    .open(path)
                    .map_err(|error| StoreError::LockFile {
                        path: path.display().to_string(),
                        error,
                    })?;
                match file.try_lock() {
                    Ok(()) => Ok(ImportLock {
                        _file: Some(file),
                        _connection: None,
                    }),
                    Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::ImportRunning),
                    Err(std::fs::TryLockError::Error(error)) => Err(StoreError::LockFile {
                        path: path.display().to_string(),
                        error,
                    }),
                }
            }
            Backend::Postgres => {
                let mut conn = self.pool.acquire().await?.detach();
                let row = sqlx::query(
                    "SELECT (CASE WHEN pg_try_advisory_lock($1) THEN 1 ELSE 0 END)::BIGINT AS got",
                )
                .bind(IMPORT_LOCK_KEY)
                .fetch_one(&mut conn)
                .await?;
                if row.try_get::<i64, _>("got")? == 1 {
                    Ok(ImportLock {
                        _file: None,
                        _connection: Some(conn),
                    })
                } else {
                    Err(StoreError::ImportRunning)
                }
            }
        }
    }

    /// A cheap round trip, for readiness checks.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Replace every page of the given `kinds` with `pages`, in one transaction: readers see
    /// either the old set or the new one.
    pub async fn replace_pages(
        &self,
        kinds: &[&str],
        pages: &[ContentPage],
    ) -> Result<usize, StoreError> {
        let now = unix_now();
        let mut tx = self.pool.begin().await?;
        for kind in kinds {
            sqlx::query("DELETE FROM content_pages WHERE kind = $1")
                .bind(*kind)
                .execute(&mut *tx)
                .await?;
        }
        for p in pages {
            sqlx::query(
                "INSERT INTO content_pages (id, kind, slug, locale, url, title, summary, body, keywords, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                 ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, slug = excluded.slug,
                   locale = excluded.locale, url = excluded.url, title = excluded.title,
                   summary = excluded.summary, body = excluded.body, keywords = excluded.keywords,
                   updated_at = excluded.updated_at",
            )
            .bind(&p.id)
            .bind(&p.kind)
            .bind(&p.slug)
            .bind(&p.locale)
            .bind(&p.url)
            .bind(&p.title)
            .bind(&p.summary)
            .bind(&p.body)
            .bind(&p.keywords)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(pages.len())
    }

    /// Every content page, ordered by id (stable for the index build).
    pub async fn pages(&self) -> Result<Vec<ContentPage>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, kind, slug, locale, url, title, summary, body, keywords FROM content_pages ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(ContentPage {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    slug: r.try_get("slug")?,
                    locale: r.try_get("locale")?,
                    url: r.try_get("url")?,
                    title: r.try_get("title")?,
                    summary: r.try_get("summary")?,
                    body: r.try_get("body")?,
                    keywords: r.try_get("keywords")?,
                })
            })
            .collect()
    }

    /// Record an import or generated load.
    pub async fn record_load(&self, load: &DataLoad) -> Result<(), StoreError> {
        directory::insert_load(&self.pool, load).await
    }

    /// The most recent loads, newest first.
    pub async fn recent_loads(&self, limit: i64) -> Result<Vec<DataLoad>, StoreError> {
        let rows = sqlx::query(
            "SELECT kind, source, CASE WHEN synthetic THEN 1 ELSE 0 END AS synthetic, started_at, finished_at, rows_read, rows_imported, rows_rejected
             FROM data_loads ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(DataLoad {
                    kind: r.try_get("kind")?,
                    source: r.try_get("source")?,
                    synthetic: r.try_get::<i64, _>("synthetic")? != 0,
                    started_at: r.try_get("started_at")?,
                    finished_at: r.try_get("finished_at")?,
                    rows_read: r.try_get("rows_read")?,
                    rows_imported: r.try_get("rows_imported")?,
                    rows_rejected: r.try_get("rows_rejected")?,
                })
            })
            .collect()
    }

    /// The directory's version: the id of the newest load that changed something, of any kind
    /// but `excluded` (loads the provider index is not built from), with when it finished.
    /// `None` before the first.
    pub async fn directory_version(
        &self,
        excluded: &str,
    ) -> Result<Option<(i64, i64)>, StoreError> {
        let row = sqlx::query(
            "SELECT id, finished_at FROM data_loads WHERE kind <> $1 AND rows_imported > 0
             ORDER BY id DESC LIMIT 1",
        )
        .bind(excluded)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok((r.try_get("id")?, r.try_get("finished_at")?)))
            .transpose()
    }

    /// True when any synthetic (demonstration) data has been loaded.
    pub async fn has_synthetic_data(&self) -> Result<bool, StoreError> {
        // Booleans are compared, never decoded: sqlx's Any driver cannot decode SQLite's.
        let row = sqlx::query("SELECT COUNT(*) AS n FROM data_loads WHERE synthetic")
            .fetch_one(&self.pool)
            .await?;
        let n: i64 = row.try_get("n")?;
        Ok(n > 0)
    }
}
