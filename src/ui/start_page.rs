//! The start page: what the guide is, what it asks, and that answers stay on the phone.

use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::state::use_app;
use crate::domain::flow;
use crate::domain::route::Route;
use leptos::prelude::*;

/// `/`
#[component]
pub fn StartPage() -> impl IntoView {
    let app = use_app();
    let first = flow::first(&app.bundle.questions)
        .map(|id| Route::Question(id.to_owned()).path())
        .unwrap_or_else(|| Route::Offers.path());
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::StartTitle).to_owned())/>
        <p class="hg-lead">{tr(Msg::StartLead)}</p>
        <ul class="hg-start-page__points">
            <li>{tr(Msg::StartPointQuestions)}</li>
            <li>{tr(Msg::StartPointWhy)}</li>
            <li>{tr(Msg::StartPointPrivate)}</li>
        </ul>
        <a href=first class="hg-button hg-button--start" role="button">{tr(Msg::StartButton)}</a>
        <aside class="hg-start-page__crisis" aria-labelledby="start-crisis">
            <h2 id="start-crisis" class="hg-start-page__crisis-title">{tr(Msg::StartCrisisTitle)}</h2>
            <p>{tr(Msg::StartCrisisText)}" "<a href="tel:112" class="hg-start-page__call">{tr(Msg::Call112)}</a></p>
            <p><a href=Route::Crisis.path()>{tr(Msg::StartCrisisMore)}</a></p>
        </aside>
        <h2 class="hg-start-page__subtitle">{tr(Msg::StartBrowseTitle)}</h2>
        <p>{tr(Msg::StartBrowseText)}" "<a href=Route::Offers.path()>{tr(Msg::AllOffersLink)}</a></p>
    }
}
