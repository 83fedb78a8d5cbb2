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
    let js = AssetManifest::url(&assets.js);
    let wasm = AssetManifest::url(&assets.wasm);
    let boot = format!(
        "import init, {{ hydrate }} from {js:?};\ninit({{ module_or_path: {wasm:?} }}).then(() => hydrate());"
    );
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir() data-demo=if demo { "true" } else { "false" }>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="data:,"/>
                <link rel="stylesheet" href=AssetManifest::url(&assets.css)/>
                <link rel="modulepreload" href=js.clone()/>
                <link rel="preload" href=wasm.clone() r#as="fetch" r#type="application/wasm" crossorigin=""/>
                <script type="module" nonce=nonce>{boot}</script>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}
