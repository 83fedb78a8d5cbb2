//! Fetch the browser bundle while a page with an island is still being read.
//!
//! The boot script (in the HTML shell) runs only once the page is parsed, and then fetches
//! the bundle's JavaScript and WASM one after the other: on a slow connection that is two
//! round trips after the whole page. A page with an island puts [`PreloadBundle`] beside it,
//! so the browser starts both downloads as soon as it reads this far. Server-only markup.

use leptos::prelude::*;

#[component]
pub fn PreloadBundle() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        use crate::AssetManifest;
        let assets = use_context::<std::sync::Arc<AssetManifest>>();
        assets.map(|a| {
            view! {
                <link rel="modulepreload" href=AssetManifest::url(&a.js)/>
                <link rel="preload" href=AssetManifest::url(&a.wasm) r#as="fetch" r#type="application/wasm" crossorigin=""/>
            }
        })
    }
}
