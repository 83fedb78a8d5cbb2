//! Pages and the other routes outside `/api/v1`.

mod about;
mod check;
mod councils;
mod estimate;
mod explainers;
mod health;
mod home;
mod language;
mod letters;
mod not_found;
mod pkg;
mod providers;
mod publish;
mod search;
mod server_fns;
