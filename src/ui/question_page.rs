//! `/sporgsmal/:id`: looks up the question and renders a fresh form for it. The form is keyed by the id, so
//! moving between questions never carries one question's draft into the next.

use super::not_found_page::NotFoundPage;
use super::question_form::QuestionForm;
use super::state::use_app;
use leptos::prelude::*;

/// One question per page.
#[component]
pub fn QuestionPage(
    /// The question id from the address.
    id: String,
) -> impl IntoView {
    let app = use_app();
    match app.bundle.questions.get(&id) {
        Some(question) => view! { <QuestionForm question=question/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}
