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
    /// The browser bundle (its islands) and its wasm-bindgen glue.
    pub js: String,
    pub wasm: String,
    pub css: String,
}

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
/// A page with islands loads the bundle, then hydrates each `<leptos-island>` in document
/// order through the function the `#[island]` macro exported for it (as Leptos's own islands
/// script does, without its idle-time delay: the islands here are what the user came to the
/// page for). `window.__carenavHydrate(root)` does the same for islands in HTML put in place
/// later (the `Live` island's regions).
fn boot_script(assets: &AssetManifest) -> String {
    let js = AssetManifest::url(&assets.js);
    let wasm = AssetManifest::url(&assets.wasm);
    format!(
        r#"const islands = [...document.querySelectorAll("leptos-island")];
const ready = () => {{ document.documentElement.setAttribute("data-hydrated", "true"); performance.mark("carenav-hydrated"); }};
if (islands.length === 0) {{ ready(); }} else {{
  import({js:?}).then(async (mod) => {{
    await mod.default({{ module_or_path: {wasm:?} }});
    mod.hydrate();
    const hydrate = async (els) => {{
      for (const el of els) {{
        const f = mod[el.dataset.component];
        if (f) {{ await f(el); }} else {{ console.warn("no island " + el.dataset.component); }}
      }}
    }};
    window.__carenavHydrate = (root) => hydrate(root.querySelectorAll("leptos-island"));
    await hydrate(islands);
    ready();
  }});
}}"#
    )
}
