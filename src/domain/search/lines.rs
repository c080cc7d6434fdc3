//! Crisis lines named in a search, by their names or by what they are.

use super::super::catalogue::{Catalogue, CrisisLine};
use super::super::text::{typos, typos_allowed};
use super::SearchIndex;
use super::index::joined;
use super::plain::plainly_folded;
use super::query::Word;
use super::words::{STEM_LETTERS, WordSet, has_word, search_terms};

/// A crisis line's name as a search reads it ([`SearchIndex::line_names`]).
pub(super) struct LineName<'a> {
    pub(super) line: &'a CrisisLine,
    /// The words of its name, folded, one space between each.
    words: String,
    /// `words` as typed with a plain a or o for each æ, ø and å ("lagevagten", "bornetelefonen").
    plain_words: String,
    /// The letters of each of `words`, for counting typos, worked out once rather than on every keystroke.
    letters: Vec<Vec<char>>,
}

impl<'a> LineName<'a> {
    /// The name of `line`, without the `ignored` words, which are never looked for: so "hjælpe" is no typo of the
    /// "hjælp" of "Akut psykiatrisk hjælp".
    pub(super) fn new(line: &'a CrisisLine, ignored: &WordSet) -> Self {
        let name = joined(&[&line.name], None);
        let words: Vec<&str> = name
            .split(' ')
            .filter(|word| !ignored.contains(word))
            .collect();
        let joined_words = words.join(" ");
        LineName {
            line,
            letters: words.iter().map(|word| word.chars().collect()).collect(),
            plain_words: plainly_folded(&joined_words),
            words: joined_words,
        }
    }

    /// Whether the name has the folded `word`, with its `letters`, also typed plain ("lagevagt"; "parorendes" without
    /// its genitive s, as a typo reads "pårørendes"), or a word it is a typo of: "livslinjen", as many spell
    /// Livslinien.
    pub(super) fn has(&self, word: &str, letters: &[char]) -> bool {
        let most = typos_allowed(letters.len());
        has_word(&self.words, word)
            || [
                Some(word),
                word.strip_suffix('s')
                    .filter(|stem| stem.len() >= STEM_LETTERS),
            ]
            .into_iter()
            .flatten()
            .any(|word| has_word(&self.plain_words, word))
            || (most > 0
                && self
                    .letters
                    .iter()
                    .any(|name_word| typos(letters, name_word, most).is_some()))
    }
}

/// Each of the crisis lines' calm search words, folded, with the lines that name it, by their places in the
/// catalogue: "anonym" names both Livslinien and headspace's advice for relatives.
pub(super) fn calm_line_words(catalogue: &Catalogue) -> Vec<(String, Vec<usize>)> {
    let mut words: Vec<(String, Vec<usize>)> = Vec::new();
    for (at, line) in catalogue.crisis_lines.iter().enumerate() {
        for term in line.calm_search_words.iter().flat_map(search_terms) {
            match words.iter_mut().find(|(known, _)| *known == term) {
                Some((_, lines)) => lines.push(at),
                None => words.push((term, vec![at])),
            }
        }
    }
    words
}

/// Adds `line` to `lines` unless it is there already, by address: the lines are the catalogue's own.
pub(super) fn add_line<'a>(lines: &mut Vec<&'a CrisisLine>, line: &'a CrisisLine) {
    if !lines.iter().any(|&known| std::ptr::eq(known, line)) {
        lines.push(line);
    }
}

impl<'a> SearchIndex<'a> {
    /// Whether a crisis line's name has the folded `word` as it is: not by a typo, so "counseling" is still read
    /// as the offers' "counselling", though it also shows SIND's phone counselling; nor typed plain, so "radgivning"
    /// is still read as the offers' "rådgivning".
    pub(super) fn names_a_line(&self, word: &str) -> bool {
        self.line_names
            .iter()
            .any(|name| has_word(&name.words, word))
    }

    /// Whether `words`, but the ignored ones, name an offer: each is a whole word of its name in some language, and
    /// together they are at least half of that name's words but the ignored ones ("psykiatriens hus",
    /// "autismecenter"). One word that a longer name has by chance ("talk" of a name about talk groups) names
    /// nothing. Only asked of a search that asks for lines, so it costs nothing on other keystrokes.
    pub(super) fn names_an_offer(&self, words: &[(Word, Option<usize>)]) -> bool {
        let words: Vec<&Word> = words
            .iter()
            .map(|(word, _)| word)
            .filter(|word| !self.is_ignored(&word.folded))
            .collect();
        !words.is_empty()
            && self.entries.iter().any(|entry| {
                entry.by_language.iter().any(|(_, texts)| {
                    let name: Vec<&str> = texts
                        .name
                        .split(' ')
                        .filter(|known| !self.is_ignored(known))
                        .collect();
                    let named = name
                        .iter()
                        .filter(|known| words.iter().any(|word| word.folded == **known))
                        .count();
                    words
                        .iter()
                        .all(|word| name.contains(&word.folded.as_str()))
                        && named * 2 >= name.len()
                })
            })
    }

    /// The crisis lines whose name has every one of `words`, or a typo of it ([`LineName::has`]); none for no words.
    pub(super) fn lines_named_by(&self, words: &[(&Word, Option<usize>)]) -> Vec<&'a CrisisLine> {
        if words.is_empty() {
            return Vec::new();
        }
        let letters: Vec<Vec<char>> = words
            .iter()
            .map(|(word, _)| word.folded.chars().collect())
            .collect();
        let has_every_word = |name: &LineName| {
            words
                .iter()
                .zip(&letters)
                .all(|((word, _), letters)| name.has(&word.folded, letters))
        };
        let named = self.line_names.iter().filter(|name| has_every_word(name));
        named.map(|name| name.line).collect()
    }
}
