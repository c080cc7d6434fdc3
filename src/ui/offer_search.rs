//! "Søg i tilbuddene": a search field above the list of all offers. It filters as one types; there is nothing to
//! submit, and the words typed stay in memory (see [`crate::domain::search`]).

use super::i18n::{Msg, tr};
use leptos::prelude::*;

/// The search field.
#[component]
pub fn OfferSearch(
    /// What is typed.
    query: RwSignal<String>,
    /// Called when the field gets focus, before anything is typed: to get the search ready.
    on_focus: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        // A form only so a phone's "search" key does not reload the page; nothing is ever sent.
        <form class="hg-offer-search" role="search" on:submit=|event| event.prevent_default()>
            <label class="hg-offer-search__label" for="offer-search">{tr(Msg::OffersSearchLabel)}</label>
            <p class="hg-hint" id="offer-search-hint">{tr(Msg::OffersSearchHint)}</p>
            // No name and autocomplete off: the browser keeps no history of what was searched for.
            <input class="hg-input hg-offer-search__input" id="offer-search" type="search" autocomplete="off"
                spellcheck="false" aria-describedby="offer-search-hint"
                prop:value=move || query.get() on:input=move |event| query.set(event_target_value(&event))
                on:focus=move |_| on_focus()/>
        </form>
    }
}
