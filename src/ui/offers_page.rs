//! `/tilbud`: every offer at a glance, with how to get in and a phone number where one is sourced. Meant for
//! frontline staff and for anyone who prefers to browse. Staff can tick offers and pass them on as a list.

use super::i18n::{Msg, tr};
use super::offer_card::OfferCard;
use super::page_heading::PageHeading;
use super::pick_toggle::PickToggle;
use super::share_list::ShareList;
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
            .map(|offer| {
                view! {
                    <li class="hg-offers-page__item">
                        <OfferCard offer=offer>
                            <PickToggle offer=offer/>
                        </OfferCard>
                    </li>
                }
            })
            .collect_view()
    };
    let picked = Signal::derive(move || app.picked.get());
    let picked_count = move || app.picked.with(Vec::len);
    // A memo, so ticking a second offer updates the share section instead of building it anew (which would close
    // an open QR code).
    let any_picked = Memo::new(move |_| picked_count() > 0);
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::OffersTitle).to_owned())/>
        <p class="hg-lead">{move || app.text_with(Msg::OffersLead, &[("n", &app.bundle.catalogue.offers.len().to_string())])}</p>
        <p>{tr(Msg::OffersPickHint)}</p>
        // Ticking an offer changes the bottom of the page; a screen reader hears the new count here.
        <p class="hg-visually-hidden" role="status">
            {move || (picked_count() > 0).then(|| app.text_with(Msg::OffersPickedCount, &[("n", &picked_count().to_string())]))}
        </p>
        <ul class="hg-offers-page">{offers}</ul>
        {move || any_picked.get().then(|| view! { <ShareList offers=picked lead=Msg::ShareLeadPicked/> })}
    }
}
