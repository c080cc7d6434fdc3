//! Text typed without æ, ø and å: the plain spellings ("slaet" for "slået") that the index keeps beside the
//! folded ones.

use super::super::text::{LocalizedText, TYPO_LETTERS, plainly_typed};
// Named only in the documentation.
#[cfg(doc)]
use super::words::{search_terms, spelt_plainly_before_ending};

/// A crisis word typed with a plain a or o for each æ, ø and å is read by a typo or as part of a compound from this
/// many letters: "voltagt" (a d left out of "voldtægt") is a typo of "voldtagt", while the shorter plain spellings
/// are too like other words. So is a word so typed as the start of a longer one ([`spelt_plainly_before_ending`]):
/// "lagevagt" is "lægevagten", while "svar" (an answer) is no "svære".
pub(super) const PLAIN_TERM_LETTERS: usize = 8;

/// The folded `term`, then, if it differs, `plain`, the term as typed with a plain a or o for each æ, ø and å
/// ("slaaet" and "slaet" for "slået"): on a keyboard without them, or in a hurry, "jeg er blevet slaet" must point to
/// crisis help too. Not a single word shorter than [`TYPO_LETTERS`], which may be another word: "tæsk" (a beating)
/// is "task".
pub(super) fn with_plain_letters((term, plain): PlainTwins) -> Vec<String> {
    let is_kept = keeps_plain(&term, &plain);
    let mut terms = vec![term];
    if is_kept {
        terms.push(plain);
    }
    terms
}

/// Whether [`with_plain_letters`] keeps `plain`, the folded `term` as typed with a plain a or o for each æ, ø and å:
/// where it differs, and is a phrase or a word of [`TYPO_LETTERS`] letters or more.
pub(super) fn keeps_plain(term: &str, plain: &str) -> bool {
    plain != term && (plain.contains(' ') || plain.chars().count() >= TYPO_LETTERS)
}

/// Each of the terms `terms_of` gives of `text` ([`search_terms`], a list's words), with the same term of the text
/// typed with a plain a or o for each æ, ø and å, as [`with_plain_letters`] keeps it.
pub(super) fn with_plain_spellings(
    text: &LocalizedText,
    terms_of: impl Fn(&LocalizedText) -> Vec<String>,
) -> Vec<String> {
    with_plain_twins(text, terms_of)
        .into_iter()
        .flat_map(with_plain_letters)
        .collect()
}

/// A term, and the same term typed with a plain a or o for each æ, ø and å.
pub(super) type PlainTwins = (String, String);

/// Each of the terms `terms_of` gives of `text`, paired with the same term of the text typed with a plain a or o
/// for each æ, ø and å. Made from the text as written, not from its folded form, where "broen" (the bridge) could
/// not be told from "brøn".
pub(super) fn with_plain_twins(
    text: &LocalizedText,
    terms_of: impl Fn(&LocalizedText) -> Vec<String>,
) -> Vec<PlainTwins> {
    let plain = LocalizedText(text.0.map_values(|text| plainly_typed(text)));
    terms_of(text).into_iter().zip(terms_of(&plain)).collect()
}

/// The folded `words`, each also as typed with a plain a or o for each æ, ø and å ([`plainly_folded`]), however
/// short: for words that only count beside others, where a short one is clear ("jeg vil sa gerne do", "30 ar
/// aldre").
pub(super) fn with_every_plain_spelling(words: Vec<String>) -> Vec<String> {
    let mut spellings = Vec::with_capacity(words.len() * 2);
    for word in words {
        let plain = plainly_folded(&word);
        if plain != word {
            spellings.push(plain);
        }
        spellings.push(word);
    }
    spellings
}

/// The folded `word` as typed with a plain a or o for each æ, ø and å: "ar" for "aar" (år), "slaet" for "slaaet"
/// (slået), each pair read from the left, as the folding wrote it (replacing "ae" first made "slaaet" "slat"). A
/// word with "ae", "oe" or "aa" of its own ("broen") gets a spelling no one types, which matches nothing.
pub(super) fn plainly_folded(word: &str) -> String {
    let mut plain = String::with_capacity(word.len());
    let mut rest = word;
    while let Some(letter) = rest.chars().next() {
        plain.push(letter);
        let spelt_out = matches!(rest.get(..2), Some("aa" | "ae" | "oe"));
        let read = if spelt_out { 2 } else { letter.len_utf8() };
        rest = rest.get(read..).unwrap_or_default();
    }
    plain
}
