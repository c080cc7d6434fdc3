//! A sourced note in the editors' own words, with the line naming its source and date: what a place is like,
//! physically and to the senses (under "Om stedet" on the offer page, and on a card with every contact, which may
//! be a hand-out read on paper before the first visit), the paragraphs of the law an offer is given under, and the
//! municipal unit it belongs to.

use super::i18n::{Msg, tr};
use super::source_note::SourceNote;
use super::state::use_app;
use crate::domain::catalogue::SourcedNote;
use crate::domain::text::paragraphs_kept_whole;
use leptos::prelude::*;

/// The note and the line with its source and date.
#[component]
pub fn NoteWithSource(
    /// The note.
    note: &'static SourcedNote,
    /// Starts the note with this text and a colon ("Om stedet:"), where no heading names it.
    #[prop(optional)]
    label: Option<Msg>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <p class="hg-note-with-source">
            {label.map(|label| view! { <strong>{tr(label)}": "</strong> })}
            {move || paragraphs_kept_whole(app.local(&note.text))}
        </p>
        {app.bundle.catalogue.source(&note.source).map(|source| view! {
            <p class="hg-note-with-source__source"><SourceNote source=source/></p>
        })}
    }
}
