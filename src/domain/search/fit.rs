//! How well an offer fits the words it has, and so where it goes in the list.

use super::super::catalogue::{Audience, Offer};
use super::super::order::sort_short_by;
use super::super::text::Lang;
use super::SearchIndex;
use super::index::{Entry, Texts};
use super::query::Word;
use super::sought::Sought;
use super::words::{forms, has_word};
use std::borrow::Cow;
// Named only in the documentation.
#[cfg(doc)]
use super::Found;

/// What the words an offer has, in a search that fits only in part, say about it, most telling first. In "ung med
/// angst" (young, with anxiety), no offer has both words: "angst" names what the anxiety offers are for, while
/// "ung" only starts "unge" in the names of the offers for young people, which came first by [`Fit`] alone.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Telling {
    /// A word no other offer's name has as a whole word names this offer: "jobrus" in "jobrus angst".
    NamesIt,
    /// A word of what it is for: its topics' and kinds of help's labels and search words.
    Need,
    /// Other words only.
    Other,
}

/// How well an offer fits a query, best first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Fit {
    /// Its name has every word as a whole word: "act" is the ACT team's name, and only starts "Activity".
    NameWords,
    /// Its name has every word.
    Name,
    /// Its own texts (not the labels of its topics) have the words as typed, two or more, in a row
    /// ([`SearchIndex::phrases`]): "hjælpe andre" (help others) is what the peer education teaches, while the
    /// substance offers, which came first by their main topic, have "andre" only in its label "andre stoffer"
    /// (other drugs).
    Phrase,
    /// Its main topic's search words have every word: "psykisk" is one of mental health, which lists it, while
    /// the disability offers have it only in the label "Fysisk eller psykisk handicap" and came first by name.
    MainTopicWords,
    /// Its main topic's label and search words have every word.
    MainTopic,
    /// Its texts together have every word.
    Text,
}

/// Where an offer a search found goes in the list: by these fields, in this order, then as given.
#[derive(Clone, Copy)]
struct Place<'a> {
    /// It has every word but those of who is involved ([`Found::for_the_person`]): last, to be split off.
    pub(super) for_the_person: bool,
    /// What the words it has say about it, in a partial fit.
    pub(super) telling: Telling,
    /// How well it fits those words.
    pub(super) fit: Fit,
    /// Its name lacks the words of who is involved that were left out ("unge" in "unge med autisme").
    lacks_who: bool,
    /// It is made for a condition none of the words names ([`SearchIndex::is_for_others`]).
    for_others: bool,
    /// The offer.
    pub(super) offer: &'a Offer,
}

impl Place<'_> {
    /// What the list is ordered by.
    pub(super) fn key(&self) -> (bool, Telling, Fit, bool, bool) {
        (
            self.for_the_person,
            self.telling,
            self.fit,
            self.lacks_who,
            self.for_others,
        )
    }
}

/// The offers a search's words fit ([`SearchIndex::ranked`]), with what the page says of them: the fields of
/// [`Found`] of the same names.
pub(super) struct Ranked<'a> {
    pub(super) offers: Vec<&'a Offer>,
    pub(super) for_the_person: Vec<&'a Offer>,
    pub(super) partial: bool,
    pub(super) not_found: Vec<String>,
    pub(super) corrected: Vec<(String, String)>,
    pub(super) found_only_by_who: Vec<String>,
}

impl<'a> SearchIndex<'a> {
    /// What `words`, all of which the texts of `entry` have, say about it ([`Telling`]).
    pub(super) fn telling(&self, entry: &Entry, words: &[&Sought]) -> Telling {
        // A word of the name as it is or without an ending, as the word may be sought as its stem ("jobru").
        let is_name_word = |entry: &Entry, word: &Sought| {
            let name = &entry.texts(word.language).name;
            name.split(' ')
                .any(|name_word| forms(name_word).any(|form| form == word.form))
        };
        // Other offers' names are read only for a word of this one's, which is rare.
        let names_it = words.iter().any(|word| {
            is_name_word(entry, word)
                && !self
                    .entries
                    .iter()
                    .any(|other| other.offer.id != entry.offer.id && is_name_word(other, word))
        });
        if names_it {
            Telling::NamesIt
        } else if words
            .iter()
            .any(|word| word.is_in(&entry.texts(word.language).needs))
        {
            Telling::Need
        } else {
            Telling::Other
        }
    }

