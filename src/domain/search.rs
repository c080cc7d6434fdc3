//! Free-text search over the offers, for the list of all offers: a staff member looking for "Perron 4", or anyone
//! who would rather type "autisme" than answer questions.
//!
//! The rules are few and forgiving, because people type on phones, in a hurry, on keyboards without æ, ø and å:
//! - case does not matter, and æ, ø, å match "ae", "oe", "aa" (so "hjaelp" finds "hjælp");
//! - punctuation separates words ("ACT-indsatsen" is found by "act");
//! - every word typed must occur somewhere in the offer, as a whole word or part of one ("bolig" finds "boliger",
//!   "misbrug" finds "stofmisbrug"); a word shorter than [`SHORT_WORD`] letters only at the start of a word, so
//!   "sorg" (grief) does not find the homeless shelter's "forsorgshjem"; and a longer one inside a word only after
//!   [`FIRST_PART`] letters, so "ældre" (the elderly) does not find "forældre" (parents);
//! - an offer is found by its name, summary and first step in every language, and by the labels and search words
//!   of its topics and kinds of help, so "hash" and "misbrug" find the offers about alcohol and drugs;
//! - offers whose name has every word come first ("act" finds ACT-indsatsen before offers with "activities"),
//!   then offers whose main topic has them ("alkohol" finds Rusmiddelcenter Randers before Perron 4, which is
//!   about alcohol among much else), then the rest; within each group the order given is kept;
//! - the editors' ignored words (`search_ignored_words` in the questions: "min", "har", "hjælp") are left out, so a
//!   search typed as a sentence ("min søn har autisme") looks for the words that say what it is about. A search
//!   of ignored words only finds every offer, like an empty one: it says nothing about what is wanted.
//!
//! A query that names an acute topic ("selvmord", "vold") is marked, so the page can point to crisis help before any
//! offer: the offers are daytime services, and someone searching for that at night needs a line that is open.
//!
//! The query is health data like the answers: the UI keeps it in memory only.

use super::catalogue::{Catalogue, Offer};
use super::questions::{AnswerOption, QuestionKind, Questions};
use super::text::{LocalizedText, latin1_lowercase};

/// `text` in the form searches compare: lowercase, Danish letters spelt out, accents dropped, and every run of
/// other characters one space.
pub fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(latin1_lowercase) {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'à'..='ã' => out.push('a'),
            'è'..='ë' => out.push('e'),
            'ì'..='ï' => out.push('i'),
            'ò'..='õ' => out.push('o'),
            'ù'..='ü' => out.push('u'),
            c if is_word_character(c) => out.push(c),
            _ => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
        }
    }
    out
}

/// Whether `c` (already lowercased) belongs to a word: ASCII letters and digits, and any character from Latin-1's
/// letters on, except × and ÷ and the dashes, quotes and spaces of Unicode's General Punctuation block. Rust's
/// `char::is_alphanumeric` would be exact, but its Unicode tables cost kilobytes in the wasm; a letter of another
/// script is kept as a letter, so a query in it finds nothing rather than everything.
fn is_word_character(c: char) -> bool {
    c.is_ascii_alphanumeric() || (c >= 'À' && !matches!(c, '×' | '÷' | '\u{2000}'..='\u{206F}'))
}

/// Typed words shorter than this (in folded letters) are looked for only at the start of a word: inside Danish
/// compounds, short words turn up by chance ("sorg" in "forsorgshjem", "hjem" in it too).
pub const SHORT_WORD: usize = 5;

/// Inside a word, a typed word is found only after at least this many (folded) letters. The first part of a Danish
/// compound is rarely shorter ("stof" in "stofmisbrug", "hjerne" in "hjerneskade"), while the prefixes that change
/// a word's meaning are: "for" in "forældre" (parents, not the elderly), "ud" in "uddannelse" (education, not
/// "dannelse"), "sam" in "samarbejde", "for" in "forstår"; and in English "mother" and "bright".
pub const FIRST_PART: usize = 4;

/// A search marked acute has at least this many letters, so that the first letters typed ("s", "se" on the way to
/// "selvmord", or the "a" of any word) do not flash the crisis prompt.
pub const ACUTE_LETTERS: usize = 4;

/// For each place the folded `text` has `word`, the part of the word in `text` before it ("" where a word starts).
fn parts_before<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = &'t str> {
    text.match_indices(word).map(|(at, _)| {
        let word_start = text[..at].rfind(' ').map_or(0, |space| space + 1);
        &text[word_start..at]
    })
}

/// Whether the folded `text` has `word`: where a word starts, or, for a word of [`SHORT_WORD`] letters or more,
/// after the first [`FIRST_PART`] letters of a word.
fn has_word(text: &str, word: &str) -> bool {
    parts_before(text, word).any(|before| {
        before.is_empty() || (word.len() >= SHORT_WORD && before.chars().count() >= FIRST_PART)
    })
}

/// What someone typed, as words to look for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    /// Reads a typed query. Blank input is the empty query, which finds everything.
    pub fn parse(typed: &str) -> Query {
        Query {
            words: folded(typed)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(String::from)
                .collect(),
        }
    }

    /// True when nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// One offer's searchable texts, folded.
