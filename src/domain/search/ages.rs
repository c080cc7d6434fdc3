//! Ages stated in a search ("jeg er 16", "min søn på 17 år"), and the offers they set apart.

use super::super::answers::{Age, Answers, MAX_AGE};
use super::super::catalogue::{CrisisLine, Offer};
use super::super::crisis::suggested_lines;
use super::super::questions::Who;
use super::super::ranking::{Exclusion, age_exclusions};
use super::super::text::{Lang, LocalizedText};
use super::found::Found;
use super::lines::add_line;
use super::query::{Query, Word};
use super::words::{folded, forms, parts_start, phrase_word_forms};
use super::{PERSON_SLOT, SearchIndex};
use std::borrow::Cow;
// Named only in the documentation.
#[cfg(doc)]
use super::super::questions::Questions;

/// The age from which a person is an adult in Danish law, the least age of one the words name as a grown-up
/// ([`Questions::search_adults`]).
const ADULT_AGE: u8 = 18;

/// Stands for the number in a way of stating an age ([`Questions::search_age_phrases`]: "er # år").
pub const AGE_SLOT: &str = "#";

/// A part of a way of stating an age ([`Questions::search_age_phrases`]).
pub(super) enum AgePart {
    /// A word, as its [`forms`].
    Word(Vec<String>),
    /// The number ([`AGE_SLOT`]).
    Number,
    /// A word of who is involved whose number is an age ([`PERSON_SLOT`]).
    Person,
}

/// A way of stating an age, part by part.
pub(super) type AgePhrase = Vec<AgePart>;

/// The ways of stating an age in `phrases`, in every language, each as an [`AgePhrase`], each word as
/// [`phrase_word_forms`]: "jeg er 17 ar" states an age as "jeg er 17 år" does.
pub(super) fn age_phrases(phrases: &LocalizedText) -> impl Iterator<Item = AgePhrase> + '_ {
    phrases
        .0
        .values()
        .flat_map(|list| list.split(','))
        .map(|phrase| {
            phrase
                .split_whitespace()
                .map(|word| match word {
                    AGE_SLOT => AgePart::Number,
                    PERSON_SLOT => AgePart::Person,
                    word => AgePart::Word(phrase_word_forms(&folded(word))),
                })
                .collect()
        })
}

/// The folded words of `words`, each with its place among them, with a number at the start of one split off as a
/// word of its own: "16årig" is "16 årig", as "16-årig" is.
fn numbers_apart(words: &[Word]) -> Vec<(usize, &str)> {
    let mut apart = Vec::with_capacity(words.len());
    for (at, word) in words.iter().enumerate() {
        let word = word.folded.as_str();
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        match word.split_at_checked(digits) {
            Some((number, rest)) if !number.is_empty() && !rest.is_empty() => {
                apart.extend([(at, number), (at, rest)])
            }
            _ => apart.push((at, word)),
        }
    }
    apart
}

/// An age a query states by one of the ways of stating one ([`SearchIndex::stated_ages`]).
struct Stated {
    /// The place of its number among the query's words, numbers apart ([`numbers_apart`]).
    number: usize,
    /// The age, in years.
    age: u8,
    /// Whether it is one's own ([`Questions::search_own_age_phrases`]).
    own: bool,
    /// The places among the query's words of the words that state it, but a word of who is involved.
    words: Vec<usize>,
}

/// The ages a query states ([`SearchIndex::stated_ages`]).
pub(super) struct StatedAges {
    /// The age of the person it is about, which the offers' limits are about. Not one's own age
    /// ([`Questions::search_own_age_phrases`]) beside a word of who else is involved: in "jeg er 45, og min søn har
    /// autisme" the limits are about the son.
    of_the_person: Option<u8>,
    /// One's own age beside a word of who else is involved: the asker's, for the lines suggested for it ("jeg er 13
    /// og min far drikker").
    pub(super) own: Option<u8>,
    /// Whether the query has a word of who is involved ([`Questions::search_people_words`]).
    others_involved: bool,
    /// Whether such a word follows one of the asker's possessives ([`Questions::search_asker_possessives`]: "min
    /// søn"): the asker is not the one it is about.
    about_another: bool,
    /// Whether the words name an adult, after one of the asker's possessives, and no one else involved
    /// ([`Questions::search_adults`]: "min mor"), or say the person is grown up
    /// ([`Questions::search_grown_up_words`]: "autisme voksen").
    pub(super) adult: bool,
    /// The places of the words that state an age, whether it counts or not.
    pub(super) stating: Vec<usize>,
}

