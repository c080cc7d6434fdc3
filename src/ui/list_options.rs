//! "Tilpas listen" on `/tilbud`: two checkboxes in a real `fieldset` that change what the list of all offers shows.
//! "Kun tilbud uden henvisning" keeps the offers a person can start on their own: a filter on the way in, which
//! none of the service finders in the feature anchors has. "Vis alle kontaktoplysninger" shows every contact with
//! its hours and source, for staff who want the whole directory at a glance.

use super::i18n::{Msg, tr};
use leptos::prelude::*;

/// The fieldset.
#[component]
pub fn ListOptions(
    /// Whether only the offers that need no referral are listed.
    no_referral: RwSignal<bool>,
    /// Whether every contact of every offer is shown.
    every_contact: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <fieldset class="hg-list-options">
            <legend class="hg-list-options__legend">{tr(Msg::OffersListOptions)}</legend>
            {option("no-referral", Msg::OffersNoReferral, Some(Msg::OffersNoReferralHint), no_referral)}
            {option("every-contact", Msg::OffersEveryContact, None, every_contact)}
        </fieldset>
    }
}

/// One checkbox, with a hint under its label if it has one.
fn option(id: &'static str, label: Msg, hint: Option<Msg>, on: RwSignal<bool>) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="hg-checkbox hg-list-options__option">
            <input type="checkbox" class="hg-checkbox__input" id=id prop:checked=move || on.get()
                aria-describedby=hint.map(|_| hint_id.clone()) on:change=move |_| on.update(|on| *on = !*on)/>
            <label class="hg-checkbox__label" for=id>{tr(label)}</label>
            {hint.map(|hint| view! { <p id=hint_id class="hg-hint hg-list-options__hint">{tr(hint)}</p> })}
        </div>
    }
}
