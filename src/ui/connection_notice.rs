//! Says so when the device has no connection. The app keeps working without one (it is already in memory, and the
//! offline copy serves later visits), and phone numbers can still be called; but links to web pages such as
//! randers.dk cannot open until the connection is back, and a person at a bus stop with no signal should know why.

use super::i18n::{Msg, tr};
use leptos::ev;
use leptos::prelude::*;

/// Whether the browser knows it has no network. `navigator.onLine` can be true without real internet access, but
/// false is reliable, so the notice shows only what is certain.
fn browser_is_offline() -> bool {
    web_sys::window().is_some_and(|window| !window.navigator().on_line())
}

/// The notice, shown while the browser is offline. It sits in a live region that is always present, so screen
/// readers announce it when it appears.
#[component]
pub fn ConnectionNotice() -> impl IntoView {
    let offline = RwSignal::new(browser_is_offline());
    // The layout lives as long as the page, so the listeners are never removed.
    let _ = window_event_listener(ev::offline, move |_| offline.set(true));
    let _ = window_event_listener(ev::online, move |_| offline.set(false));
    view! {
        <div role="status" class="hg-connection-notice__region">
            {move || {
                offline.get().then(|| view! {
                    <p class="hg-notice hg-connection-notice">
                        <strong>{tr(Msg::OfflineNoticeTitle)}</strong>" "{tr(Msg::OfflineNotice)}
                    </p>
                })
            }}
        </div>
    }
}
