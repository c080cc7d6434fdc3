//! The age question: a text field whose label is the page heading (GOV.UK's single-field question page).

use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::state::use_app;
use crate::domain::questions::Question;
use leptos::prelude::*;

/// The age field.
#[component]
pub fn AgeField(
    /// The age question.
    question: &'static Question,
    /// The heading, worded for the asker.
    title: Signal<String>,
    /// The error message, if the last answer was not accepted.
    error: Signal<Option<String>>,
    /// The typed text.
    value: RwSignal<String>,
) -> impl IntoView {
    let app = use_app();
    let id = question.id.clone();
    let hint = question.hint.as_ref();
    let described_by = format!("{id}-hint {id}-error");
    view! {
        <div class="hg-form-group" class:hg-form-group--error=move || error.get().is_some()>
            <label for=id.clone() class="hg-age-field__label"><PageHeading text=title error=error/></label>
            {hint.map(|hint| view! {
                <p id=format!("{id}-hint") class="hg-hint">{move || app.local(hint.for_who(app.answers.get().who))}</p>
            })}
            {move || error.get().map(|text| view! {
                <p id=format!("{}-error", question.id) class="hg-error-message">
                    <span class="hg-visually-hidden">{tr(Msg::ErrorPrefix)}</span>{text}
                </p>
            })}
            <input
                id=id.clone()
                name=id.clone()
                class="hg-input hg-input--age"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                aria-describedby=described_by
                aria-invalid=move || error.get().is_some().to_string()
                prop:value=move || value.get()
                on:input:target=move |event| value.set(event.target().value())
            />
            <span class="hg-age-field__unit">{tr(Msg::Years)}</span>
        </div>
    }
}
