//! Copy and print buttons. Both need JavaScript, so they appear only once the page has
//! hydrated (without it, the page says how to print, and the address or text can be selected
//! and copied by hand). An island of its own, with its words as props (translated on the
//! server): the browser bundle carries no Fluent.

use leptos::prelude::*;

#[island]
pub fn ShareButtons(
    /// Prefix of the buttons' ids (`{prefix}-copy`, `{prefix}-print`).
    prefix: String,
    copy: String,
    print: String,
    copied: String,
    /// The id of the element whose text "copy" copies; empty for the page's address.
    copy_from: String,
) -> impl IntoView {
    let ready = RwSignal::new(false);
    let done = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    let copy_id = format!("{prefix}-copy");
    let print_id = format!("{prefix}-print");
    view! {
        <Show when=move || ready.get()>
            <div class="app-button-group">
                <button class="app-button app-button--secondary" type="button" id=copy_id.clone() on:click={
                    let copy_from = copy_from.clone();
                    move |_| {
                        #[cfg(feature = "hydrate")]
                        if let Some(w) = web_sys::window() {
                            let text = if copy_from.is_empty() {
                                w.location().href().unwrap_or_default()
                            } else {
                                w.document()
                                    .and_then(|d| d.get_element_by_id(&copy_from))
                                    .map(|e| copy_text(&e))
                                    .unwrap_or_default()
                            };
                            // Say "copied" only once the browser has done it.
                            let promise = w.navigator().clipboard().write_text(&text);
                            leptos::task::spawn_local(async move {
                                if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                                    done.set(true);
                                }
                            });
                        }
                        #[cfg(not(feature = "hydrate"))]
                        let _ = &copy_from;
                    }
                }>{copy.clone()}</button>
                <button class="app-button app-button--secondary" type="button" id=print_id.clone() on:click=move |_| {
                    #[cfg(feature = "hydrate")]
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{print.clone()}</button>
            </div>
        </Show>
        <p role="status" class="app-hint">{move || done.get().then(|| copied.clone())}</p>
    }
}

/// An element's text with its paragraphs separated by blank lines (as the downloaded text).
#[cfg(feature = "hydrate")]
fn copy_text(e: &web_sys::Element) -> String {
    let paragraphs = e.query_selector_all("p").ok();
    match paragraphs {
        Some(list) if list.length() > 0 => (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|p| p.text_content().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n\n"),
        _ => e.text_content().unwrap_or_default(),
    }
}
