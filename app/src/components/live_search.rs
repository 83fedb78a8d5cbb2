//! Results as you type, for a search form that already works without JavaScript.
//!
//! An island around server-rendered children: the form and its results stay the server's
//! HTML (there is one renderer for them, and none of it is shipped as WASM). When a search
//! box inside changes, the island asks the server for the same page with the form's new
//! address, takes the named regions (`regions`: element ids) out of the answer, puts them in
//! place of the current ones and updates the address bar (`replaceState`, so Back leaves the
//! search rather than stepping through every letter). A slower answer to an earlier query is
//! dropped. If anything fails, the page stays as it is and the form still submits normally.
//!
//! With `shortcut`, "/" focuses the first search box (for advisers on the phone), unless the
//! user is typing in a field.

use leptos::prelude::*;

#[island]
pub fn LiveSearch(
    /// Ids of the elements to replace from the server's answer (results, counts, filters).
    regions: Vec<String>,
    /// Whether "/" focuses the search box.
    shortcut: bool,
    children: Children,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    let on_input = {
        let state = client::State::new(regions);
        if shortcut {
            client::focus_shortcut();
        }
        move |ev: leptos::ev::Event| state.input(ev)
    };
    #[cfg(not(feature = "hydrate"))]
    let on_input = {
        let _ = (regions, shortcut);
        |_: leptos::ev::Event| {}
    };
    view! { <div class="app-live-search" on:input=on_input>{children()}</div> }
}

#[cfg(feature = "hydrate")]
mod client {
    use std::cell::Cell;
    use std::rc::Rc;
    use std::time::Duration;

    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    /// Wait this long after the last keystroke before asking the server.
    const PAUSE: Duration = Duration::from_millis(200);

    #[derive(Clone)]
    pub struct State {
        regions: Rc<Vec<String>>,
        /// The number of the latest query; answers to older ones are dropped.
        latest: Rc<Cell<u64>>,
    }

    impl State {
        pub fn new(regions: Vec<String>) -> Self {
            State {
                regions: Rc::new(regions),
                latest: Rc::new(Cell::new(0)),
            }
        }

        pub fn input(&self, ev: leptos::ev::Event) {
            let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if input.type_() != "search" {
                return;
            }
            let Some(form) = input.form() else { return };
            let n = self.latest.get() + 1;
            self.latest.set(n);
            let state = self.clone();
            set_timeout(
                move || {
                    if state.latest.get() == n {
                        leptos::task::spawn_local(async move {
                            let _ = state.refresh(form, n).await;
                        });
                    }
                },
                PAUSE,
            );
        }

        async fn refresh(&self, form: web_sys::HtmlFormElement, n: u64) -> Option<()> {
            let data = web_sys::FormData::new_with_form(&form).ok()?;
            let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
            // Empty fields are left out, as the server's own links do.
            let pairs: Vec<(String, String)> = js_sys_entries(&params)
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .collect();
            let query = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(pairs)
                .finish();
            let action = web_sys::Url::new(&form.action()).ok()?.pathname();
            let url = if query.is_empty() {
                action
            } else {
                format!("{action}?{query}")
            };
            let window = web_sys::window()?;
            let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
                .await
                .ok()?
                .dyn_into()
                .ok()?;
            let html = JsFuture::from(response.text().ok()?)
                .await
                .ok()?
                .as_string()?;
            if self.latest.get() != n {
                return None;
            }
            let fresh = web_sys::DomParser::new()
                .ok()?
                .parse_from_string(&html, web_sys::SupportedType::TextHtml)
                .ok()?;
            let document = window.document()?;
            for id in self.regions.iter() {
                if let (Some(old), Some(new)) =
                    (document.get_element_by_id(id), fresh.get_element_by_id(id))
                {
                    old.set_inner_html(&new.inner_html());
                }
            }
            let _ = window.history().ok()?.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&url),
            );
            Some(())
        }
    }

    /// The (name, value) pairs of a `URLSearchParams`, in order.
    fn js_sys_entries(params: &web_sys::UrlSearchParams) -> Vec<(String, String)> {
        // `URLSearchParams.toString()` is `application/x-www-form-urlencoded`: parse it back.
        let encoded = params.to_string().as_string().unwrap_or_default();
        form_urlencoded::parse(encoded.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    /// "/" focuses the first search box on the page, unless typing in a field.
    pub fn focus_shortcut() {
        let handle = window_event_listener(leptos::ev::keydown, |ev| {
            if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                return;
            }
            let doc = document();
            let typing = doc.active_element().is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            });
            if typing {
                return;
            }
            if let Some(input) = doc
                .query_selector(".app-live-search input[type=search]")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                ev.prevent_default();
                let _ = input.focus();
            }
        });
        // The island lives as long as the page.
        std::mem::forget(handle);
    }
}
