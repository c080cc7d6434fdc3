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
//! - an offer is found by its name, summary and first step, and by the labels and search words of its topics and
//!   kinds of help, so "hash" and "misbrug" find the offers about alcohol and drugs;
//! - a word is looked for in the page's language, and only a word no offer has in that language in the others:
//!   on the Danish page "mor" (mother) does not find the English "more" and "morning", nor "far" (father) "far
//!   from", while "autism" and "homeless" still find what they name; nor a word that the questions' options have
//!   in the page's language, although no offer has it: on the Danish page "dø" (die) is no start of "does";
//! - offers whose name has every word come first, those with them as whole words before the rest ("act" finds the
//!   ACT team before the "Activity and leisure coordinator"), then offers whose own texts have the words as typed,
//!   two or more in a row, with every word that is not ignored ("hjælpe andre", also in "jeg vil gerne hjælpe
//!   andre", finds the peer education, which teaches it, before the offers about "andre stoffer"), then offers
//!   whose main topic has them ("alkohol" finds Rusmiddelcenter Randers before Perron 4, which is about alcohol
//!   among much else), in its search words before only in its label ("psykisk" finds the mental-health offers
//!   before those for "Fysisk eller psykisk handicap"), then the rest; within each group the order given is kept;
//! - when no offer has every word, a search of several words finds the offers with the most of them, says so, and
//!   names the words no offer has: "min datter er ked af det" finds the family and mental-health offers, and
//!   "ensom pensionist" the offers about loneliness, saying that none has "pensionist";
//! - a word of five letters or more that no offer has is read as a typo of the nearest word of the page's language
//!   that names an offer or a need (an offer's name, a topic's or kind of help's label or search words: one letter
//!   left out, added, changed, or two swapped; two from nine letters; in the first letter only where a finger
//!   slips, so "døde" is no typo of "møde" nor "panic" of "manic"), and the page says what it searched for
//!   instead: "autsime" finds the autism offers, "hjernskade" the brain-injury ones, while "demens" and
//!   "sorg", which no offer is for, still find nothing; a typo of an acute word ("selvmrod") is acute too; a word
//!   of three letters or more typed with a plain a or o for each æ, ø and å is read as the word it spells, however
//!   short ("born" as "børn", "rad" as "råd"), also a word only an offer's own text has ("tandlage"), and so is an
//!   age ("jeg er 17 ar");
//! - a compound no offer has, with no such typo, is read as its first part, else its last, where that is a word
//!   of a topic's or kind of help's label or search words, and the page says so too: "angstbehandling" finds what
//!   "angst" finds, "ungdomsuddannelse" what "uddannelse" finds, while "hjemmehjælp" and "kontanthjælp" find
//!   nothing, as no offer is for them;
//! - a word is looked for without its inflection ending, so "boligen", "forældrene", "ensomme" and "handicappede"
//!   find what "bolig", "forældre", "ensom" and "handicap" find (they used to find nothing), and a place named by
//!   its definite form ("rusmiddelcentret") finds the offer of that name ("Rusmiddelcenter Randers");
//! - a pasted text is searched by its first [`SEARCHED_WORDS`] words, and the page says so, but read to its end
//!   for crisis words;
//! - the editors' sayings (`search_phrases`: "kan ikke sove", "ondt i livet") are searched as the words they give
//!   for each, since their words one by one mean something else ("sove" is the housing offers' word), and named
//!   back as typed;
//! - the editors' ignored words (`search_ignored_words` in the questions: "min", "har", "hjælp") are left out, so a
//!   search typed as a sentence ("min søn har autisme") looks for the words that say what it is about. A search
//!   of ignored words only finds every offer, like an empty one: it says nothing about what is wanted;
//! - an age stated in one of the editors' ways (`search_age_phrases`: "jeg er 16", "min søn på 17 år", "16-årig")
//!   is no word to look for, and sets the offers found for another age apart, each with the limit that rules it
//!   out: "jeg er 16 og har angst" no longer lists Psykiatriens Hus, which is for adults, among those that fit. One's
//!   own age ("jeg er 45") does not count beside a word of who else is involved ("min søn"), whom the limits are
//!   about.
//!
//! A query that names an acute topic ("selvmord", "vold") is marked, so the page can point to crisis help before any
//! offer: the offers are daytime services, and someone searching for that at night needs a line that is open. Such
//! a search looks for its other words, if it has any ("angst" in "voldsom angst", "bolig" in "i fare for at miste
//! min bolig"), but not those that only say who is involved (`search_people_words`: "søn" in "min søn vil tage
//! sit liv" would list the family offers), and never names an acute word back as one no offer has. With none, it
//! lists only offers that have every acute search word it names ("selvmord"), where a word starts: not every
//! offer, for a sentence of ignored words ("jeg kan ikke mere"), not the offers with some of its words ("selv" in
//! "jeg vil slå mig selv ihjel"), none by a word acute only in a phrase or a label ("tage" in "tage livet af mig"),
//! or only as a typo ("abuses", one letter from "abused", as in the offers' "substance abuse"),
//! and none with the word only inside a compound, as "skade" was in "hjerneskade" (brain injury). Under the way to
//! crisis help, a list that fits only by chance says nothing useful to someone in danger.
//!
//! A query may also name a crisis line ("livslinien", "lægevagten"): the page shows that line, as people and staff
//! look for a line they know by name. And it may name a municipal unit ("Center for Børnehandicap og Autisme"):
//! the offers that belong to it ([`Offer::part_of`]), and only those, as staff know offers by their unit.
//!
//! The query is health data like the answers: the UI keeps it in memory only.