struct Entry<'a> {
    offer: &'a Offer,
    /// The name in every language.
    name: String,
    /// The label and search words of its main topic (the first in its list), as [`super::ranking`] counts it.
    main_topic: String,
    /// The name and every other searchable text.
    everything: String,
}

/// Every offer's searchable text, folded once.
pub struct SearchIndex<'a> {
    entries: Vec<Entry<'a>>,
    /// The labels and search words of the options marked acute.
    acute: String,
    /// The ignored words of every language, folded.
    ignored: Vec<String>,
}

/// An option's label in every wording, and its search words.
fn option_texts(option: &AnswerOption) -> Vec<&LocalizedText> {
    option
        .label
        .all()
        .chain(option.search_words.iter())
        .collect()
}

/// Texts in every language, folded into one searchable string.
fn joined(texts: &[&LocalizedText]) -> String {
    let all: Vec<&str> = texts
        .iter()
        .flat_map(|text| text.0.values().map(String::as_str))
        .collect();
    folded(&all.join(" "))
}

/// How well an offer fits a query.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Its name has every word.
    Name,
    /// Its main topic's label and search words have every word.
    MainTopic,
    /// Its texts together have every word.
    Text,
}

impl<'a> SearchIndex<'a> {
    /// Builds the index for the catalogue, with topic and help labels from the questions.
    pub fn new(catalogue: &'a Catalogue, questions: &Questions) -> SearchIndex<'a> {
        let labels = |kind: QuestionKind, slug: &str| -> Vec<&LocalizedText> {
            questions
                .of_kind(kind)
                .and_then(|question| question.option(slug))
                .map(option_texts)
                .unwrap_or_default()
        };
        let acute: Vec<&LocalizedText> = questions
            .questions
            .iter()
            .flat_map(|question| &question.options)
            .filter(|option| option.acute)
            .flat_map(option_texts)
            .collect();
        let entries = catalogue
            .offers
            .iter()
            .map(|offer| {
                let main_topic = offer
                    .topics
                    .first()
                    .map(|topic| labels(QuestionKind::Topics, topic))
                    .unwrap_or_default();
                let mut texts = vec![&offer.name, &offer.summary, &offer.first_step];
                for topic in &offer.topics {
                    texts.extend(labels(QuestionKind::Topics, topic));
                }
                for help in &offer.help {
                    texts.extend(labels(QuestionKind::Help, help));
                }
                Entry {
                    offer,
                    name: joined(&texts[..1]),
                    main_topic: joined(&main_topic),
                    everything: joined(&texts),
                }
            })
            .collect();
        SearchIndex {
            entries,
            acute: joined(&acute),
            ignored: joined(&[&questions.search_ignored_words])
                .split(' ')
                .map(String::from)
                .collect(),
        }
    }

    /// The words of `query` that are not ignored words.
    fn meaningful<'q>(&self, query: &'q Query) -> Vec<&'q str> {
        query
            .words
            .iter()
            .map(String::as_str)
            .filter(|word| !self.ignored.iter().any(|ignored| ignored == word))
            .collect()
    }

    /// Whether `query` names an acute topic: its words but the ignored ones have [`ACUTE_LETTERS`] letters or
    /// more, and each starts a word of an acute option's label or search words ("selvm" on the way to "selvmord",
    /// "jeg vil tage mit liv").
    pub fn is_acute(&self, query: &Query) -> bool {
        let words = self.meaningful(query);
        let letters: usize = words.iter().map(|word| word.chars().count()).sum();
        letters >= ACUTE_LETTERS
            && words
                .iter()
                .all(|word| parts_before(&self.acute, word).any(str::is_empty))
    }

    /// How well `offer` fits the meaningful `words` of a query, or `None` if some word is missing. An offer the
    /// index does not know never fits.
    fn fit(&self, offer: &Offer, words: &[&str]) -> Option<Fit> {
        let entry = self
            .entries
            .iter()
            .find(|entry| entry.offer.id == offer.id)?;
        let has_all = |text: &str| words.iter().all(|word| has_word(text, word));
        if has_all(&entry.name) {
            Some(Fit::Name)
        } else if has_all(&entry.main_topic) {
            Some(Fit::MainTopic)
        } else {
            has_all(&entry.everything).then_some(Fit::Text)
        }
    }

    /// The offers of `offers` that have every word of `query` but the ignored ones: those whose name has them
    /// first, then those whose main topic has them, then the rest, each group in the order given. A query with no
    /// other words returns `offers` as they are.
    pub fn filter(&self, offers: &[&'a Offer], query: &Query) -> Vec<&'a Offer> {
        let words = self.meaningful(query);
        let fitting: Vec<(Fit, &'a Offer)> = offers
            .iter()
            .filter_map(|&offer| self.fit(offer, &words).map(|fit| (fit, offer)))
            .collect();
        let by = |wanted: Fit| {
            fitting
                .iter()
                .filter(move |(fit, _)| *fit == wanted)
                .map(|(_, offer)| *offer)
        };
        by(Fit::Name)
            .chain(by(Fit::MainTopic))
            .chain(by(Fit::Text))
            .collect()
    }
}
