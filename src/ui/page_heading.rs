//! The page's `<h1>`, which also sets the document title and, after a route change, takes focus so screen
//! readers announce the new page (a single-page app otherwise changes silently).

use super::i18n::Msg;
use super::state::use_app;
use leptos::html::H1;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::JsCast;

/// False until the first page has rendered: on the first load focus stays where the browser puts it.
static NAVIGATED: AtomicBool = AtomicBool::new(false);

/// A page heading.
#[component]
pub fn PageHeading(
    /// The heading text, reactive so it follows the language.
    #[prop(into)]
    text: Signal<String>,
    /// The page's error message, on a question page: while there is one, the title starts with "Fejl:", so a
    /// screen reader says so before anything else, and the tab and the history list show it (GOV.UK's error
    /// pattern).
    #[prop(optional)]
    error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        if let Some(element) = heading.get()
            && NAVIGATED.swap(true, Ordering::Relaxed)
        {
            let _ = element.focus();
        }
    });
    // Every page has its own title, so the tab, the history list and screen readers say where one is.
    Effect::new(move |_| {
        // The same "Fejl: " that starts each error message for screen readers.
        let prefix = if error.is_some_and(|error| error.with(Option::is_some)) {
            app.text(Msg::ErrorPrefix)
        } else {
            ""
        };
        let title = format!("{prefix}{} – {}", text.get(), app.text(Msg::AppName));
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });
    view! {
        <h1 class="hg-page-heading" tabindex="-1" node_ref=heading>{move || text.get()}</h1>
    }
}

/// Moves focus to the page's heading, after an action that removes the control that had focus (clearing a list),
/// so keyboard and screen-reader users start again from the top instead of from nowhere.
pub fn focus_page_heading() {
    let heading = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(".hg-page-heading").ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}
