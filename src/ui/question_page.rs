//! `/sporgsmal/:id`: looks up the question and renders a fresh form for it. The form is keyed by the id, so
//! moving between questions never carries one question's draft into the next.

use super::not_found_page::NotFoundPage;
use super::question_form::QuestionForm;
use super::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// One question per page.
#[component]
pub fn QuestionPage() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let question_id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    move || match app.bundle.questions.get(&question_id.get()) {
        Some(question) => view! { <QuestionForm question=question/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}
