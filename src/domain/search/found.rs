//! What a search found, as the page shows it.

use super::super::catalogue::{Catalogue, CrisisLine, Offer};
use super::super::ranking::Exclusion;
use super::super::text::{Lang, LocalizedText};
// Named only in the documentation.
#[cfg(doc)]
use super::super::questions::Questions;
#[cfg(doc)]
use super::{SEARCHED_WORDS, SearchIndex};

/// What a search found.
#[derive(Clone, Debug, Default)]
pub struct Found<'a> {
    /// The offers, best first.
    pub offers: Vec<&'a Offer>,
    /// True when no offer has every word of a search of several: `offers` then have as many of them as any offer
    /// has, and the page must say that they fit only in part.
    pub partial: bool,
    /// The words, as typed, that none of the offers searched has (only with `partial`), so the page can name them:
    /// a word no offer uses, or a typo.
    pub not_found: Vec<String>,
    /// Each typed word that no offer has and that was read as a typo or by a part of it, with the word searched for
    /// instead, as the texts spell it: ("autsime", "autisme"), ("angstbehandling", "angst"). The page must say so,
    /// since the guess may be wrong.
    pub corrected: Vec<(String, String)>,
    /// True when the query names an acute topic ([`SearchIndex::is_acute`]): the page points to crisis help first.
    /// The offers are then those its calm words find, as in any search, or, without calm words, those with every
    /// acute word; an acute word is never in `not_found`.
    pub acute: bool,
    /// The crisis lines to show first: for the acute options and words the query names, under 112 (Livslinien for
    /// "selvmord", Center for Voldtægtsofre for "voldtægt", none for "vold"), then those whose name has every word
    /// of it ("livslinien", "lægevagt", "børnetelefonen"), in the catalogue's order, then those the editors suggest
    /// for the age the query states (Børnetelefonen for "jeg er 14"). Each once.
    pub lines: Vec<&'a CrisisLine>,
    /// In a partial fit whose offers have only words that say who is involved ([`Questions::search_people_words`]),
    /// those words as typed: "far" in "min far er død", "son" in "my son has adhd". The offers then fit whoever it
    /// is about, not what, and the page must say so and point to where one can ask about anything. Empty otherwise.
    pub found_only_by_who: Vec<String>,
    /// When words of who is involved ("kone" in "min kone er deprimeret") narrowed `offers` to those for families
    /// or relatives, the offers the other words find that are not among them: those for the person it is about,
    /// which a relative may pass on. Best first; empty otherwise.
    pub for_the_person: Vec<&'a Offer>,
    /// True when the query says that no referral is wanted ([`Questions::search_no_referral`]): the offers are
    /// only those one can start on one's own, and the page must say so.
    pub no_referral: bool,
    /// True when the query asks where one can just come in ([`Questions::search_walk_in`]): the offers are only
    /// those one can walk in to, and the page must say so.
    pub walk_in: bool,
    /// True when the query asks for someone to call or write to now ([`Questions::search_lines`]) and names no
    /// crisis: `lines` has every line, and `offers` only those its other words find, if it has any.
    pub asks_for_lines: bool,
    /// How many of the query's last words were not searched for, after the first [`SEARCHED_WORDS`]: the page must
    /// say so. They were still read for crisis words.
    pub words_left_out: usize,
    /// The age the query states in one of the editors' ways ([`Questions::search_age_phrases`]: "jeg er 16", "min søn
    /// på 17 år"), if any. The offers found that are for another age are then in `other_age`, not in `offers` or
    /// `for_the_person`.
    pub age: Option<u8>,
    /// The offers found whose age limits rule out `age`, best first, each with the limit that does: the page lists
    /// them apart, with the reason, as the results list the near misses. "jeg er 16 og har angst" had listed
    /// Psykiatriens Hus, which is for adults, among the offers that fit. With no `age`, the words name an adult
    /// ([`Questions::search_adults`]: "min mor har et handicap"), and these are the offers for children only.
    pub other_age: Vec<(&'a Offer, Vec<Exclusion>)>,
    /// True when every offer the words find is for another age, so `offers` are those for `age` with the most of
    /// the words: the page must say that no offer *for that age* has them all, as one in `other_age` does.
    pub partial_for_the_age: bool,
    /// True when every word of a calm query is an ignored word or a number ("hjælp", "jeg har problemer", "17"):
    /// it says nothing about what is wanted, so no offer is left out, and the page must say that it cannot tell
    /// what is looked for, not that every offer fits. Not when it asks for a way in ("uden henvisning").
    pub says_nothing: bool,
    /// The name of the municipal unit the query names ([`Offer::part_of`]: "Center for Børnehandicap og Autisme"),
    /// whose offers are then `offers`: the page must say that they belong to it, as a card may not name it.
    pub unit: Option<&'a LocalizedText>,
}