mod acute;
mod ages;
mod fit;
mod found;
mod index;
mod lines;
mod plain;
mod query;
mod sayings;
mod sought;
mod words;

pub use acute::{ACUTE_LETTERS, acute_search_terms};
pub use ages::AGE_SLOT;
pub use found::{Found, same_entries};
pub use query::Query;
pub use words::{FIRST_PART, SHORT_WORD, folded, search_terms};

use super::answers::{Age, Answers};
use super::catalogue::{Access, Contact, CrisisLine, Offer};
use super::crisis::suggested_lines;
use super::order::sort_short_by;
use super::questions::Who;
use super::ranking::{Exclusion, age_exclusions};
use super::text::Lang;
use acute::{AcutePhrase, AcuteTerm};
use ages::{ADULT_AGE, AgePhrase};
use fit::{Place, Telling};
use index::{Entry, KnownWord};
use lines::{LineName, add_line};
use query::{Word, joined_paragraphs};
use sayings::Instead;
use sought::Sought;
use std::borrow::Cow;
use words::{WordSet, WordStarts, has_word, has_word_uncompounded, starts_word};
// Named only in the documentation.
#[cfg(doc)]
use super::questions::Questions;
#[cfg(doc)]
use words::forms;

/// A search reads this many words at most ([`Found::words_left_out`]). More is a pasted text, not a search, and
/// reading every word of one on every keystroke would freeze a slow phone: a page of the fact sheet (20,000
/// characters, 3,000 words) took 0.2 s natively, so seconds there. The crisis check still reads every word, at a
/// sixth of that cost: a text that says "selvmord" in its last line points to crisis help.
pub const SEARCHED_WORDS: usize = 30;

/// Stands for a word of who is involved in a way of stating an age ([`Questions::search_age_phrases`]: "@ er #"
/// for "min søn er 17"), and for a word of someone who may do harm in a crisis phrase ("@ gør mig ondt" for "min
/// stedfar gør mig ondt", [`Questions::search_acute_persons`]).
pub const PERSON_SLOT: &str = "@";

/// A number of this many digits or more is (the start of) a phone number, not an age.
const NUMBER_START_DIGITS: usize = 4;

/// The digits of a query whose `words`, ignored words left out, are a phone number and nothing else ("8915 9737",
/// "+45 89 15 97 37", "ring 112"), without the Danish country code; `None` for a query with any other word.
fn typed_number(words: &[(&Word, Option<usize>)]) -> Option<String> {
    if words.is_empty() || !words.iter().all(|(word, _)| word.is_number()) {
        return None;
    }
    let digits: String = words.iter().map(|(word, _)| word.folded.as_str()).collect();
    let local = match digits.len() {
        10 => digits.strip_prefix("45"),
        12 => digits.strip_prefix("0045"),
        _ => None,
    };
    Some(local.map_or_else(|| digits.clone(), str::to_owned))
}

