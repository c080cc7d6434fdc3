//! `/tilbud/:id`: everything about one offer. An unknown id (an old or tampered link) says the offer may have
//! closed and links to the list, rather than failing, and to the offer a cut or mistyped link most likely meant.

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
        None => {
            // A link cut short or mistyped ("perron4") most likely meant one offer: offer the way there.
            let nearest = app.bundle.catalogue.nearest_offer(&id).map(|offer| {
                let path = Route::Offer(offer.id.clone()).path();
                view! {
                    <p>
                        {tr(Msg::UnknownOfferNearest)}" "
                        <a href=path>{move || offer.name.get(app.lang.get()).to_owned()}</a>
                    </p>
                }
            });
            view! {
                <PageHeading text=Signal::derive(move || app.text(Msg::UnknownOfferTitle).to_owned())/>
                <p>{tr(Msg::UnknownOfferText)}</p>
                {nearest}
                <p><a href=Route::Offers.path()>{tr(Msg::AllOffersLink)}</a></p>
            }
            .into_any()
        }
    }
}
