//! What someone typed, read as words.

use super::super::text::latin1_lowercase;
use super::words::{folded, forms, is_word_character};

/// One word someone typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Word {
    /// As typed, to name it back ("Ingen af tilbuddene nævner »ked«").
    pub(super) typed: String,
    /// As searches compare it ([`folded`]).
    pub(super) folded: String,
    /// Its letters as typed, in lowercase, so a typo beside an æ, ø or å counts as one ("autisøe").
    pub(super) letters: Vec<char>,
}

impl Word {
    /// Whether it is a number: part of a phone number ("8915"), a line's ("112") or an age ("17").
    pub(super) fn is_number(&self) -> bool {
        self.folded.chars().all(|c| c.is_ascii_digit())
    }
}

/// `words` with each sign of a paragraph of the law (`is_sign`: "§", or a word for it such as "paragraf") that comes
/// before a number joined to it as one word, "§85", as [`folded`] makes "§ 85" in the texts; named back as typed.
pub(super) fn joined_paragraphs(words: Vec<Word>, is_sign: impl Fn(&Word) -> bool) -> Vec<Word> {
    let mut joined: Vec<Word> = Vec::with_capacity(words.len());
    for word in words {
        match joined.last_mut() {
            Some(sign)
                if is_sign(sign) && word.folded.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                sign.typed = format!("{} {}", sign.typed, word.typed);
                sign.folded = format!("§{}", word.folded);
                sign.letters = sign.folded.chars().collect();
            }
            _ => joined.push(word),
        }
    }
    joined
}

/// What someone typed, as words to look for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub(super) words: Vec<Word>,
}

impl Query {
    /// Reads a typed query. Blank input is the empty query, which finds everything. The words are split where
    /// [`folded`] puts a space, so each folds to exactly one searchable word.
    pub fn parse(typed: &str) -> Query {
        let words = typed
            .split(|c| !is_word_character(latin1_lowercase(c)))
            .filter(|word| !word.is_empty())
            .map(|word| Word {
                typed: word.to_owned(),
                folded: folded(word),
                letters: word.chars().map(latin1_lowercase).collect(),
            })
            .collect();
        // "§ 85" is one word, as [`folded`] makes it in the texts.
        Query {
            words: joined_paragraphs(words, |word| word.folded == "§"),
        }
    }

    /// True when nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Each word's [`forms`], as phrases are matched: worked out once per keystroke, for the crisis phrases, the
    /// ways of saying that no referral is wanted and the editors' sayings alike.
    pub(super) fn word_forms(&self) -> Vec<Vec<&str>> {
        self.words
            .iter()
            .map(|word| forms(&word.folded).collect())
            .collect()
    }
}
