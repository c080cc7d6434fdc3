//! "Vælg, hvilke tilbud der kommer med": every result starts on the list to pass on; unticking one leaves it off.
//! Folded away, because most people pass on all their results; a staff member sitting with someone, or a person
//! who does not want an offer named in a message, opens it.

use super::i18n::{Msg, tr};
use super::pick_toggle::{PickPlace, PickToggle};
use crate::domain::catalogue::Offer;
use leptos::prelude::*;

/// The choice of results to pass on.
#[component]
pub fn ShareChoice(
    /// The results, best first.
    #[prop(into)]
    results: Signal<Vec<&'static Offer>>,
    /// The results unticked so far.
    left_out: RwSignal<Vec<&'static Offer>>,
) -> impl IntoView {
    let boxes = move || {
        results
            .get()
            .into_iter()
            .map(|offer| view! { <PickToggle offer=offer list=left_out place=PickPlace::ResultChoice/> })
            .collect_view()
    };
    view! {
        <details class="hg-share-choice">
            <summary class="hg-button hg-button--secondary">{tr(Msg::ShareChooseShow)}</summary>
            <fieldset class="hg-share-choice__fieldset">
                <legend class="hg-share-choice__legend">{tr(Msg::ShareChooseLegend)}</legend>
                {boxes}
            </fieldset>
        </details>
    }
}
