//! How well an offer fits the words it has, and so where it goes in the list.

use super::super::catalogue::{Audience, Offer};
use super::SearchIndex;
use super::index::{Entry, Texts};
use super::query::Word;
use super::sought::Sought;
use super::words::forms;
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
pub(super) struct Place<'a> {
    /// It has every word but those of who is involved ([`Found::for_the_person`]): last, to be split off.
    pub(super) for_the_person: bool,
    /// What the words it has say about it, in a partial fit.
    pub(super) telling: Telling,
    /// How well it fits those words.
    pub(super) fit: Fit,
    /// Its name lacks the words of who is involved that were left out ("unge" in "unge med autisme").
    pub(super) lacks_who: bool,
    /// It is made for a condition none of the words names ([`SearchIndex::is_for_others`]).
    pub(super) for_others: bool,
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
        let sought = || (0..words.len()).filter(|&at| !self.is_ignored(&words[at].folded));
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
            let run: Vec<&str> = words[run].iter().map(|word| word.folded.as_str()).collect();
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
    pub(super) fn is_for_others(entry: &Entry, words: &[Sought]) -> bool {
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
}
