//! "Brug for hjælp nu? Akut hjælp": the way to crisis help on pages that list offers, where someone may realise that
//! no offer is fast enough.

use super::i18n::{Msg, tr};
use crate::domain::route::Route;
use leptos::prelude::*;

/// The crisis prompt.
#[component]
pub fn CrisisPrompt() -> impl IntoView {
    view! {
        <p class="hg-crisis-prompt">{tr(Msg::ResultsCrisis)}" "<a href=Route::Crisis.path()>{tr(Msg::CrisisLink)}</a></p>
    }
}
