//! Quick exit, after GOV.UK's "Exit this page": a button always in view, a link first in the tab order for
//! assistive technology, and Shift pressed three times on its own within five seconds
//! ([`crate::domain::shortcut`], which keeps Shift+Tab from counting).
//!
//! Leaving happens in a fixed order: silence any reading aloud and blank the page at once (so nothing is heard or
//! stays on screen while the next site loads), wipe everything stored on the device, then replace the current
//! history entry with a neutral site, so Back does not return to this page.

use super::i18n::{Msg, tr};
use super::read_aloud::stop_reading;
use super::storage;
use crate::domain::shortcut::{ExitShortcut, PRESSES};
use leptos::ev;
use leptos::prelude::*;

/// Where the exit goes: a neutral, everyday Danish site.
pub const NEUTRAL_SITE: &str = "https://www.dmi.dk/";

/// Leaves the app now.
pub fn leave() {
    stop_reading();
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
    // The shortcut's state; a signal of its count drives the visible indicator.
    let shortcut = StoredValue::new(ExitShortcut::default());
    let count = RwSignal::new(0usize);
    let handle = window_event_listener(ev::keyup, move |event| {
        let presses = shortcut.try_update_value(|s| {
            s.key_up(
                event.key() == "Shift",
                event.shift_key(),
                js_sys::Date::now(),
            )
        });
        // The store lives as long as this component, whose listener this is, so it is always there.
        let presses = presses.unwrap_or_default();
        if presses != count.get_untracked() {
            count.set(presses);
        }
        if presses >= PRESSES {
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
