//! `/healthz`: the process is up. `/readyz`: the database and both search indexes answer.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};

use carenav_services::IndexState;

use crate::state::AppState;

pub async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// How long `/readyz` waits for the database.
const READY_DB_TIMEOUT: std::time::Duration = std::time::Duration::from_millis(900);

pub async fn readyz(State(state): State<AppState>) -> axum::response::Response {
    use axum::response::IntoResponse;
    // Answer within a second whatever the database does.
    let database = match tokio::time::timeout(READY_DB_TIMEOUT, state.services.store.ping()).await {
        Ok(r) => r.map_err(|e| e.to_string()),
        Err(_) => Err(format!(
            "no answer within {} ms",
            READY_DB_TIMEOUT.as_millis()
        )),
    };
    let index = state.services.site_index.is_ready();
    let providers = state.services.providers.is_ready();
    // Whether search is behind the database (a crash between an import's commit and its
    // index swap); only asked when the database answers.
    let provider_state = match &database {
        Ok(()) => tokio::time::timeout(
            READY_DB_TIMEOUT,
            state
                .services
                .provider_index_state(carenav_store::unix_now()),
        )
        .await
        .ok()
        .and_then(Result::ok),
        Err(_) => None,
    };
    let rebuilding = provider_state == Some(IndexState::Rebuilding);
    let ok = database.is_ok() && index && providers && !rebuilding;
    if let Err(e) = &database {
        tracing::warn!(error = %e, "readiness: database unreachable");
    }
    let status = if ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let mut res = (
        status,
        Json(json!({
            "status": if ok { "ready" } else { "unavailable" },
            "database": if database.is_ok() { "ok" } else { "unavailable" },
            "index": if index { "ok" } else { "unavailable" },
            "provider_index": match (providers, provider_state) {
                (false, _) => "unavailable",
                (true, Some(IndexState::Rebuilding)) => "rebuilding",
                (true, Some(IndexState::Catching)) => "catching_up",
                (true, _) => "ok",
            },
            "rules": rules_status(),
        })),
    )
        .into_response();
    if !ok {
        res.headers_mut().insert(
            axum::http::header::RETRY_AFTER,
            axum::http::HeaderValue::from_static("30"),
        );
        res.headers_mut().insert(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("no-store"),
        );
    }
    res
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
