//! `/healthz`: the process is up. `/readyz`: the database and both search indexes answer.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::state::AppState;

pub async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

pub async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let database = state.services.store.ping().await;
    let index = state.services.site_index.is_ready();
    let providers = state.services.providers.is_ready();
    let ok = database.is_ok() && index && providers;
    if let Err(e) = &database {
        tracing::warn!(error = %e, "readiness: database unreachable");
    }
    let status = if ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        Json(json!({
            "status": if ok { "ready" } else { "unavailable" },
            "database": if database.is_ok() { "ok" } else { "unavailable" },
            "index": if index { "ok" } else { "unavailable" },
            "provider_index": if providers { "ok" } else { "unavailable" },
            "rules": rules_status(),
        })),
    )
}

/// The rules data's state today (information only: it never makes the site unready, since
/// pages say when a figure is not today's). Details: `carenav rules report`.
fn rules_status() -> Value {
    use carenav_domain::rules::RULES;
    let figures = RULES.expiring(crate::clock::today(), crate::rules_report::WARN_DAYS);
    let count = |state: &str| figures.iter().filter(|e| e.state == state).count();
    let running_out = count("ended") + count("ends_soon");
    json!({
        "covered_until": RULES.last_date().map(|d| d.to_string()),
        "figures_ended": count("ended"),
        "figures_ending_within_90_days": count("ends_soon"),
        "figures_unknown_today": count("unknown_now"),
        "status": if running_out > 0 { "attention" } else { "ok" },
    })
}
