//! `/liste/<ids>`: a list of offers passed on as a link (see [`crate::domain::shortlist`]). It shows the offers
//! with how to get in and every contact, and nothing about who made the list or why. Printed, it is a hand-out in
//! large type with the list's QR code. The link is untrusted: what cannot be shown is counted and said, and an
//! empty or cut-short link gets a way on.

use super::crisis_prompt::CrisisPrompt;
use super::i18n::{Msg, tr};
use super::offer_card::OfferCard;
use super::page_heading::PageHeading;
use super::print_button::PrintButton;
use super::qr_code::QrCode;
use super::router::absolute_url;
use super::state::use_app;
use super::suggested_lines::SuggestedLines;
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
    let (count, line_count) = (list.offers.len(), list.lines.len());
    // The printed list carries its own link, cleaned of whatever in the address could not be shown.
    let clean_url =
        absolute_url(&Route::Shortlist(shortlist::write(&list.offers, &list.lines)).path());
    let not_shown = list.not_shown.to_string();
    let body = if list.is_empty() {
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
            <p class="hg-lead hg-shortlist-page__lead">
                {move || if count == 0 {
                    app.count_text(Msg::ShortlistLeadOnlyLines, line_count, &[])
                } else {
                    format!("{} {}", app.count_text(Msg::ShortlistLead, count, &[]), app.text(Msg::ShortlistTapName))
                }}
            </p>
            // On paper only, so a citizen without the link can still get the list onto a phone later.
            <figure class="hg-shortlist-page__print-qr">
                <QrCode text=clean_url.clone()/>
                <figcaption>
                    <p>{tr(Msg::ShortlistPrintQr)}</p>
                    <p class="hg-shortlist-page__print-url">{clean_url}</p>
                </figcaption>
            </figure>
            {(list.not_shown > 0).then(|| view! {
                <p class="hg-shortlist-page__not-shown">{move || app.text_with(Msg::ShortlistNotShown, &[("n", &not_shown)])}</p>
            })}
            <CrisisPrompt/>
            {(count > 0).then(|| view! {
                <ol class="hg-shortlist-page__list">
                    {list.offers.into_iter().map(|offer| view! {
                        <li class="hg-shortlist-page__item"><OfferCard offer=offer every_contact=true/></li>
                    }).collect_view()}
                </ol>
            })}
            // The lines to call or write (suggested with the results, or ticked on `/tilbud`), as the results show
            // them but without "why": the list says nothing about the answers.
            {(line_count > 0).then(|| view! {
                <SuggestedLines lines=list.lines.into_iter().map(|line| (line, Vec::new())).collect() alone={count == 0}/>
            })}
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
