//! The "how to get in" badge: the single most useful fact for deciding where to go.

use super::explain::access_msg;
use super::i18n::{Msg, tr};
use crate::domain::catalogue::{Access, Cost};
use leptos::prelude::*;

/// Access badge, plus "Gratis" where a source says so.
#[component]
pub fn AccessBadge(
    /// How to get in.
    access: Access,
    /// What it costs.
    cost: Cost,
) -> impl IntoView {
    let modifier = if access.needs_no_referral() {
        "hg-access-badge--open"
    } else {
        "hg-access-badge--gated"
    };
    view! {
        <p class="hg-access-badge__row">
            <strong class=format!("hg-access-badge {modifier}")>{tr(access_msg(access))}</strong>
            {(cost == Cost::Free).then(|| view! { <strong class="hg-access-badge hg-access-badge--free">{tr(Msg::CostFree)}</strong> })}
        </p>
    }
}
