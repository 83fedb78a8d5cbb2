//! A data table that may be wider than a phone: it scrolls sideways inside its own box, not
//! the page (WCAG 1.4.10 lets a data table keep its two-dimensional layout).

use leptos::prelude::*;

/// The scrolling box around a table. A keyboard can scroll it (it takes focus: WCAG 2.1.1),
/// and a screen reader announces it as a region named by the table's caption or heading, the
/// element whose id is `labelled_by`.
#[component]
pub fn TableScroll(#[prop(into)] labelled_by: String, children: Children) -> impl IntoView {
    view! {
        <div class="app-table-wrap" role="region" aria-labelledby=labelled_by tabindex="0">
            {children()}
        </div>
    }
}
