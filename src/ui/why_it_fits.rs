//! "Derfor passer det": why an offer or a line fits, in the person's own answers.

use super::explain::why_sentences;
use super::i18n::{Msg, tr};
use super::state::use_app;
use crate::domain::ranking::Reason;
use leptos::prelude::*;

/// The reasons as sentences under a short title; nothing when there are none.
#[component]
pub fn WhyItFits(
    /// Why it fits, from the domain.
    reasons: Vec<Reason>,
) -> impl IntoView {
    let app = use_app();
    (!reasons.is_empty()).then(|| {
        view! {
            <div class="hg-why-it-fits">
                <p class="hg-why-it-fits__title">{tr(Msg::WhyTitle)}</p>
                {move || why_sentences(&app, &reasons).into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
            </div>
        }
    })
}
