//! Radios or checkboxes in a real `fieldset`, after GOV.UK: the legend holds the page heading, the hint and error
//! are wired with `aria-describedby`, and the first input's id is the question id itself, so the error summary
//! can link to it.

use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::state::use_app;
use crate::domain::questions::Question;
use leptos::prelude::*;

/// The element id of an option: the question id for the first, then `-2`, `-3` ….
fn option_id(question_id: &str, index: usize) -> String {
    if index == 0 {
        question_id.to_owned()
    } else {
        format!("{question_id}-{}", index + 1)
    }
}

/// A question's options.
#[component]
pub fn ChoiceFieldset(
    /// The question.
    question: &'static Question,
    /// The heading, worded for the asker.
    title: Signal<String>,
    /// The error message, if the last answer was not accepted.
    error: Signal<Option<String>>,
    /// The chosen option values.
    selected: RwSignal<Vec<String>>,
) -> impl IntoView {
    let app = use_app();
    let id = question.id.as_str();
    let multiple = question.kind.is_multiple();
    let kind = if multiple { "checkbox" } else { "radio" };
    let who = move || app.answers.get().who;
    let options = question.options.iter().enumerate().map(|(index, option)| {
        let input_id = option_id(id, index);
        let hint_id = format!("{input_id}-item-hint");
        let value = option.value.clone();
        let checked_value = value.clone();
        let toggle = move |_| {
            selected.update(|chosen| {
                let present = chosen.contains(&value);
                if !multiple {
                    *chosen = vec![value.clone()];
                } else if present {
                    chosen.retain(|v| v != &value);
                } else {
                    chosen.push(value.clone());
                }
            })
        };
        view! {
            <div class="hg-choice-fieldset__item">
                <input
                    class="hg-choice-fieldset__input"
                    id=input_id.clone()
                    name=id
                    type=kind
                    value=option.value.clone()
                    aria-describedby=option.hint.as_ref().map(|_| hint_id.clone())
                    prop:checked=move || selected.get().contains(&checked_value)
                    on:change=toggle
                />
                <label class="hg-choice-fieldset__label" for=input_id>{move || app.local(option.label.for_who(who()))}</label>
                {option.hint.as_ref().map(|hint| view! {
                    <p id=hint_id class="hg-hint hg-choice-fieldset__hint">{move || app.local(hint.for_who(who()))}</p>
                })}
            </div>
        }
    });
    let options = options.collect_view();
    view! {
        <div class="hg-form-group" class:hg-form-group--error=move || error.get().is_some()>
            <fieldset class="hg-choice-fieldset" aria-describedby=format!("{id}-hint {id}-error")>
                <legend class="hg-choice-fieldset__legend"><PageHeading text=title error=error/></legend>
                {question.hint.as_ref().map(|hint| view! {
                    <p id=format!("{id}-hint") class="hg-hint">{move || app.local(hint.for_who(who()))}</p>
                })}
                {move || error.get().map(|text| view! {
                    <p id=format!("{id}-error") class="hg-error-message">
                        <span class="hg-visually-hidden">{tr(Msg::ErrorPrefix)}</span>{text}
                    </p>
                })}
                <div class="hg-choice-fieldset__items">{options}</div>
            </fieldset>
        </div>
    }
}
