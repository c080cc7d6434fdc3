//! `/tilbud/:id`: everything about one offer. An unknown id (an old or tampered link) says the offer may have
//! closed and links to the list, rather than failing.

use super::i18n::{Msg, tr};
use super::offer_details::OfferDetails;
use super::page_heading::PageHeading;
use super::state::use_app;
use crate::domain::route::Route;
use leptos::prelude::*;

/// The offer page.
#[component]
pub fn OfferPage(
    /// The offer id from the address.
    id: String,
) -> impl IntoView {
    let app = use_app();
    match app.bundle.catalogue.offer(&id) {
        Some(offer) => view! { <OfferDetails offer=offer/> }.into_any(),
        None => view! {
            <PageHeading text=Signal::derive(move || app.text(Msg::UnknownOfferTitle).to_owned())/>
            <p>{tr(Msg::UnknownOfferText)}</p>
            <p><a href=Route::Offers.path()>{tr(Msg::AllOffersLink)}</a></p>
        }
        .into_any(),
    }
}
