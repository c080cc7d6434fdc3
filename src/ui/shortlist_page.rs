//! `/liste/<ids>`: a list of offers passed on as a link (see [`crate::domain::shortlist`]). It shows the offers
//! with how to get in and every contact, also when printed, and nothing about who made the list or why. The link is untrusted: what
//! cannot be shown is counted and said, and an empty or cut-short link gets a way on.

use super::crisis_prompt::CrisisPrompt;
use super::i18n::{Msg, tr};
use super::offer_card::OfferCard;
use super::page_heading::PageHeading;
use super::print_button::PrintButton;
use super::state::use_app;
use crate::domain::route::Route;
use crate::domain::shortlist;
use leptos::prelude::*;

/// The list page.
#[component]
pub fn ShortlistPage(
    /// The path segment after `/liste/`, as written.
    ids: String,
) -> impl IntoView {
    let app = use_app();
    let list = shortlist::read(&ids, &app.bundle.catalogue);
    let count = list.offers.len().to_string();
    let not_shown = list.not_shown.to_string();
    let body = if list.offers.is_empty() {
        view! {
            <p>{tr(Msg::ShortlistEmpty)}</p>
            <ul>
                <li><a href=Route::Offers.path()>{tr(Msg::AllOffersLink)}</a></li>
                <li><a href="/">{tr(Msg::ShortlistFindMore)}</a></li>
            </ul>
        }
        .into_any()
    } else {
        view! {
            <p class="hg-lead">{move || app.text_with(Msg::ShortlistLead, &[("n", &count)])}</p>
            {(list.not_shown > 0).then(|| view! {
                <p class="hg-shortlist-page__not-shown">{move || app.text_with(Msg::ShortlistNotShown, &[("n", &not_shown)])}</p>
            })}
            <CrisisPrompt/>
            <ol class="hg-shortlist-page__list">
                {list.offers.into_iter().map(|offer| view! {
                    <li class="hg-shortlist-page__item"><OfferCard offer=offer every_contact=true/></li>
                }).collect_view()}
            </ol>
            <p class="hg-shortlist-page__tools">
                <PrintButton/>
                <a href="/">{tr(Msg::ShortlistFindMore)}</a>
            </p>
        }
        .into_any()
    };
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::ShortlistTitle).to_owned())/>
        {body}
    }
}
