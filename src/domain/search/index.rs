//! Building the index: each offer's searchable texts folded once, and the words a typo may be read as.

use super::super::catalogue::{Catalogue, Offer};
use super::super::questions::{AnswerOption, QuestionKind, Questions};
use super::super::text::{
    LocalizedText, PLAIN_LETTERS, TYPO_LETTERS, has_danish_letter, latin1_lowercase,
};
use super::SearchIndex;
use super::acute::AcuteWords;
use super::ages::age_phrases;
use super::lines::LineName;
use super::plain::{
    plainly_folded, with_every_plain_spelling, with_plain_letters, with_plain_spellings,
    with_plain_twins,
};
use super::query::Word;
use super::sayings::calm_phrases;
use super::words::{WordSet, folded, is_word_character, phrase_forms, search_terms};
// Named only in the documentation.
#[cfg(doc)]
use super::super::ranking;
#[cfg(doc)]
use super::super::text::spelt_plainly;
#[cfg(doc)]
use super::fit::Fit;

/// One offer's searchable texts, folded: in one language, or in every language together.
pub(super) struct Texts {
    /// The name.
    pub(super) name: String,
    /// The label and search words of its main topic (the first in its list), as [`ranking`] counts it.
    pub(super) main_topic: String,
    /// The search words alone of its main topic: what the editors listed for it, not a label's word it may share
    /// with another topic's label ([`Fit::MainTopicWords`]).
    pub(super) main_topic_words: String,
    /// The labels and search words of all its topics and kinds of help: what it is for.
    pub(super) needs: String,
    /// The labels and search words of its kinds of help alone: what it gives, not whom it is for.
    pub(super) help: String,
    /// The labels and search words of the conditions it is made for ([`Offer::only_if_about`]).
    pub(super) conditions: String,
    /// The name and every other searchable text.
    pub(super) everything: String,
}

/// One name of a municipal unit, as a search compares it.
struct UnitName {
    /// Every word of it, folded.
    words: Vec<String>,
    /// Those that are no ignored word: a search must have each of them.
    key_words: Vec<String>,
}

/// One offer's searchable texts.
pub(super) struct Entry<'a> {
    pub(super) offer: &'a Offer,
    /// The names of the unit it belongs to ([`Offer::part_of`]), in each language, and in brackets after one.
    /// Not searched like its texts: the name of "Center for Børnehandicap og Autisme" would make "handicap" and
    /// "children" find the centre's offers for young people with autism. A search of a name lists the unit's
    /// offers instead ([`Entry::is_of_unit_named`]).
    unit_names: Vec<UnitName>,
    /// Its own texts in every language, not the labels it shares with other offers: name, summary, first step and
    /// legal basis; what a phrase is looked for in ([`Fit::Phrase`]). Then the same as typed with a plain a or o
    /// for each æ, ø and å ([`plainly_folded`]). With a space before and after, so a phrase with one around it is
    /// had only as whole words.
    pub(super) own: String,
    /// In every language together.
    every_language: Texts,
    /// In each language on its own, by language code.
    pub(super) by_language: Vec<(&'a str, Texts)>,
}

impl Entry<'_> {
    /// Whether `words` name the unit the offer belongs to: each is a word of one of the unit's names, and they
    /// have every word of that name but the ignored ones ("børnehandicap og autisme", "Center for Børnehandicap og
    /// Autisme"). Fewer are needs to search for: "socialt udsatte" (Perron 4 is for them), and "center for autisme",
    /// which is Autismecenter Randers.
    pub(super) fn is_of_unit_named(&self, words: &[&Word]) -> bool {
        // Also typed with a plain a or o for each æ, ø and å, as staff at a laptop with another keyboard may:
        // "center for bornehandicap og autisme".
        let is = |word: &Word, known: &String| {
            word.folded == *known || word.folded == plainly_folded(known)
        };
        !words.is_empty()
            && self.unit_names.iter().any(|name| {
                words
                    .iter()
                    .all(|word| name.words.iter().any(|known| is(word, known)))
                    && name
                        .key_words
                        .iter()
                        .all(|key| words.iter().any(|word| is(word, key)))
            })
    }

    /// The texts in `language`, or in every language for `None` (and for a language the offer lacks, which
    /// validation rules out for the shipped data).
    pub(super) fn texts(&self, language: Option<&str>) -> &Texts {
        language
            .and_then(|code| self.by_language.iter().find(|(known, _)| *known == code))
            .map_or(&self.every_language, |(_, texts)| texts)
    }
}

