//! "Kontrolleret 23. november 2026 · Kilde: randers.dk": when a fact was last checked, and where it comes from.

use super::i18n::{Msg, tr};
use super::state::use_app;
use crate::domain::catalogue::Source;
use leptos::prelude::*;

/// The date of the last check and the source, linked where it has an address.
#[component]
pub fn SourceNote(
    /// The source.
    source: &'static Source,
) -> impl IntoView {
    let app = use_app();
    let label = source.label();
    view! {
        <span class="hg-source-note">
            {move || app.text_with(Msg::CheckedOn, &[("date", &app.date(&source.checked))])}" · "{tr(Msg::Source)}": "
            {match &source.url {
                Some(url) => view! { <a href=url.as_str() rel="noreferrer">{label}</a> }.into_any(),
                None => view! { <span>{label}</span> }.into_any(),
            }}
        </span>
    }
}
