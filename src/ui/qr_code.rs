//! A QR code of a link, drawn as one SVG path (see [`crate::domain::qr`]), for a phone's camera: on a staff
//! member's screen in the share section, and on the printed list.

use super::i18n::{Msg, tr};
use crate::domain::qr;
use leptos::prelude::*;

/// The code's light colour, behind it and in the quiet zone around it. A constant, not a literal in the view:
/// Leptos inserts an element written wholly in literals through `innerHTML`, which the Content-Security-Policy's
/// Trusted Types refuse.
const LIGHT: &str = "#fff";

/// The code for `text`; nothing if the text is too long for a QR code (a list link never is, see
/// [`crate::domain::shortlist::MAX_ENTRIES`]).
#[component]
pub fn QrCode(
    /// What the code holds: a whole address, so the camera opens it.
    text: String,
) -> impl IntoView {
    qr::picture(&text).map(|code| {
        view! {
            <svg class="hg-qr-code" role="img" aria-label=tr(Msg::ShareQrLabel)
                viewBox=format!("0 0 {0} {0}", code.size) shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill=LIGHT/>
                <path d=code.path fill="#000"/>
            </svg>
        }
    })
}
