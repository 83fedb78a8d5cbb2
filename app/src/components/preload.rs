//! Fetch the browser bundle a page's islands need while the page is still being read.
//!
//! The boot script (in the HTML shell) runs only once the page is parsed, and then fetches
//! the bundle's JavaScript and WASM one after the other: on a slow connection that is two
//! round trips after the whole page. A page with an island puts [`PreloadBundle`] beside it,
//! so the browser starts both downloads as soon as it reads this far. Server-only markup.

use leptos::prelude::*;

/// Which browser bundle a page's islands need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// Only the live search (the small bundle).
    Search,
    /// Everything.
    Full,
}

#[component]
pub fn PreloadBundle(bundle: Bundle) -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        use crate::AssetManifest;
        let assets = use_context::<std::sync::Arc<AssetManifest>>();
        assets.map(|a| {
            let (js, wasm) = match bundle {
                Bundle::Search if !a.search_js.is_empty() => (&a.search_js, &a.search_wasm),
                _ => (&a.js, &a.wasm),
            };
            view! {
                <link rel="modulepreload" href=AssetManifest::url(js)/>
                <link rel="preload" href=AssetManifest::url(wasm) r#as="fetch" r#type="application/wasm" crossorigin=""/>
            }
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = bundle;
    }
}
