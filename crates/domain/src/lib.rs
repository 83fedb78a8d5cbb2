//! The pure domain: plain Rust, no Leptos and no I/O, so the same code runs on the server and
//! in the browser (the WASM bundle pulls this crate and nothing below it).
//!
//! - [`date`] and [`money`]: the one date type and the one money type.
//! - [`rules`]: charging rules as dated data (`content/rules/england.toml`, embedded at build
//!   time), looked up by date.
//! - [`estimate`]: the Care Act means-test estimator, week by week.
//! - [`directory`]: the provider directory's record, vocabularies, query types and merge rules.
//! - [`locale`] and [`site_search`]: the languages offered and the site-search result types.
//! - [`url`]: the one query-string encoder for the links the site writes.
//!
//! Wording lives in Fluent; this crate returns codes and amounts.

pub mod councils;
pub mod date;
pub mod directory;
pub mod estimate;
#[cfg(test)]
mod estimate_cases;
pub mod flow;
pub mod locale;
pub mod money;
pub mod publish;
pub mod rules;
pub mod site_search;
pub mod url;