    /// The runs of `words` as typed, folded and with a space around, that an offer's own texts may have: two words
    /// or more in a row, with every word that is not ignored, and ignored words around them. "jeg vil gerne hjælpe
    /// andre" has "hjælpe andre" (help others), what the peer education teaches. A run must have every word not
    /// ignored: "with autism" would put any text about autism first for "who can help my son with autism", whose
    /// words of need are "son" and "autism".
    pub(super) fn phrases(&self, words: &[Word]) -> Vec<String> {
        let sought = || {
            let places = words.iter().enumerate();
            places
                .filter(|(_, word)| !self.is_ignored(&word.folded))
                .map(|(at, _)| at)
        };
        let (Some(first), Some(last)) = (sought().next(), sought().next_back()) else {
            return Vec::new();
        };
        // A text with a longer run has these shorter ones in a row too: the words from the first to the last word
        // of need, or one of need with the word before or after it.
        // (An empty run stands for none.)
        let runs = if first < last {
            [first..last + 1, 0..0]
        } else {
            [
                first.saturating_sub(1)..first + 1,
                first..words.len().min(first + 2),
            ]
        };
        let folded = |run: std::ops::Range<usize>| {
            let run = words.get(run).unwrap_or_default().iter();
            let run: Vec<&str> = run.map(|word| word.folded.as_str()).collect();
            format!(" {} ", run.join(" "))
        };
        runs.into_iter()
            .filter(|run| run.len() > 1)
            .map(folded)
            .collect()
    }

    /// Whether `entry` is made for people with a condition ([`Offer::only_if_about`]) that none of `words` names:
    /// among offers that fit as well, it comes after the others. "Boliger til unge med autisme" came first for
    /// "jeg har ingen bolig" and "ingen steder at sove i nat", before Skæve boliger and the homeless' help.
    fn is_for_others(entry: &Entry, words: &[Sought]) -> bool {
        !entry.offer.only_if_about.is_empty()
            && !words
                .iter()
                .any(|word| word.is_in(&entry.texts(word.language).conditions))
    }

    /// How well `entry` fits `words`, all of which its texts have: by whole words of its name, by its name, by one
    /// of `phrases` ([`SearchIndex::phrases`]), by its main topic, or by the texts together. An offer only for
    /// relatives and made for a condition none of the words names (`for_others`) fits by no phrase, nor by its name
    /// when every word is one of the kind of help it gives.
    pub(super) fn fit(
        entry: &Entry,
        words: &[&Sought],
        phrases: &[String],
        for_others: bool,
    ) -> Fit {
        let has_all = |part: fn(&Texts) -> &str| {
            words
                .iter()
                .all(|word| word.is_in(part(entry.texts(word.language))))
        };
        let for_relatives_of_others =
            for_others && !entry.offer.audiences.contains(&Audience::Person);
        // Nor by its name, when every word is one of the kind of help it gives: "Talk groups for relatives of people
        // with brain injury" came first for "I need someone to talk to". Its other words still name it: "talk
        // groups", and "søskende" the sibling groups, as whom an offer for relatives is for is what it is.
        let by_name = !for_relatives_of_others || !has_all(|texts| &texts.help);
        let whole_words = words.iter().all(|word| {
            entry
                .texts(word.language)
                .name
                .split(' ')
                .any(|name_word| name_word == word.form)
        });
        if by_name && whole_words {
            Fit::NameWords
        } else if by_name && has_all(|texts| &texts.name) {
            Fit::Name
        // "social worker" listed the respite for children with a handicap second, whose text says to apply
        // through one; the peer education still comes first for "hjælpe andre", though it is made for mental
        // health, as it is for the person.
        } else if !for_relatives_of_others
            && phrases
                .iter()
                .any(|phrase| entry.own.contains(phrase.as_str()))
        {
            Fit::Phrase
        } else if has_all(|texts| &texts.main_topic_words) {
            Fit::MainTopicWords
        } else if has_all(|texts| &texts.main_topic) {
            Fit::MainTopic
        } else {
            Fit::Text
        }
    }

