//! `/tilbud/:id`: everything about one offer. An unknown id (an old or tampered link) says the offer may have
//! closed and links to the list, rather than failing.

use super::app::paths;
use super::i18n::{Msg, tr};
use super::offer_details::OfferDetails;
use super::page_heading::PageHeading;
use super::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The offer page.
#[component]
pub fn OfferPage() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let offer_id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    move || match app.bundle.catalogue.offer(&offer_id.get()) {
        Some(offer) => view! { <OfferDetails offer=offer/> }.into_any(),
        None => view! {
            <PageHeading text=Signal::derive(move || app.text(Msg::UnknownOfferTitle).to_owned())/>
            <p>{tr(Msg::UnknownOfferText)}</p>
            <p><A href=paths::OFFERS>{tr(Msg::AllOffersLink)}</A></p>
        }
        .into_any(),
    }
}
