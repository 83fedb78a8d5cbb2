//! Server-side use cases, called by both edges: the pages' server functions (in `carenav-app`,
//! feature `ssr`) and the `/api/v1` handlers and CLI commands (in the `carenav` binary), each
//! in a few lines.
//!
//! - [`site`]: reading: site search, provider search, one provider's page.
//! - [`publish`]: providers' fees and availability, and the secrets they sign in with.
//! - [`import`]: writing: importing files, demonstration data, rebuilding the provider index.
//!
//! Errors are classified here once ([`ServiceError`], [`ImportError`]); the web edge maps them
//! to status codes.

pub mod import;
pub mod limit;
pub mod open_data;
pub mod publish;
pub mod site;

pub use import::{ImportError, ImportKind, ImportSummary, NoProgress, Progress};
pub use publish::PublishError;
pub use site::{INDEX_LAG_GRACE_SECS, IndexState, ServiceError, SiteServices};