impl<'a> Found<'a> {
    /// The lines the search names by their names ("livslinien", "lægevagten"), to show with the offers: none after
    /// an acute search, whose [`Found::lines`] go in the crisis prompt.
    pub fn named_lines(&self) -> &[&'a CrisisLine] {
        if self.acute { &[] } else { &self.lines }
    }

    /// Whether the page must point on, to the questions and the places where one can ask about anything: it found
    /// no offer and no line, or offers only by who is involved ([`Found::found_only_by_who`]). A search that finds
    /// nothing does not end the road.
    pub fn points_on(&self) -> bool {
        (self.offers.is_empty() && self.named_lines().is_empty())
            || !self.found_only_by_who.is_empty()
    }

    /// Whether only offers that need no referral were searched: "Kun tilbud uden henvisning" is `ticked`, or the
    /// query asks for it ("psykolog uden henvisning"). The page then says so of the words no offer has, and in its
    /// count.
    pub fn only_no_referral(&self, ticked: bool) -> bool {
        ticked || self.no_referral
    }

    /// The places where one can ask about anything ([`Catalogue::for_anything`]) that the page points on to when
    /// it [`points_on`](Found::points_on), alphabetically by name in `lang`. None after an acute search, whose way
    /// on is crisis help: a complaints office is no answer to "selvmord".
    pub fn places_to_ask<'c>(&self, catalogue: &'c Catalogue, lang: Lang) -> Vec<&'c Offer> {
        if self.points_on() && !self.acute {
            catalogue.for_anything(lang)
        } else {
            Vec::new()
        }
    }

    /// Whether `other` shows what this shows: the same offers and lines of the bundle, compared by address, and
    /// the same words, age and flags. The page builds its sections anew only when it does not. Every field is
    /// named below, without `..`, so that a field added to `Found` cannot be left out of the comparison: the
    /// compiler asks for it (one left out had kept the page's sentence about a partial fit for an age unchanged).
    pub fn shows_the_same_as(&self, other: &Found) -> bool {
        // Every field, in the order compared below; on few lines, as a list of names.
        #[rustfmt::skip]
        let Found {
            offers, lines, for_the_person, other_age, partial, not_found, corrected, acute, found_only_by_who,
            no_referral, walk_in, asks_for_lines, words_left_out, age, partial_for_the_age, says_nothing, unit,
        } = self;
        // Each offer's limits and the age decide why it is apart, and the age is compared too.
        let same_other_age = other_age.len() == other.other_age.len()
            && other_age
                .iter()
                .zip(&other.other_age)
                .all(|((a, _), (b, _))| std::ptr::eq(*a, *b));
        same_entries(offers, &other.offers)
            && same_entries(lines, &other.lines)
            && same_entries(for_the_person, &other.for_the_person)
            && same_other_age
            && (
                partial,
                not_found,
                corrected,
                acute,
                found_only_by_who,
                no_referral,
            ) == (
                &other.partial,
                &other.not_found,
                &other.corrected,
                &other.acute,
                &other.found_only_by_who,
                &other.no_referral,
            )
            && (
                walk_in,
                asks_for_lines,
                words_left_out,
                age,
                partial_for_the_age,
                says_nothing,
                unit,
            ) == (
                &other.walk_in,
                &other.asks_for_lines,
                &other.words_left_out,
                &other.age,
                &other.partial_for_the_age,
                &other.says_nothing,
                &other.unit,
            )
    }
}

