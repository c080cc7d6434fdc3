//! `/tilbud`: every offer at a glance, with how to get in and a phone number where one is sourced. Meant for
//! frontline staff and for anyone who prefers to browse.

use super::i18n::Msg;
use super::offer_card::OfferCard;
use super::page_heading::PageHeading;
use super::state::use_app;
use leptos::prelude::*;

/// All offers, alphabetically by name in the current language.
#[component]
pub fn OffersPage() -> impl IntoView {
    let app = use_app();
    let offers = move || {
        app.bundle
            .catalogue
            .offers_by_name(app.lang.get())
            .into_iter()
            .map(|offer| view! { <li class="hg-offers-page__item"><OfferCard offer=offer/></li> })
            .collect_view()
    };
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::OffersTitle).to_owned())/>
        <p class="hg-lead">{move || app.text_with(Msg::OffersLead, &[("n", &app.bundle.catalogue.offers.len().to_string())])}</p>
        <ul class="hg-offers-page">{offers}</ul>
    }
}
