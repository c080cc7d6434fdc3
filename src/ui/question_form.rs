//! One question: heading, hint, options (or the age field), "Ved ikke", errors and "Fortsæt".
//! The form edits a draft; only a valid answer is recorded (by `domain::answers::record`).

use super::age_field::AgeField;
use super::back_link::BackLink;
use super::choice_fieldset::ChoiceFieldset;
use super::error_summary::ErrorSummary;
use super::i18n::{Msg, tr};
use super::router::use_location;
use super::state::use_app;
use crate::domain::answers::{Age, AnswerError, Input, record};
use crate::domain::flow::{self, Step};
use crate::domain::questions::{Question, QuestionKind};
use crate::domain::route::Route;
use leptos::ev;
use leptos::prelude::*;

/// The message for an answer error.
fn error_message(error: AnswerError) -> Msg {
    match error {
        AnswerError::ChooseOne => Msg::ErrorChooseOne,
        AnswerError::ChooseAtLeastOne => Msg::ErrorChooseAtLeastOne,
        AnswerError::AgeNotANumber => Msg::ErrorAgeNotANumber,
        AnswerError::AgeOutOfRange => Msg::ErrorAgeOutOfRange,
        AnswerError::UnknownOption => Msg::ErrorChooseOne,
    }
}

/// The form for one question.
#[component]
pub fn QuestionForm(
    /// The question.
    question: &'static Question,
) -> impl IntoView {
    let app = use_app();
    let questions = &app.bundle.questions;
    let answers = app.answers.get_untracked();
    let selected = RwSignal::new(answers.chosen(question.kind));
    let age_text = RwSignal::new(match answers.age {
        Some(Age::Years(years)) => years.to_string(),
        _ => String::new(),
    });
    let error = RwSignal::new(None::<Msg>);
    let location = use_location();
    let submit = move |input: Input| match record(question, &app.answers.get_untracked(), input) {
        Ok(next) => {
            let step = flow::next_step(
                questions,
                &question.id,
                &next,
                app.returning_to_check.get_untracked(),
            );
            if step != Step::Question(question.id.clone()) {
                app.returning_to_check.set(false);
            }
            app.answers.set(next);
            location.go(&Route::from(step));
        }
        Err(problem) => error.set(Some(error_message(problem))),
    };
    let on_submit = move |event: ev::SubmitEvent| {
        event.prevent_default();
        submit(match question.kind {
            QuestionKind::Age => Input::AgeText(age_text.get_untracked()),
            _ => Input::Choices(selected.get_untracked()),
        });
    };
    let on_dont_know = move |_| submit(Input::DontKnow);
    let who = move || app.answers.get().who;
    let title = Signal::derive(move || app.local(question.title.for_who(who())).to_owned());
    let back = Route::back(questions, &Step::Question(question.id.clone()));
    let progress = flow::progress(questions, &question.id);
    let field_id = question.id.clone();
    let error_text = Signal::derive(move || error.get().map(|msg| app.text(msg).to_owned()));
    view! {
        <BackLink href=back.path()/>
        <ErrorSummary error=error_text target=field_id.clone()/>
        {progress.map(|(n, total)| view! {
            <p class="hg-question-form__progress">
                {move || app.text_with(Msg::QuestionProgress, &[("n", &n.to_string()), ("total", &total.to_string())])}
            </p>
        })}
        <form class="hg-question-form" novalidate on:submit=on_submit>
            {match question.kind {
                QuestionKind::Age => view! {
                    <AgeField question=question title=title error=error_text value=age_text/>
                }.into_any(),
                _ => view! {
                    <ChoiceFieldset question=question title=title error=error_text selected=selected/>
                }.into_any(),
            }}
            <div class="hg-question-form__actions">
                <button type="submit" class="hg-button">{tr(Msg::Continue)}</button>
                {question.dont_know.then(|| view! {
                    <button type="button" class="hg-button hg-button--secondary" on:click=on_dont_know>
                        {tr(Msg::DontKnow)}
                    </button>
                })}
            </div>
        </form>
    }
}