impl<'a> Entry<'a> {
    /// The entry of `offer`, the `offer_at`-th of the catalogue, with its topics' and kinds of help's texts from
    /// `folded_options` and from `questions`, the `ignored` words left out. Adds the words a typo may be read as to
    /// `known`.
    fn new(
        offer: &'a Offer,
        offer_at: usize,
        questions: &Questions,
        folded_options: &[FoldedOption],
        ignored: &WordSet,
        known: &mut Vec<KnownWord>,
    ) -> Self {
        let options = |kind: QuestionKind, slugs: &[String]| -> Vec<&AnswerOption> {
            slugs
                .iter()
                .filter_map(|slug| option_of(questions, kind, slug))
                .collect()
        };
        let main_topic: Vec<&AnswerOption> = offer
            .topics
            .first()
            .and_then(|topic| option_of(questions, QuestionKind::Topics, topic))
            .into_iter()
            .collect();
        let help = options(QuestionKind::Help, &offer.help);
        // The conditions it is made for ([`Offer::only_if_about`]).
        let conditions = options(QuestionKind::Topics, &offer.only_if_about);
        // Its topics and kinds of help. With the name, they are the texts that name the offer or a need,
        // and have the words a typo is read as. A word of a summary may be any word ("alle aldre", ages),
        // and "ældre" (the elderly) must not become it.
        let mut needs = options(QuestionKind::Topics, &offer.topics);
        needs.extend(&help);
        for code in offer.name.0.keys() {
            let name_words = known_words(&[&offer.name], code, ignored);
            let need_words = FoldedOption::of(folded_options, &needs, Some(code));
            let text_words = known_words(&[&offer.summary, &offer.first_step], code, ignored);
            // Only those with an æ, ø or å: no other is read as a text's word.
            let own_text_words = placed(&text_words, WordPlace::OwnText)
                .filter(|(_, spelt, _)| has_danish_letter(spelt));
            let words = placed(&name_words, WordPlace::Name)
                .chain(need_words.flat_map(|option| placed(&option.known, WordPlace::Need)))
                .chain(own_text_words);
            KnownWord::add_offer(known, offer_at, words, code);
        }
        // Its own texts: the paragraphs of the law too, as staff search by them ("§ 85").
        let mut own = vec![&offer.name, &offer.summary, &offer.first_step];
        own.extend(offer.legal_basis.as_ref().map(|basis| &basis.text));
        let texts_in = |language: Option<&str>| {
            // The labels and search words, without the ignored words: no search looks for them, but a
            // word typed that starts one found them, so "ever" listed the mental-health offers by the
            // "everything" of "everything is meaningless".
            let of = |options: &[&AnswerOption], search_words_only: bool| {
                let options = FoldedOption::of(folded_options, options, language);
                words_joined(options.map(|option| {
                    if search_words_only {
                        option.search_words.as_str()
                    } else {
                        option.texts.as_str()
                    }
                }))
            };
            let name = joined(&[&offer.name], language);
            let needs = of(&needs, false);
            let rest = joined(own.get(1..).unwrap_or_default(), language);
            Texts {
                everything: [name.as_str(), needs.as_str(), rest.as_str()].join(" "),
                name,
                main_topic: of(&main_topic, false),
                main_topic_words: of(&main_topic, true),
                help: of(&help, false),
                needs,
                conditions: of(&conditions, false),
            }
        };
        Entry {
            offer,
            unit_names: offer
                .part_of
                .iter()
                .flat_map(|unit| unit.text.0.values())
                .flat_map(|text| text.split('('))
                .map(|name| {
                    let words: Vec<String> =
                        folded(name).split_whitespace().map(String::from).collect();
                    let key_words = words
                        .iter()
                        .filter(|word| !ignored.contains(word))
                        .cloned()
                        .collect();
                    UnitName { words, key_words }
                })
                .collect(),
            own: {
                // Then again as typed without æ, ø and å: "jeg vil hjalpe andre" is the peer
                // education's "hjælpe andre" as much as with the letters.
                let own = joined(&own, None);
                format!(" {own} {} ", plainly_folded(&own))
            },
            every_language: texts_in(None),
            by_language: offer
                .name
                .0
                .keys()
                .map(|code| (code, texts_in(Some(code))))
                .collect(),
        }
    }
}