impl StatedAges {
    /// `query` without the words that state an age; copied only when it has any, not on every keystroke.
    pub(super) fn left_out_of<'q>(&self, query: &'q Query) -> Cow<'q, Query> {
        if self.stating.is_empty() {
            return Cow::Borrowed(query);
        }
        let words = query.words.iter().enumerate();
        Cow::Owned(Query {
            words: words
                .filter(|(at, _)| !self.stating.contains(at))
                .map(|(_, word)| word.clone())
                .collect(),
        })
    }
}

impl<'a> SearchIndex<'a> {
    /// The ages a query's `words` state in the editors' ways ([`Questions::search_age_phrases`]: "min søn på 17 år",
    /// "16-årig", "jeg er 16"), up to [`MAX_AGE`]; the first of each kind, if several.
    pub(super) fn stated_ages(&self, words: &[Word]) -> StatedAges {
        let apart = numbers_apart(words);
        let typed_forms: Vec<Vec<&str>> = apart
            .iter()
            .map(|(_, word)| forms(word).collect())
            .collect();
        let others_involved = words.iter().any(|word| self.says_only_who(word));
        let after_possessive = |is_who: &dyn Fn(&Word) -> bool| {
            words.windows(2).any(|pair| {
                matches!(pair, [possessive, who]
                    if self.asker_possessives.contains(&possessive.folded) && is_who(who))
            })
        };
        let is_adult = |word: &Word| self.adults.contains(&word.folded);
        // Not "min mand og jeg har en søn med autisme", which is about the son.
        let adult_named = after_possessive(&is_adult)
            && words
                .iter()
                .filter(|word| self.says_only_who(word))
                .all(is_adult);
        // "autisme voksen", "min voksne søn", "unge voksne": a grown-up word, with each other word of who is
        // involved beside one or naming an adult; not "børn og voksne", which is about both.
        let is_grown_up = |at: usize| {
            words
                .get(at)
                .is_some_and(|word| self.grown_up_words.contains(&word.folded))
        };
        let grown_up = (0..words.len()).any(is_grown_up)
            && words
                .iter()
                .enumerate()
                .filter(|&(at, word)| self.says_only_who(word) && !is_grown_up(at))
                .all(|(at, word)| {
                    is_adult(word)
                        || is_grown_up(at + 1)
                        || at.checked_sub(1).is_some_and(is_grown_up)
                });
        let adult = adult_named || grown_up;
        // Whether a word makes the number of a way of stating an age a time or a difference
        // ([`Questions::search_no_age_after`]).
        let no_age = |word: Option<&str>| {
            word.is_some_and(|word| self.no_age_after.iter().any(|no| no == word))
        };
        let mut stated: Vec<Stated> = Vec::new();
        // The number at a place among the words, numbers apart, if it may be an age.
        let age_at = |at: usize| {
            let number = apart.get(at).and_then(|(_, word)| word.parse::<u8>().ok());
            number.filter(|age| *age <= MAX_AGE)
        };
        let fits = |at: usize, part: &AgePart| match part {
            AgePart::Word(part) => typed_forms
                .get(at)
                .is_some_and(|typed| part.iter().any(|form| typed.contains(&form.as_str()))),
            AgePart::Number => age_at(at).is_some(),
            AgePart::Person => apart
                .get(at)
                .is_some_and(|(_, typed)| self.people_aged.iter().any(|word| word == typed)),
        };
        for (phrase, own) in &self.age_phrases {
            // One number in each (validation).
            let Some(number) = phrase
                .iter()
                .position(|part| matches!(part, AgePart::Number))
            else {
                continue;
            };
            for at in parts_start(apart.len(), phrase, fits) {
                // A phrase that ends with the number ("jeg er #") states an age only at the query's end or before
                // an ignored word ("jeg er 16 og …", "I am 16 and …"): "jeg er 3 gange blevet afvist" (three
                // times) and "jeg er 100 procent sikker" state none.
                let next = apart.get(at + phrase.len()).map(|(_, word)| *word);
                let ends_stating = !matches!(phrase.last(), Some(AgePart::Number))
                    || next.is_none_or(|next| self.is_ignored(next));
                // Nor does one whose number a word after it, or after one ignored word, makes a time or a
                // difference ([`Questions::search_no_age_after`]): "det er 10 år siden jeg fik en hjerneskade", "my
                // brother is 5 years older".
                let after = apart.get(at + phrase.len() + 1).map(|(_, word)| *word);
                let undone = no_age(next)
                    || (next.is_some_and(|next| self.is_ignored(next)) && no_age(after));
                if let Some(age) = age_at(at + number).filter(|_| ends_stating && !undone) {
                    // The word of who is involved stays in the search: "søn" finds the offers for relatives.
                    let stating = phrase.iter().zip(apart.iter().skip(at));
                    stated.push(Stated {
                        number: at + number,
                        age,
                        own: *own,
                        words: stating
                            .filter(|(part, _)| !matches!(part, AgePart::Person))
                            .map(|(_, (place, _))| *place)
                            .collect(),
                    });
                }
            }
        }
        let is_own = |number| stated.iter().any(|it| it.number == number && it.own);
        // The first in the query, not in the order of the phrases (no sort: std's costs kilobytes in the wasm).
        let first = |kind: &dyn Fn(&Stated) -> bool| {
            let found = stated.iter().filter(|it| kind(it));
            found.min_by_key(|it| it.number).map(|it| it.age)
        };
        StatedAges {
            of_the_person: first(&|it| !(others_involved && is_own(it.number))),
            own: first(&|it| others_involved && it.own),
            others_involved,
            about_another: after_possessive(&|word| self.says_only_who(word)),
            adult,
            stating: stated
                .iter()
                .flat_map(|it| it.words.iter().copied())
                .collect(),
        }
    }

