use axum::extract::FromRef;
use std::sync::Arc;

use carenav_app::AssetManifest;
use carenav_services::SiteServices;
use leptos::config::LeptosOptions;

/// Everything a handler may need. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub services: SiteServices,
    /// The hashed names of the built browser assets, for the HTML shell.
    pub assets: Arc<AssetManifest>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
