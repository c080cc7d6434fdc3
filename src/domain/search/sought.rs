//! How each typed word is looked for: in which language's texts, in which form, or as the word a typo or a
//! compound's part is read as.

use super::super::text::{Lang, TYPO_LETTERS, spelt_plainly, starts_alike, typos, typos_allowed};
use super::SearchIndex;
use super::index::{Entry, KnownWord};
use super::query::Word;
use super::words::{
    WHOLE_ONLY_LETTERS, ends_compound, forms, has_whole_word, has_word, has_word_uncompounded,
    spelt_plainly_before_ending, starts_compound, starts_word, stems,
};

/// A typed word as a search looks for it: in which form, and in which language's texts.
pub(super) struct Sought<'w> {
    /// The word, or the first of its [`stems`] an offer has, or the word it was read as a typo of (or that word's
    /// first such stem).
    pub(super) form: &'w str,
    /// The page's language, or `None` for every language.
    pub(super) language: Option<&'static str>,
    /// The word it was read as a typo of, if it was.
    pub(super) typo_of: Option<&'w KnownWord>,
    /// Whether the word only says who is involved ([`SearchIndex::says_only_who`]).
    pub(super) says_only_who: bool,
    /// Whether it is looked for only as a whole word ([`WHOLE_ONLY_LETTERS`]).
    whole: bool,
}

impl Sought<'_> {
    /// Whether the texts of `entry` have the word as it is looked for: with `only_acute` (an acute word under the
    /// crisis prompt), only where a word starts, as inside a compound it may mean something else ("skade", harm, in
    /// "hjerneskade", brain injury); a word of who is involved where the offer says whom it is for, or as a word of
    /// its own, as "mor" (mother) starts "morgenmad" (breakfast) and listed Perron 4 for "min mor drikker"; any
    /// other as [`Sought::is_in`] finds it.
    pub(super) fn is_had_by(&self, entry: &Entry, only_acute: bool) -> bool {
        let texts = entry.texts(self.language);
        if only_acute {
            starts_word(&texts.everything, self.form)
        } else if self.says_only_who {
            self.is_in(&texts.name)
                || self.is_in(&texts.needs)
                || has_word_uncompounded(&texts.everything, self.form)
        } else {
            self.is_in(&texts.everything)
        }
    }

    /// Whether the folded `text` has the word as it is looked for: as a whole word, or as [`has_word`] finds it.
    /// Finding an offer and ordering those found ask the same, so an offer is never ranked by a word it was not
    /// found by.
    pub(super) fn is_in(&self, text: &str) -> bool {
        if self.whole {
            has_whole_word(text, self.form)
        } else {
            has_word(text, self.form)
        }
    }
}

impl<'a> SearchIndex<'a> {
    /// Whether the folded `word` is a whole word of the options' texts in `lang`.
    fn is_option_word(&self, word: &str, lang: Lang) -> bool {
        self.option_words
            .iter()
            .any(|(code, words)| code == lang.0 && words.contains(word))
    }

    /// The word naming an offer or a need, in the page's language `lang`, that the folded `word`, which no offer
    /// has, is most likely a typo of: the fewest typos ([`typos_allowed`]), then the most offers, then the first
    /// in the alphabet. Only in the page's language: on the Danish page, "sport" is no typo of the English "short".
    /// A word spelt with a plain letter for each æ, ø and å ([`spelt_plainly`]) has no typos, however short: "born"
    /// is "børn", "rad" "råd"; so has one whose stem is spelt so ("foraldrene" is "forældre").
    fn typo_of(&self, word: &Word, lang: Lang) -> Option<&KnownWord> {
        let letters: Vec<char> = word.folded.chars().collect();
        let most = typos_allowed(letters.len());
        // Not when a form of it is a word of its own: "svarene" (the answers) is no "svære" by its stem "svare".
        let plain_forms: Vec<Vec<char>> = if forms(&word.folded).any(|form| self.is_own_word(form))
        {
            Vec::new()
        } else if word.letters.iter().all(char::is_ascii) {
            forms(&word.folded)
                .map(|form| form.chars().collect())
                .collect()
        } else {
            vec![word.letters.clone()]
        };
        // Counted on the folded letters, where "hjaelp" is "hjælp", and on the letters as typed, where a typo on an
        // æ, ø or å is one ("autisøe"), not two; either way only from a word that starts alike ([`starts_alike`]).
        let typos_from = |known: &KnownWord| {
            // Also spelt so up to an inflection ending: "lagevagt" is the clinic's "lægevagten", as "lægevagt" finds
            // it.
            if plain_forms.iter().any(|form| {
                spelt_plainly(form, &known.spelt_letters)
                    || spelt_plainly_before_ending(form, &known.spelt_letters)
            }) {
                return Some(0);
            }
            if most == 0 || !known.reads_typos() {
                return None;
            }
            let alike = |typed: &[char], known: &[char]| {
                starts_alike(typed, known)
                    .then(|| typos(typed, known, most))
                    .flatten()
            };
            alike(&letters, &known.letters)
                .into_iter()
                .chain(alike(&word.letters, &known.spelt_letters))
                .min()
        };
        self.known
            .iter()
            .filter(|known| known.language == lang.0)
            .filter_map(|known| Some((typos_from(known)?, known)))
            .min_by(|(typos_a, a), (typos_b, b)| {
                typos_a
                    .cmp(typos_b)
                    .then(b.offers.cmp(&a.offers))
                    .then(a.folded.cmp(&b.folded))
            })
            .map(|(_, known)| known)
    }

