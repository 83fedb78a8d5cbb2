//! Parts of a page that update without a page load, for pages that already work without
//! JavaScript: results as you type in a search form, and links that lead to another version
//! of the same results (the estimator's "what if" links).
//!
//! An island around server-rendered children: the forms, links and results stay the server's
//! HTML (there is one renderer for them, and none of it is shipped as WASM). When a search box
//! inside changes, or a link matching `links` is followed, the island asks the server for that
//! address, takes the named regions (`regions`: element ids) out of the answer and puts them in
//! place of the current ones. Typing updates the address bar with `replaceState` (Back leaves
//! the search rather than stepping through every letter); a followed link with `pushState`, and
//! Back and Forward then load the regions for that address again. A slower answer to an earlier
//! request is dropped. If anything fails, the page stays as it is: the form still submits and a
//! link still loads normally. Islands inside a swapped region are hydrated again (the boot
//! script's `__carenavHydrate`).
//!
//! With `forms`, submitting a GET form inside loads its answer in place too (the navigator's
//! questions), with the values as given, empty ones included (an empty answer is an error the
//! server must see).
//!
//! With `shortcut`, "/" focuses the first search box (for advisers on the phone), unless the
//! user is typing in a field.

use leptos::prelude::*;

#[island]
pub fn Live(
    /// Ids of the elements to replace from the server's answer (results, counts, filters).
    regions: Vec<String>,
    /// Whether "/" focuses the search box.
    shortcut: bool,
    /// A CSS selector for the links to follow in place ("" for none); any other link loads
    /// its page as usual.
    links: String,
    /// Whether a GET form's answer is loaded in place when it is submitted.
    forms: bool,
    children: Children,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    let (on_input, on_click, on_submit) = {
        let state = client::State::new(regions, links, forms);
        if shortcut {
            client::focus_shortcut();
        }
        state.follow_history();
        let typed = state.clone();
        let submitted = state.clone();
        (
            move |ev: leptos::ev::Event| typed.input(ev),
            move |ev: leptos::ev::MouseEvent| state.click(ev),
            move |ev: leptos::ev::SubmitEvent| submitted.submit(ev),
        )
    };
    #[cfg(not(feature = "hydrate"))]
    let (on_input, on_click, on_submit) = {
        let _ = (regions, shortcut, links, forms);
        (
            |_: leptos::ev::Event| {},
            |_: leptos::ev::MouseEvent| {},
            |_: leptos::ev::SubmitEvent| {},
        )
    };
    view! { <div class="app-live" on:input=on_input on:click=on_click on:submit=on_submit>{children()}</div> }
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

    /// What to do with the address bar once the regions are in place.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum History {
        /// Typing: replace the current entry.
        Replace,
        /// A followed link: a new entry.
        Push,
        /// Back or Forward: the browser has already moved.
        Keep,
    }

    #[derive(Clone)]
    pub struct State {
        regions: Rc<Vec<String>>,
        links: Rc<String>,
        forms: bool,
        /// The number of the latest request; answers to older ones are dropped.
        latest: Rc<Cell<u64>>,
    }

    impl State {
        pub fn new(regions: Vec<String>, links: String, forms: bool) -> Self {
            State {
                regions: Rc::new(regions),
                links: Rc::new(links),
                forms,
                latest: Rc::new(Cell::new(0)),
            }
        }

        /// A GET form inside was submitted: load its answer in place.
        pub fn submit(&self, ev: leptos::ev::SubmitEvent) {
            if !self.forms || ev.default_prevented() {
                return;
            }
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            if !form.method().eq_ignore_ascii_case("get") {
                return;
            }
            let Some(url) = form_address_with(&form, true) else {
                return;
            };
            ev.prevent_default();
            let n = self.next();
            let state = self.clone();
            leptos::task::spawn_local(async move {
                if state.load(&url, n, History::Push).await.is_none() {
                    let _ = window().location().set_href(&url);
                }
            });
        }

        fn next(&self) -> u64 {
            let n = self.latest.get() + 1;
            self.latest.set(n);
            n
        }

        /// A search box changed: after a pause, load the form's new address.
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
            let n = self.next();
            let state = self.clone();
            set_timeout(
                move || {
                    if state.latest.get() == n
                        && let Some(url) = form_address(&form)
                    {
                        leptos::task::spawn_local(async move {
                            let _ = state.load(&url, n, History::Replace).await;
                        });
                    }
                },
                PAUSE,
            );
        }

        /// A click on a link matching `links`: load it in place.
        pub fn click(&self, ev: leptos::ev::MouseEvent) {
            if self.links.is_empty()
                || ev.default_prevented()
                || ev.button() != 0
                || ev.ctrl_key()
                || ev.meta_key()
                || ev.shift_key()
                || ev.alt_key()
            {
                return;
            }
            let Some(link) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(&self.links).ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            else {
                return;
            };
            let same_origin = window()
                .location()
                .origin()
                .is_ok_and(|origin| origin == link.origin());
            if !same_origin {
                return;
            }
            ev.prevent_default();
            let url = format!("{}{}", link.pathname(), link.search());
            let n = self.next();
            let state = self.clone();
            leptos::task::spawn_local(async move {
                if state.load(&url, n, History::Push).await.is_none() {
                    // Could not load it in place: load it as a page.
                    let _ = window().location().set_href(&url);
                }
            });
        }

        /// With links followed in place, Back and Forward load that address's regions.
        pub fn follow_history(&self) {
            if self.links.is_empty() && !self.forms {
                return;
            }
            let state = self.clone();
            let handle = window_event_listener(leptos::ev::popstate, move |_| {
                let location = window().location();
                let url = format!(
                    "{}{}",
                    location.pathname().unwrap_or_default(),
                    location.search().unwrap_or_default()
                );
                let n = state.next();
                let state = state.clone();
                leptos::task::spawn_local(async move {
                    if state.load(&url, n, History::Keep).await.is_none() {
                        let _ = window().location().reload();
                    }
                });
            });
            // The island lives as long as the page.
            std::mem::forget(handle);
        }

        /// Fetch `url`, put its regions in place of ours and update the address bar.
        async fn load(&self, url: &str, n: u64, history: History) -> Option<()> {
            let window = web_sys::window()?;
            let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
                .await
                .ok()?
                .dyn_into()
                .ok()?;
            if !response.ok() {
                return None;
            }
            let html = JsFuture::from(response.text().ok()?)
                .await
                .ok()?
                .as_string()?;
            if self.latest.get() != n {
                return Some(());
            }
            let fresh = web_sys::DomParser::new()
                .ok()?
                .parse_from_string(&html, web_sys::SupportedType::TextHtml)
                .ok()?;
            let document = window.document()?;
            let mut swapped = Vec::new();
            for id in self.regions.iter() {
                if let (Some(old), Some(new)) =
                    (document.get_element_by_id(id), fresh.get_element_by_id(id))
                {
                    old.set_inner_html(&new.inner_html());
                    swapped.push(old);
                }
            }
            if swapped.is_empty() {
                return None;
            }
            // The new page's title, as a page load would set it (screen readers announce it).
            if history != History::Replace {
                let title = fresh.title();
                if !title.is_empty() {
                    document.set_title(&title);
                }
            }
            let history_api = window.history().ok()?;
            match history {
                History::Replace => {
                    let _ = history_api.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(url),
                    );
                }
                History::Push => {
                    let _ = history_api.push_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(url),
                    );
                }
                History::Keep => {}
            }
            for region in &swapped {
                hydrate_islands_in(&window, region);
            }
            if history == History::Push {
                focus_heading(&swapped[0]);
            }
            Some(())
        }
    }

    /// The form's address with its current values, empty fields left out (as the server's own
    /// links do).
    fn form_address(form: &web_sys::HtmlFormElement) -> Option<String> {
        form_address_with(form, false)
    }

    /// The form's address with its current values; empty ones kept if `keep_empty`.
    fn form_address_with(form: &web_sys::HtmlFormElement, keep_empty: bool) -> Option<String> {
        let data = web_sys::FormData::new_with_form(form).ok()?;
        let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
        let encoded = params.to_string().as_string().unwrap_or_default();
        let pairs: Vec<(String, String)> = form_urlencoded::parse(encoded.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .filter(|(_, v)| keep_empty || !v.is_empty())
            .collect();
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        let action = web_sys::Url::new(&form.action()).ok()?.pathname();
        Some(if query.is_empty() {
            action
        } else {
            format!("{action}?{query}")
        })
    }

    /// Islands in server HTML that was just put in place start un-hydrated: ask the boot
    /// script to hydrate them.
    fn hydrate_islands_in(window: &web_sys::Window, region: &web_sys::Element) {
        let hook = web_sys::js_sys::Reflect::get(window, &"__carenavHydrate".into())
            .ok()
            .and_then(|f| f.dyn_into::<web_sys::js_sys::Function>().ok());
        if let Some(hook) = hook {
            let _ = hook.call1(&wasm_bindgen::JsValue::NULL, region);
        }
    }

    /// Move focus to the new content's error summary if it has one (as GOV.UK pages do), else
    /// its heading, as a page load would, and scroll to it.
    fn focus_heading(region: &web_sys::Element) {
        if let Some(h) = region
            .query_selector(".app-error-summary")
            .ok()
            .flatten()
            .or_else(|| region.query_selector("h1").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = h.set_attribute("tabindex", "-1");
            let _ = h.focus();
            h.scroll_into_view();
        }
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
                .query_selector(".app-live input[type=search]")
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
