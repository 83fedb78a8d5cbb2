//! `/api/v1/<resource>`.

mod check;
mod councils;
mod estimate;
mod explainers;
mod index;
mod open_data;
mod providers;
mod publish;
mod rules;
mod search;
