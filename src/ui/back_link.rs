//! GOV.UK-style back link. It is a real link to the previous step (it works without the router, can be opened
//! in a new tab, and reads as a link), but a click goes through [`super::navigation::go`], which works around a
//! router bug after the browser's Back/Forward.

use super::i18n::{Msg, tr};
use super::navigation::go;
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// A back link.
#[component]
pub fn BackLink(
    /// Where it goes.
    href: String,
) -> impl IntoView {
    let navigate = use_navigate();
    let target = href.clone();
    let on_click = move |event: ev::MouseEvent| {
        event.prevent_default();
        go(&navigate, &target);
    };
    view! { <a href=href class="hg-back-link" on:click=on_click>{tr(Msg::Back)}</a> }
}
