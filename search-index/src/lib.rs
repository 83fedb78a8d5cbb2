//! Care Navigator's full-text index.
//!
//! One index per "collection" (`site`, the pages and explainers; `providers`, the CQC
//! directory) lives under `<data-dir>/index/<collection>/`. Each rebuild writes a
//! complete new generation directory beside the old one and then atomically repoints the
//! `CURRENT` file at it, so a reader never sees a half-built index. [`IndexHandle`] notices a
//! new generation (also one written by another process, e.g. `carenav index rebuild`) and
//! reloads.

mod bits;
mod error;
mod generations;
mod handle;
mod providers;
pub mod schema;
mod site;

pub use error::SearchError;
pub use generations::{Generation, Generations};
pub use handle::IndexHandle;
pub use providers::{BuildStats, DirectoryMeta, ProviderIndex, summary_of};
pub use site::{SiteDoc, SiteHit, SiteIndex, SiteSearch};
