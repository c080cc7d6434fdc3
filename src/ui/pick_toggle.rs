//! "Læg på listen": a checkbox under an offer on `/tilbud`, so a staff member can pick the offers to pass on
//! without answering the questions on the citizen's behalf.

use super::i18n::{Msg, tr};
use super::state::use_app;
use crate::domain::catalogue::Offer;
use crate::domain::shortlist;
use leptos::prelude::*;

/// The checkbox for one offer.
#[component]
pub fn PickToggle(
    /// The offer it adds to (or takes off) the list.
    offer: &'static Offer,
) -> impl IntoView {
    let app = use_app();
    let input_id = format!("pick-{}", offer.id);
    let picked = move || {
        app.picked
            .with(|list| list.iter().any(|o| o.id == offer.id))
    };
    let toggle = move |_| app.picked.update(|list| shortlist::toggle(list, offer));
    view! {
        <div class="hg-pick-toggle">
            <input type="checkbox" class="hg-pick-toggle__input" id=input_id.clone() prop:checked=picked on:change=toggle/>
            // The offer's name is part of the label, so a screen reader's list of checkboxes says which is which.
            <label class="hg-pick-toggle__label" for=input_id>
                {tr(Msg::OffersPick)}<span class="hg-visually-hidden">": "{move || app.local(&offer.name)}</span>
            </label>
        </div>
    }
}
