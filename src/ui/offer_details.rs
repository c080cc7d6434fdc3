//! Everything about one offer: caution, summary, how to get in, every contact, what the place is like, who it is
//! for, related offers, and when its facts were last checked and where they come from.

use super::access_badge::AccessBadge;
use super::clock;
use super::contact_list::ContactList;
use super::explain::{check_text, for_whom_words};
use super::i18n::{Msg, tr};
use super::note_with_source::NoteWithSource;
use super::page_heading::PageHeading;
use super::related_offers::RelatedOffers;
use super::state::use_app;
use crate::domain::answers::Answers;
use crate::domain::catalogue::{Offer, is_reachable};
use crate::domain::route::Route;
use leptos::prelude::*;

/// The details of a known offer.
#[component]
pub fn OfferDetails(
    /// The offer.
    offer: &'static Offer,
) -> impl IntoView {
    let app = use_app();
    let source = app.bundle.catalogue.source(&offer.source);
    // "Den, det handler om, pårørende og fagpersoner".
    let audiences = move || for_whom_words(&app).audiences(offer);
    // Back to the suggestions only if there are any: someone who came by a shared link has answered nothing.
    let back_link = move || {
        let (href, text) = if app.answers.with(Answers::is_empty) {
            (Route::Offers.path(), Msg::BackToAllOffers)
        } else {
            (Route::Results.path(), Msg::BackToResults)
        };
        view! { <a href=href class="hg-back-link" data-skip-read="">{tr(text)}</a> }
    };
    view! {
        {back_link}
        <PageHeading text=Signal::derive(move || app.local(&offer.name).to_owned())/>
        {offer.caution.as_ref().map(|caution| view! {
            <div class="hg-offer-details__caution" role="note">
                <strong>{tr(check_text(&offer.contacts, Msg::CheckBeforeYouGo, Msg::CheckBeforeYouGoNoPhone))}</strong>
                <p>{move || app.local(caution)}</p>
            </div>
        })}
        <p class="hg-lead">{move || app.local(&offer.summary)}</p>
        <h2>{tr(Msg::HowToGetIn)}</h2>
        <AccessBadge access=offer.access cost=offer.cost/>
        <p>{move || app.local(&offer.first_step)}</p>
        {offer.legal_basis.as_ref().map(|basis| view! { <NoteWithSource note=basis label=Msg::LegalBasis/> })}
        {offer.part_of.as_ref().map(|unit| view! { <NoteWithSource note=unit label=Msg::PartOf/> })}
        <h2>{tr(Msg::ContactTitle)}</h2>
        {(!offer.contacts.is_empty()).then(|| view! { <ContactList contacts=&offer.contacts/> })}
        // No way to reach it, at most a news article: the related offers below are whom to ask.
        {(!is_reachable(&offer.contacts)).then(|| view! { <p>{tr(Msg::NoContactAskRelated)}</p> })}
        {offer.place.as_ref().map(|note| view! {
            <h2>{tr(Msg::PlaceTitle)}</h2>
            <NoteWithSource note=note/>
        })}
        <h2>{tr(Msg::ForWhomTitle)}</h2>
        <p>{audiences}</p>
        {move || for_whom_words(&app).ages(offer).map(|text| view! { <p>{text}</p> })}
        {(!offer.see_also.is_empty()).then(|| view! {
            <h2>{tr(Msg::RelatedTitle)}</h2>
            <RelatedOffers ids=&offer.see_also/>
        })}
        {source.map(|source| {
            let checked = source.checked.clone();
            let review_after = app.bundle.catalogue.review_after_months;
            let overdue = source.is_overdue(clock::now().date, review_after);
            let overdue_text = check_text(&offer.contacts, Msg::ReviewOverdue, Msg::ReviewOverdueNoPhone);
            view! {
                <p class="hg-offer-details__source">
                    {move || app.text_with(Msg::LastChecked, &[("date", &app.date(&checked))])}" · "
                    {match (&source.url, &source.title) {
                        (Some(url), _) => view! { <a href=url.clone() rel="noreferrer">{tr(Msg::Source)}</a> }.into_any(),
                        (None, title) => view! { <span>{tr(Msg::Source)}": "{title.clone()}</span> }.into_any(),
                    }}
                    {overdue.then(|| view! {
                        " "<strong class="hg-offer-details__overdue">
                            {move || app.count_text(overdue_text, review_after as usize, &[])}
                        </strong>
                    })}
                </p>
            }
        })}
    }
}