    /// The longest word naming an offer or a need, in the page's language `lang`, that the folded `word`, which no
    /// offer has, is a compound of: as its first part ([`starts_compound`]: "angstbehandling" starts with "angst",
    /// "alkoholproblemer" with "alkohol"), else as its last part ([`ends_compound`]: "ungdomsuddannelse" ends with
    /// "uddannelse", "bedsteforældre" with "forældre"). The
    /// first part of a Danish compound is the more telling of the two: "angst" says more than "behandling".
    fn compound_part(&self, word: &str, lang: Lang) -> Option<&KnownWord> {
        // Also a part typed with a plain a or o for each æ, ø and å, as long as a typo may be read in it:
        // "bedsteforaldre" (bedsteforældre), but "lage" (læge) in no compound.
        let is_plainly_part = |is_part: &dyn Fn(&str, &str) -> bool, known: &KnownWord| {
            known
                .plain
                .as_ref()
                .is_some_and(|plain| plain.len() >= TYPO_LETTERS && is_part(word, plain))
        };
        let longest = |is_part: &dyn Fn(&str, &str) -> bool| {
            self.known
                .iter()
                .filter(|known| {
                    known.language == lang.0
                        && known.names_a_need()
                        && known.reads_typos()
                        && (is_part(word, &known.folded) || is_plainly_part(is_part, known))
                })
                .max_by_key(|known| known.letters.len())
        };
        // A last part that says too little of the need is a reading only after a first part that starts a word of a
        // need ("stofmisbrug", of "stoffer"): "gældsrådgivning" (debt advice) listed every offer of advice, and
        // "spillemisbrug" (gambling) the offers about alcohol and drugs.
        let starts_a_need = |first: &str| {
            let first = first.strip_suffix('s').unwrap_or(first);
            self.known.iter().any(|known| {
                known.language == lang.0
                    && known.names_a_need()
                    && known.reads_typos()
                    && known.folded.starts_with(first)
            })
        };
        // Nor a last part inside a longer one that is a word of its own, no typo: "computerspiller" ends with
        // "spiller" (plays), not with "piller" (pills).
        let ends_with_own_word = |word: &str, part: &str| {
            self.not_typos.0.iter().any(|own| {
                own.len() > part.len() && own.ends_with(part) && word.ends_with(own.as_str())
            })
        };
        let telling_end = |word: &str, part: &str| {
            ends_compound(word, part)
                && !ends_with_own_word(word, part)
                && (!self.vague_compound_ends.iter().any(|vague| vague == part)
                    || word.strip_suffix(part).is_some_and(starts_a_need))
        };
        longest(&starts_compound).or_else(|| longest(&telling_end))
    }

    /// How to look for the `typed` word on a page in `lang`. In that language's texts when an offer has the word
    /// there as typed, or, unless it is a word of another language (an offer has it as typed only there), without
    /// an ending; else in every language, so "autism" or "homeless" on the Danish page still finds what it names,
    /// unless the options' texts in `lang` have it: "dø" is a Danish word, not the start of the English "does".
    /// Then in the first of its [`stems`] an offer has, else as typed: the shorter form finds the word too, as a
    /// typed word finds longer ones ("psykiske" finds the offers with "psykisk" as well as the one with
    /// "psykiske"). A word no offer has in any form is looked for as the word it is most likely a typo of, else as
    /// the part of a compound it or its stem is, if any, unless it is `acute` (one of the words
    /// [`SearchIndex::is_acute`] found acute: "stalking" is not "talking"), a line's word, or one of the editors'
    /// words that are no typos ("skilt" is not "skidt").
    pub(super) fn sought<'w>(&'w self, typed: &'w Word, lang: Lang, acute: bool) -> Sought<'w> {
        let word = typed.folded.as_str();
        let says_only_who = self.says_only_who(typed);
        let page = Some(lang.0);
        let elsewhere = if self.is_option_word(word, lang) {
            page
        } else {
            None
        };
        // The first of a word's stems that an offer has in `language`'s texts.
        let first_stem_of =
            |word: &'w str, language| stems(word).find(|stem| self.any_has(stem, language));
        let first_stem = |language| first_stem_of(word, language);
        let found = |form: &'w str, language| Sought {
            form,
            language,
            typo_of: None,
            says_only_who,
            whole: form.chars().count() == WHOLE_ONLY_LETTERS
                && self
                    .entries
                    .iter()
                    .any(|entry| has_whole_word(&entry.texts(language).everything, form)),
        };
        if self.any_has(word, page) {
            found(first_stem(page).unwrap_or(word), page)
        } else if self.any_has(word, elsewhere) {
            found(first_stem(elsewhere).unwrap_or(word), elsewhere)
        } else if let Some(stem) = first_stem(page) {
            found(stem, page)
        } else if let Some(stem) = first_stem(elsewhere) {
            found(stem, elsewhere)
        } else if !acute
            && !self.names_a_line(word)
            && !self.is_own_word(word)
            && let Some(known) = self.typo_of(typed, lang).or_else(|| {
                // The compound as typed, else without its ending: "stofmisbruger" is "stofmisbrug", which ends
                // with "misbrug".
                forms(word).find_map(|form| self.compound_part(form, lang))
            })
        {
            // Looked for as if typed: by the first of its stems an offer has, so that "skolevægring", read as
            // "skole", finds what "skole" finds, not also the name "Recoveryskolen" by the word as it is.
            let form = first_stem_of(&known.folded, page).unwrap_or(&known.folded);
            Sought {
                form,
                language: page,
                typo_of: Some(known),
                says_only_who,
                whole: false,
            }
        } else {
            found(word, elsewhere)
        }
    }
}
