//! Facts about the current request: the language, today, whether demonstration data is
//! loaded. The server decides them (cookie, `Accept-Language`, the clock, the store). Only
//! islands run in the browser (ADR 8) and they take what they need as props, so the browser
//! build's versions of these are never called and answer the defaults.

use crate::i18n::Locale;

/// The cookie that remembers a chosen language (the other cookie the site sets is the
/// publishers' session, only on `/publish`: `carenav_services::publish::SESSION_COOKIE`).
pub const LANG_COOKIE: &str = "carenav_lang";

#[cfg(feature = "ssr")]
pub fn current_locale() -> Locale {
    use leptos::prelude::use_context;
    let Some(parts) = use_context::<http::request::Parts>() else {
        return Locale::default();
    };
    locale_from_headers(&parts.headers)
}

/// Cookie first (an explicit choice), then the browser's languages.
#[cfg(feature = "ssr")]
pub fn locale_from_headers(headers: &http::HeaderMap) -> Locale {
    let from_cookie = headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| Locale::from_tag(value));
    from_cookie.unwrap_or_else(|| {
        headers
            .get(http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(Locale::negotiate)
            .unwrap_or_default()
    })
}

/// Today, by the server's clock: the one clock every page, API and command reads.
/// `CARENAV_TODAY=YYYY-MM-DD` fixes it (tests, and previewing how the site reads when the
/// rules data runs out); an unparseable value is ignored.
#[cfg(feature = "ssr")]
pub fn today() -> carenav_domain::date::Date {
    use carenav_domain::date::Date;
    static FIXED: std::sync::LazyLock<Option<Date>> =
        std::sync::LazyLock::new(|| std::env::var(TODAY_ENV).ok().and_then(|s| Date::parse(&s)));
    if let Some(d) = *FIXED {
        return d;
    }
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64 / 86_400)
        .unwrap_or_default();
    Date::from_unix_days(days)
}

/// The environment variable that fixes "today" (see [`today`]).
pub const TODAY_ENV: &str = "CARENAV_TODAY";

#[cfg(feature = "ssr")]
pub fn demo_data_loaded() -> bool {
    leptos::prelude::use_context::<carenav_services::SiteServices>()
        .is_some_and(|s| s.demo_data_loaded())
}

#[cfg(not(feature = "ssr"))]
pub fn current_locale() -> Locale {
    Locale::default()
}

#[cfg(not(feature = "ssr"))]
pub fn demo_data_loaded() -> bool {
    false
}
