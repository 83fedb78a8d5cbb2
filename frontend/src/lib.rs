//! The browser bundle's entry point. Everything else lives in `carenav-app`.
//!
//! Islands mode (docs/adr/0008-islands.md): the page is server-rendered HTML; only the
//! `#[island]` components in `carenav-app` hydrate. The boot script in the HTML shell loads
//! this bundle only on pages that have an island, calls [`hydrate`] and then each island's
//! exported hydration function.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Calling into `carenav-app` links it, and with it the hydration functions its islands
    // export (a crate nothing calls is left out of the bundle, exports and all).
    carenav_app::hydrate_islands();
}
