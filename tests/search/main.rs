//! Free-text search over the offers (src/domain/search/): forgiving about case, Danish letters and punctuation,
//! strict about every word, and never panicking on what people type. One file here for each part of it.
#![cfg(not(target_arch = "wasm32"))]

mod ages;
mod anything;
mod asked;
#[path = "../common/mod.rs"]
mod common;
mod crisis;
mod order;
mod said;
mod sentences;
mod spelling;
mod who;
mod words;

use common::bundle;
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::catalogue::{Access, CrisisLine, Offer};
use hjaelpeguiden::domain::ranking::{Exclusion, age_exclusions};
use hjaelpeguiden::domain::search::{
    Found, Query, SEARCHED_WORDS, SearchIndex, folded, search_terms,
};
use hjaelpeguiden::domain::text::{Lang, LocalizedText, starts_alike};
use proptest::prelude::*;
use std::sync::OnceLock;

/// The shipped data, parsed once for all tests and property cases.
fn shared() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(bundle)
}

/// The search index of the shipped data, built once.
fn index() -> &'static SearchIndex<'static> {
    static INDEX: OnceLock<SearchIndex<'static>> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(&shared().catalogue, &shared().questions))
}

/// Whether the crisis check reads `typed` as acute, in any language.
fn is_acute(typed: &str) -> bool {
    index().is_acute(&Query::parse(typed))
}

/// The ids of the offers with every word of `typed` (nothing when the search is partial), searching every offer in
/// alphabetical (Danish) order on the Danish page.
fn found(typed: &str) -> Vec<String> {
    found_in(typed, "da")
}

/// [`found`] on the page in `lang`.
fn found_in(typed: &str, lang: &'static str) -> Vec<String> {
    let (result, ids) = searched_in(typed, lang);
    if result.partial { Vec::new() } else { ids }
}

/// The first of `ids`, to compare with an id.
fn first(ids: &[String]) -> Option<&str> {
    ids.first().map(String::as_str)
}

/// `ids` in the alphabet's order, to compare what two searches find whatever order each shows it in.
fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

/// Asserts that the Danish page reads `typed`, which no offer has, as `meant`: it finds what `meant` finds, and
/// says what it searched for instead.
fn assert_read_as(typed: &str, meant: &str) {
    let (result, ids) = searched(typed);
    assert!(!ids.is_empty(), "{typed} finds nothing");
    assert_eq!(sorted(ids), sorted(found(meant)), "{typed}");
    assert_eq!(result.corrected, [(typed.to_owned(), meant.to_owned())]);
    assert!(!result.partial && result.not_found.is_empty(), "{typed}");
}

/// Asserts that the page in `lang` finds for `typed` what it finds for `need` alone, wholly, and names no word as
/// one no offer has: the other words of `typed` said nothing of the need.
fn assert_found_as(typed: &str, need: &str, lang: &'static str) {
    let (result, ids) = searched_in(typed, lang);
    assert!(!result.partial && result.not_found.is_empty(), "{typed}");
    assert_eq!(ids, found_in(need, lang), "{typed}");
}

/// Asserts that the page in `lang` finds for `typed`, wholly, the same offers as for `need` alone, in any order:
/// an offer whose own text has `typed`'s words in a row may come first.
fn assert_found_alike(typed: &str, need: &str, lang: &'static str) {
    let (result, ids) = searched_in(typed, lang);
    assert!(!result.partial && result.not_found.is_empty(), "{typed}");
    assert!(!ids.is_empty(), "{typed}");
    assert_eq!(sorted(ids), sorted(found_in(need, lang)), "{typed}");
}

/// Asserts that a search on the page in `lang` finds no offer, and reads no word as another: it names the words
/// back as typed.
fn assert_finds_nothing_as_typed(typed: &str, lang: &'static str) {
    let (result, ids) = searched_in(typed, lang);
    assert!(
        ids.is_empty() && result.corrected.is_empty(),
        "{typed}: {ids:?} {:?}",
        result.corrected
    );
}

/// What the Danish page shows for `typed`, searching every offer in alphabetical (Danish) order.
fn searched(typed: &str) -> (Found<'static>, Vec<String>) {
    searched_in(typed, "da")
}

/// [`searched`] on the page in `lang`, whose list is in alphabetical order in that language.
fn searched_in(typed: &str, lang: &'static str) -> (Found<'static>, Vec<String>) {
    let all = shared().catalogue.offers_by_name(Lang(lang));
    let result = index().search(&all, &Query::parse(typed), Lang(lang));
    let ids = result.offers.iter().map(|offer| offer.id.clone()).collect();
    (result, ids)
}

/// The ids of the crisis lines a search shows under 112 on a page in `lang`.
fn lines_shown(typed: &str, lang: &'static str) -> Vec<String> {
    let (result, _) = searched_in(typed, lang);
    result.lines.iter().map(|line| line.id.clone()).collect()
}
