//! "Start forfra": deletes the answers, the list and the search, then opens the first question, for the next
//! person at the same screen (a staff member's next citizen at an outreach point).

use super::i18n::{Msg, tr};
use super::router::use_location;
use super::state::use_app;
use crate::domain::route::Route;
use leptos::prelude::*;

/// The button, with the hint that says what it deletes.
#[component]
pub fn StartAgain() -> impl IntoView {
    let app = use_app();
    let location = use_location();
    let first = Route::start(&app.bundle.questions);
    let start_again = move |_| {
        app.clear_answers();
        location.go(&first);
    };
    view! {
        <div class="hg-start-again">
            <p id="start-again-hint" class="hg-hint">{tr(Msg::StartAgainHint)}</p>
            <button type="button" class="hg-button hg-button--secondary" aria-describedby="start-again-hint" on:click=start_again>
                {tr(Msg::StartAgain)}
            </button>
        </div>
    }
}
