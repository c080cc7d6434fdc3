//! A checkbox that puts one offer on a list to pass on, or leaves it off: "Læg på listen" under each card on
//! `/tilbud`, and one per result in the results' [`super::share_choice::ShareChoice`].

use super::i18n::{Msg, tr};
use super::state::use_app;
use crate::domain::catalogue::Offer;
use leptos::prelude::*;

/// The checkbox for one offer.
#[component]
pub fn PickToggle(
    /// The offer it is about.
    offer: &'static Offer,
    /// Whether the offer is on the list.
    #[prop(into)]
    ticked: Signal<bool>,
    /// Puts the offer on the list or takes it off.
    on_toggle: Callback<()>,
    /// Labels the box with the offer's name, for a list of names; otherwise "Læg på listen", for under a card.
    #[prop(optional)]
    name_as_label: bool,
) -> impl IntoView {
    let app = use_app();
    let prefix = if name_as_label { "share" } else { "pick" };
    let input_id = format!("{prefix}-{}", offer.id);
    let name = move || app.local(&offer.name);
    // Under a card the offer's name is still part of the label, so a screen reader's list of checkboxes says
    // which is which.
    let label = if name_as_label {
        name.into_any()
    } else {
        view! { {tr(Msg::OffersPick)}<span class="hg-visually-hidden">": "{name}</span> }.into_any()
    };
    view! {
        <div class="hg-pick-toggle">
            <input type="checkbox" class="hg-pick-toggle__input" id=input_id.clone() prop:checked=ticked
                on:change=move |_| on_toggle.run(())/>
            <label class="hg-pick-toggle__label" for=input_id>{label}</label>
        </div>
    }
}
