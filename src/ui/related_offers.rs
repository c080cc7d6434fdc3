//! Links to related offers: where to turn for an offer the sources give no contact for, and "Relaterede tilbud".

use super::state::use_app;
use crate::domain::route::Route;
use leptos::prelude::*;

/// A list of links to the offers with these ids (validation guarantees they exist).
#[component]
pub fn RelatedOffers(
    /// The offers' ids, as in the catalogue's `see_also`.
    ids: &'static [String],
) -> impl IntoView {
    let app = use_app();
    let links = ids
        .iter()
        .filter_map(|id| app.bundle.catalogue.offer(id))
        .map(|other| view! { <li><a href=Route::Offer(other.id.clone()).path()>{move || app.local(&other.name)}</a></li> })
        .collect_view();
    view! { <ul class="hg-related-offers">{links}</ul> }
}
