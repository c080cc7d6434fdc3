//! `/tilbud`: every offer at a glance, with how to get in and a phone number where one is sourced, or, on request,
//! every contact with its hours and source. Meant for frontline staff and for anyone who prefers to browse. A search
//! field and "Kun tilbud uden henvisning" narrow the list; staff can tick offers, and the lines to call or write
//! under them, and pass them on as a list.

use super::crisis_prompt::CrisisPrompt;
use super::explain::found_text;
use super::i18n::{Msg, tr};
use super::list_options::ListOptions;
use super::offer_card::OfferCard;
use super::offer_search::OfferSearch;
use super::page_heading::{PageHeading, focus_page_heading};
use super::pick_toggle::{PickPlace, PickToggle};
use super::share_list::{ShareList, is_open};
use super::state::use_app;
use super::suggested_lines::SuggestedLines;
use crate::domain::bundle::Bundle;
use crate::domain::catalogue::Offer;
use crate::domain::search::{Found, Query, SEARCHED_WORDS, SearchIndex, same_entries};
use crate::domain::text::{fill, quoted_list, then_sentence};
use leptos::prelude::*;
use std::sync::OnceLock;
use std::time::Duration;

/// The search index, built once: the data never changes while the app runs. [`OffersPage`] has it built when the
/// search field gets focus, or the first search builds it.
fn search_index(bundle: &'static Bundle) -> &'static SearchIndex<'static> {
    static INDEX: OnceLock<SearchIndex<'static>> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(&bundle.catalogue, &bundle.questions))
}

