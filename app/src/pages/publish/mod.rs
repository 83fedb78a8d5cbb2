//! `/publish`: where providers publish their fees and short-break places. A one-time link
//! signs them in (`/publish/sign-in?link=…`, exchanged for a session by a POST, so a mail
//! scanner opening the link does not use it up); then a page per location for fees and for
//! availability. GOV.UK form patterns, errors by the field and in a summary, complete without
//! JavaScript. The forms post to the server (`server/src/publish_forms.rs`), which checks the
//! session and the CSRF token, publishes through the same use case as the API, and on an
//! error renders the same page with the answers given and the errors ([`PublishReply`]).

#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
pub mod form;
mod pages;

pub use pages::{AvailabilityFormPage, FeesFormPage, PublishHome, SignInPage};

use form::{FormError, Values};
#[cfg(feature = "ssr")]
use leptos::prelude::*;

/// A form the server could not accept: the answers given and what to fix.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PublishReply {
    pub values: Values,
    pub errors: Vec<FormError>,
}

#[cfg(feature = "ssr")]
pub use carenav_services::publish::PublisherView;

/// Who is signed in (from the session cookie), with their locations; `None` when nobody is.
#[cfg(feature = "ssr")]
pub async fn signed_in() -> Option<PublisherView> {
    let parts = use_context::<http::request::Parts>()?;
    let services = use_context::<carenav_services::SiteServices>()?;
    let cookies = parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok());
    let session = carenav_services::publish::session_from_cookies(cookies)?;
    match carenav_services::publish::publisher_view(&services.store, &session).await {
        Ok(v) => v,
        Err(e) => {
            tracing::error!(error = %e, "publisher session lookup failed");
            None
        }
    }
}

/// Pages with an account's data and a CSRF token are never stored by a cache or the browser.
#[cfg(feature = "ssr")]
pub fn no_store() {
    if let Some(r) = use_context::<leptos_axum::ResponseOptions>() {
        r.insert_header(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("no-store, private"),
        );
    }
}
