//! The HTML document around [`App`](crate::App), rendered on the server only.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::MetaTags;
use serde::{Deserialize, Serialize};

use crate::App;
use crate::request::{current_locale, demo_data_loaded};

/// Names of the hashed files the build step wrote to `site/pkg/` (from `manifest.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssetManifest {
    /// The full browser bundle: every island.
    pub js: String,
    pub wasm: String,
    /// The small bundle: only the islands in [`SEARCH_BUNDLE_ISLANDS`]. Empty in an older
    /// manifest, and then the full bundle is used.
    #[serde(default)]
    pub search_js: String,
    #[serde(default)]
    pub search_wasm: String,
    pub css: String,
}

/// The islands the small ("search") bundle holds: a page with only these loads it.
pub const SEARCH_BUNDLE_ISLANDS: &[&str] = &["LiveSearch"];

impl AssetManifest {
    pub fn url(file: &str) -> String {
        format!("/pkg/{file}")
    }
}

pub fn shell(_options: LeptosOptions) -> impl IntoView {
    let locale = current_locale();
    let demo = demo_data_loaded();
    let assets = use_context::<Arc<AssetManifest>>()
        .map(|a| (*a).clone())
        .unwrap_or_else(|| AssetManifest {
            js: "carenav.js".into(),
            wasm: "carenav.wasm".into(),
            search_js: String::new(),
            search_wasm: String::new(),
            css: "carenav.css".into(),
        });
    // The CSP nonce is minted by the server's middleware and handed over in the request.
    let nonce = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<leptos::nonce::Nonce>().cloned());
    if let Some(nonce) = nonce.clone() {
        provide_context(nonce);
    }
    let boot = boot_script(&assets);
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir() data-demo=if demo { "true" } else { "false" }>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="data:,"/>
                <link rel="stylesheet" href=AssetManifest::url(&assets.css)/>
                <script type="module" nonce=nonce>{boot}</script>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The page's only script. A page without an island loads no JavaScript bundle and no WASM:
/// it marks itself ready (`data-hydrated`, which the end-to-end tests wait for) and stops.
/// A page with islands loads the smallest bundle that holds them all, then hydrates each
/// `<leptos-island>` in document order through the function the `#[island]` macro exported
/// for it (as Leptos's own islands script does, without its idle-time delay: the islands
/// here are what the user came to the page for).
fn boot_script(assets: &AssetManifest) -> String {
    let full = (
        AssetManifest::url(&assets.js),
        AssetManifest::url(&assets.wasm),
    );
    let search = if assets.search_js.is_empty() || assets.search_wasm.is_empty() {
        full.clone()
    } else {
        (
            AssetManifest::url(&assets.search_js),
            AssetManifest::url(&assets.search_wasm),
        )
    };
    let small: Vec<String> = SEARCH_BUNDLE_ISLANDS
        .iter()
        .map(|n| format!("{n}_"))
        .collect();
    format!(
        r#"const islands = [...document.querySelectorAll("leptos-island")];
const ready = () => {{ document.documentElement.setAttribute("data-hydrated", "true"); performance.mark("carenav-hydrated"); }};
if (islands.length === 0) {{ ready(); }} else {{
  const small = {small:?};
  const onlySmall = islands.every((el) => small.some((p) => (el.dataset.component || "").startsWith(p)));
  const [js, wasm] = onlySmall ? [{sjs:?}, {swasm:?}] : [{fjs:?}, {fwasm:?}];
  import(js).then(async (mod) => {{
    await mod.default({{ module_or_path: wasm }});
    mod.hydrate();
    for (const el of islands) {{
      const f = mod[el.dataset.component];
      if (f) {{ await f(el); }} else {{ console.warn("no island " + el.dataset.component); }}
    }}
    ready();
  }});
}}"#,
        sjs = search.0,
        swasm = search.1,
        fjs = full.0,
        fwasm = full.1,
    )
}