/// Where a word an offer has is, as [`KnownWord`] counts it: the more it says of the offer, the more a word typed
/// may be read as it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum WordPlace {
    /// Only in an offer's own texts (its summary and first step), with an æ, ø or å: read only as the word a word
    /// typed without them spells ("tandlage" as "tandlæge"). A word of a text may be any word ("alle aldre", ages),
    /// and "ældre" (the elderly) must not become it by a typo.
    OwnText,
    /// In an offer's name.
    Name,
    /// In a topic's or kind of help's label or search words: also read as part of a compound ("hjemmehjælp", home
    /// care, is not the "hjemme" of an offer's name).
    Need,
}

/// A word an offer has, to read a typo as: a word of an offer's name or of its topics' and kinds of help's labels
/// and search words of [`TYPO_LETTERS`] letters or more ([`KnownWord::reads_typos`]); or one with an æ, ø or å, which
/// a word typed without them may spell ([`spelt_plainly`]: "råd" as "rad"), also shorter or from the offer's own
/// texts.
pub(super) struct KnownWord {
    /// The language of the texts it is in.
    pub(super) language: String,
    /// As searches compare it ([`folded`]).
    pub(super) folded: String,
    /// Its folded letters, as typos are counted.
    pub(super) letters: Vec<char>,
    /// As the texts spell it, in lowercase: what the page names back.
    pub(super) spelt: String,
    /// The letters of `spelt`, as typos beside an æ, ø or å are counted.
    pub(super) spelt_letters: Vec<char>,
    /// As typed with a plain a or o for each æ, ø and å ([`plainly_folded`]), where it has one and so differs:
    /// what a compound typed so is read by ([`SearchIndex::compound_part`]), and what makes a word typed so no
    /// typo of a crisis word ([`SearchIndex::acute_term`]).
    pub(super) plain: Option<String>,
    /// How many offers have it: of two words as near, the commoner is more likely meant.
    pub(super) offers: usize,
    /// The place in the catalogue of the last offer counted in `offers`, so each offer counts once.
    last_offer: usize,
    /// The most telling place an offer has it in.
    place: WordPlace,
}

impl KnownWord {
    /// Whether a word typed may be a typo of it, or a compound of it: not a word of fewer than [`TYPO_LETTERS`]
    /// letters, known only for its spelling without æ, ø and å ("rådhus" is no compound of "råd").
    pub(super) fn reads_typos(&self) -> bool {
        self.place >= WordPlace::Name && self.letters.len() >= TYPO_LETTERS
    }

    /// Whether a topic's or kind of help's label or search words have it.
    pub(super) fn names_a_need(&self) -> bool {
        self.place == WordPlace::Need
    }

