//! `/privatliv`: what is stored where, for how long, and that nothing leaves the phone.

use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::state::use_app;
use leptos::prelude::*;

/// Privacy.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let app = use_app();
    // Said next to the button, so the person sees (and a screen reader hears) that it worked.
    let cleared = RwSignal::new(false);
    let clear = move |_| {
        app.clear_answers();
        cleared.set(true);
    };
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::PrivacyTitle).to_owned())/>
        <p class="hg-lead">{tr(Msg::PrivacyLead)}</p>
        <h2>{tr(Msg::PrivacyStoredTitle)}</h2>
        <ul class="hg-privacy-page__list">
            <li>{tr(Msg::PrivacyStoredAnswers)}</li>
            <li>{tr(Msg::PrivacyStoredList)}</li>
            <li>{tr(Msg::PrivacyStoredLanguage)}</li>
            <li>{tr(Msg::PrivacyStoredApp)}</li>
            <li>{tr(Msg::PrivacyStoredNothingElse)}</li>
        </ul>
        <h2>{tr(Msg::PrivacyNotTitle)}</h2>
        <ul class="hg-privacy-page__list">
            <li>{tr(Msg::PrivacyNoCookies)}</li>
            <li>{tr(Msg::PrivacyNoThirdParties)}</li>
            <li>{tr(Msg::PrivacyNoUrl)}</li>
            <li>{tr(Msg::PrivacyListLink)}</li>
            <li>{tr(Msg::PrivacyReadAloud)}</li>
        </ul>
        <button type="button" class="hg-button hg-button--secondary" on:click=clear>{tr(Msg::ClearAnswers)}</button>
        <p role="status">{move || cleared.get().then(|| app.text(Msg::ClearAnswersDone))}</p>
    }
}
