//! The server's one clock. Everything that needs "today" (pages, API, commands, readiness)
//! reads it here; `CARENAV_TODAY=YYYY-MM-DD` fixes it (see `carenav_app::request::today`).

use carenav_domain::date::Date;

pub fn today() -> Date {
    carenav_app::request::today()
}
