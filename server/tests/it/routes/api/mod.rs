//! `/api/v1/<resource>`.

mod check;
mod estimate;
mod explainers;
mod index;
mod providers;
mod rules;
mod search;
