//! A checkbox that puts one offer (or line) on a list to pass on, or leaves it off: "Læg på listen" under each card
//! on `/tilbud`, and one per result and suggested line in the results' [`super::share_choice::ShareChoice`].

use super::i18n::{Msg, tr};
use super::state::use_app;
use crate::domain::shortlist::{self, Entry};
use leptos::prelude::*;

/// Where a checkbox stands, which decides its label and what its list holds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PickPlace {
    /// Under an offer's card on `/tilbud`: labelled "Læg på listen"; the list holds the offers ticked.
    UnderCard,
    /// In the results' share choice: labelled with the entry's name; every result starts ticked, so the list holds
    /// the results left out.
    ResultChoice,
}

/// The checkbox for one entry.
#[component]
pub fn PickToggle<T>(
    /// The offer or line it is about.
    entry: &'static T,
    /// The list ticking or unticking changes.
    list: RwSignal<Vec<&'static T>>,
    /// Where it stands.
    place: PickPlace,
) -> impl IntoView
where
    T: Entry + Send + Sync + 'static,
{
    let app = use_app();
    let choice = place == PickPlace::ResultChoice;
    let input_id = format!(
        "{}-{}",
        if choice { "share" } else { "pick" },
        entry.entry_id()
    );
    let ticked = move || list.with(|list| shortlist::contains(list, entry)) != choice;
    let toggle = move |_| list.update(|list| shortlist::toggle(list, entry));
    let name = move || app.local(entry.entry_name());
    // Under a card the offer's name is still part of the label, so a screen reader's list of checkboxes says
    // which is which.
    let label = if choice {
        name.into_any()
    } else {
        view! { {tr(Msg::OffersPick)}<span class="hg-visually-hidden">": "{name}</span> }.into_any()
    };
    view! {
        <div class="hg-checkbox hg-pick-toggle">
            <input type="checkbox" class="hg-checkbox__input" id=input_id.clone() prop:checked=ticked on:change=toggle/>
            <label class="hg-checkbox__label" for=input_id>{label}</label>
        </div>
    }
}