/// All offers, alphabetically by name in the current language, or those that fit the search.
#[component]
pub fn OffersPage() -> impl IntoView {
    let app = use_app();
    let query = app.offers_query;
    // The index is built as soon as the search field has focus, in a task of its own after the tap is painted
    // (while a phone opens its keyboard), not at the first letter typed: throttled like a slow phone, that letter
    // waited 80 ms more for it. Not when the page opens, so browsing the list costs nothing. Not in an idle
    // callback: after a tap, Chromium held that back for half a second, until the first letters were typed.
    let prepare_search = move || {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    search_index(app.bundle);
                },
                Duration::ZERO,
            );
        });
    };
    // What is typed, read once per change for the list, the count and the crisis check alike.
    let parsed = Memo::new(move |_| query.with(|typed| Query::parse(typed)));
    let no_referral = app.offers_no_referral;
    // A memo, so the cards are built anew only when another letter changes what the search finds. The offers are
    // the bundle's own, so comparing addresses is enough (and keeps a deep comparison of offers out of the wasm).
    let shown = Memo::new_with_compare(
        move |_| {
            let catalogue = &app.bundle.catalogue;
            let lang = app.lang.get();
            let all = if no_referral.get() {
                catalogue.needing_no_referral(lang)
            } else {
                catalogue.offers_by_name(lang)
            };
            parsed.with(|query| {
                if query.is_empty() {
                    Found {
                        offers: all,
                        ..Found::default()
                    }
                } else {
                    search_index(app.bundle).search(&all, query, lang)
                }
            })
        },
        |old, new| match (old, new) {
            (Some(old), Some(new)) => !old.shows_the_same_as(new),
            _ => true,
        },
    );
    let searching = move || parsed.with(|query| !query.is_empty());
    // Searching for an acute topic ("selvmord") points to crisis help before any offer.
    let acute = move || shown.with(|found| found.acute);
    // The list is empty only when a search finds nothing (without one, every offer is shown, or with "Kun tilbud
    // uden henvisning" every offer that needs none). Read from the memo alone, so what is shown then is built once,
    // not again with every letter typed after that.
    let nothing_found = move || shown.with(|found| found.offers.is_empty());
    // Offers found only by who is involved ("far" in "min far er død") say nothing of what it is about: the page
    // then points on as if nothing was found, and heads those offers with the words they were found by.
    let found_only_by_who = move || shown.with(|found| found.found_only_by_who.clone());
    let named_lines = move || shown.with(|found| found.named_lines().to_vec());
    // The lines a search names: staff look for a line by its name too ("livslinien"), and can tick it. Right under
    // the search when it finds no offer; else after the offers, as on the results, so that a word of a line's name
    // ("centre", "children") does not put a line before the offers it finds. One closure type for both places, so
    // the wasm has its rendering once (two closures cost 0.8 KB brotli).
    let named_lines_section = move |after_offers: bool| {
        move || {
            let lines = named_lines();
            (!lines.is_empty() && nothing_found() != after_offers).then(|| {
                let lines = lines.into_iter().map(|line| (line, Vec::new())).collect();
                view! { <SuggestedLines lines=lines lead=Msg::OffersLinesLead pick=app.picked_lines alone=!after_offers/> }
            })
        }
    };
    let total = app.bundle.catalogue.offers.len();
    let every_contact = app.offers_every_contact;
    // Cards under a heading of their own (`in_section`) are headed one level lower.
    let cards = move |offers: Vec<&'static Offer>, in_section: bool| {
        offers
            .into_iter()
            .map(|offer| {
                view! {
                    <li class="hg-offers-page__item">
                        <OfferCard offer=offer in_section=in_section every_contact=every_contact.get()>
                            <PickToggle entry=offer list=app.picked place=PickPlace::UnderCard/>
                        </OfferCard>
                    </li>
                }
            })
            .collect_view()
    };
    // The cards depend on the offers found alone, not on what the page says about them: "a", an ignored word,
    // finds every offer as the empty search does, and rebuilding the 32 cards because the page now says it cannot
    // tell what is sought doubled the longest interaction while typing "autisme" on a slow phone (`make bench`:
    // 104 ms before that message, 200-272 ms with it, 88 ms with the cards on a memo of their own).
    let offers_found = Memo::new_with_compare(
        move |_| shown.with(|found| found.offers.clone()),
        |old, new| match (old, new) {
            (Some(old), Some(new)) => !same_entries(old, new),
            _ => true,
        },
    );
    let offers = move || cards(offers_found.get(), false);
    // Offers for the person it is about, after those for relatives or families that words of who is involved
    // narrowed the list to ("min kone er deprimeret"): a relative may pass them on.
    let for_the_person = move || {
        let offers = shown.with(|found| found.for_the_person.clone());
        (!offers.is_empty()).then(|| {
            view! {
                <h2>{tr(Msg::OffersSearchForPerson)}</h2>
                <p>{tr(Msg::OffersSearchForPersonLead)}</p>
                <ul class="hg-offers-page">{cards(offers, true)}</ul>
            }
        })
    };
    // Offers for another age than the search states ("jeg er 16"), with the limit that rules each out, as the
    // results list the near misses.
    let other_age = move || {
        let (age, offers) = shown.with(|found| (found.age, found.other_age.clone()));
        (!offers.is_empty()).then(|| {
            // No age stated, but an adult named ("min mor"): the offers apart are those for children.
            let lead = match age {
                Some(age) => app.text_with(Msg::OffersSearchOtherAgeLead, &[("age", &age.to_string())]),
                None => app.text(Msg::OffersSearchOtherAgeLeadAdult).to_owned(),
            };
            view! {
                <h2>{tr(Msg::OffersSearchOtherAge)}</h2>
                <p>{lead}</p>
                <ul class="hg-offers-page">
                    {offers.into_iter().map(|(offer, exclusions)| view! {
                        <li class="hg-offers-page__item">
                            <OfferCard offer=offer exclusions=exclusions in_section=true every_contact=every_contact.get()/>
                        </li>
                    }).collect_view()}
                </ul>
            }
        })
    };
    let picked = Signal::derive(move || app.picked.get());
    let picked_lines = Signal::derive(move || app.picked_lines.get());
    let picked_counts = move || (app.picked.with(Vec::len), app.picked_lines.with(Vec::len));
    // A memo, so ticking a second offer updates the share section instead of building it anew (which would close
    // an open QR code).
    let any_picked = Memo::new(move |_| picked_counts() != (0, 0));
    // Between two citizens, a staff member starts a new list with one press.
    let clear = move |_| {
        app.picked.set(Vec::new());
        app.picked_lines.set(Vec::new());
        focus_page_heading();
    };
    // Every line to call or write, which staff can put on the list too; not while searching, since the search
    // looks in the offers only. Folded, and built only when opened: eight lines with every channel and its hours
    // would double the page's length and the work of opening it (Lighthouse's blocking time on this page rose by
    // 90 ms).
    let lines_open = app.offers_lines_open;
    let lines = move || {
        (!searching()).then(|| {
            let all = || app.bundle.catalogue.crisis_lines.iter().map(|line| (line, Vec::new()));
            view! {
                <details class="hg-offers-page__lines" open=lines_open.get_untracked()
                    on:toggle=move |event| lines_open.set(is_open(&event))>
                    <summary class="hg-button hg-button--secondary">{tr(Msg::OffersLinesShow)}</summary>
                    {move || lines_open.get().then(|| view! {
                        <SuggestedLines lines=all().collect() lead=Msg::OffersLinesLead pick=app.picked_lines/>
                    })}
                </details>
            }
        })
    };
    view! {
        <PageHeading text=Signal::derive(move || app.text(Msg::OffersTitle).to_owned())/>
        <p class="hg-lead">{move || app.count_text(Msg::OffersLead, total, &[])}</p>
        <OfferSearch query=query on_focus=prepare_search/>
        // One status region for the count and, for an acute search, the way to crisis help first, so a screen
        // reader hears both while typing. Right under the field, so on a phone, with the keyboard open, the way to
        // crisis help shows where one types, not under "Tilpas listen".
        <div class="hg-offers-page__found" role="status">
            {move || acute().then(|| view! { <CrisisPrompt urgent=true lines=shown.with(|found| found.lines.clone())/> })}
            // A pasted text is searched by its first words only (`SEARCHED_WORDS`), which the page must say.
            {move || shown.with(|found| (found.words_left_out > 0).then(|| {
                view! { <p>{app.count_text(Msg::OffersSearchWordsLeftOut, SEARCHED_WORDS, &[])}</p> }
            }))}
            // Asked where one can just come in ("mød op"): only those offers, which the page must say.
            {move || shown.with(|found| found.walk_in).then(|| view! { <p>{tr(Msg::OffersSearchWalkIn)}</p> })}
            // The words no offer has (a word the offers do not use, or a typo) before the offers that have the others;
            // with "Kun tilbud uden henvisning" ticked, no offer of the shorter list searched.
            {move || shown.with(|found| {
                (!found.not_found.is_empty()).then(|| {
                    let words = quoted_list(&found.not_found, app.text(Msg::And), app.text(Msg::Quoted));
                    let not_found = if found.only_no_referral(no_referral.get()) {
                        Msg::OffersSearchNoReferralNotFound
                    } else {
                        Msg::OffersSearchNotFound
                    };
                    view! { <p>{app.text_with(not_found, &[("words", &words)])}</p> }
                })
            })}
            // Each word read as a typo, and what was searched for instead: the guess may be wrong, so it is said.
            {move || shown.with(|found| {
                let quote = |word: &str| fill(app.text(Msg::Quoted), &[("text", word)]);
                let sentences: Vec<String> = found
                    .corrected
                    .iter()
                    .map(|(typed, meant)| {
                        let (typed, meant) = (quote(typed), quote(meant));
                        app.text_with(Msg::OffersSearchCorrected, &[("typed", &typed), ("meant", &meant)])
                    })
                    .collect();
                (!sentences.is_empty()).then(|| view! { <p>{sentences.join(" ")}</p> })
            })}
            // How many offers are shown, and why, sentence by sentence.
            <p>
                {move || {
                    let sentences = shown.with(|found| found.sentences(searching(), no_referral.get()));
                    sentences
                        .into_iter()
                        .map(|sentence| found_text(&app, sentence, total))
                        .reduce(|said, next| then_sentence(&said, &next))
                }}
            </p>
        </div>
        {named_lines_section(false)}
        // A search that finds nothing (nor a line), or only offers for who is involved, does not end the road: the
        // questions, and the places where one can ask about anything (the sources name no offer for, say, ADHD, but
        // these two help anyone on).
        {move || {
            shown.with(Found::points_on).then(|| {
                let by_who = found_only_by_who();
                let for_anything = shown.with(|found| found.places_to_ask(&app.bundle.catalogue, app.lang.get()));
                // The offers found follow under a heading of their own, not under the places to ask.
                let by_who = (!by_who.is_empty()).then(|| {
                    let words = quoted_list(&by_who, app.text(Msg::And), app.text(Msg::Quoted));
                    view! { <h2>{app.text_with(Msg::OffersSearchByWho, &[("words", &words)])}</h2> }
                });
                view! {
                    <p><a href="/">{tr(Msg::OffersSearchQuestions)}</a></p>
                    {(!for_anything.is_empty()).then(|| view! {
                        <h2>{tr(Msg::OffersSearchAskAnything)}</h2>
                        <ul class="hg-offers-page__for-anything">
                            {for_anything.into_iter().map(|offer| view! {
                                <li class="hg-offers-page__item"><OfferCard offer=offer in_section=true every_contact=every_contact.get()/></li>
                            }).collect_view()}
                        </ul>
                    })}
                    {by_who}
                }
            })
        }}
        <ListOptions no_referral=no_referral every_contact=every_contact/>
        {move || (!nothing_found()).then(|| view! {
            <p class="hg-offers-page__pick-hint">{tr(Msg::OffersPickHint)}</p>
        })}
        // Ticking an offer changes the bottom of the page; a screen reader hears the new count here.
        <p class="hg-visually-hidden" role="status">
            {move || match picked_counts() {
                (0, 0) => app.text(Msg::OffersPickedNone).to_owned(),
                (offers, 0) => app.count_text(Msg::OffersPickedCount, offers, &[]),
                (0, lines) => app.count_text(Msg::OffersPickedLinesCount, lines, &[]),
                (offers, lines) => format!(
                    "{}, {}",
                    app.count_text(Msg::OffersPickedCount, offers, &[]),
                    app.count_text(Msg::OffersPickedLinesCount, lines, &[])
                ),
            }}
        </p>
        <ul class="hg-offers-page">{offers}</ul>
        {for_the_person}
        {named_lines_section(true)}
        // Last: they fit what was searched for, but not the age.
        {other_age}
        {lines}
        {move || any_picked.get().then(|| view! {
            <ShareList offers=picked lines=picked_lines lead=Msg::ShareLeadPicked>
                <button type="button" class="hg-button hg-button--secondary" on:click=clear>{tr(Msg::OffersPickClear)}</button>
            </ShareList>
        })}
    }
}
