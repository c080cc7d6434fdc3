//! Offers a reload when a newer build of the app has arrived while the tab was open, so a counter at an outreach
//! site that never closes its tab does not go on showing last month's phone numbers.

use super::i18n::{Msg, tr};
use super::offline::watch_for_new_version;
use leptos::prelude::*;

/// Reloads the page. The answers and the language are in sessionStorage and the page in the address, so the
/// person lands where they were, in the new build.
fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// The notice, shown once a newer build's worker has taken over this page.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let new_version = RwSignal::new(false);
    watch_for_new_version(move || new_version.set(true));
    view! {
        <div role="status" class="hg-update-notice__region">
            {move || {
                new_version.get().then(|| view! {
                    <div class="hg-notice hg-update-notice">
                        <p class="hg-update-notice__text">{tr(Msg::UpdateNotice)}</p>
                        <button type="button" class="hg-button hg-button--secondary" on:click=move |_| reload()>
                            {tr(Msg::UpdateNoticeReload)}
                        </button>
                    </div>
                })
            }}
        </div>
    }
}
