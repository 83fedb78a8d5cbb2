//! The browser bundle's entry point. Everything else lives in `carenav-app`.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(carenav_app::App);
}
