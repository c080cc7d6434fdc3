//! `/tjek-svar`: every answer with a change link, then on to the results (GOV.UK "Check your answers").

use super::back_link::BackLink;
use super::explain::answer_lines;
use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::state::use_app;
use crate::domain::flow;
use crate::domain::route::Route;
use leptos::prelude::*;

/// Check your answers.
#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let app = use_app();
    let rows = move || {
        let who = app.answers.get().who;
        app.bundle
            .questions
            .questions
            .iter()
            .map(|question| {
                let label = move || app.local(question.summary_label.for_who(who));
                view! {
                    <div class="hg-check-answers-page__row">
                        <dt class="hg-check-answers-page__key">{label}</dt>
                        <dd class="hg-check-answers-page__value">{move || match answer_lines(&app, question).as_slice() {
                            [one] => one.clone().into_any(),
                            several => view! {
                                <ul class="hg-check-answers-page__lines">{several.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                            }.into_any(),
                        }}</dd>
                        <dd class="hg-check-answers-page__action">
                            <a href=Route::Question(question.id.clone()).path() on:click=move |_| app.returning_to_check.set(true)>
                                {tr(Msg::Change)}<span class="hg-visually-hidden">" "{label}</span>
                            </a>
                        </dd>
                    </div>
                }
            })
            .collect_view()
    };
    let back = Route::back(&app.bundle.questions, &flow::Step::CheckAnswers);
    view! {
        <BackLink href=back.path()/>
        <PageHeading text=Signal::derive(move || app.text(Msg::CheckTitle).to_owned())/>
        <dl class="hg-check-answers-page">{rows}</dl>
        <p>{tr(Msg::CheckPrivacy)}</p>
        // Questions still unanswered (an address typed, answers deleted): on with them, not to results built on
        // nothing.
        {move || match app.answers.with(|answers| flow::first_unanswered(&app.bundle.questions, answers)) {
            Some(id) => view! { <a href=Route::Question(id.to_owned()).path() class="hg-button">{tr(Msg::ContinueQuestions)}</a> }.into_any(),
            None => view! { <a href=Route::Results.path() class="hg-button">{tr(Msg::SeeResults)}</a> }.into_any(),
        }}
    }
}
