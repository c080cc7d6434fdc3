//! One result: name, summary, why it fits (or why not), how to get in, and the quickest way to reach it.

use super::access_badge::AccessBadge;
use super::clock;
use super::contact_list::{ContactList, kind_msg, shown_text};
use super::explain::{check_text, exclusion_text, for_whom_words};
use super::i18n::{Msg, tr};
use super::note_with_source::NoteWithSource;
use super::related_offers::RelatedOffers;
use super::state::use_app;
use super::why_it_fits::WhyItFits;
use crate::domain::catalogue::{ContactKind, Offer, is_reachable, quickest_way};
use crate::domain::ranking::{Exclusion, Reason};
use crate::domain::route::Route;
use leptos::prelude::*;

/// A result card.
#[component]
pub fn OfferCard(
    /// The offer.
    offer: &'static Offer,
    /// Why it fits (matches).
    #[prop(optional)]
    reasons: Vec<Reason>,
    /// Why it is ruled out (near misses).
    #[prop(optional)]
    exclusions: Vec<Exclusion>,
    /// The card sits under a section's `h2` (near misses), so its title is an `h3`; otherwise an `h2`, right under
    /// the page's `h1`. Headings never skip a level.
    #[prop(optional)]
    in_section: bool,
    /// It may have ended, and was put after offers that fit about as well for it (see
    /// [`crate::domain::ranking::Match::moved_down`]): the card says so.
    #[prop(optional)]
    moved_down: bool,
    /// Every contact with its hours and source, instead of one phone number: for a list handed over, which may be
    /// read on paper, where a name to tap leads nowhere.
    #[prop(optional)]
    every_contact: bool,
    /// Controls for the card's foot, such as "Læg på listen" on `/tilbud`.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let app = use_app();
    // How to get in touch. A card with every contact is for a list handed over, which may be all the person has
    // (perhaps on paper): each contact with its hours and source, saying "ring og tjek" where it applies, and the
    // source's warning in full ("Perron 4 er måske flyttet …"). A compact card shows one contact, the quickest way on, and
    // says "ring og tjek" for a caution or a doubtful fact; the offer page has the rest.
    let today = clock::now().date;
    let reachable = is_reachable(&offer.contacts);
    let contact = if offer.contacts.is_empty() {
        None
    } else if every_contact {
        Some(view! { <ContactList contacts=&offer.contacts/> }.into_any())
    } else {
        // One contact, the quickest way on: a number to call, else where to go, else the web page. Named by its
        // kind ("Adresse: …") except a number, which says what to do ("Ring 8915 7000").
        let quickest = quickest_way(&offer.contacts);
        // Not for an offer known only from an article: "tjek, før du møder op" would send the person somewhere the
        // card does not know; the line after it says whom to ask instead.
        let check_first = reachable
            && (offer.caution.is_some()
                || quickest
                    .is_some_and(|contact| app.bundle.catalogue.needs_check(contact, today)));
        Some(view! {
            {quickest.map(|contact| {
                let shown = shown_text(contact);
                let value = match (contact.kind, contact.href()) {
                    (ContactKind::Phone, Some(href)) => view! { <a href=href>{tr(Msg::CallPrefix)}" "{shown}</a> }.into_any(),
                    (_, Some(href)) => view! { <a href=href>{shown}</a> }.into_any(),
                    (_, None) => shown.into_any(),
                };
                view! {
                    <p class="hg-offer-card__call">
                        {(contact.kind != ContactKind::Phone).then(|| view! {
                            <span class="hg-offer-card__kind">{tr(kind_msg(contact.kind))}": "</span>
                        })}
                        {value}
                    </p>
                }
            })}
            {check_first.then(|| view! { <p class="hg-offer-card__caution">{tr(check_text(&offer.contacts, Msg::CheckBeforeYouGo, Msg::CheckBeforeYouGoNoPhone))}</p> })}
        }
        .into_any())
    };
    // The sources give no way to reach it, at most a news article (validation then asks for related offers): say
    // whom to ask, on the card itself, so the person is not left with a name and nothing to do.
    let ask_related = (!reachable).then(|| {
        view! {
            <p>{tr(Msg::NoContactAskRelated)}</p>
            <RelatedOffers ids=&offer.see_also/>
        }
    });
    let caution_in_full = offer.caution.as_ref().filter(|_| every_contact).map(
        |caution| view! { <p class="hg-offer-card__caution">{move || app.local(caution)}</p> },
    );
    // Stairs or noise matter before the first visit, and a hand-out may be all the person takes along.
    let place = offer
        .place
        .as_ref()
        .filter(|_| every_contact)
        .map(|note| view! { <NoteWithSource note=note label=Msg::PlaceTitle/> });
    // A compact card shows in full only a caution that the offer may have ended, right under what it is: it is about
    // the offer itself, not a detail of how to reach it. (A card with every contact shows every caution in full.)
    let ended = offer
        .caution
        .as_ref()
        .filter(|_| !every_contact && offer.may_have_ended(today));
    let is_near_miss = !exclusions.is_empty();
    // A card no answers explain (on `/tilbud`, or on a list handed over) says whom the offer is for where that rules
    // people out, as the offer page does: a relative's offer handed to the person it is about must say so. A
    // result's reasons say it already.
    let for_whom = (reasons.is_empty() && !is_near_miss && offer.limits_who()).then(|| {
        view! {
            <p class="hg-offer-card__for">
                <strong>{tr(Msg::ForWhomTitle)}": "</strong>
                {move || for_whom_words(&app).line(offer)}
            </p>
        }
    });
    let link = view! { <a href=Route::Offer(offer.id.clone()).path()>{move || app.local(&offer.name)}</a> };
    let title = if in_section {
        view! { <h3 class="hg-offer-card__title">{link}</h3> }.into_any()
    } else {
        view! { <h2 class="hg-offer-card__title">{link}</h2> }.into_any()
    };
    view! {
        <article class="hg-offer-card" class:hg-offer-card--near-miss=is_near_miss>
            {title}
            <p class="hg-offer-card__summary">{move || app.local(&offer.summary)}</p>
            {for_whom}
            {ended.map(|caution| view! {
                <p class="hg-offer-card__ended">
                    {move || app.local(caution)}
                    {moved_down.then(|| view! { " "{tr(Msg::MovedDownMayHaveEnded)} })}
                </p>
            })}
            <WhyItFits reasons=reasons/>
            {is_near_miss.then(|| view! {
                <p class="hg-offer-card__excluded">
                    {move || exclusions.iter().map(|e| exclusion_text(&app, *e)).collect::<Vec<_>>().join(" ")}
                </p>
            })}
            <AccessBadge access=offer.access cost=offer.cost/>
            {contact}
            {ask_related}
            {place}
            {caution_in_full}
            {children.map(|children| children())}
        </article>
    }
}