/// A sentence the offers page says above the offers about what it shows ([`Found::sentences`]). The page words
/// each one in the current language. The domain decides which sentences are said, in which order, and with which
/// numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FoundSentence<'a> {
    /// An acute search found no offer. The page says that the offers are help in daily life, not acute help. It
    /// says this under the way to crisis help, not "try another word".
    AcuteNone,
    /// No offer, and the search asked for someone to call now ("hvem har åbent nu"): the lines are the answer.
    LinesAsked,
    /// No offer, but the search named lines ("livslinien"), which follow.
    NoneButLines,
    /// No offer fits. The page says to try another word, or, when "Kun tilbud uden henvisning" is `ticked`, to
    /// take the tick away.
    NoneFits {
        /// Whether "Kun tilbud uden henvisning" is ticked.
        ticked: bool,
    },
    /// No offer has every word. These `count` offers have the most of them. With `no_referral`, only offers that
    /// need no referral were searched.
    Partial {
        /// How many offers are shown.
        count: usize,
        /// Whether only offers that need no referral were searched.
        no_referral: bool,
    },
    /// Every offer with all the words is for another age than the stated `age`. These `count` offers are for that
    /// age and have the most of the words.
    PartialForAge {
        /// How many offers are shown.
        count: usize,
        /// The age the search states.
        age: u8,
    },
    /// Every offer with all the words is for children, and the words name an adult ("min mor"). These `count`
    /// offers are for adults and have the most of the words.
    PartialForAdult {
        /// How many offers are shown.
        count: usize,
    },
    /// Every word says nothing of what is wanted ("hjælp"). The page says it cannot tell what is sought, not that
    /// every offer fits.
    SaysNothing,
    /// `count` offers fit: those the search finds (`searching`), those that need no referral (`no_referral`), or
    /// both.
    Fit {
        /// How many offers are shown.
        count: usize,
        /// Whether a search narrowed the list.
        searching: bool,
        /// Whether only offers that need no referral are shown.
        no_referral: bool,
    },
    /// The search named a municipal unit, and all `count` offers belong to it. A card may not name it.
    Unit {
        /// How many offers are shown.
        count: usize,
        /// The unit's name.
        unit: &'a LocalizedText,
    },
    /// Further down the page, `count` offers for the person it is about ([`Found::for_the_person`]).
    ForThePerson {
        /// How many such offers follow.
        count: usize,
    },
    /// At the bottom of the page, `count` offers for another age ([`Found::other_age`]).
    OtherAge {
        /// How many such offers follow.
        count: usize,
    },
}

impl<'a> Found<'a> {
    /// What the page says about the offers it shows, one sentence after another. `searching` is true when
    /// something is typed. `ticked` is true when "Kun tilbud uden henvisning" is ticked. Nothing is said when
    /// neither narrows the list. Without a search, `self` holds the offers shown and no other findings.
    ///
    /// A list with no offer says why first: an acute search, a request for lines, lines named, or nothing found.
    /// A partial fit comes next, then a search of words that say nothing, then the count. Only the count is
    /// followed by the unit and by the offers for the person. Any list is followed by the offers for another age.
    /// The texts have no sentence for a partial fit for an age with only offers that need no referral, so such
    /// a fit is said as [`FoundSentence::Partial`].
    pub fn sentences(&self, searching: bool, ticked: bool) -> Vec<FoundSentence<'a>> {
        let no_referral = self.only_no_referral(ticked);
        if !searching && !no_referral {
            return Vec::new();
        }
        let count = self.offers.len();
        let first = if count == 0 {
            if self.acute {
                FoundSentence::AcuteNone
            } else if self.asks_for_lines {
                FoundSentence::LinesAsked
            } else if !self.named_lines().is_empty() {
                FoundSentence::NoneButLines
            } else {
                FoundSentence::NoneFits { ticked }
            }
        } else if self.partial {
            match self.age {
                Some(age) if self.partial_for_the_age && !no_referral => {
                    FoundSentence::PartialForAge { count, age }
                }
                None if self.partial_for_the_age && !no_referral => {
                    FoundSentence::PartialForAdult { count }
                }
                _ => FoundSentence::Partial { count, no_referral },
            }
        } else if self.says_nothing {
            FoundSentence::SaysNothing
        } else {
            FoundSentence::Fit {
                count,
                searching,
                no_referral,
            }
        };
        let mut sentences = vec![first];
        if matches!(first, FoundSentence::Fit { .. }) {
            if let Some(unit) = self.unit {
                sentences.push(FoundSentence::Unit { count, unit });
            }
            if !self.for_the_person.is_empty() {
                let count = self.for_the_person.len();
                sentences.push(FoundSentence::ForThePerson { count });
            }
        }
        if !self.other_age.is_empty() {
            let count = self.other_age.len();
            sentences.push(FoundSentence::OtherAge { count });
        }
        sentences
    }
}

/// Whether two lists hold the same entries of the bundle, in the same order, compared by address: a search found
/// the same offers or lines again, without comparing their texts.
pub fn same_entries<T>(a: &[&T], b: &[&T]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| std::ptr::eq(*x, *y))
}