    /// Adds the `words` in `language` of the offer at `offer_at` in the catalogue to `known`, each counted once for
    /// the offer: the words of its name, of its needs (the labels and search words of its topics and kinds of help)
    /// and of its own texts, each as its folded form, as spelt, and where it is.
    fn add_offer<'w>(
        known: &mut Vec<KnownWord>,
        offer_at: usize,
        words: impl Iterator<Item = (&'w str, &'w str, WordPlace)>,
        language: &str,
    ) {
        for (folded, spelt, place) in words {
            // Kept in order of language and folded form, so each word is found by halving, not by reading them all.
            let at = known
                .binary_search_by(|word| {
                    (word.language.as_str(), word.folded.as_str()).cmp(&(language, folded))
                })
                .unwrap_or_else(|at| {
                    let word = KnownWord {
                        language: language.to_owned(),
                        letters: folded.chars().collect(),
                        folded: folded.to_owned(),
                        spelt_letters: spelt.chars().collect(),
                        plain: has_danish_letter(spelt).then(|| plainly_folded(folded)),
                        spelt: spelt.to_owned(),
                        offers: 0,
                        last_offer: usize::MAX,
                        place,
                    };
                    known.insert(at, word);
                    at
                });
            if let Some(word) = known.get_mut(at) {
                word.place = word.place.max(place);
                if word.last_offer != offer_at {
                    word.offers += 1;
                    word.last_offer = offer_at;
                }
            }
        }
    }
}

/// The words of `texts` in `language`, each with its folded form, lowercase, of [`TYPO_LETTERS`] letters or more, or
/// of [`PLAIN_LETTERS`] or more with an æ, ø or å, but not the `ignored` ones: the words a typo may be read as.
fn known_words(
    texts: &[&LocalizedText],
    language: &str,
    ignored: &WordSet,
) -> Vec<(String, String)> {
    texts
        .iter()
        .filter_map(|text| text.0.get(language))
        .flat_map(|text| text.split(|c| !is_word_character(latin1_lowercase(c))))
        .map(|word| {
            (
                folded(word),
                word.chars().map(latin1_lowercase).collect::<String>(),
            )
        })
        .filter(|(folded, spelt)| {
            let long = folded.chars().count() >= TYPO_LETTERS;
            let plainly_typed = spelt.chars().count() >= PLAIN_LETTERS && has_danish_letter(spelt);
            (long || plainly_typed) && !ignored.contains(folded)
        })
        .collect()
}

/// Each of `words` (folded, and as spelt) with the place it is in, as [`KnownWord::add_offer`] takes them.
fn placed(
    words: &[(String, String)],
    place: WordPlace,
) -> impl Iterator<Item = (&str, &str, WordPlace)> {
    words
        .iter()
        .map(move |(folded, spelt)| (folded.as_str(), spelt.as_str(), place))
}

/// One topic's or kind of help's texts as the index reads them, in one language or in every language together
/// (`None`), folded once: many offers share each.
struct FoldedOption<'q> {
    option: &'q AnswerOption,
    language: Option<&'q str>,
    /// Its labels and search words, without the ignored words.
    texts: String,
    /// Its search words alone, without the ignored words.
    search_words: String,
    /// Its words a typo may be read as ([`known_words`]), in its language; none in every language together.
    known: Vec<(String, String)>,
}

impl<'q> FoldedOption<'q> {
    /// Each topic and kind of help the catalogue's offers have (a condition they are made for too), folded once in
    /// each language of the offers and in every language together (`None`), the `ignored` words left out; not once
    /// for every offer that has it: that was most of the index's build time, which a slow phone spends when the
    /// search first gets focus.
    fn of_offers(
        catalogue: &'q Catalogue,
        questions: &'q Questions,
        ignored: &WordSet,
    ) -> Vec<Self> {
        // The languages of the offers, and every language together (`None`): the texts an offer is searched in.
        let mut languages: Vec<Option<&str>> = vec![None];
        for code in catalogue
            .offers
            .iter()
            .flat_map(|offer| offer.name.0.keys())
        {
            if !languages.contains(&Some(code)) {
                languages.push(Some(code));
            }
        }
        let mut folded_options: Vec<FoldedOption> = Vec::new();
        for offer in &catalogue.offers {
            let topics = offer.topics.iter().chain(&offer.only_if_about);
            let topics =
                topics.filter_map(|topic| option_of(questions, QuestionKind::Topics, topic));
            let help = offer.help.iter();
            let help = help.filter_map(|help| option_of(questions, QuestionKind::Help, help));
            for option in topics.chain(help) {
                if !folded_options
                    .iter()
                    .any(|folded| std::ptr::eq(folded.option, option))
                {
                    let languages = languages.iter();
                    let folded =
                        languages.map(|&language| FoldedOption::new(option, language, ignored));
                    folded_options.extend(folded);
                }
            }
        }
        folded_options
    }