    /// The offers of `offers` that the `words` (all calm, or with `only_acute` all acute) fit best, in the order a
    /// page in `lang` lists them ([`SearchIndex::search`] says how), or `None` when no offer has any of them, or,
    /// with `only_acute`, every one. `phrases` are the runs of words an offer's own texts may have
    /// ([`SearchIndex::phrases`]), and `left_out` the words of who is involved left out as said by chance.
    pub(super) fn ranked(
        &self,
        offers: &[&'a Offer],
        words: &[&Word],
        lang: Lang,
        only_acute: bool,
        phrases: &[String],
        left_out: &[(&Word, Option<usize>)],
    ) -> Option<Ranked<'a>> {
        // How to look for each word, then, for each offer the index knows, the words its texts have.
        // The words looked for are either all calm or, with `only_acute`, all acute.
        let sought: Vec<Sought> = words
            .iter()
            .map(|word| self.sought(word, lang, only_acute))
            .collect();
        let having: Vec<(&'a Offer, &Entry, Vec<&Sought>)> = offers
            .iter()
            .filter_map(|&offer| {
                let entry = self.entry(offer)?;
                let has = sought
                    .iter()
                    .filter(|word| word.is_had_by(entry, only_acute))
                    .collect();
                Some((offer, entry, has))
            })
            .collect();
        let most = having
            .iter()
            .map(|(_, _, has)| has.len())
            .max()
            .unwrap_or(0);
        let partial = most < words.len();
        if most == 0 || (partial && only_acute) {
            return None;
        }
        // Each word with how it was looked for, split by whether any offer has it: worked out once per word.
        type Looked<'w, 's> = Vec<(&'w Word, &'s Sought<'s>)>;
        let (had, not_had): (Looked, Looked) =
            words
                .iter()
                .copied()
                .zip(&sought)
                .partition(|(_, looked_for)| {
                    having
                        .iter()
                        .any(|(_, _, has)| has.iter().any(|word| std::ptr::eq(*word, *looked_for)))
                });
        let typed = |(word, _): &(&Word, &Sought)| word.typed.clone();
        let not_found = if partial {
            not_had.iter().map(typed).collect()
        } else {
            Vec::new()
        };
        let found_only_by_who = if partial && had.iter().all(|(word, _)| self.says_only_who(word)) {
            had.iter().map(typed).collect()
        } else {
            Vec::new()
        };
        let corrected = had
            .iter()
            .filter_map(|(word, looked_for)| {
                Some((word.typed.clone(), looked_for.typo_of?.spelt.clone()))
            })
            .collect();
        // "kone" in "min kone er deprimeret" found Recoveryskolen's courses for relatives alone; the offers with
        // every other word, for the wife herself, follow apart. Not in a partial fit, which already lists the
        // offers with either.
        let needs = sought.iter().filter(|word| !word.says_only_who).count();
        let apart = !partial && needs > 0 && needs < words.len();
        // Narrowed only by an offer for relatives that is not made for a condition none of the words names: "min far
        // er ensom" found the autism centre alone, with "far" among its topics' words and "ensom" in its text, and
        // set the drop-in places apart. Then every offer with the words of the need fits, those made for another
        // condition last.
        let narrowed = apart
            && having
                .iter()
                .any(|(_, entry, has)| has.len() == most && !Self::is_for_others(entry, &sought));
        // In a partial fit, the offers differ in which words they have, and the more telling come first; in a
        // whole fit, every offer has every word. Those for the person it is about go last, to be split off.
        let mut fitting: Vec<Place<'a>> = having
            .iter()
            .filter_map(|(offer, entry, has)| {
                // Beside words of the need, a word of who is involved is in every offer for relatives, mostly
                // only in its topics' search words, so each offer's fit is judged by the words of the need alone:
                // by both, "min søn har autisme" listed the respite for children with a handicap first, by its
                // name, before the family consultants, made for autism.
                let by_need: Cow<[&Sought]> = if apart {
                    Cow::Owned(
                        has.iter()
                            .copied()
                            .filter(|word| !word.says_only_who)
                            .collect(),
                    )
                } else {
                    Cow::Borrowed(has)
                };
                let has_the_need = apart && by_need.len() == needs;
                if has.len() < most && !has_the_need {
                    return None;
                }
                let for_the_person = narrowed && has.len() < most;
                let for_others = Self::is_for_others(entry, &sought);
                Some(Place {
                    for_the_person,
                    telling: if partial {
                        self.telling(entry, has)
                    } else {
                        Telling::Other
                    },
                    fit: Self::fit(entry, &by_need, phrases, for_others),
                    lacks_who: !left_out
                        .iter()
                        .any(|(word, _)| has_word(&entry.texts(None).name, &word.folded)),
                    for_others,
                    offer,
                })
            })
            .collect();
        // Stable: each group keeps the order given.
        sort_short_by(&mut fitting, |a, b| a.key().cmp(&b.key()));
        let (for_the_person, found): (Vec<Place>, Vec<Place>) =
            fitting.into_iter().partition(|place| place.for_the_person);
        let offers_of =
            |places: Vec<Place<'a>>| places.into_iter().map(|place| place.offer).collect();
        Some(Ranked {
            offers: offers_of(found),
            for_the_person: offers_of(for_the_person),
            partial,
            not_found,
            corrected,
            found_only_by_who,
        })
    }
}
