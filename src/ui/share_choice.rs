//! "Vælg, hvad der kommer med": every result and suggested line starts on the list to pass on; unticking one leaves
//! it off. Folded away, because most people pass on all their results; a staff member sitting with someone, or a
//! person who does not want an offer named in a message, opens it.

use super::i18n::{Msg, tr};
use super::pick_toggle::{PickPlace, PickToggle};
use crate::domain::catalogue::{CrisisLine, Offer};
use crate::domain::shortlist::Entry;
use leptos::prelude::*;

/// The choice of results and lines to pass on.
#[component]
pub fn ShareChoice(
    /// The results, best first.
    #[prop(into)]
    results: Signal<Vec<&'static Offer>>,
    /// The results unticked so far.
    left_out: RwSignal<Vec<&'static Offer>>,
    /// The lines the results suggest.
    #[prop(into)]
    lines: Signal<Vec<&'static CrisisLine>>,
    /// The lines unticked so far.
    lines_left_out: RwSignal<Vec<&'static CrisisLine>>,
) -> impl IntoView {
    view! {
        <details class="hg-share-choice">
            <summary class="hg-button hg-button--secondary">{tr(Msg::ShareChooseShow)}</summary>
            {choice_group(Msg::ShareChooseLegend, results, left_out)}
            {move || lines.with(|lines| !lines.is_empty()).then(|| {
                choice_group(Msg::ShareChooseLinesLegend, lines, lines_left_out)
            })}
        </details>
    }
}

/// One group of checkboxes, one per entry, under its legend.
fn choice_group<T>(
    legend: Msg,
    entries: Signal<Vec<&'static T>>,
    left_out: RwSignal<Vec<&'static T>>,
) -> impl IntoView
where
    T: Entry + Send + Sync + 'static,
{
    let boxes = move || {
        entries
            .get()
            .into_iter()
            .map(|entry| view! { <PickToggle entry=entry list=left_out place=PickPlace::ResultChoice/> })
            .collect_view()
    };
    view! {
        <fieldset class="hg-share-choice__fieldset">
            <legend class="hg-share-choice__legend">{tr(legend)}</legend>
            {boxes}
        </fieldset>
    }
}