    /// The texts of `option` in `language`, the `ignored` words left out.
    fn new(option: &'q AnswerOption, language: Option<&'q str>, ignored: &WordSet) -> Self {
        let texts = option_texts(option);
        let search_words: Vec<&LocalizedText> = option.search_words.iter().collect();
        FoldedOption {
            option,
            language,
            texts: ignored.left_out_of(&joined(&texts, language)),
            search_words: ignored.left_out_of(&joined(&search_words, language)),
            known: language
                .map(|code| known_words(&texts, code, ignored))
                .unwrap_or_default(),
        }
    }

    /// Those of `folded` for `options`, in their order, in `language`.
    fn of<'f>(
        folded: &'f [FoldedOption],
        options: &'f [&AnswerOption],
        language: Option<&'f str>,
    ) -> impl Iterator<Item = &'f FoldedOption<'f>> + 'f {
        options.iter().filter_map(move |option| {
            folded
                .iter()
                .find(|folded| std::ptr::eq(folded.option, *option) && folded.language == language)
        })
    }
}

/// The folded `parts` as one text, one space between each, leaving out the empty ones.
fn words_joined<'p>(parts: impl Iterator<Item = &'p str>) -> String {
    let parts: Vec<&str> = parts.filter(|part| !part.is_empty()).collect();
    parts.join(" ")
}

/// An option's label in every wording, and its search words.
fn option_texts(option: &AnswerOption) -> Vec<&LocalizedText> {
    option
        .label
        .all()
        .chain(option.search_words.iter())
        .collect()
}

/// Texts in `language`, or in every language for `None`, folded into one searchable string.
pub(super) fn joined(texts: &[&LocalizedText], language: Option<&str>) -> String {
    let all: Vec<&str> = texts
        .iter()
        .flat_map(|text| {
            (&text.0)
                .into_iter()
                .filter(|(code, _)| language.is_none_or(|wanted| *code == wanted))
                .map(|(_, value)| value.as_str())
        })
        .collect();
    folded(&all.join(" "))
}

/// The option `slug` of the question of `kind`, if there is one.
fn option_of<'q>(
    questions: &'q Questions,
    kind: QuestionKind,
    slug: &str,
) -> Option<&'q AnswerOption> {
    questions
        .of_kind(kind)
        .and_then(|question| question.option(slug))
}

