//! GOV.UK error summary: appears above the form after a failed "Fortsæt", takes focus so screen readers
//! announce it, and links to the field.

use super::i18n::{Msg, tr};
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

/// Moves focus to the field. The router would treat an in-page `#id` link as navigation, so the link focuses
/// the field itself.
fn focus_field(id: &str) {
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(field) =
        field.and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok())
    {
        let _ = field.focus();
    }
}

/// The error summary.
#[component]
pub fn ErrorSummary(
    /// The error message, if any.
    error: Signal<Option<String>>,
    /// The id of the field the error is about.
    target: String,
) -> impl IntoView {
    let summary = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if error.get().is_some()
            && let Some(element) = summary.get()
        {
            let _ = element.focus();
        }
    });
    let href = format!("#{target}");
    view! {
        <div node_ref=summary tabindex="-1" class="hg-error-summary" class:hg-error-summary--hidden=move || error.get().is_none() aria-labelledby="error-summary-title">
            {move || error.get().map(|text| {
                let target = target.clone();
                let on_click = move |event: ev::MouseEvent| {
                    event.prevent_default();
                    focus_field(&target);
                };
                view! {
                    <h2 id="error-summary-title" class="hg-error-summary__title">{tr(Msg::ErrorSummaryTitle)}</h2>
                    <ul class="hg-error-summary__list">
                        <li><a href=href.clone() on:click=on_click>{text}</a></li>
                    </ul>
                }
            })}
        </div>
    }
}
