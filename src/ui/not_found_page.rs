//! The friendly 404: links to the start and to crisis help.

use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::state::use_app;
use crate::domain::route::Route;
use leptos::prelude::*;

/// Page not found.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let app = use_app();
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::NotFoundTitle).to_owned())/>
        <p>{tr(Msg::NotFoundText)}</p>
        <ul class="hg-not-found-page__links">
            <li><a href="/">{tr(Msg::NotFoundStart)}</a></li>
            <li><a href=Route::Crisis.path()>{tr(Msg::CrisisLink)}</a></li>
        </ul>
    }
}
