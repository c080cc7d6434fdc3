//! The start page: what the guide is, what it asks, and that answers stay on the phone.

use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::start_again::StartAgain;
use super::state::use_app;
use crate::domain::flow;
use crate::domain::route::Route;
use leptos::prelude::*;

/// `/`
#[component]
pub fn StartPage() -> impl IntoView {
    let app = use_app();
    let first = Route::start(&app.bundle.questions).path();
    // Answers already given in this tab: pick up where they stop, or start again with nothing of them left, as a
    // staff member does before the next citizen sits down at the same screen. "Start nu" alone would open the first
    // question with the last person's answers filled in.
    let started = move || app.answers.with(|answers| !answers.is_empty());
    // A list ticked on /tilbud without any answers is the last person's too: its names can say what their visit
    // was about, so the start page offers to delete it as well.
    let listed = move || !app.picked.with(Vec::is_empty) || !app.picked_lines.with(Vec::is_empty);
    let resume =
        move || Route::from(flow::resume(&app.bundle.questions, &app.answers.get())).path();
    let start = move || {
        let (text, href, label) = if started() {
            (Msg::StartResumeText, resume(), Msg::StartResume)
        } else if listed() {
            (Msg::StartListText, first.clone(), Msg::StartButton)
        } else {
            return view! { <a href=first.clone() class="hg-button hg-button--start">{tr(Msg::StartButton)}</a> }
                .into_any();
        };
        view! {
            <div class="hg-start-page__resume">
                <p>{tr(text)}</p>
                <a href=href class="hg-button hg-button--start">{tr(label)}</a>
                <StartAgain/>
            </div>
        }
        .into_any()
    };
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::StartTitle).to_owned())/>
        <p class="hg-lead">{tr(Msg::StartLead)}</p>
        <ul class="hg-start-page__points">
            <li>{tr(Msg::StartPointQuestions)}</li>
            <li>{tr(Msg::StartPointWhy)}</li>
            <li>{tr(Msg::StartPointPrivate)}</li>
        </ul>
        {start}
        <aside class="hg-start-page__crisis" aria-labelledby="start-crisis">
            <h2 id="start-crisis" class="hg-start-page__crisis-title">{tr(Msg::StartCrisisTitle)}</h2>
            <p>{tr(Msg::StartCrisisText)}" "<a href="tel:112" class="hg-start-page__call">{tr(Msg::Call112)}</a></p>
            <p><a href=Route::Crisis.path()>{tr(Msg::StartCrisisMore)}</a></p>
        </aside>
        <h2 class="hg-start-page__subtitle">{tr(Msg::StartBrowseTitle)}</h2>
        <p>{tr(Msg::StartBrowseText)}" "<a href=Route::Offers.path()>{tr(Msg::AllOffersLink)}</a></p>
    }
}
