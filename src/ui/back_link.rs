//! GOV.UK-style back link: a real link to the previous step, so it works like any link (it can be opened in a
//! new tab and reads as a link); a plain click is followed in the app by [`super::router`].

use super::i18n::{Msg, tr};
use leptos::prelude::*;

/// A back link.
#[component]
pub fn BackLink(
    /// Where it goes.
    href: String,
) -> impl IntoView {
    view! { <a href=href class="hg-back-link" data-skip-read="">{tr(Msg::Back)}</a> }
}
