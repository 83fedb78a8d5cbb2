//! The pure domain: charging rules as dated data and the Care Act means-test estimator.
//! Plain Rust, no Leptos and no I/O: the same code runs on the server and in the browser.
//! Wording lives in Fluent; this module returns codes and amounts.

pub mod date;
pub mod estimate;
#[cfg(test)]
mod estimate_cases;
pub mod money;
pub mod rules;
