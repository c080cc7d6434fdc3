//! "Udskriv listen": the browser's print dialog, for a list handed over on paper. The print style sheet hides the
//! page's navigation and tools, this button included.

use super::i18n::{Msg, tr};
use leptos::prelude::*;

/// The print button.
#[component]
pub fn PrintButton() -> impl IntoView {
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <button type="button" class="hg-button hg-button--secondary hg-print-button" on:click=print>{tr(Msg::PrintList)}</button>
    }
}
