//! A dismissible notice at the top of the page (for example: stored answers could not be read).

use super::i18n::{Msg, tr};
use super::state::use_app;
use leptos::prelude::*;

/// Shows the current notice, if any.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let app = use_app();
    view! {
        <div role="status" class="hg-notice-banner__region">
            {move || {
                app.notice.get().map(|msg| {
                    view! {
                        <div class="hg-notice hg-notice-banner">
                            <p class="hg-notice-banner__text">{move || app.text(msg)}</p>
                            <button type="button" class="hg-button hg-button--secondary" on:click=move |_| app.notice.set(None)>
                                {tr(Msg::NoticeDismiss)}
                            </button>
                        </div>
                    }
                })
            }}
        </div>
    }
}
