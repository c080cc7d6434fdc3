//! The friendly 404: links to the start and to crisis help.

use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::router::use_location;
use super::state::use_app;
use crate::domain::route::Route;
use leptos::prelude::*;

/// Page not found, or, for the address of a file such as the licences, that the file could not be loaded (see
/// [`super::router::Location::names_a_file`]).
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let app = use_app();
    let location = use_location();
    // The title and the text, by what the address names.
    let texts = move || {
        if location.names_a_file() {
            (Msg::FileNotLoadedTitle, Msg::FileNotLoadedText)
        } else {
            (Msg::NotFoundTitle, Msg::NotFoundText)
        }
    };
    view! {
        <PageHeading text=Signal::derive(move || app.text(texts().0).to_owned())/>
        <p>{move || app.text(texts().1)}</p>
        <ul class="hg-not-found-page__links">
            <li><a href="/">{tr(Msg::NotFoundStart)}</a></li>
            <li><a href=Route::Crisis.path()>{tr(Msg::CrisisLink)}</a></li>
        </ul>
    }
}
