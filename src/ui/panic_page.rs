//! The last line of defence: if the app panics or its data cannot be read, the person still sees what to do
//! and how to reach emergency help, never a blank or frozen page.
//!
//! These texts are the only UI texts outside texts.json, on purpose: they must work when that file, or the
//! app itself, is what broke. Both languages are written out here.

use leptos::prelude::*;

const HEADING: &str = "Noget gik galt — genindlæs siden · Something went wrong — reload the page";
const BODY: &str = "Ved fare for liv: ring 112. Lægevagten: 70 11 31 31. Livslinien: 70 20 12 01. \
                    In danger: call 112. Out-of-hours doctor: 70 11 31 31. Suicide prevention line: 70 20 12 01.";
/// The page of every offer and number, written at build time (`src/bin/plain_pages.rs`), which needs nothing of
/// the app: the way on to everything else.
const PLAIN_PAGE: &str = "/alle-tilbud/da.html";
const PLAIN_PAGE_LINK: &str = "Alle tilbud og telefonnumre · All offers and phone numbers";
const CALL_112: &str = "Ring 112 · Call 112";

/// Replaces the content of `root` with the help text. Built with DOM calls rather than `innerHTML`, so it works
/// under the strict Content-Security-Policy.
pub fn show_help_page(root: &web_sys::Element) -> Option<()> {
    let document = root.owner_document()?;
    root.set_text_content(None);
    let main = document.create_element("main").ok()?;
    main.set_class_name("hg-panic");
    main.set_attribute("role", "alert").ok()?;
    let heading = document.create_element("h1").ok()?;
    heading.set_text_content(Some(HEADING));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(BODY));
    let call = document.create_element("a").ok()?;
    call.set_attribute("href", "tel:112").ok()?;
    call.set_text_content(Some(CALL_112));
    let more = document.create_element("p").ok()?;
    let plain = document.create_element("a").ok()?;
    plain.set_attribute("href", PLAIN_PAGE).ok()?;
    plain.set_text_content(Some(PLAIN_PAGE_LINK));
    more.append_child(&plain).ok()?;
    main.append_child(&heading).ok()?;
    main.append_child(&text).ok()?;
    main.append_child(&call).ok()?;
    main.append_child(&more).ok()?;
    root.append_child(&main).ok()?;
    Some(())
}

/// Installs a panic hook that logs the panic to the console and shows the help page.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        // A release build logs only where it happened: the message and stack trace of console_error_panic_hook
        // cost 0.5 KB brotli of every first visit, and nobody reads the console of a citizen's phone. A debug
        // build, where a developer reproduces the panic, logs both. (`cfg!`, not `#[cfg]`, so clippy checks both
        // branches; the optimiser drops the one not taken.)
        if cfg!(debug_assertions) {
            console_error_panic_hook::hook(info);
        } else if let Some(location) = info.location() {
            web_sys::console::error_3(
                &"Hjælpeguiden panicked at".into(),
                &location.file().into(),
                &location.line().into(),
            );
        }
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let _ = show_help_page(&body);
        }
    }));
}

/// Shown instead of the app when its embedded data cannot be read.
#[component]
pub fn BrokenDataPage() -> impl IntoView {
    // Every text is a constant, not a literal in the view: Leptos inserts an element written wholly in literals
    // through `innerHTML`, which the Content-Security-Policy's Trusted Types refuse, so this page would not show.
    view! {
        <main class="hg-panic" role="alert">
            <h1>{HEADING}</h1>
            <p>{BODY}</p>
            <a href="tel:112">{CALL_112}</a>
            <p><a href=PLAIN_PAGE>{PLAIN_PAGE_LINK}</a></p>
        </main>
    }
}
