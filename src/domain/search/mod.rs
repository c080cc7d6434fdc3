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
mod direct;
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
pub use found::{Found, FoundSentence, same_entries};
pub use query::Query;
pub use words::{FIRST_PART, SHORT_WORD, folded, search_terms};

use super::catalogue::{Access, CrisisLine, Offer};
use super::text::Lang;
use acute::AcuteWords;
use ages::AgePhrase;
use index::{Entry, KnownWord};
use lines::{LineName, add_line};
use query::{Word, joined_paragraphs};
use sayings::Instead;
use std::borrow::Cow;
use words::{WordSet, WordStarts, at_most, has_word};
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

/// Every offer's searchable text, folded once.
pub struct SearchIndex<'a> {
    entries: Vec<Entry<'a>>,
    /// The words of the crisis check, worked out once from the acute options and the crisis lines.
    acute_words: AcuteWords<'a>,
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
    /// The words of someone that [`PERSON_SLOT`] stands for in a crisis phrase, folded, in every language: the
    /// words of who is involved ([`Questions::search_people_words`]) and the editors' others
    /// ([`Questions::search_acute_persons`]: "han", "someone"), each also with a plain a or o for æ, ø and å.
    acute_persons: WordSet,
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
        let ages = self.stated_ages(at_most(&query.words, read));
        // The words that state an age are no words to look for: no offer says "gammel" (old) of "16 år gammel".
        let query = &ages.left_out_of(query);
        let mut found = self.search_words(offers, query, lang);
        // Of the words typed, not of those left after the age's.
        found.words_left_out = words_typed - read;
        self.add_lines_for_ages(&mut found.lines, &ages);
        self.set_apart_by_age(found, &ages, offers, query, lang)
    }

    /// [`SearchIndex::search`], the stated age left aside.
    fn search_words(&self, offers: &[&'a Offer], query: &Query, lang: Lang) -> Found<'a> {
        let query = &self.with_paragraph_signs(query);
        let typed_forms = query.word_forms();
        let starts = WordStarts::of(&typed_forms);
        // A pasted text: searched by its first words only, though read to its end for crisis words (below).
        let read = query.words.len().min(SEARCHED_WORDS);
        let words_left_out = query.words.len() - read;
        let phrases = self.phrases(at_most(&query.words, read));
        let no_referral = self.says_no_referral(at_most(&typed_forms, read));
        let mut acute_words = self.acute_words(query, (&typed_forms, &starts));
        let acute = acute_words.iter().any(Option::is_some);
        let mut lines = self.crisis_lines_for(&acute_words);
        acute_words.truncate(read);
        let (words, asked) = self.with_calm_phrases(
            at_most(&query.words, read),
            // The starts of every word, not only those read: more starts pass over fewer sayings, never one typed.
            (at_most(&typed_forms, read), &starts),
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
            for name in asked
                .named_lines
                .iter()
                .filter_map(|&at| self.line_names.get(at))
            {
                add_line(&mut lines, name.line);
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
        let named_lines = self.lines_named_by(&meaningful);
        let names_a_line = !named_lines.is_empty();
        if !acute {
            for line in named_lines {
                add_line(&mut lines, line);
            }
        }
        let found_nothing = Found {
            acute,
            lines,
            no_referral,
            walk_in,
            asks_for_lines,
            words_left_out,
            ..Found::default()
        };
        // A municipal unit by its name: its offers, and only those. Not under a crisis, whose words are no unit's.
        if !acute && let Some(of_unit) = self.offers_of_unit_named(offers, &words) {
            return Found {
                unit: of_unit
                    .first()
                    .and_then(|offer| offer.part_of.as_ref())
                    .map(|unit| &unit.text),
                offers: of_unit,
                ..found_nothing
            };
        }
        // A phone number: the offers and lines with it.
        if let Some((with_number, lines)) =
            self.by_number(offers, &meaningful, &found_nothing.lines)
        {
            return Found {
                offers: with_number,
                lines,
                ..found_nothing
            };
        }
        let (words, only_acute) = self.words_to_look_for(&meaningful, acute, names_a_line);
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
        let Some(ranked) = self.ranked(offers, &words, lang, only_acute, &phrases, &left_out)
        else {
            return found_nothing;
        };
        Found {
            offers: ranked.offers,
            for_the_person: ranked.for_the_person,
            partial: ranked.partial,
            not_found: ranked.not_found,
            corrected: ranked.corrected,
            found_only_by_who: ranked.found_only_by_who,
            ..found_nothing
        }
    }
}
