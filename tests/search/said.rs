//! What the offers page says above the offers about what it shows (`Found::sentences`): which sentences, in which
//! order, and with which numbers. The page words each one; these are the rules behind the words.

use super::*;
use hjaelpeguiden::domain::search::FoundSentence::{self, *};

/// What the Danish page says above the offers when `typed` is in the search field and "Kun tilbud uden
/// henvisning" is `ticked`. Like the page, it searches only the offers that need no referral when ticked, and
/// shows them all when nothing is typed.
fn page_says(typed: &str, ticked: bool) -> (Found<'static>, Vec<FoundSentence<'static>>) {
    let (lang, catalogue) = (Lang("da"), &shared().catalogue);
    let shown = if ticked {
        catalogue.needing_no_referral(lang)
    } else {
        catalogue.offers_by_name(lang)
    };
    let query = Query::parse(typed);
    let found = if query.is_empty() {
        Found {
            offers: shown,
            ..Found::default()
        }
    } else {
        index().search(&shown, &query, lang)
    };
    let sentences = found.sentences(!query.is_empty(), ticked);
    (found, sentences)
}

/// The count of `count` offers that fit a search, among those that need no referral when `no_referral`.
fn search_fit(count: usize, no_referral: bool) -> FoundSentence<'static> {
    Fit {
        count,
        searching: true,
        no_referral,
    }
}

#[test]
fn a_list_narrowed_by_nothing_says_nothing() {
    assert_eq!(page_says("", false).1, []);
    assert_eq!(page_says("   ", false).1, []);
}

#[test]
fn the_tick_alone_counts_the_offers_that_need_no_referral() {
    let (found, said) = page_says("", true);
    let count = found.offers.len();
    assert!(
        0 < count && count < shared().catalogue.offers.len(),
        "{count}"
    );
    let no_search = Fit {
        count,
        searching: false,
        no_referral: true,
    };
    assert_eq!(said, [no_search]);
}

#[test]
fn a_list_with_no_offer_says_why_before_anything_else() {
    // An acute search: the offers are no acute help, said under the way to crisis help.
    assert_eq!(page_says("selvmord", false).1, [AcuteNone]);
    assert_eq!(page_says("min far slår mig", true).1, [AcuteNone]);
    // Asked for someone to call now: the lines are the answer.
    assert_eq!(page_says("hvem har åbent nu", false).1, [LinesAsked]);
    // A line by its name: it follows.
    assert_eq!(page_says("livslinien", false).1, [NoneButLines]);
    // Nothing at all: try another word, and with the tick, take it away.
    assert_eq!(page_says("xyzzyq", false).1, [NoneFits { ticked: false }]);
    assert_eq!(page_says("xyzzyq", true).1, [NoneFits { ticked: true }]);
}

#[test]
fn a_partial_fit_says_for_which_age_unless_only_offers_without_referral_were_searched() {
    let (found, said) = page_says("autisme xyzzyq", false);
    let count = found.offers.len();
    assert!(count > 0);
    let partial = Partial {
        count,
        no_referral: false,
    };
    assert_eq!(said, [partial]);
    // The age stated: every offer with all the words is for another age, listed at the bottom.
    let (found, said) = page_says("min søn på 50 år har autisme", false);
    let (count, apart) = (found.offers.len(), found.other_age.len());
    let for_age = PartialForAge { count, age: 50 };
    assert_eq!(said, [for_age, OtherAge { count: apart }]);
    // An adult named: the offers for children have all the words.
    let (found, said) = page_says("min mor har et handicap", false);
    let (count, apart) = (found.offers.len(), found.other_age.len());
    assert_eq!(said, [PartialForAdult { count }, OtherAge { count: apart }]);
    // The texts have no sentence for an age among the offers without referral.
    let (found, said) = page_says("min mor har et handicap", true);
    let (count, apart) = (found.offers.len(), found.other_age.len());
    let partial = Partial {
        count,
        no_referral: true,
    };
    assert_eq!(said, [partial, OtherAge { count: apart }]);
}

#[test]
fn words_that_say_nothing_of_the_need_are_not_counted_as_a_fit() {
    let (found, said) = page_says("hjælp", false);
    assert_eq!(found.offers.len(), shared().catalogue.offers.len());
    assert_eq!(said, [SaysNothing]);
}

#[test]
fn the_count_is_followed_by_the_unit_then_the_offers_for_the_person_then_those_for_another_age() {
    // The unit the search names, which a card may not name.
    let (found, said) = page_says("center for børnehandicap og autisme", false);
    let (count, unit) = (found.offers.len(), found.unit.expect("a unit"));
    assert_eq!(said, [search_fit(count, false), Unit { count, unit }]);
    assert!(
        unit.get(Lang("da"))
            .starts_with("Center for Børnehandicap og Autisme")
    );
    // Offers for the person it is about follow those for the relative.
    let (found, said) = page_says("min kone er deprimeret", false);
    let (count, more) = (found.offers.len(), found.for_the_person.len());
    assert!(count > 0 && more > 0);
    assert_eq!(
        said,
        [search_fit(count, false), ForThePerson { count: more }]
    );
    // Offers for another age follow any list, last.
    let (found, said) = page_says("jeg er 16 og har angst", false);
    let (count, apart) = (found.offers.len(), found.other_age.len());
    assert!(count > 0 && apart > 0);
    assert_eq!(said, [search_fit(count, false), OtherAge { count: apart }]);
}

#[test]
fn asking_for_no_referral_in_the_search_counts_like_the_tick() {
    for (typed, ticked) in [("psykolog uden henvisning", false), ("autisme", true)] {
        let (found, said) = page_says(typed, ticked);
        assert_eq!(said, [search_fit(found.offers.len(), true)], "{typed}");
    }
    let (found, said) = page_says("autisme", false);
    assert_eq!(said, [search_fit(found.offers.len(), false)]);
}

#[test]
fn a_search_that_finds_nothing_points_on_to_the_places_to_ask_unless_it_is_acute() {
    let (catalogue, lang) = (&shared().catalogue, Lang("da"));
    let ids = |offers: Vec<&Offer>| -> Vec<String> {
        offers.iter().map(|offer| offer.id.clone()).collect()
    };
    let anything = ids(catalogue.for_anything(lang));
    assert!(!anything.is_empty());
    let places = |typed: &str| ids(page_says(typed, false).0.places_to_ask(catalogue, lang));
    // Nothing found, or offers found only by who is involved ("far"): the places where one can ask about anything.
    assert_eq!(places("xyzzyq"), anything);
    assert_eq!(places("min far er død"), anything);
    // Not after an acute search, whose way on is crisis help, nor when offers or lines were found.
    for typed in ["selvmord", "autisme", "livslinien"] {
        assert_eq!(places(typed), Vec::<String>::new(), "{typed}");
    }
}

#[test]
fn only_offers_without_referral_are_searched_when_ticked_or_asked_for_in_the_search() {
    assert!(
        page_says("psykolog uden henvisning", false)
            .0
            .only_no_referral(false)
    );
    assert!(page_says("autisme", true).0.only_no_referral(true));
    assert!(!page_says("autisme", false).0.only_no_referral(false));
}
