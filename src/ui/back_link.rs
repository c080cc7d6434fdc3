//! GOV.UK-style back link. It is a real link to the previous step, so it works like the browser's Back.

use super::i18n::{Msg, tr};
use leptos::prelude::*;
use leptos_router::components::A;

/// A back link.
#[component]
pub fn BackLink(
    /// Where it goes.
    href: String,
) -> impl IntoView {
    view! { <A href=href attr:class="hg-back-link">{tr(Msg::Back)}</A> }
}
