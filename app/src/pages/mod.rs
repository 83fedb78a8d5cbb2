pub mod about;
pub mod check;
pub mod estimate;
pub mod explainers;
pub mod home;
pub mod not_found;
pub mod providers;
pub mod search;
