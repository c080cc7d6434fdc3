//! Quick exit, after GOV.UK's "Exit this page": a button always in view, a link first in the tab order for
//! assistive technology, and Shift pressed three times within five seconds.
//!
//! Leaving happens in a fixed order: blank the page at once (so nothing stays on screen while the next site
//! loads), wipe everything stored on the device, then replace the current history entry with a neutral site, so
//! Back does not return to this page.

use super::i18n::{Msg, tr};
use super::storage;
use leptos::ev;
use leptos::prelude::*;

/// Where the exit goes: a neutral, everyday Danish site.
pub const NEUTRAL_SITE: &str = "https://www.dmi.dk/";
/// Presses of Shift that trigger the exit.
const PRESSES: usize = 3;
/// Window in which they must fall, in milliseconds.
const WINDOW_MS: f64 = 5000.0;

/// Leaves the app now.
pub fn leave() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        root.set_text_content(None);
    }
    storage::wipe_everything();
    let _ = window.location().replace(NEUTRAL_SITE);
}

/// The quick-exit controls and keyboard shortcut.
#[component]
pub fn QuickExit() -> impl IntoView {
    // Times of the recent Shift presses; a signal of their count drives the visible indicator.
    let presses = StoredValue::new(Vec::<f64>::new());
    let count = RwSignal::new(0usize);
    let handle = window_event_listener(ev::keydown, move |event| {
        if event.key() != "Shift" || event.repeat() {
            return;
        }
        let now = js_sys::Date::now();
        let recent = presses.with_value(|p| {
            p.iter()
                .copied()
                .filter(|t| now - t < WINDOW_MS)
                .collect::<Vec<_>>()
        });
        let mut recent = recent;
        recent.push(now);
        count.set(recent.len());
        presses.set_value(recent);
        if count.get_untracked() >= PRESSES {
            leave();
        }
    });
    on_cleanup(move || handle.remove());
    let on_leave = move |event: ev::MouseEvent| {
        event.prevent_default();
        leave();
    };
    view! {
        <a class="hg-skip-link hg-quick-exit__skip" href=NEUTRAL_SITE on:click=on_leave>
            {tr(Msg::ExitSkipLink)}
        </a>
        <div class="hg-quick-exit">
            <a class="hg-quick-exit__button" href=NEUTRAL_SITE on:click=on_leave>
                {tr(Msg::ExitButton)}
            </a>
            <p class="hg-quick-exit__indicator" aria-live="polite" data-presses=move || count.get().to_string()>
                <Show when=move || { count.get() > 0 }>
                    <span class="hg-visually-hidden">
                        {move || {
                            let app = super::state::use_app();
                            app.text_with(Msg::ExitShiftCount, &[("n", &count.get().to_string())])
                        }}
                    </span>
                    {move || {
                        (0..PRESSES)
                            .map(|i| {
                                let class = if i < count.get() { "hg-quick-exit__dot hg-quick-exit__dot--on" } else { "hg-quick-exit__dot" };
                                view! { <span class=class aria-hidden="true"></span> }
                            })
                            .collect_view()
                    }}
                </Show>
            </p>
        </div>
    }
}