    /// Adds to `lines` those the editors suggest for the `ages` stated ([`CrisisLine::suggest_when`]), as the
    /// results do, after those the search names or a crisis brings: Børnetelefonen for "jeg er 14 og vil dø" (under
    /// the crisis prompt) or "jeg er 14 og har angst" (after the offers, which are few for a 14-year-old), and for
    /// "jeg er 13 og min far drikker", whose age is the asker's. Beside a word of who is involved, the age of the one
    /// it is about may be the asker's ("pige på 15 år"), so the lines for both, a relative's first; after the
    /// asker's own "min" or "my" it is not ("min datter på 16 år": headspace's advice for parents, not
    /// Børnetelefonen, which is for the daughter).
    pub(super) fn add_lines_for_ages(&self, lines: &mut Vec<&'a CrisisLine>, ages: &StatedAges) {
        let mut askers: Vec<(Who, u8)> = Vec::new();
        if let Some(age) = ages.of_the_person {
            if ages.others_involved {
                askers.push((Who::Relative, age));
            }
            if !ages.about_another {
                askers.push((Who::Me, age));
            }
        }
        askers.extend(ages.own.map(|age| (Who::Me, age)));
        for (who, age) in askers {
            let answers = Answers {
                who: Some(who),
                age: Some(Age::Years(age)),
                ..Answers::default()
            };
            for (line, _) in suggested_lines(self.crisis_lines, &answers) {
                add_line(lines, line);
            }
        }
    }

    /// `found`, the offers of `offers` that `query`'s words find in `lang`, with those for another age than the
    /// `ages` state set apart, each with the limit that rules it out ([`Found::other_age`]), and, when that leaves
    /// none, those for that age with the most of the words.
    pub(super) fn set_apart_by_age(
        &self,
        mut found: Found<'a>,
        ages: &StatedAges,
        offers: &[&'a Offer],
        query: &Query,
        lang: Lang,
    ) -> Found<'a> {
        let (age, adult) = match ages.of_the_person {
            Some(age) => (age, false),
            None if ages.adult => (ADULT_AGE, true),
            None => return found,
        };
        // An adult of no stated age is 18 or more: only the upper limits of the offers for children rule one out.
        let exclusions = |offer: &Offer| {
            let mut exclusions = age_exclusions(offer, age);
            if adult {
                exclusions.retain(|exclusion| matches!(exclusion, Exclusion::TooOld(_)));
            }
            exclusions
        };
        // Kept in place, without new lists: each offer found whose limits rule the age out moves to `other_age`.
        for list in [&mut found.offers, &mut found.for_the_person] {
            list.retain(|&offer| {
                let exclusions = exclusions(offer);
                let fits = exclusions.is_empty();
                if !fits {
                    found.other_age.push((offer, exclusions));
                }
                fits
            });
        }
        // When every offer found is for another age, those for this age with the most of the words follow, as a
        // partial fit: "min dreng på 12 år har autisme og går ikke i skole" found only the transition effort for
        // 16–30-year-olds, which left a 12-year-old nothing, while the offers for children with autism have
        // "autisme"; "min søn på 50 år har autisme" found the family offers for children, and the autism centre
        // only apart, for the person.
        if found.offers.is_empty() && !found.other_age.is_empty() {
            let for_the_age: Vec<&'a Offer> = offers
                .iter()
                .copied()
                .filter(|offer| exclusions(offer).is_empty())
                .collect();
            let partly = self.search_words(&for_the_age, query, lang);
            if !partly.offers.is_empty() {
                found = Found {
                    other_age: found.other_age,
                    lines: found.lines,
                    words_left_out: found.words_left_out,
                    // The words no offer of any age has: "skole" is in the offer for another age.
                    not_found: found.not_found,
                    partial_for_the_age: partly.partial,
                    ..partly
                };
            }
        }
        // An adult's is no age to name.
        found.age = (!adult).then_some(age);
        found
    }
}