impl<'a> SearchIndex<'a> {
    /// Builds the index for the catalogue, with topic and help labels from the questions.
    pub fn new(catalogue: &'a Catalogue, questions: &Questions) -> SearchIndex<'a> {
        let acute_options: Vec<&AnswerOption> = questions
            .questions
            .iter()
            .flat_map(|question| &question.options)
            .filter(|option| option.acute)
            .collect();
        let every_option: Vec<&LocalizedText> = questions
            .questions
            .iter()
            .flat_map(|question| &question.options)
            .flat_map(option_texts)
            .collect();
        // One entry per language of the app, which the ignored words, like every text, have (validation).
        let option_words = questions
            .search_ignored_words
            .0
            .keys()
            .map(|code| {
                let words = joined(&every_option, Some(code));
                let words = words.split(' ').filter(|word| !word.is_empty());
                (
                    code.to_owned(),
                    WordSet::new(words.map(String::from).collect()),
                )
            })
            .collect();
        let words_of = |words: &LocalizedText| -> Vec<String> {
            joined(&[words], None)
                .split(' ')
                .map(String::from)
                .collect()
        };
        // Also as typed with a plain a or o for each æ, ø and å: "jeg foler mig ensom" named "foler" as a word no
        // offer has, on a keyboard without ø.
        let ignored = WordSet::new(with_plain_spellings(
            &questions.search_ignored_words,
            words_of,
        ));
        let folded_options = FoldedOption::of_offers(catalogue, questions, &ignored);
        // The words a typo may be read as, with how many offers have each; not the ignored ones, which say
        // nothing about what is wanted ("kontanthjælp" is no compound of "hjælp" worth searching for).
        let mut known: Vec<KnownWord> = Vec::new();
        let entries: Vec<Entry> = catalogue
            .offers
            .iter()
            .enumerate()
            .map(|(offer_at, offer)| {
                Entry::new(
                    offer,
                    offer_at,
                    questions,
                    &folded_options,
                    &ignored,
                    &mut known,
                )
            })
            .collect();
        // Also as typed without æ, ø and å ("sonnen", "soskende").
        let with_plain =
            |words: &LocalizedText| -> Vec<String> { with_plain_spellings(words, words_of) };
        let people_twins = with_plain_twins(&questions.search_people_words, words_of);
        let people_words: Vec<String> = people_twins
            .iter()
            .cloned()
            .flat_map(with_plain_letters)
            .collect();
        let mut acute_persons = with_plain(&questions.search_acute_persons);
        acute_persons.extend(people_words.iter().cloned());
        let counted = with_plain(&questions.search_people_counted);
        let people_aged = people_words
            .iter()
            .filter(|word| !counted.contains(word))
            .cloned()
            .collect();
        // Every word of what the offers are for, sorted once: a few hundred people words, each compared with every
        // word of every offer's needs, made a fifth of the index's build time.
        let needs = WordSet::new(
            entries
                .iter()
                .flat_map(|entry| entry.every_language.needs.split(' ').map(String::from))
                .collect(),
        );
        // A word typed plain is by chance as its word with æ, ø or å is: "kareste" (kæreste) names whom the offers
        // for relatives are for, though none has it spelt so.
        let people_words_by_chance = WordSet::new(
            people_twins
                .into_iter()
                .filter(|(word, _)| !needs.contains(word))
                .flat_map(with_plain_letters)
                .collect(),
        );
        SearchIndex {
            entries,
            acute_words: AcuteWords::new(catalogue, &acute_options),
            acute_persons: WordSet::new(acute_persons),
            known,
            people_words_by_chance,
            people_aged,
            people_words: WordSet::new(people_words),
            not_typos: WordSet::new(words_of(&questions.search_not_typos)),
            paragraph_words: words_of(&questions.search_paragraph_words),
            acute_fillers: with_every_plain_spelling(words_of(&questions.search_acute_fillers)),
            calm_idioms: search_terms(&questions.search_calm_idioms)
                .map(|idiom| phrase_forms(&idiom))
                .collect(),
            no_age_after: with_every_plain_spelling(words_of(&questions.search_no_age_after)),
            asker_possessives: words_of(&questions.search_asker_possessives),
            adults: with_plain(&questions.search_adults),
            grown_up_words: with_plain(&questions.search_grown_up_words),
            vague_compound_ends: with_every_plain_spelling(words_of(
                &questions.search_vague_compound_ends,
            )),
            crisis_lines: &catalogue.crisis_lines,
            age_phrases: age_phrases(&questions.search_age_phrases)
                .map(|phrase| (phrase, false))
                .chain(age_phrases(&questions.search_own_age_phrases).map(|phrase| (phrase, true)))
                .collect(),
            no_referral: search_terms(&questions.search_no_referral)
                .map(|phrase| phrase.split(' ').map(String::from).collect())
                .collect(),
            calm_phrases: calm_phrases(catalogue, questions),
            option_words,
            line_names: catalogue
                .crisis_lines
                .iter()
                .map(|line| LineName::new(line, &ignored))
                .collect(),
            ignored,
        }
    }
}
