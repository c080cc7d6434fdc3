//! What a place is like, physically and to the senses, with its source: under "Om stedet" on the offer page, and
//! on a card with every contact, which may be a hand-out read on paper before the first visit.

use super::i18n::{Msg, tr};
use super::source_note::SourceNote;
use super::state::use_app;
use crate::domain::catalogue::PlaceNote;
use leptos::prelude::*;

/// The note and the line with its source and date.
#[component]
pub fn AboutThePlace(
    /// The note.
    note: &'static PlaceNote,
    /// Starts with "Om stedet:", where no heading names it (a card).
    #[prop(optional)]
    labelled: bool,
) -> impl IntoView {
    let app = use_app();
    view! {
        <p class="hg-about-the-place">
            {labelled.then(|| view! { <strong>{tr(Msg::PlaceTitle)}": "</strong> })}
            {move || app.local(&note.text)}
        </p>
        {app.bundle.catalogue.source(&note.source).map(|source| view! {
            <p class="hg-about-the-place__source"><SourceNote source=source/></p>
        })}
    }
}
