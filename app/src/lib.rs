//! Care Navigator's Leptos application.
//!
//! - [`App`] is the route tree, shared by the server (SSR) and the browser (hydration).
//! - [`shell`] (server only) wraps it in the HTML document.
//! - The pure rules live in `carenav-domain`; server functions call `carenav-services`.
//! - Server-only code sits behind `#[cfg(feature = "ssr")]`.

#![recursion_limit = "256"]

mod app;
mod components;
#[cfg(all(test, feature = "ssr"))]
mod content_tests;
pub mod domain_text;
pub mod explainers;
pub mod i18n;
mod pages;
pub mod request;
pub mod sections;
#[cfg(feature = "ssr")]
mod shell;

pub use app::App;
/// The navigator's requests, words and letters (for the API and the letters' download).
#[cfg(feature = "ssr")]
pub use pages::check as navigator;
/// The publishing forms: their fields as the API's JSON, and a form sent back with errors.
pub use pages::publish as publishing;
pub use request::LANG_COOKIE;
#[cfg(feature = "ssr")]
pub use shell::{AssetManifest, shell};

/// Start the islands runtime in the browser (called by the `frontend` crate's entry point).
#[cfg(feature = "hydrate")]
pub fn hydrate_islands() {
    leptos::mount::hydrate_islands();
}