/// Every offer's searchable text, folded once.
pub struct SearchIndex<'a> {
    entries: Vec<Entry<'a>>,
    /// For each option marked acute, its labels and one-word search words, folded.
    acute: Vec<String>,
    /// The ignored words of every language, folded.
    ignored: WordSet,
    /// The words of every language that only say who is involved, folded: ignored too in a search that names a
    /// crisis, and never enough on their own for a partial fit to say something of the need.
    people_words: WordSet,
    /// Those of `people_words` that name nothing an offer is for, in any language ("ven", "mand", "friend", but
    /// not "søn" or "far", search words of the family and relatives topics): worked out once here, not on every
    /// keystroke.
    people_words_by_chance: WordSet,
    /// Those of `people_words` whose number is an age ("min søn er 17"), not a count
    /// ([`Questions::search_people_counted`]: "en familie på 5").
    people_aged: Vec<String>,
    /// The words of every language that are no typos ([`Questions::search_not_typos`]), folded: a set, as each word
    /// of a search is looked up in it on every keystroke, by the crisis check among others.
    not_typos: WordSet,
    /// The words for a paragraph of the law ([`Questions::search_paragraph_words`]), folded: before a number, read
    /// as the section sign.
    paragraph_words: Vec<String>,
    /// The words that may come between a crisis phrase's words ([`Questions::search_acute_fillers`]), folded.
    acute_fillers: Vec<String>,
    /// The idioms in which a crisis word says something calm ([`Questions::search_calm_idioms`]), each as its words'
    /// [`forms`].
    calm_idioms: Vec<Vec<Vec<String>>>,
    /// The asker's own possessives ([`Questions::search_asker_possessives`]), folded.
    asker_possessives: Vec<String>,
    /// The words of who is involved that name an adult ([`Questions::search_adults`]), folded.
    adults: Vec<String>,
    /// The words of who is involved that say the person is grown up ([`Questions::search_grown_up_words`]), folded.
    grown_up_words: Vec<String>,
    /// The words that make the number of a way of stating an age no age ([`Questions::search_no_age_after`]),
    /// folded.
    no_age_after: Vec<String>,
    /// The last parts of a compound too vague to read it by ([`Questions::search_vague_compound_ends`]), folded,
    /// each also as typed with a plain a or o for each æ, ø and å: "galdsradgivning" is as vague as
    /// "gældsrådgivning".
    vague_compound_ends: Vec<String>,
    /// The ways of stating an age ([`Questions::search_age_phrases`]), each true when it states one's own
    /// ([`Questions::search_own_age_phrases`]).
    age_phrases: Vec<(AgePhrase, bool)>,
    /// Every crisis line, for those the editors suggest for an age ([`CrisisLine::suggest_when`]).
    crisis_lines: &'a [CrisisLine],
    /// The ways of saying that no referral is wanted ([`Questions::search_no_referral`]), each as its folded words.
    no_referral: Vec<Vec<String>>,
    /// The editors' sayings ([`Questions::search_phrases`]), each as its words' [`forms`], like `acute_phrases`,
    /// with the words to search for instead; and the ways of asking where one can just come in
    /// ([`Questions::search_walk_in`]), with no words instead.
    calm_phrases: Vec<(Vec<Vec<String>>, Instead)>,
    /// The words naming the offers and needs that a typo may be read as, in order of language and folded form.
    known: Vec<KnownWord>,
    /// The acute options' search words of one word each ("selvmord", "vold", "suicide"), folded, and as typed
    /// without æ, ø and å: a typed word that names one of them, however it is put together, is acute (see
    /// [`SearchIndex::is_acute`]).
    acute_terms: Vec<AcuteTerm>,
    /// The acute options' search words of several words ("kill myself", "vil dø", "ikke leve", "@ hurts me"),
    /// folded, as their words (two or more each), each word as its [`forms`], worked out once here rather than on
    /// every keystroke: a query with them in a row is acute, whatever else it says (see
    /// [`SearchIndex::is_acute`]). Each with its sense, by its place in `acute_lines`.
    acute_phrases: Vec<(AcutePhrase, usize)>,
    /// The words of someone that [`PERSON_SLOT`] stands for in a crisis phrase, folded, in every language: the
    /// words of who is involved ([`Questions::search_people_words`]) and the editors' others
    /// ([`Questions::search_acute_persons`]: "han", "someone"), each also with a plain a or o for æ, ø and å.
    acute_persons: WordSet,
    /// The crisis lines a search shows first, for each sense an acute word can have. The first senses are the
    /// acute options, in the order of `acute`, each with its own lines. After them come the search words that
    /// crisis lines name too ([`CrisisLine::search_words`]), each with its option's lines and those: "voldtægt"
    /// shows Center for Voldtægtsofre, "vold" of the same option shows none.
    acute_lines: Vec<Vec<&'a CrisisLine>>,
    /// For each language, the words of every option's labels and search words there, folded: the words a page in
    /// that language knows as its own even where no offer has them ("dø"). A set, as each typed word is looked up
    /// on every keystroke, and the crisis options alone have about a thousand words.
    option_words: Vec<(String, WordSet)>,
    /// Every crisis line with the words of its name in every language, folded, but the ignored ones: a search may
    /// name a line ("livslinien").
    line_names: Vec<LineName<'a>>,
}

