//! `/akut`: emergency and crisis lines, 112 first, each with who it is for, how to reach it and whether it is
//! open now (only where hours are sourced). A closed line points to the next open one.

use super::contact_list::ContactList;
use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::state::use_app;
use crate::domain::answers::Answers;
use crate::domain::crisis::statuses;
use crate::domain::flow;
use crate::domain::route::Route;
use leptos::prelude::*;

/// "Lukket nu. Prøv i stedet:", or, on a public holiday the line's source gives no hours for, where it is not known
/// to be closed, only not known to be open, "Måske lukket i dag. Prøv i stedet:".
pub(super) fn try_instead_text(maybe_closed: bool) -> Msg {
    if maybe_closed {
        Msg::CrisisTryInsteadHoliday
    } else {
        Msg::CrisisTryInstead
    }
}

/// The crisis page.
#[component]
pub fn CrisisPage() -> impl IntoView {
    let app = use_app();
    let lines = &app.bundle.catalogue.crisis_lines;
    // Live, like each line's "Åben nu": a closed line's pointer comes and goes with the hours.
    let states = Memo::new(move |_| statuses(lines, app.now.get()));
    let cards = lines.iter().enumerate().map(|(at, line)| {
        let instead = move || states.with(|states| states.get(at)?.try_instead(lines));
        view! {
            <li class="hg-crisis-page__line" id=line.id.clone()>
                <h2 class="hg-crisis-page__name">{move || app.local(&line.name)}</h2>
                <p>{move || app.local(&line.for_whom)}</p>
                {line.caution.as_ref().map(|caution| view! { <p class="hg-crisis-page__caution">{move || app.local(caution)}</p> })}
                <ContactList contacts=&line.contacts line=true/>
                {move || instead().map(|instead| view! {
                    <p class="hg-crisis-page__alternative">
                        {tr(try_instead_text(instead.maybe_closed))}" "
                        <a href=format!("#{}", instead.line.id)>{move || app.local(&instead.line.name)}</a>
                    </p>
                })}
            </li>
        }
    });
    let cards = cards.collect_view();
    // "Nobody is in danger now": take back the answer that sent the person here and go on with the questions.
    let resume = move |_| {
        app.answers.update(|answers: &mut Answers| {
            *answers = answers.without_acute_risk(&app.bundle.questions)
        });
    };
    let resume_path =
        move || Route::from(flow::resume(&app.bundle.questions, &app.answers.get())).path();
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::CrisisTitle).to_owned())/>
        <div class="hg-crisis-page__emergency">
            <p class="hg-crisis-page__emergency-text">{tr(Msg::CrisisEmergencyText)}</p>
            <a class="hg-button hg-button--danger" href="tel:112">{tr(Msg::Call112)}</a>
        </div>
        <ol class="hg-crisis-page__lines">{cards}</ol>
        <p class="hg-crisis-page__note">{tr(Msg::CrisisHoursNote)}</p>
        <h2>{tr(Msg::CrisisResumeTitle)}</h2>
        <p>
            <a href=resume_path on:click=resume>{tr(Msg::CrisisResume)}</a>
        </p>
    }
}
