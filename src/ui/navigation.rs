//! Router navigation with a safety net for leptos_router 0.8.17.
//!
//! The router defers pushing the new URL until the new route says it is ready. After the browser's Back or
//! Forward between two pages of the same route (`/sporgsmal/:id`), that signal does not come for the next
//! navigation: the page changes but the address bar does not, and the next Back skips a step (the symptom of
//! leptos-rs/leptos#4324). So after navigating, once the current task has finished, we check the address bar and
//! push the target if the router did not. A later navigation cancels the router's stale pending push, so the
//! entry is never added twice. Remove this when the router is fixed; the e2e test "back link and browser
//! Back/Forward keep the answers" guards it.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use std::time::Duration;

/// Navigates to `path` and makes sure the address bar follows.
pub fn go(navigate: &impl Fn(&str, NavigateOptions), path: &str) {
    navigate(path, NavigateOptions::default());
    let target = path.to_owned();
    set_timeout(
        move || {
            let Some(window) = web_sys::window() else {
                return;
            };
            if window.location().pathname().ok().as_deref() != Some(target.as_str())
                && let Ok(history) = window.history()
            {
                let _ =
                    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
            }
        },
        Duration::ZERO,
    );
}