impl<'a> SearchIndex<'a> {
    /// Whether the folded `word` is one of the ignored words.
    fn is_ignored(&self, word: &str) -> bool {
        self.ignored.contains(word)
    }

    /// Whether `word` only says who is involved ("søn", "husband"), not what it is about.
    fn says_only_who(&self, word: &Word) -> bool {
        self.people_words.contains(&word.folded)
    }

    /// The index's entry for `offer`; an offer the index does not know has none, and is never found.
    fn entry(&self, offer: &Offer) -> Option<&Entry<'a>> {
        self.entries.iter().find(|entry| entry.offer.id == offer.id)
    }

    /// Whether an offer's texts in `language` (or every language, for `None`) have the folded `form`.
    fn any_has(&self, form: &str, language: Option<&str>) -> bool {
        self.entries
            .iter()
            .any(|entry| has_word(&entry.texts(language).everything, form))
    }

    /// `query` with each word for a paragraph of the law before a number read as the section sign, as one word:
    /// "paragraf 85" as "§85", as [`Query::parse`] reads "§ 85". The query as it is when it has none, so a keystroke
    /// without one copies nothing.
    fn with_paragraph_signs<'q>(&self, query: &'q Query) -> Cow<'q, Query> {
        let is_sign = |word: &Word| self.paragraph_words.contains(&word.folded);
        if !query.words.iter().any(is_sign) {
            return Cow::Borrowed(query);
        }
        Cow::Owned(Query {
            words: joined_paragraphs(query.words.clone(), is_sign),
        })
    }

    /// What a page in `lang` shows for `query`: the offers of `offers` that have every word of it but the ignored
    /// ones, those whose name has them first (as whole words before the rest), then those whose own texts have
    /// the words as typed in a row, every word of need among them, then those whose main topic has them, then the
    /// rest. In each group an offer made for a condition none of the words names ([`Offer::only_if_about`]) comes
    /// last, and otherwise the order given is kept. A query with no other words returns `offers` as they are.
    ///
    /// When no offer has every word, it returns the offers that have the most of them instead, with `partial` set
    /// and the words none of `offers` has named: first an offer that a word of it names (a whole word of its name
    /// and no other's: "jobrus"), then those with a word of what they are for (a topic's or kind of help's label or
    /// search word: "angst" before the "ung" of "unge" in names), then the rest, each group ordered the same way by
    /// the words each has. People type what they feel ("ked af det") as well as what they need, and one word no
    /// offer uses should not hide the offers the other words find. A single word is had or not, so only a search
    /// of several words is ever partial. When the words the offers have only say who is involved ("far" in "min
    /// far er død"), it names them ([`Found::found_only_by_who`]).
    ///
    /// A calm query whose every word a crisis line's name has, or a typo of it, names that line in [`Found::lines`]
    /// ("livslinien", "livslinjen", "lægevagt"), and such a word is not read as a typo or compound of an offer's
    /// word: "børnetelefonen" is not "børn". A number is never looked for among the offers: it names a line ("112")
    /// or says an age ("jeg er 17 år"), which the questions ask and the texts have only as ranges.
    ///
    /// An acute query ([`Found::acute`]) is looked for by its other words, as any search ("bolig" in "selvmord
    /// bolig", "angst" in "voldsom angst", "miste" and "bolig" in "i fare for at miste min bolig", with only the
    /// latter found), leaving out those that only say who is involved ("søn", "kæreste"); with none, by its acute
    /// words, finding only offers with all of them: neither `offers` as they are nor a partial fit. An acute word
    /// is never named back as one no offer has.
    ///
    /// Beside words of the need, a word that only says who is involved and names no topic ("ven", "mand") is left
    /// out: it found offers only by chance. One that names a topic ("kone", "søn") narrows a whole fit to the offers
    /// for relatives or families; those with every other word follow in [`Found::for_the_person`].
    ///
    /// An age the query states in one of the editors' ways ([`Questions::search_age_phrases`]) sets the offers for
    /// another age apart, in [`Found::other_age`], and adds the lines the editors suggest for it
    /// ([`CrisisLine::suggest_when`]) to [`Found::lines`].
    pub fn search(&self, offers: &[&'a Offer], query: &Query, lang: Lang) -> Found<'a> {
        let words_typed = query.words.len();
        let read = words_typed.min(SEARCHED_WORDS);
        let ages = self.stated_ages(&query.words[..read]);
        // The words that state an age are no words to look for: no offer says "gammel" (old) of "16 år gammel".
        // Copied without them only when there are any, not on every keystroke.
        let rest: Query;
        let query = if ages.stating.is_empty() {
            query
        } else {
            let words = query.words.iter().enumerate();
            rest = Query {
                words: words
                    .filter(|(at, _)| !ages.stating.contains(at))
                    .map(|(_, word)| word.clone())
                    .collect(),
            };
            &rest
        };
        let mut found = self.search_words(offers, query, lang);
        // Of the words typed, not of those left after the age's.
        found.words_left_out = words_typed - read;
        // The lines the editors suggest for an age, as the results do, after those the search names or a crisis
        // brings: Børnetelefonen for "jeg er 14 og vil dø" (under the crisis prompt) or "jeg er 14 og har angst"
        // (after the offers, which are few for a 14-year-old), and for "jeg er 13 og min far drikker", whose age is
        // the asker's. Beside a word of who is involved, the age of the one it is about may be the asker's ("pige
        // på 15 år"), so the lines for both, a relative's first; after the asker's own "min" or "my" it is not
        // ("min datter på 16 år": headspace's advice for parents, not Børnetelefonen, which is for the daughter).
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
                add_line(&mut found.lines, line);
            }
        }
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

    /// [`SearchIndex::search`], the stated age left aside.
    fn search_words(&self, offers: &[&'a Offer], query: &Query, lang: Lang) -> Found<'a> {
        let query = &self.with_paragraph_signs(query);
        let typed_forms = query.word_forms();
        let starts = WordStarts::of(&typed_forms);
        // A pasted text: searched by its first words only, though read to its end for crisis words (below).
        let read = query.words.len().min(SEARCHED_WORDS);
        let words_left_out = query.words.len() - read;
        let phrases = self.phrases(&query.words[..read]);
        // "uden henvisning" anywhere in the words searched, in any inflection: only the offers one can start on
        // one's own.
        let no_referral = self.no_referral.iter().any(|phrase| {
            phrase.iter().all(|part| {
                typed_forms[..read]
                    .iter()
                    .any(|forms| forms.contains(&part.as_str()))
            })
        });
        let mut acute_words = self.acute_words(query, (&typed_forms, &starts));
        let acute = acute_words.iter().any(Option::is_some);
        let mut lines: Vec<&'a CrisisLine> = Vec::new();
        for (sense, sense_lines) in self.acute_lines.iter().enumerate() {
            if !acute_words.contains(&Some(sense)) {
                continue;
            }
            for &line in sense_lines {
                add_line(&mut lines, line);
            }
        }
        acute_words.truncate(read);
        let (words, asked) = self.with_calm_phrases(
            &query.words[..read],
            // The starts of every word, not only those read: more starts pass over fewer sayings, never one typed.
            (&typed_forms[..read], &starts),
            acute_words,
            lang,
        );
        let walk_in = asked.walk_in;
        // Asked for someone to call or write to now ("hvem har åbent nu", "om natten"): every line, as the offers
        // are daytime services. Not under a crisis, whose lines are the editors' choice, nor where the other words
        // name an offer: "jeg vil ringe til psykiatriens hus" asks for one place.
        let asks_for_lines = asked.lines && !acute && !self.names_an_offer(&words);
        if asks_for_lines {
            for name in &self.line_names {
                add_line(&mut lines, name.line);
            }
        }
        // Lines named by what they are ("anonym"), like a line named by its name. Not under a crisis either.
        let names_lines = !acute && !asked.named_lines.is_empty();
        if names_lines {
            for &at in &asked.named_lines {
                add_line(&mut lines, self.line_names[at].line);
            }
        }
        // Asked for help without a referral, or where one can just come in ("mød op"): only those offers.
        let by_way_in: Vec<&'a Offer>;
        let offers = if no_referral || walk_in {
            by_way_in = offers
                .iter()
                .copied()
                .filter(|offer| !no_referral || offer.access.needs_no_referral())
                .filter(|offer| !walk_in || offer.access == Access::WalkIn)
                .collect();
            &by_way_in
        } else {
            offers
        };
        let meaningful: Vec<(&Word, Option<usize>)> = words
            .iter()
            .map(|(word, sense)| (word, *sense))
            .filter(|(word, _)| !self.is_ignored(&word.folded))
            // Under a crisis, who is involved ("søn" in "min søn vil tage sit liv") says nothing of the help wanted.
            .filter(|(word, sense)| !(acute && sense.is_none() && self.says_only_who(word)))
            .collect();
        // Beside words of the need, who is involved says something only in a word of what offers are for, in any
        // language ("søn", "far"), which narrows the offers to those for families or relatives. Any other ("ven",
        // "mand", "friend") found the offers whose texts have it by chance: "min ven er hjemløs" found Perron 4
        // alone, by its "venner".
        // Such a word in an offer's name still says whom it is for, and puts it first: "unge" in "unge med autisme"
        // finds every offer about autism, those for young people first.
        // Beside a word of who is involved that names whom offers are for, it is left out too: "bekymret for en
        // elev" (worried about a pupil) fitted in part, naming "elev" as a word no offer has. Alone, it is searched.
        let by_chance = |word: &Word| self.people_words_by_chance.contains(&word.folded);
        let names_more = meaningful.iter().any(|(word, _)| !by_chance(word));
        let (left_out, meaningful): (Vec<_>, Vec<_>) = meaningful
            .into_iter()
            .partition(|(word, _)| names_more && by_chance(word));
        // A line whose name has every word, as staff and others look for a line they know by name. Not under a
        // crisis, whose lines are the editors' choice: "vold" starts "Voldtægtsofre" but names no line.
        let mut names_a_line = false;
        let letters: Vec<Vec<char>> = meaningful
            .iter()
            .map(|(word, _)| word.folded.chars().collect())
            .collect();
        for name in &self.line_names {
            if !meaningful.is_empty()
                && meaningful
                    .iter()
                    .zip(&letters)
                    .all(|((word, _), letters)| name.has(&word.folded, letters))
            {
                names_a_line = true;
                if !acute {
                    add_line(&mut lines, name.line);
                }
            }
        }
        let found_nothing = Found {
            acute,
            lines: lines.clone(),
            no_referral,
            walk_in,
            asks_for_lines,
            words_left_out,
            ..Found::default()
        };
        // A municipal unit by its name, as staff know offers by the unit they belong to: its offers, and only
        // those. Not under a crisis, whose words are no unit's. Asked of the few entries with a unit first, so a
        // keystroke that names none looks up no offer's entry.
        let named: Vec<&Word> = words.iter().map(|(word, _)| word).collect();
        let is_of_unit = |entry: &Entry| entry.is_of_unit_named(&named);
        if !acute && self.entries.iter().any(is_of_unit) {
            let of_unit: Vec<&'a Offer> = offers
                .iter()
                .copied()
                .filter(|offer| self.entry(offer).is_some_and(is_of_unit))
                .collect();
            if let Some(first) = of_unit.first() {
                return Found {
                    unit: first.part_of.as_ref().map(|unit| &unit.text),
                    offers: of_unit,
                    ..found_nothing
                };
            }
        }
        // A phone number, as staff look up whose number a note or a missed call has ("8915 9737"), or someone the
        // line a number belongs to ("70 201 201"). From its first digits on, as staff type it: "8915" lists every
        // offer whose number starts so. A number no offer or line has is found nowhere: every offer would say it
        // fits ("1813" said so of all 32). A shorter one is an age ("17"), as below, unless it is a line's ("112").
        if let Some(number) = typed_number(&meaningful) {
            let by_start = number.len() >= NUMBER_START_DIGITS;
            let has_it = |contacts: &[Contact]| {
                contacts.iter().any(|contact| {
                    contact.dialled().is_some_and(|dialled| {
                        dialled == number || (by_start && dialled.starts_with(&number))
                    })
                })
            };
            for name in &self.line_names {
                if has_it(&name.line.contacts) {
                    add_line(&mut lines, name.line);
                }
            }
            let with_number: Vec<&'a Offer> = offers
                .iter()
                .copied()
                .filter(|offer| has_it(&offer.contacts))
                .collect();
            if !with_number.is_empty() || !lines.is_empty() || by_start {
                return Found {
                    offers: with_number,
                    lines,
                    ..found_nothing
                };
            }
        }
        // Under a crisis, a line's name ("center" in "center for voldtægtsofre") is no calm word to list offers by:
        // the line is in the prompt. Nor is a number, which names a line ("112") or says an age ("17" in "jeg er 17
        // år og har autisme"), which the texts have only as a range: "17" was named back as a word no offer has.
        let calm: Vec<&Word> = meaningful
            .iter()
            .filter(|(_, acute)| acute.is_none())
            // Nor is a whole word of an acute option's texts: the "selv" after "hun har skåret i sig" (of "skade
            // sig selv") listed every offer with "selv" under the prompt.
            .filter(|(word, _)| {
                !(acute
                    && self
                        .acute
                        .iter()
                        .any(|text| text.split(' ').any(|known| known == word.folded)))
            })
            .filter(|_| !(acute && names_a_line))
            .filter(|(word, _)| !word.is_number())
            .map(|(word, _)| *word)
            .collect();
        // Only the acute words to look for: every acute search word of them, or nothing. A word acute only as part
        // of a phrase or as the start of an option's label says nothing of an offer: "tage" in "tage livet af mig"
        // listed the help for homeless people under the prompt, and "skade" and "selv" the brain injury offers.
        let only_acute = acute && calm.is_empty();
        let words: Vec<&Word> = if only_acute {
            meaningful
                .iter()
                .map(|(word, _)| *word)
                // Not a word acute only as a typo: as typed, it is another word, whose offers say nothing of the
                // crisis. "abuses" (read as "abused") listed the offers about substance abuse under the prompt.
                .filter(|word| self.named_acute_term(&word.folded).is_some())
                .collect()
        } else {
            calm
        };
        if words.is_empty() {
            return if acute || asks_for_lines || names_lines {
                found_nothing
            } else {
                Found {
                    offers: offers.to_vec(),
                    says_nothing: !no_referral && !walk_in,
                    ..found_nothing
                }
            };
        }
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
                // Under the prompt, an acute word counts only where a word starts: inside a compound it may mean
                // something else, as "skade" (harm) does in "hjerneskade" (brain injury).
                let has_it = |word: &Sought| {
                    let texts = entry.texts(word.language);
                    if only_acute {
                        starts_word(&texts.everything, word.form)
                    } else if word.says_only_who {
                        // Where the offer says whom it is for, or as a word of its own: "mor" (mother) starts
                        // "morgenmad" (breakfast), and listed Perron 4 for "min mor drikker", beside the help for
                        // families with substance problems.
                        word.is_in(&texts.name)
                            || word.is_in(&texts.needs)
                            || has_word_uncompounded(&texts.everything, word.form)
                    } else {
                        word.is_in(&texts.everything)
                    }
                };
                let has = sought.iter().filter(|word| has_it(word)).collect();
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
            return found_nothing;
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
                    fit: Self::fit(entry, &by_need, &phrases, for_others),
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
        let (found, for_the_person) = (offers_of(found), offers_of(for_the_person));
        Found {
            offers: found,
            partial,
            not_found,
            corrected,
            acute,
            lines,
            found_only_by_who,
            for_the_person,
            no_referral,
            walk_in,
            asks_for_lines,
            words_left_out,
            says_nothing: false,
            ..Found::default()
        }
    }
}
