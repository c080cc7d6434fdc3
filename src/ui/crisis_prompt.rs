//! "Brug for hjælp nu? Akut hjælp": the way to crisis help on pages that list offers, where someone may realise that
//! no offer is fast enough. On paper a link leads nowhere, so a printed page says when to call 112 instead.

use super::i18n::{Msg, tr};
use crate::domain::route::Route;
use leptos::prelude::*;

/// The crisis prompt.
#[component]
pub fn CrisisPrompt(
    /// After a search that names an acute topic ("jeg vil dø"): 112 comes first, one tap away, as on the start
    /// page, since the person may be in danger right now.
    #[prop(optional)]
    urgent: bool,
) -> impl IntoView {
    view! {
        <p class="hg-crisis-prompt">
            {urgent.then(|| view! {
                <span class="hg-crisis-prompt__call">
                    {tr(Msg::StartCrisisText)}" "<a href="tel:112">{tr(Msg::Call112)}</a>
                </span>
            })}
            {tr(Msg::ResultsCrisis)}" "
            <a class="hg-crisis-prompt__link" href=Route::Crisis.path()>{tr(Msg::CrisisLink)}</a>
            <span class="hg-crisis-prompt__print">{tr(Msg::CrisisPromptPrint)}</span>
        </p>
    }
}
