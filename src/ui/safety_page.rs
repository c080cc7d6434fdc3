//! `/sikker-brug`: what quick exit does and what it cannot do.

use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::state::use_app;
use leptos::prelude::*;

/// How to use the site safely.
#[component]
pub fn SafetyPage() -> impl IntoView {
    let app = use_app();
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::SafetyTitle).to_owned())/>
        <p class="hg-lead">{tr(Msg::SafetyLead)}</p>
        <h2>{tr(Msg::SafetyDoesTitle)}</h2>
        <ul class="hg-safety-page__list">
            <li>{tr(Msg::SafetyDoesBlank)}</li>
            <li>{tr(Msg::SafetyDoesWipe)}</li>
            <li>{tr(Msg::SafetyDoesReplace)}</li>
            <li>{tr(Msg::SafetyDoesShift)}</li>
        </ul>
        <h2>{tr(Msg::SafetyCannotTitle)}</h2>
        <ul class="hg-safety-page__list">
            <li>{tr(Msg::SafetyCannotHistory)}</li>
            <li>{tr(Msg::SafetyCannotShared)}</li>
            <li>{tr(Msg::SafetyCannotWatched)}</li>
        </ul>
        <p>{tr(Msg::SafetyPrivateWindow)}</p>
    }
}
