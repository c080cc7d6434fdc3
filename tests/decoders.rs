//! Untrusted input never panics: stored answers, typed ages, route parameters, the embedded data. Round trips hold.
#![cfg(not(target_arch = "wasm32"))]

use hjaelpeguiden::domain::answers::{
    Age, AnswerError, Answers, DecodeError, Input, ReferralPreference, decode, encode, parse_age,
    record,
};
mod common;

use common::bundle;
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::compact::{self, Malformed};
use hjaelpeguiden::domain::hours::{ClockTime, Weekday};
use hjaelpeguiden::domain::keyed::Keyed;
use hjaelpeguiden::domain::questions::Who;
use hjaelpeguiden::domain::route::Route;
use hjaelpeguiden::domain::shortlist::{self, MAX_ENTRIES};
use proptest::prelude::*;

#[test]
fn corrupted_storage_is_a_typed_error() {
    let q = bundle().questions;
    assert_eq!(decode("{not json", &q), Err(DecodeError::Malformed));
    assert_eq!(decode("", &q), Err(DecodeError::Malformed));
    assert_eq!(decode("v2\nemner", &q), Err(DecodeError::Malformed));
    // Version 1 stored JSON; anything written by another version is dropped, not guessed at.
    assert_eq!(
        decode(r#"{"v":1,"answers":{}}"#, &q),
        Err(DecodeError::Malformed)
    );
    assert_eq!(decode("v99\nalder=17", &q), Err(DecodeError::WrongVersion));
    // Only a "v" and digits is a version line: anything else that starts with "v" is damage, not an old version.
    assert_eq!(decode("v\nalder=17", &q), Err(DecodeError::Malformed));
    assert_eq!(decode("vx\nalder=17", &q), Err(DecodeError::Malformed));
    assert_eq!(
        decode("v2\nemner=<script>", &q),
        Err(DecodeError::UnknownValue)
    );
    assert_eq!(decode("v2\nalder=200", &q), Err(DecodeError::UnknownValue));
    assert_eq!(decode("v2\nalder=-1", &q), Err(DecodeError::UnknownValue));
    assert_eq!(
        decode("v2\nhvem=me,relative", &q),
        Err(DecodeError::UnknownValue)
    );
    assert_eq!(decode("v2\nfare=?", &q), Err(DecodeError::UnknownValue));
    assert_eq!(
        decode("v2\nslettet-spoergsmaal=ja", &q),
        Err(DecodeError::UnknownValue)
    );
}

#[test]
fn stored_answers_are_readable_lines_of_form_values() {
    let q = bundle().questions;
    let answers = Answers {
        danger: Some(false),
        who: Some(Who::Relative),
        age: Some(Age::Years(17)),
        topics: Some(vec!["autism".into(), "family-children".into()]),
        help: Some(vec![]),
        referral: Some(ReferralPreference::DontKnow),
    };
    let stored = encode(&answers, &q);
    assert_eq!(
        stored,
        "v2\nfare=no\nhvem=relative\nalder=17\nemner=autism,family-children\nhjaelp=?\nhenvisning=?"
    );
    assert_eq!(decode(&stored, &q), Ok(answers));
    assert_eq!(encode(&Answers::default(), &q), "v2");
    assert_eq!(decode("v2", &q), Ok(Answers::default()));
}

#[test]
fn tampered_form_values_are_rejected() {
    let b = bundle();
    let topics = b.questions.get("emner").unwrap();
    assert!(
        record(
            topics,
            &Answers::default(),
            Input::Choices(vec!["astrology".into()])
        )
        .is_err()
    );
    let who = b.questions.get("hvem").unwrap();
    assert!(
        record(
            who,
            &Answers::default(),
            Input::Choices(vec!["me".into(), "relative".into()])
        )
        .is_err()
    );
}

#[test]
fn age_parsing_accepts_whole_years_up_to_120() {
    assert_eq!(parse_age(" 17 "), Ok(17));
    assert_eq!(parse_age("0"), Ok(0));
    assert_eq!(parse_age("120"), Ok(120));
    assert_eq!(parse_age("121"), Err(AnswerError::AgeOutOfRange));
    assert_eq!(
        parse_age("99999999999999999999"),
        Err(AnswerError::AgeOutOfRange)
    );
    for not_a_number in [
        "", " ", "-3", "+3", "abc", "17 år", "1 7", "17,5,1", "17,x", ",5", "½",
    ] {
        assert_eq!(
            parse_age(not_a_number),
            Err(AnswerError::AgeNotANumber),
            "{not_a_number:?}"
        );
    }
}

/// The age as the age question records it, from what was typed in its field.
fn age_typed(typed: &str) -> Result<Option<Age>, AnswerError> {
    let b = bundle();
    let age = b.questions.get("alder").unwrap();
    record(age, &Answers::default(), Input::AgeText(typed.to_owned())).map(|answers| answers.age)
}

/// The field shows "år" beside it, and people type it too: "17 år" was answered with "Skriv alderen som et tal".
/// The question's units (data, in every language) may follow the number, in any case; nothing else may.
#[test]
fn the_age_field_reads_a_unit_after_the_number() {
    for typed in [
        "17 år",
        "17år",
        "17 ÅR",
        "17-årig",
        "17 årig",
        "17 år gammel",
        " 17 år ",
        "17 years",
        "17 years old",
        "17 year old",
        "17 Years Old",
        "17 yrs",
        "17",
        // On a keyboard without å.
        "17 aar",
        "17 ar",
        "17-arig",
        "17 AAR",
        "17 ar gammel",
    ] {
        assert_eq!(age_typed(typed), Ok(Some(Age::Years(17))), "{typed:?}");
    }
    for typed in [
        "år",
        "17 måneder",
        "17 months",
        "17 år 3",
        "sytten år",
        "17 åår",
        "17 aaar",
    ] {
        assert_eq!(
            age_typed(typed),
            Err(AnswerError::AgeNotANumber),
            "{typed:?}"
        );
    }
    assert_eq!(age_typed("121 år"), Err(AnswerError::AgeOutOfRange));
}

#[test]
fn age_parsing_drops_a_fraction_as_age_counts_completed_years() {
    assert_eq!(parse_age("2,5"), Ok(2));
    assert_eq!(parse_age("17.9"), Ok(17));
    assert_eq!(parse_age("29,99"), Ok(29));
    assert_eq!(parse_age("17,"), Ok(17));
    assert_eq!(parse_age("120,5"), Ok(120));
}

#[test]
fn age_parsing_reads_digits_from_arabic_and_persian_keyboards() {
    assert_eq!(parse_age("١٧"), Ok(17));
    assert_eq!(parse_age("۲۴"), Ok(24));
    assert_eq!(parse_age("٠"), Ok(0));
    assert_eq!(parse_age("١٢١"), Err(AnswerError::AgeOutOfRange));
}

fn any_answers() -> impl Strategy<Value = Answers> {
    (
        proptest::option::of(any::<bool>()),
        common::any_who(),
        common::any_age(),
        proptest::option::of(proptest::sample::subsequence(
            vec!["autism", "housing", "self-harm"],
            0..3,
        )),
        proptest::option::of(proptest::sample::subsequence(
            vec!["talk", "advice", "housing-help"],
            0..3,
        )),
        proptest::option::of(prop_oneof![
            Just(ReferralPreference::NoReferral),
            Just(ReferralPreference::Either),
            Just(ReferralPreference::DontKnow)
        ]),
    )
        .prop_map(|(danger, who, age, topics, help, referral)| Answers {
            danger,
            who,
            age,
            topics: topics.map(|t| t.into_iter().map(String::from).collect()),
            help: help.map(|h| h.into_iter().map(String::from).collect()),
            referral,
        })
}

/// The ids a list link shows, in order.
fn listed(segment: &str, bundle: &Bundle) -> (Vec<String>, usize) {
    let list = shortlist::read(segment, &bundle.catalogue);
    let ids = list.offers.iter().map(|offer| offer.id.clone()).collect();
    (ids, list.not_shown)
}

#[test]
fn the_compact_reader_takes_postcards_forms_and_refuses_what_is_not_one() {
    // Lengths and unit-enum indexes are LEB128 varints; strings are a length and UTF-8.
    assert_eq!(compact::read::<u32>(&[0xac, 0x02]), Ok(300));
    assert_eq!(
        compact::read::<Vec<String>>(&[2, 1, b'a', 2, 0xc3, 0xa6]),
        Ok(vec!["a".into(), "æ".into()])
    );
    assert_eq!(compact::read::<Option<bool>>(&[1, 0]), Ok(Some(false)));
    assert_eq!(compact::read::<Weekday>(&[6]), Ok(Weekday::Sun));
    // Not a value of the type: a bool that is neither 0 nor 1, an enum index past the last variant, a varint that
    // never ends, bytes left over, text that is not UTF-8.
    assert_eq!(compact::read::<bool>(&[2]), Err(Malformed));
    assert_eq!(compact::read::<Weekday>(&[7]), Err(Malformed));
    assert_eq!(compact::read::<u32>(&[0xff; 6]), Err(Malformed));
    assert_eq!(compact::read::<bool>(&[1, 1]), Err(Malformed));
    assert_eq!(compact::read::<String>(&[1, 0xff]), Err(Malformed));
    // A length can never ask for more items than there are bytes left, so damage cannot make it allocate wildly.
    assert_eq!(
        compact::read::<Vec<bool>>(&[0xff, 0xff, 0xff, 0xff, 0x0f, 1]),
        Err(Malformed)
    );
}

#[test]
fn a_map_must_come_in_key_order_so_lookups_can_rely_on_it() {
    let sorted = compact::read::<Keyed<String>>(&[2, 1, b'a', 1, b'x', 1, b'b', 1, b'y']).unwrap();
    assert_eq!(sorted.get("b").map(String::as_str), Some("y"));
    assert_eq!(sorted.get("c"), None);
    assert_eq!(
        compact::read::<Keyed<String>>(&[2, 1, b'b', 1, b'x', 1, b'a', 1, b'y']),
        Err(Malformed)
    );
    assert_eq!(
        compact::read::<Keyed<String>>(&[2, 1, b'a', 1, b'x', 1, b'a', 1, b'y']),
        Err(Malformed)
    );
    // Built in any order, the map sorts itself; a repeated key keeps its last value, as in a JSON object.
    let mut built: Keyed<u32> = [("b", 1), ("a", 2), ("b", 3)].into_iter().collect();
    assert_eq!(built.keys().collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(built.get("b"), Some(&3));
    built.insert("aa", 4);
    assert_eq!(built.keys().collect::<Vec<_>>(), ["a", "aa", "b"]);
    assert_eq!(built.remove("a"), Some(2));
    assert_eq!(built.get("a"), None);
    // A changed copy keeps every key, in order, so lookups in it still work.
    let doubled = built.map_values(|value| value * 2);
    assert_eq!(doubled.keys().collect::<Vec<_>>(), ["aa", "b"]);
    assert_eq!(doubled.get("b"), Some(&6));
}

#[test]
fn ticking_adds_at_the_end_and_ticking_again_takes_off() {
    let b = bundle();
    let offer = |id: &str| b.catalogue.offer(id).unwrap();
    let mut list = Vec::new();
    for id in ["perron-4", "ppr", "borgerraadgiveren", "ppr"] {
        shortlist::toggle(&mut list, offer(id));
    }
    assert_eq!(shortlist::write(&list, &[]), "perron-4+borgerraadgiveren");
    assert!(shortlist::contains(&list, offer("perron-4")));
    assert!(!shortlist::contains(&list, offer("ppr")));
}

#[test]
fn a_box_to_tick_is_named_by_its_offer_or_line() {
    use hjaelpeguiden::domain::shortlist::Entry;
    let b = bundle();
    for offer in &b.catalogue.offers {
        assert_eq!(offer.entry_name(), &offer.name, "{}", offer.id);
    }
    for line in &b.catalogue.crisis_lines {
        assert_eq!(line.entry_name(), &line.name, "{}", line.id);
    }
}

#[test]
fn unticked_results_stay_off_the_list_and_the_rest_keep_their_order() {
    let b = bundle();
    let offer = |id: &str| b.catalogue.offer(id).unwrap();
    let results = [offer("perron-4"), offer("ppr"), offer("borgerraadgiveren")];
    let passed_on = shortlist::without(&results, &[offer("ppr"), offer("cafe-rusfri")]);
    assert_eq!(
        shortlist::write(&passed_on, &[]),
        "perron-4+borgerraadgiveren"
    );
    assert_eq!(shortlist::without(&results, &[]).len(), 3);
    assert!(shortlist::without(&results, &results).is_empty());
}

#[test]
fn a_list_link_keeps_its_order_and_shows_each_offer_once() {
    let b = bundle();
    assert_eq!(
        listed("ppr+borgerraadgiveren+ppr", &b),
        (vec!["ppr".to_owned(), "borgerraadgiveren".to_owned()], 0)
    );
}

#[test]
fn a_tampered_list_link_counts_what_it_cannot_show() {
    let b = bundle();
    assert_eq!(
        listed("ppr+lukket-tilbud+<script>+PPR", &b),
        (vec!["ppr".to_owned()], 3)
    );
    // Empty entries (a doubled or trailing separator) hide nothing.
    assert_eq!(listed("ppr++", &b), (vec!["ppr".to_owned()], 0));
    assert_eq!(listed("", &b), (vec![], 0));
}

#[test]
fn a_list_link_holds_lines_to_call_after_its_offers() {
    let b = bundle();
    let offer = |id: &str| b.catalogue.offer(id).unwrap();
    let line = |id: &str| b.catalogue.crisis_line(id).unwrap();
    let segment = shortlist::write(
        &[offer("ppr"), offer("perron-4")],
        &[line("boernetelefonen"), line("sind-raadgivning")],
    );
    assert_eq!(segment, "ppr+perron-4+boernetelefonen+sind-raadgivning");
    let list = shortlist::read(&segment, &b.catalogue);
    let ids = |names: Vec<&str>| names.into_iter().map(String::from).collect::<Vec<_>>();
    assert_eq!(
        list.offers.iter().map(|o| o.id.clone()).collect::<Vec<_>>(),
        ids(vec!["ppr", "perron-4"])
    );
    assert_eq!(
        list.lines.iter().map(|l| l.id.clone()).collect::<Vec<_>>(),
        ids(vec!["boernetelefonen", "sind-raadgivning"])
    );
    assert_eq!(list.not_shown, 0);
    // A list of lines only is not empty; a repeated line is shown once.
    let only = shortlist::read("boernetelefonen+boernetelefonen", &b.catalogue);
    assert!(!only.is_empty() && only.offers.is_empty());
    assert_eq!((only.lines.len(), only.not_shown), (1, 0));
    assert!(shortlist::read("lukket", &b.catalogue).is_empty());
    // Unticking a suggested line leaves it off, as for an offer.
    let suggested = [line("boernetelefonen"), line("sind-raadgivning")];
    let kept = shortlist::without(&suggested, &[line("boernetelefonen")]);
    assert_eq!(shortlist::write(&[], &kept), "sind-raadgivning");
}

#[test]
fn an_encoded_separator_reads_as_one() {
    let b = bundle();
    assert_eq!(
        listed("ppr%2Bborgerraadgiveren%2bperron-4", &b).0,
        ["ppr", "borgerraadgiveren", "perron-4"]
    );
}

#[test]
fn a_list_link_shows_at_most_max_entries() {
    let b = bundle();
    // Every offer, then the list again: the repeats hide nothing; only what lies beyond the cap is not shown.
    let all: Vec<&str> = b.catalogue.offers.iter().map(|o| o.id.as_str()).collect();
    assert!(
        all.len() + b.catalogue.crisis_lines.len() <= MAX_ENTRIES,
        "the cap must stay above the catalogue's size, offers and lines together"
    );
    let padded: Vec<String> = (0..MAX_ENTRIES + 3).map(|i| format!("ppr-{i}")).collect();
    let long = format!("{}+{}+{}", all.join("+"), all.join("+"), padded.join("+"));
    let (ids, not_shown) = listed(&long, &b);
    assert_eq!(ids, all);
    assert_eq!(not_shown, MAX_ENTRIES + 3);
    let twice: Vec<_> = b
        .catalogue
        .offers
        .iter()
        .chain(&b.catalogue.offers)
        .collect();
    let lines: Vec<_> = b.catalogue.crisis_lines.iter().collect();
    let written = shortlist::write(&twice, &lines);
    assert_eq!(
        written.split('+').count(),
        MAX_ENTRIES.min(2 * all.len() + lines.len())
    );
    // Lines count towards the cap: in a catalogue grown past it, a line after as many offers as it allows is not
    // shown.
    let mut grown = bundle();
    for i in 0..MAX_ENTRIES {
        let mut extra = grown.catalogue.offers[0].clone();
        extra.id = format!("nyt-tilbud-{i}");
        grown.catalogue.offers.push(extra);
    }
    let ids: Vec<&str> = grown
        .catalogue
        .offers
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    let full = format!("{}+boernetelefonen", ids.join("+"));
    let list = shortlist::read(&full, &grown.catalogue);
    assert_eq!((list.offers.len(), list.lines.len()), (MAX_ENTRIES, 0));
    assert_eq!(list.not_shown, ids.len() - MAX_ENTRIES + 1);
}

proptest! {
    // 5,000 cases per property in `make test`.
    #![proptest_config(ProptestConfig::with_cases(common::proptest_cases(5000)))]

    #[test]
    fn stored_answers_round_trip(answers in any_answers()) {
        let q = bundle().questions;
        prop_assert_eq!(decode(&encode(&answers, &q), &q), Ok(answers));
    }

    #[test]
    fn decode_never_panics_on_arbitrary_strings(text in any::<String>()) {
        let q = bundle().questions;
        let _ = decode(&text, &q);
    }

    #[test]
    fn decode_never_panics_on_line_like_strings(text in "v[0-9]{1,2}(\n[a-z]{0,10}=?[a-z0-9,?-]{0,24}){0,8}") {
        let q = bundle().questions;
        let _ = decode(&text, &q);
    }

    /// Data cut short (a broken download, a tampered build) is an error, and the app shows its help page.
    #[test]
    fn embedded_data_cut_short_is_an_error(cut in 0..hjaelpeguiden::EMBEDDED_BUNDLE.len()) {
        prop_assert!(Bundle::from_postcard(&hjaelpeguiden::EMBEDDED_BUNDLE[..cut]).is_err());
    }

    /// Damaged bytes may happen to read as some bundle, but never panic the decoder.
    #[test]
    fn embedded_data_decoder_never_panics_on_damaged_bytes(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = hjaelpeguiden::EMBEDDED_BUNDLE.to_vec();
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let _ = Bundle::from_postcard(&bytes);
    }

    #[test]
    fn age_and_clock_parsing_never_panic(text in any::<String>()) {
        let _ = parse_age(&text);
        let _ = ClockTime::parse(&text);
    }

    #[test]
    fn route_lookups_never_panic(id in any::<String>()) {
        let b = bundle();
        let _ = b.catalogue.offer(&id);
        let _ = b.questions.get(&id);
    }

    #[test]
    fn list_links_never_panic(text in any::<String>()) {
        let _ = shortlist::read(&text, &bundle().catalogue);
    }

    /// Any choice of offers, in any order, comes back from its link exactly, with nothing missing.
    #[test]
    fn list_links_round_trip(
        picks in proptest::collection::vec(any::<prop::sample::Index>(), 0..12),
        line_picks in proptest::collection::vec(any::<prop::sample::Index>(), 0..4),
    ) {
        let b = bundle();
        let (mut offers, mut lines) = (Vec::new(), Vec::new());
        for pick in picks {
            let offer = &b.catalogue.offers[pick.index(b.catalogue.offers.len())];
            if !shortlist::contains(&offers, offer) {
                offers.push(offer);
            }
        }
        for pick in line_picks {
            let line = &b.catalogue.crisis_lines[pick.index(b.catalogue.crisis_lines.len())];
            if !shortlist::contains(&lines, line) {
                lines.push(line);
            }
        }
        let segment = shortlist::write(&offers, &lines);
        let list = shortlist::read(&segment, &b.catalogue);
        prop_assert_eq!(list.offers, offers);
        prop_assert_eq!(list.lines, lines);
        prop_assert_eq!(list.not_shown, 0);
        let route = Route::Shortlist(segment);
        prop_assert_eq!(Route::parse(&route.path()), Some(route));
    }

    /// Any address-bar path parses to a page or to "not found"; a parsed page writes back a path that parses to
    /// the same page.
    #[test]
    fn address_paths_never_panic_and_parsed_pages_round_trip(path in "(/[a-z%0-9.+_-]{0,12}){0,4}/?|[^/].{0,20}") {
        if let Some(route) = Route::parse(&path) {
            prop_assert_eq!(Route::parse(&route.path()), Some(route));
        }
    }
}
