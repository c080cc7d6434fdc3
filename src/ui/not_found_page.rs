//! The friendly 404: links to the start and to crisis help.

use super::app::paths;
use super::i18n::{Msg, tr};
use super::page_heading::PageHeading;
use super::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

/// Page not found.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let app = use_app();
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::NotFoundTitle).to_owned())/>
        <p>{tr(Msg::NotFoundText)}</p>
        <ul class="hg-not-found-page__links">
            <li><A href="/">{tr(Msg::NotFoundStart)}</A></li>
            <li><A href=paths::CRISIS>{tr(Msg::CrisisLink)}</A></li>
        </ul>
    }
}
