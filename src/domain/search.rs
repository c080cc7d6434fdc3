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

use super::answers::{Age, Answers, MAX_AGE};
use super::catalogue::{Access, Audience, Catalogue, Contact, CrisisLine, Offer};
use super::crisis::suggested_lines;
use super::order::sort_short_by;
use super::questions::{AnswerOption, QuestionKind, Questions, Who};
use super::ranking::{Exclusion, age_exclusions};
use super::text::{
    Lang, LocalizedText, PLAIN_LETTERS, TYPO_LETTERS, has_danish_letter, latin1_lowercase,
    plainly_typed, spelt_plainly, starts_alike, typos, typos_allowed,
};
use std::borrow::Cow;

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
            // A paragraph of the law is one word, "§85", however it is spaced: "§ 85" in a text or a search.
            _ => {
                if !out.ends_with(' ') && !out.ends_with('§') {
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
/// script is kept as a letter, so a query in it finds nothing rather than everything. The section sign too: staff
/// search by the paragraph of the law ("§ 85"), which no text has, and without it the number alone was read as an
/// age, which every offer fits.
fn is_word_character(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '§'
        || (c >= 'À' && !matches!(c, '×' | '÷' | '\u{2000}'..='\u{206F}'))
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

/// After the first part of a compound, at least this many (folded) letters follow: "selvmordsforsøg" and
/// "angstbehandling" are compounds of "selvmord" and "angst", while "faren" (the father) is no compound of "fare".
const REST_LETTERS: usize = 3;

/// Whether the folded `word` is a compound with the folded `part` first: [`REST_LETTERS`] letters or more after it.
fn starts_compound(word: &str, part: &str) -> bool {
    word.starts_with(part) && word.chars().count() >= part.chars().count() + REST_LETTERS
}

/// Whether the folded `word` is a compound with the folded `part` last: after [`FIRST_PART`] letters or more, as
/// in "partnervold" and "bedsteforældre".
fn ends_compound(word: &str, part: &str) -> bool {
    word.ends_with(part) && word.chars().count() >= part.chars().count() + FIRST_PART
}

/// For each place the folded `text` has `word`, the part of the word in `text` before it ("" where a word starts).
fn parts_before<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = &'t str> {
    text.match_indices(word).map(|(at, _)| {
        let word_start = text[..at].rfind(' ').map_or(0, |space| space + 1);
        &text[word_start..at]
    })
}

/// Whether the folded `text` has `word` where a word starts: as a word, or as the first part of one.
fn starts_word(text: &str, word: &str) -> bool {
    parts_before(text, word).any(str::is_empty)
}

/// Whether the folded `text` has `word` where a word starts, but not as the first part of a compound
/// ([`starts_compound`]): as itself or inflected ("unge" for "ung", "voksne" for the "voks" of "voksen").
fn has_word_uncompounded(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let whole = text[at..].split(' ').next().unwrap_or_default();
        (at == 0 || text[..at].ends_with(' ')) && !starts_compound(whole, word)
    })
}

/// A typed word of this many (folded) letters that an offer has as a whole word is looked for only as one: "AA"
/// (Anonyme Alkoholikere, a search word of the help for alcohol) is not the start of "år" (folded "aar") in "16-30
/// år". Other words of two letters still start longer ones, since a search runs as one types ("al" on the way to
/// "alkohol"), and so does a single letter, though the texts have some alone ("b" of an address): it is always on
/// the way to a word.
const WHOLE_ONLY_LETTERS: usize = 2;

/// Whether the folded `text` has `word` as a whole word.
fn has_whole_word(text: &str, word: &str) -> bool {
    text.split(' ').any(|known| known == word)
}

/// Whether the folded `text` has `word`: where a word starts, or, for a word of [`SHORT_WORD`] letters or more,
/// after the first [`FIRST_PART`] letters of a word.
fn has_word(text: &str, word: &str) -> bool {
    // A paragraph only whole: "§10" is not "§101".
    if word.starts_with('§') {
        return text
            .match_indices(word)
            .any(|(at, _)| !text[at + word.len()..].starts_with(|c: char| c.is_ascii_digit()));
    }
    parts_before(text, word).any(|before| {
        before.is_empty() || (word.len() >= SHORT_WORD && before.chars().count() >= FIRST_PART)
    })
}

/// Endings of Danish inflection, folded, longest first: plural and definite forms ("boligen", "forældrene",
/// "kurserne"), past participles ("hjerneskadet", "handicappede") and the genitive ("pårørendes"). A typed word
/// is looked for without one of them, since the texts have "bolig", "forældre" and "kurser": a typed word finds
/// longer words already, but not shorter ones. English plurals lose their "s" the same way.
const ENDINGS: [&str; 15] = [
    "erne", "ende", "ede", "ene", "ere", "ens", "ers", "ets", "en", "er", "es", "et", "ne", "e",
    "s",
];

/// A word without its ending keeps at least this many (folded) letters: "hash" from "hashen", but nothing from
/// "ører".
const STEM_LETTERS: usize = 4;

/// `stem` without its last letter where that letter is a doubled consonant, as Danish doubles it before an ending
/// ("ensomme", "handicappede"). Compared as bytes: two equal bytes that end a longer character are no letter, and
/// cutting between them is not a character boundary, so `get` gives `None`.
fn undoubled(stem: &str) -> Option<&str> {
    match stem.as_bytes() {
        [.., before, last] if before == last && !b"aeiouy".contains(last) => {
            stem.get(..stem.len() - 1)
        }
        _ => None,
    }
}

/// Endings, folded, of the definite forms of Danish nouns in "-er", which lose that e before them: "centret" and
/// "centrene" of "center", "teatret" of "teater".
const DROPPED_E_ENDINGS: [&str; 4] = ["renes", "rene", "rets", "ret"];

/// The folded `word`, if it has one of [`DROPPED_E_ENDINGS`] after a consonant, up to the r: the part that both the
/// noun and its definite form start with ("rusmiddelcent" of "rusmiddelcentret", found in "Rusmiddelcenter
/// Randers" as in "rusmiddelcentret"). People name places by their definite form ("Autismecentret"), while the
/// offers' names have the other.
fn dropped_e_stem(word: &str) -> Option<&str> {
    let stem = DROPPED_E_ENDINGS
        .iter()
        .find_map(|ending| word.strip_suffix(ending))?;
    let before_r = stem.as_bytes().last()?;
    (!b"aeiouy".contains(before_r)).then_some(stem)
}

/// The folded `word` without each inflection ending it has, keeping at least [`STEM_LETTERS`] letters: the shorter
/// forms the word is looked for by, best first. First the part a noun in "-er" and its definite form share
/// ([`dropped_e_stem`]), then the word without each of [`ENDINGS`], longest first, a doubled consonant before it
/// undoubled first.
fn stems(word: &str) -> impl Iterator<Item = &str> {
    dropped_e_stem(word)
        .into_iter()
        .chain(
            ENDINGS
                .iter()
                .filter_map(move |ending| word.strip_suffix(ending))
                .flat_map(|stem| undoubled(stem).into_iter().chain([stem])),
        )
        .filter(|stem| stem.chars().count() >= STEM_LETTERS)
}

/// Whether the letters `typed` are [`spelt_plainly`] as the start of the letters `known`, before one of
/// [`ENDINGS`]: "lagevagt" of "lægevagten". Only from [`PLAIN_TERM_LETTERS`] letters.
fn spelt_plainly_before_ending(typed: &[char], known: &[char]) -> bool {
    typed.len() >= PLAIN_TERM_LETTERS
        && known.len() > typed.len()
        && spelt_plainly(typed, &known[..typed.len()])
        && ENDINGS.contains(&known[typed.len()..].iter().collect::<String>().as_str())
}

/// The folded `word` as it is, then its [`stems`].
fn forms(word: &str) -> impl Iterator<Item = &str> {
    std::iter::once(word).chain(stems(word))
}

/// How the words of a query start (their first two bytes), to pass over at once a phrase whose first word none of
/// them starts like: every one of a word's [`forms`] starts as the word does, as a stem keeps [`STEM_LETTERS`]
/// letters.
struct WordStarts([u64; WordStarts::WORDS]);

impl WordStarts {
    /// The size of the set in 64-bit words: one bit for each start, two starts sharing a bit now and then, which
    /// costs a phrase's being looked for in vain, never one missed.
    const WORDS: usize = 64;

    /// The starts of each of `typed_forms`.
    fn of(typed_forms: &[Vec<&str>]) -> WordStarts {
        let mut bits = [0; Self::WORDS];
        for form in typed_forms.iter().flatten() {
            let bit = Self::bit(form);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        WordStarts(bits)
    }

    /// Whether a word typed starts as the folded `word` does (or shares its bit).
    fn has(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The bit of the first two bytes of `word`, a missing byte as 0: distinct for two letters of a–z.
    fn bit(word: &str) -> usize {
        let byte = |at: usize| usize::from(word.as_bytes().get(at).copied().unwrap_or(0));
        (byte(0) * 64 + byte(1)) % (Self::WORDS * 64)
    }
}

/// Where in a query, whose words are given as their [`forms`], the words of `phrase` (each as its forms, and
/// perhaps spelt plainly: [`phrase_word_forms`]) come in a row, each in any inflection: "skærer i mig" for "skære
/// i mig", "hits" for "hit". None at once when no word typed starts as a spelling of its first word does
/// (`starts`, of `typed_forms`).
fn phrase_starts<'p>(
    typed_forms: &'p [Vec<&str>],
    starts: &WordStarts,
    phrase: &'p [Vec<String>],
) -> impl Iterator<Item = usize> + 'p {
    let first = phrase.first();
    let words = if first.is_none_or(|forms| forms.iter().any(|form| starts.has(form))) {
        typed_forms.len()
    } else {
        0
    };
    parts_start(words, phrase, |at, part: &Vec<String>| {
        part.iter()
            .any(|form| typed_forms[at].contains(&form.as_str()))
    })
}

/// Where in a query of `words` words the parts of `phrase` come in a row, each where the word at its place `fits`
/// it.
fn parts_start<'p, Part>(
    words: usize,
    phrase: &'p [Part],
    fits: impl Fn(usize, &Part) -> bool + 'p,
) -> impl Iterator<Item = usize> + 'p {
    let starts = (words + 1).saturating_sub(phrase.len());
    (0..starts).filter(move |&at| {
        phrase
            .iter()
            .enumerate()
            .all(|(nth, part)| fits(at + nth, part))
    })
}

/// A search reads this many words at most ([`Found::words_left_out`]). More is a pasted text, not a search, and
/// reading every word of one on every keystroke would freeze a slow phone: a page of the fact sheet (20,000
/// characters, 3,000 words) took 0.2 s natively, so seconds there. The crisis check still reads every word, at a
/// sixth of that cost: a text that says "selvmord" in its last line points to crisis help.
pub const SEARCHED_WORDS: usize = 30;

/// The age from which a person is an adult in Danish law, the least age of one the words name as a grown-up
/// ([`Questions::search_adults`]).
const ADULT_AGE: u8 = 18;

/// Stands for the number in a way of stating an age ([`Questions::search_age_phrases`]: "er # år").
pub const AGE_SLOT: &str = "#";

/// Stands for a word of who is involved in a way of stating an age ([`Questions::search_age_phrases`]: "@ er #"
/// for "min søn er 17"), and for a word of someone who may do harm in a crisis phrase ("@ gør mig ondt" for "min
/// stedfar gør mig ondt", [`Questions::search_acute_persons`]).
pub const PERSON_SLOT: &str = "@";

/// A part of a crisis phrase ([`SearchIndex::acute_phrases`]).
enum AcutePart {
    /// A word, as its [`forms`].
    Word(Vec<String>),
    /// A word of someone ([`PERSON_SLOT`]; [`SearchIndex::acute_persons`]).
    Person,
}

/// A crisis phrase, part by part.
type AcutePhrase = Vec<AcutePart>;

/// An acute option's search word of one word ([`SearchIndex::acute_terms`]).
struct AcuteTerm {
    /// Folded.
    term: String,
    /// Its letters, for counting typos.
    letters: Vec<char>,
    /// Its sense, by its place in `acute_lines`.
    sense: usize,
    /// Whether it is named only as a word, never by a typo or as part of a compound: a search word as typed with a
    /// plain a or o for each æ, ø and å ("slaet" for "slået") of fewer than [`PLAIN_TERM_LETTERS`] letters, which
    /// may be another word's folded form ("klokkeslæt", the time of day, ends with "slaet", and "slægt", kin, is
    /// one letter from it).
    exact_only: bool,
}

/// A crisis word typed with a plain a or o for each æ, ø and å is read by a typo or as part of a compound from this
/// many letters: "voltagt" (a d left out of "voldtægt") is a typo of "voldtagt", while the shorter plain spellings
/// are too like other words. So is a word so typed as the start of a longer one ([`spelt_plainly_before_ending`]):
/// "lagevagt" is "lægevagten", while "svar" (an answer) is no "svære".
const PLAIN_TERM_LETTERS: usize = 8;

/// The search words of an acute option, `words`, as [`search_terms`] but each folded word by word with the word of
/// someone, "@", kept as it is: folded whole, "@ hurts me" would be "hurts me", which "it hurts me" has.
pub fn acute_search_terms(words: &LocalizedText) -> impl Iterator<Item = String> + '_ {
    words
        .0
        .values()
        .flat_map(|list| list.split(','))
        .map(|term| {
            let words: Vec<String> = term
                .split_whitespace()
                .map(|word| match word {
                    PERSON_SLOT => word.to_owned(),
                    word => folded(word).trim().to_owned(),
                })
                .filter(|word| !word.is_empty())
                .collect();
            words.join(" ")
        })
}

/// A part of a way of stating an age ([`Questions::search_age_phrases`]).
enum AgePart {
    /// A word, as its [`forms`].
    Word(Vec<String>),
    /// The number ([`AGE_SLOT`]).
    Number,
    /// A word of who is involved whose number is an age ([`PERSON_SLOT`]).
    Person,
}

/// A way of stating an age, part by part.
type AgePhrase = Vec<AgePart>;

/// The ways of stating an age in `phrases`, in every language, each as an [`AgePhrase`], each word as
/// [`phrase_word_forms`]: "jeg er 17 ar" states an age as "jeg er 17 år" does.
fn age_phrases(phrases: &LocalizedText) -> impl Iterator<Item = AgePhrase> + '_ {
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
        match word.bytes().take_while(u8::is_ascii_digit).count() {
            digits if digits > 0 && digits < word.len() => {
                apart.extend([(at, &word[..digits]), (at, &word[digits..])])
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
struct StatedAges {
    /// The age of the person it is about, which the offers' limits are about. Not one's own age
    /// ([`Questions::search_own_age_phrases`]) beside a word of who else is involved: in "jeg er 45, og min søn har
    /// autisme" the limits are about the son.
    of_the_person: Option<u8>,
    /// One's own age beside a word of who else is involved: the asker's, for the lines suggested for it ("jeg er 13
    /// og min far drikker").
    own: Option<u8>,
    /// Whether the query has a word of who is involved ([`Questions::search_people_words`]).
    others_involved: bool,
    /// Whether such a word follows one of the asker's possessives ([`Questions::search_asker_possessives`]: "min
    /// søn"): the asker is not the one it is about.
    about_another: bool,
    /// Whether the words name an adult, after one of the asker's possessives, and no one else involved
    /// ([`Questions::search_adults`]: "min mor"), or say the person is grown up
    /// ([`Questions::search_grown_up_words`]: "autisme voksen").
    adult: bool,
    /// The places of the words that state an age, whether it counts or not.
    stating: Vec<usize>,
}

/// The words of `phrase`, each as its [`forms`], as [`phrase_starts`] looks for them.
fn phrase_forms(phrase: &str) -> Vec<Vec<String>> {
    Query::parse(phrase)
        .words
        .iter()
        .map(|word| phrase_word_forms(&word.folded))
        .collect()
}

/// The [`forms`] of the folded `word` of a phrase, and, if it has an æ, ø or å, those of the word as typed with a
/// plain a or o for each: in a phrase, among its other words, even a short one is clear ("ikke rad til" is "ikke råd
/// til", can't afford; "er 17 ar" an age), where alone it may be another word.
fn phrase_word_forms(word: &str) -> Vec<String> {
    let plain = plainly_folded(word);
    let mut spellings: Vec<String> = forms(word).map(String::from).collect();
    if plain != word {
        spellings.extend(forms(&plain).map(String::from));
    }
    spellings
}

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

/// One word someone typed.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Word {
    /// As typed, to name it back ("Ingen af tilbuddene nævner »ked«").
    typed: String,
    /// As searches compare it ([`folded`]).
    folded: String,
    /// Its letters as typed, in lowercase, so a typo beside an æ, ø or å counts as one ("autisøe").
    letters: Vec<char>,
}

impl Word {
    /// Whether it is a number: part of a phone number ("8915"), a line's ("112") or an age ("17").
    fn is_number(&self) -> bool {
        self.folded.chars().all(|c| c.is_ascii_digit())
    }
}

/// `words` with each sign of a paragraph of the law (`is_sign`: "§", or a word for it such as "paragraf") that comes
/// before a number joined to it as one word, "§85", as [`folded`] makes "§ 85" in the texts; named back as typed.
fn joined_paragraphs(words: Vec<Word>, is_sign: impl Fn(&Word) -> bool) -> Vec<Word> {
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
    words: Vec<Word>,
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
    fn word_forms(&self) -> Vec<Vec<&str>> {
        self.words
            .iter()
            .map(|word| forms(&word.folded).collect())
            .collect()
    }
}

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

/// Whether two lists hold the same entries of the bundle, in the same order, compared by address: a search found
/// the same offers or lines again, without comparing their texts.
pub fn same_entries<T>(a: &[&T], b: &[&T]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| std::ptr::eq(*x, *y))
}

/// One offer's searchable texts, folded: in one language, or in every language together.
struct Texts {
    /// The name.
    name: String,
    /// The label and search words of its main topic (the first in its list), as [`super::ranking`] counts it.
    main_topic: String,
    /// The search words alone of its main topic: what the editors listed for it, not a label's word it may share
    /// with another topic's label ([`Fit::MainTopicWords`]).
    main_topic_words: String,
    /// The labels and search words of all its topics and kinds of help: what it is for.
    needs: String,
    /// The labels and search words of its kinds of help alone: what it gives, not whom it is for.
    help: String,
    /// The labels and search words of the conditions it is made for ([`Offer::only_if_about`]).
    conditions: String,
    /// The name and every other searchable text.
    everything: String,
}

/// One name of a municipal unit, as a search compares it.
struct UnitName {
    /// Every word of it, folded.
    words: Vec<String>,
    /// Those that are no ignored word: a search must have each of them.
    key_words: Vec<String>,
}

/// One offer's searchable texts.
struct Entry<'a> {
    offer: &'a Offer,
    /// The names of the unit it belongs to ([`Offer::part_of`]), in each language, and in brackets after one.
    /// Not searched like its texts: the name of "Center for Børnehandicap og Autisme" would make "handicap" and
    /// "children" find the centre's offers for young people with autism. A search of a name lists the unit's
    /// offers instead ([`Entry::is_of_unit_named`]).
    unit_names: Vec<UnitName>,
    /// Its own texts in every language, not the labels it shares with other offers: name, summary, first step and
    /// legal basis; what a phrase is looked for in ([`Fit::Phrase`]). Then the same as typed with a plain a or o
    /// for each æ, ø and å ([`plainly_folded`]). With a space before and after, so a phrase with one around it is
    /// had only as whole words.
    own: String,
    /// In every language together.
    every_language: Texts,
    /// In each language on its own, by language code.
    by_language: Vec<(&'a str, Texts)>,
}

impl Entry<'_> {
    /// Whether `words` name the unit the offer belongs to: each is a word of one of the unit's names, and they
    /// have every word of that name but the ignored ones ("børnehandicap og autisme", "Center for Børnehandicap og
    /// Autisme"). Fewer are needs to search for: "socialt udsatte" (Perron 4 is for them), and "center for autisme",
    /// which is Autismecenter Randers.
    fn is_of_unit_named(&self, words: &[&Word]) -> bool {
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
    fn texts(&self, language: Option<&str>) -> &Texts {
        language
            .and_then(|code| self.by_language.iter().find(|(known, _)| *known == code))
            .map_or(&self.every_language, |(_, texts)| texts)
    }
}

/// A typed word as a search looks for it: in which form, and in which language's texts.
struct Sought<'w> {
    /// The word, or the first of its [`stems`] an offer has, or the word it was read as a typo of (or that word's
    /// first such stem).
    form: &'w str,
    /// The page's language, or `None` for every language.
    language: Option<&'static str>,
    /// The word it was read as a typo of, if it was.
    typo_of: Option<&'w KnownWord>,
    /// Whether the word only says who is involved ([`SearchIndex::says_only_who`]).
    says_only_who: bool,
    /// Whether it is looked for only as a whole word ([`WHOLE_ONLY_LETTERS`]).
    whole: bool,
}

impl Sought<'_> {
    /// Whether the folded `text` has the word as it is looked for: as a whole word, or as [`has_word`] finds it.
    /// Finding an offer and ordering those found ask the same, so an offer is never ranked by a word it was not
    /// found by.
    fn is_in(&self, text: &str) -> bool {
        if self.whole {
            has_whole_word(text, self.form)
        } else {
            has_word(text, self.form)
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
struct KnownWord {
    /// The language of the texts it is in.
    language: String,
    /// As searches compare it ([`folded`]).
    folded: String,
    /// Its folded letters, as typos are counted.
    letters: Vec<char>,
    /// As the texts spell it, in lowercase: what the page names back.
    spelt: String,
    /// The letters of `spelt`, as typos beside an æ, ø or å are counted.
    spelt_letters: Vec<char>,
    /// As typed with a plain a or o for each æ, ø and å ([`plainly_folded`]), where it has one and so differs:
    /// what a compound typed so is read by ([`SearchIndex::compound_part`]), and what makes a word typed so no
    /// typo of a crisis word ([`SearchIndex::acute_term`]).
    plain: Option<String>,
    /// How many offers have it: of two words as near, the commoner is more likely meant.
    offers: usize,
    /// The place in the catalogue of the last offer counted in `offers`, so each offer counts once.
    last_offer: usize,
    /// The most telling place an offer has it in.
    place: WordPlace,
}

/// Words kept in order, so that each is found by halving, not by reading them all: the ignored words are several
/// hundred, and are asked about for every word of a query and of every offer's name on every keystroke.
struct WordSet(Vec<String>);

impl WordSet {
    /// The set of `words`, each once.
    fn new(words: Vec<String>) -> WordSet {
        let mut set: Vec<String> = Vec::with_capacity(words.len());
        for word in words {
            if let Err(at) = set.binary_search(&word) {
                set.insert(at, word);
            }
        }
        WordSet(set)
    }

    /// Whether the set has `word`.
    fn contains(&self, word: &str) -> bool {
        self.0
            .binary_search_by(|known| known.as_str().cmp(word))
            .is_ok()
    }

    /// The words of the folded `text` but the set's, one space between each.
    fn left_out_of(&self, text: &str) -> String {
        let kept: Vec<&str> = text
            .split(' ')
            .filter(|word| !word.is_empty() && !self.contains(word))
            .collect();
        kept.join(" ")
    }
}

impl KnownWord {
    /// Whether a word typed may be a typo of it, or a compound of it: not a word of fewer than [`TYPO_LETTERS`]
    /// letters, known only for its spelling without æ, ø and å ("rådhus" is no compound of "råd").
    fn reads_typos(&self) -> bool {
        self.place >= WordPlace::Name && self.letters.len() >= TYPO_LETTERS
    }

    /// Whether a topic's or kind of help's label or search words have it.
    fn names_a_need(&self) -> bool {
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
            let word = &mut known[at];
            word.place = word.place.max(place);
            if word.last_offer != offer_at {
                word.offers += 1;
                word.last_offer = offer_at;
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

/// What an editors' saying is searched as ([`SearchIndex::calm_phrases`]).
enum Instead {
    /// Other words ("kan ikke sove" as "søvnproblemer"), with the language of the saying.
    Words(Query, String),
    /// Nothing: it asks where one can just come in ("mød op"), so only the offers one can walk in to are searched.
    WalkIn,
    /// Nothing: it asks for someone to call or write to now ("åbent nu", "om natten"), so every line is shown.
    Lines,
    /// Nothing: it says what some crisis lines are ("anonym"), so those are shown, by their places in the
    /// catalogue ([`CrisisLine::calm_search_words`]).
    NamedLines(Vec<usize>),
}

impl Instead {
    /// Whether it is a saying of the language `lang`.
    fn is_in(&self, lang: Lang) -> bool {
        matches!(self, Instead::Words(_, language) if language == lang.0)
    }
}

/// What the editors' sayings in a query ask for, beside words to search for ([`SearchIndex::with_calm_phrases`]).
#[derive(Clone, Default)]
struct Asked {
    /// Where one can just come in ([`Questions::search_walk_in`]).
    walk_in: bool,
    /// Someone to call or write to now ([`Questions::search_lines`]).
    lines: bool,
    /// The crisis lines named by what they are, by their places in the catalogue.
    named_lines: Vec<usize>,
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

/// A crisis line's name as a search reads it ([`SearchIndex::line_names`]).
struct LineName<'a> {
    line: &'a CrisisLine,
    /// The words of its name, folded, one space between each.
    words: String,
    /// `words` as typed with a plain a or o for each æ, ø and å ("lagevagten", "bornetelefonen").
    plain_words: String,
    /// The letters of each of `words`, for counting typos, worked out once rather than on every keystroke.
    letters: Vec<Vec<char>>,
}

impl LineName<'_> {
    /// Whether the name has the folded `word`, with its `letters`, also typed plain ("lagevagt"; "parorendes" without
    /// its genitive s, as a typo reads "pårørendes"), or a word it is a typo of: "livslinjen", as many spell
    /// Livslinien.
    fn has(&self, word: &str, letters: &[char]) -> bool {
        let most = typos_allowed(letters.len());
        has_word(&self.words, word)
            || [
                Some(word),
                word.strip_suffix('s')
                    .filter(|stem| stem.len() >= STEM_LETTERS),
            ]
            .into_iter()
            .flatten()
            .any(|word| has_word(&self.plain_words, word))
            || (most > 0
                && self
                    .letters
                    .iter()
                    .any(|name_word| typos(letters, name_word, most).is_some()))
    }
}

/// Each of the crisis lines' calm search words, folded, with the lines that name it, by their places in the
/// catalogue: "anonym" names both Livslinien and headspace's advice for relatives.
fn calm_line_words(catalogue: &Catalogue) -> Vec<(String, Vec<usize>)> {
    let mut words: Vec<(String, Vec<usize>)> = Vec::new();
    for (at, line) in catalogue.crisis_lines.iter().enumerate() {
        for term in line.calm_search_words.iter().flat_map(search_terms) {
            match words.iter_mut().find(|(known, _)| *known == term) {
                Some((_, lines)) => lines.push(at),
                None => words.push((term, vec![at])),
            }
        }
    }
    words
}

/// The comma-separated search words of `words`, in every language, folded: "vil dø" as "vil doe".
pub fn search_terms(words: &LocalizedText) -> impl Iterator<Item = String> + '_ {
    words
        .0
        .values()
        .flat_map(|words| words.split(','))
        .map(|term| folded(term).trim().to_owned())
}

/// Adds `line` to `lines` unless it is there already, by address: the lines are the catalogue's own.
fn add_line<'a>(lines: &mut Vec<&'a CrisisLine>, line: &'a CrisisLine) {
    if !lines.iter().any(|&known| std::ptr::eq(known, line)) {
        lines.push(line);
    }
}

/// The sense of an acute option's search word `term`: the option's own (`option`) unless crisis lines name the
/// term too (`named_by`), when it is a new sense, added to `senses`, with the option's lines and theirs.
fn sense_of<'a>(
    term: &str,
    option: usize,
    named_by: &[(String, &'a CrisisLine)],
    senses: &mut Vec<Vec<&'a CrisisLine>>,
) -> usize {
    let mut lines = senses[option].clone();
    for (_, line) in named_by.iter().filter(|(named, _)| named == term) {
        add_line(&mut lines, line);
    }
    if lines.len() == senses[option].len() {
        return option;
    }
    senses.push(lines);
    senses.len() - 1
}

/// The folded `term`, then, if it differs, `plain`, the term as typed with a plain a or o for each æ, ø and å
/// ("slaaet" and "slaet" for "slået"): on a keyboard without them, or in a hurry, "jeg er blevet slaet" must point to
/// crisis help too. Not a single word shorter than [`TYPO_LETTERS`], which may be another word: "tæsk" (a beating)
/// is "task".
fn with_plain_letters((term, plain): PlainTwins) -> Vec<String> {
    let is_kept = keeps_plain(&term, &plain);
    let mut terms = vec![term];
    if is_kept {
        terms.push(plain);
    }
    terms
}

/// Whether [`with_plain_letters`] keeps `plain`, the folded `term` as typed with a plain a or o for each æ, ø and å:
/// where it differs, and is a phrase or a word of [`TYPO_LETTERS`] letters or more.
fn keeps_plain(term: &str, plain: &str) -> bool {
    plain != term && (plain.contains(' ') || plain.chars().count() >= TYPO_LETTERS)
}

/// Each of the terms `terms_of` gives of `text` ([`search_terms`], a list's words), with the same term of the text
/// typed with a plain a or o for each æ, ø and å, as [`with_plain_letters`] keeps it.
fn with_plain_spellings(
    text: &LocalizedText,
    terms_of: impl Fn(&LocalizedText) -> Vec<String>,
) -> Vec<String> {
    with_plain_twins(text, terms_of)
        .into_iter()
        .flat_map(with_plain_letters)
        .collect()
}

/// A term, and the same term typed with a plain a or o for each æ, ø and å.
type PlainTwins = (String, String);

/// Each of the terms `terms_of` gives of `text`, paired with the same term of the text typed with a plain a or o
/// for each æ, ø and å. Made from the text as written, not from its folded form, where "broen" (the bridge) could
/// not be told from "brøn".
fn with_plain_twins(
    text: &LocalizedText,
    terms_of: impl Fn(&LocalizedText) -> Vec<String>,
) -> Vec<PlainTwins> {
    let plain = LocalizedText(text.0.map_values(|text| plainly_typed(text)));
    terms_of(text).into_iter().zip(terms_of(&plain)).collect()
}

/// The folded `words`, each also as typed with a plain a or o for each æ, ø and å ([`plainly_folded`]), however
/// short: for words that only count beside others, where a short one is clear ("jeg vil sa gerne do", "30 ar
/// aldre").
fn with_every_plain_spelling(words: Vec<String>) -> Vec<String> {
    let mut spellings = Vec::with_capacity(words.len() * 2);
    for word in words {
        let plain = plainly_folded(&word);
        if plain != word {
            spellings.push(plain);
        }
        spellings.push(word);
    }
    spellings
}

/// The folded `word` as typed with a plain a or o for each æ, ø and å: "ar" for "aar" (år), "slaet" for "slaaet"
/// (slået), each pair read from the left, as the folding wrote it (replacing "ae" first made "slaaet" "slat"). A
/// word with "ae", "oe" or "aa" of its own ("broen") gets a spelling no one types, which matches nothing.
fn plainly_folded(word: &str) -> String {
    let mut plain = String::with_capacity(word.len());
    let mut rest = word;
    while let Some(letter) = rest.chars().next() {
        plain.push(letter);
        let spelt_out = matches!(rest.get(..2), Some("aa" | "ae" | "oe"));
        rest = &rest[if spelt_out { 2 } else { letter.len_utf8() }..];
    }
    plain
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
fn joined(texts: &[&LocalizedText], language: Option<&str>) -> String {
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

/// What the words an offer has, in a search that fits only in part, say about it, most telling first. In "ung med
/// angst" (young, with anxiety), no offer has both words: "angst" names what the anxiety offers are for, while
/// "ung" only starts "unge" in the names of the offers for young people, which came first by [`Fit`] alone.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Telling {
    /// A word no other offer's name has as a whole word names this offer: "jobrus" in "jobrus angst".
    NamesIt,
    /// A word of what it is for: its topics' and kinds of help's labels and search words.
    Need,
    /// Other words only.
    Other,
}

/// How well an offer fits a query, best first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
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
    for_the_person: bool,
    /// What the words it has say about it, in a partial fit.
    telling: Telling,
    /// How well it fits those words.
    fit: Fit,
    /// Its name lacks the words of who is involved that were left out ("unge" in "unge med autisme").
    lacks_who: bool,
    /// It is made for a condition none of the words names ([`SearchIndex::is_for_others`]).
    for_others: bool,
    /// The offer.
    offer: &'a Offer,
}

impl Place<'_> {
    /// What the list is ordered by.
    fn key(&self) -> (bool, Telling, Fit, bool, bool) {
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
    /// Builds the index for the catalogue, with topic and help labels from the questions.
    pub fn new(catalogue: &'a Catalogue, questions: &Questions) -> SearchIndex<'a> {
        let option = |kind: QuestionKind, slug: &str| {
            questions
                .of_kind(kind)
                .and_then(|question| question.option(slug))
        };
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
        // Each topic and kind of help of an offer folded once in each of them, not once for every offer that has
        // it: that was most of the index's build time, which a slow phone spends when the search first gets focus.
        let mut folded_options: Vec<FoldedOption> = Vec::new();
        for offer in &catalogue.offers {
            let topics = offer.topics.iter().chain(&offer.only_if_about);
            let topics = topics.filter_map(|topic| option(QuestionKind::Topics, topic));
            let help = offer.help.iter();
            let help = help.filter_map(|help| option(QuestionKind::Help, help));
            for option in topics.chain(help) {
                if !folded_options
                    .iter()
                    .any(|folded| std::ptr::eq(folded.option, option))
                {
                    let languages = languages.iter();
                    let folded =
                        languages.map(|&language| FoldedOption::new(option, language, &ignored));
                    folded_options.extend(folded);
                }
            }
        }
        // The words a typo may be read as, with how many offers have each; not the ignored ones, which say
        // nothing about what is wanted ("kontanthjælp" is no compound of "hjælp" worth searching for).
        let mut known: Vec<KnownWord> = Vec::new();
        let entries: Vec<Entry> = catalogue
            .offers
            .iter()
            .enumerate()
            .map(|(offer_at, offer)| {
                let options = |kind: QuestionKind, slugs: &[String]| -> Vec<&AnswerOption> {
                    slugs.iter().filter_map(|slug| option(kind, slug)).collect()
                };
                let main_topic: Vec<&AnswerOption> = offer
                    .topics
                    .first()
                    .and_then(|topic| option(QuestionKind::Topics, topic))
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
                    let name_words = known_words(&[&offer.name], code, &ignored);
                    let need_words = FoldedOption::of(&folded_options, &needs, Some(code));
                    let text_words =
                        known_words(&[&offer.summary, &offer.first_step], code, &ignored);
                    // Only those with an æ, ø or å: no other is read as a text's word.
                    let own_text_words = placed(&text_words, WordPlace::OwnText)
                        .filter(|(_, spelt, _)| has_danish_letter(spelt));
                    let words = placed(&name_words, WordPlace::Name)
                        .chain(need_words.flat_map(|option| placed(&option.known, WordPlace::Need)))
                        .chain(own_text_words);
                    KnownWord::add_offer(&mut known, offer_at, words, code);
                }
                // Its own texts: the paragraphs of the law too, as staff search by them ("§ 85").
                let mut own = vec![&offer.name, &offer.summary, &offer.first_step];
                own.extend(offer.legal_basis.as_ref().map(|basis| &basis.text));
                let texts_in = |language: Option<&str>| {
                    // The labels and search words, without the ignored words: no search looks for them, but a
                    // word typed that starts one found them, so "ever" listed the mental-health offers by the
                    // "everything" of "everything is meaningless".
                    let of = |options: &[&AnswerOption], search_words_only: bool| {
                        let options = FoldedOption::of(&folded_options, options, language);
                        words_joined(options.map(|option| {
                            if search_words_only {
                                option.search_words.as_str()
                            } else {
                                option.texts.as_str()
                            }
                        }))
                    };
                    let name = joined(&own[..1], language);
                    let needs = of(&needs, false);
                    let rest = joined(&own[1..], language);
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
            })
            .collect();
        let mut acute = Vec::new();
        let mut acute_terms = Vec::new();
        let mut acute_phrases = Vec::new();
        let mut acute_lines: Vec<Vec<&CrisisLine>> = acute_options
            .iter()
            .map(|option| {
                let lines = option.crisis_lines.iter();
                lines.filter_map(|id| catalogue.crisis_line(id)).collect()
            })
            .collect();
        let named_by_lines: Vec<(String, &CrisisLine)> = catalogue
            .crisis_lines
            .iter()
            .flat_map(|line| {
                let words = line.search_words.iter();
                let terms = words.flat_map(|words| {
                    with_plain_spellings(words, |words| search_terms(words).collect())
                });
                terms.map(move |term| (term, line))
            })
            .collect();
        for (option, &acute_option) in acute_options.iter().enumerate() {
            // Each search word folded; those of several words ("suicidal thoughts", "self-harm", "kill myself") are
            // phrases, whose words alone ("thoughts", "self", "myself") are not acute.
            // Each also as typed on a keyboard without æ, ø and å ("slaet", "hange mig", "vil do"), where it differs.
            let (phrases, words): (Vec<PlainTwins>, Vec<PlainTwins>) = acute_option
                .search_words
                .iter()
                .flat_map(|words| {
                    with_plain_twins(words, |words| acute_search_terms(words).collect())
                })
                .partition(|(term, _)| term.contains(' '));
            let labels: Vec<&LocalizedText> = acute_option.label.all().collect();
            let own_words: Vec<&str> = words.iter().map(|(term, _)| term.as_str()).collect();
            acute.push(format!("{} {}", joined(&labels, None), own_words.join(" ")));
            for (term, plain) in words {
                let plain_term = keeps_plain(&term, &plain).then_some(plain);
                let terms =
                    std::iter::once((term, false)).chain(plain_term.map(|plain| (plain, true)));
                for (term, plain) in terms.filter(|(term, _)| term.chars().count() >= ACUTE_LETTERS)
                {
                    let letters: Vec<char> = term.chars().collect();
                    let sense = sense_of(&term, option, &named_by_lines, &mut acute_lines);
                    let exact_only = plain && letters.len() < PLAIN_TERM_LETTERS;
                    acute_terms.push(AcuteTerm {
                        term,
                        letters,
                        sense,
                        exact_only,
                    });
                }
            }
            for phrase in phrases.into_iter().flat_map(with_plain_letters) {
                let sense = sense_of(&phrase, option, &named_by_lines, &mut acute_lines);
                let part = |word| match word {
                    PERSON_SLOT => AcutePart::Person,
                    word => AcutePart::Word(forms(word).map(String::from).collect()),
                };
                acute_phrases.push((phrase.split(' ').map(part).collect(), sense));
            }
        }
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
            acute,
            acute_terms,
            acute_phrases,
            acute_persons: WordSet::new(acute_persons),
            acute_lines,
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
            calm_phrases: questions
                .search_phrases
                .0
                .into_iter()
                .flat_map(|(language, phrases)| {
                    phrases.split(',').map(move |entry| (language, entry))
                })
                .filter_map(|(language, entry)| Some((language, entry.split_once('=')?)))
                .map(|(language, (saying, instead))| {
                    let instead = Instead::Words(Query::parse(instead), language.to_owned());
                    (phrase_forms(saying), instead)
                })
                .chain(
                    search_terms(&questions.search_walk_in)
                        .map(|phrase| (phrase_forms(&phrase), Instead::WalkIn)),
                )
                .chain(
                    search_terms(&questions.search_lines)
                        .map(|phrase| (phrase_forms(&phrase), Instead::Lines)),
                )
                .chain(
                    calm_line_words(catalogue)
                        .into_iter()
                        .map(|(phrase, lines)| (phrase_forms(&phrase), Instead::NamedLines(lines))),
                )
                .collect(),
            option_words,
            // Without the ignored words, which are never looked for, so "hjælpe" is no typo of the "hjælp" of "Akut
            // psykiatrisk hjælp".
            line_names: catalogue
                .crisis_lines
                .iter()
                .map(|line| {
                    let name = joined(&[&line.name], None);
                    let words: Vec<&str> = name
                        .split(' ')
                        .filter(|word| !ignored.contains(word))
                        .collect();
                    let joined_words = words.join(" ");
                    LineName {
                        line,
                        letters: words.iter().map(|word| word.chars().collect()).collect(),
                        plain_words: plainly_folded(&joined_words),
                        words: joined_words,
                    }
                })
                .collect(),
            ignored,
        }
    }

    /// Whether the folded `word` is a whole word of the options' texts in `lang`.
    fn is_option_word(&self, word: &str, lang: Lang) -> bool {
        self.option_words
            .iter()
            .any(|(code, words)| code == lang.0 && words.contains(word))
    }

    /// Whether the folded `word` is one of the ignored words.
    fn is_ignored(&self, word: &str) -> bool {
        self.ignored.contains(word)
    }

    /// `words`, whose forms are `typed_forms` ([`Query::word_forms`]), with the acute sense of each (`acute`, as
    /// [`SearchIndex::acute_words`] gives it), each of the editors'
    /// sayings in them ([`Questions::search_phrases`]) replaced by the words to search for instead, named back as
    /// the saying was typed: "kan ikke sove" (can't sleep) is searched as "søvnproblemer", which no offer has, not
    /// as the "sove" of the help for homeless people. Not a saying with an acute word, whose crisis help comes
    /// first. A way of asking where one can just come in ("mød op") or for someone to call now ("åbent nu") is
    /// replaced by nothing, and what is returned with the words says whether there was one. Of two sayings from
    /// one word, the longer is read, then that of the page's language `lang`.
    fn with_calm_phrases(
        &self,
        words: &[Word],
        (typed_forms, starts): (&[Vec<&str>], &WordStarts),
        acute: Vec<Option<usize>>,
        lang: Lang,
    ) -> (Vec<(Word, Option<usize>)>, Asked) {
        // For each word, the saying that starts there, if any, and how many words it has.
        let mut saying_at: Vec<Option<(&Instead, usize)>> = vec![None; words.len()];
        for (phrase, instead) in &self.calm_phrases {
            for at in phrase_starts(typed_forms, starts, phrase) {
                // Of two sayings from one word, the longer, then the page's: a saying's words are read in any
                // inflection, so the Danish "downs syndrom" is also the English "downs syndrome", whose
                // "disability" the Danish page found as a whole word of the family consultants' English name.
                let better = saying_at[at].is_none_or(|(before, len)| {
                    phrase.len() > len
                        || (phrase.len() == len && instead.is_in(lang) && !before.is_in(lang))
                });
                if better && acute[at..at + phrase.len()].iter().all(Option::is_none) {
                    saying_at[at] = Some((instead, phrase.len()));
                }
            }
        }
        let mut replaced = Vec::new();
        let mut asked = Asked::default();
        let mut at = 0;
        while at < words.len() {
            match saying_at[at] {
                Some((Instead::WalkIn, len)) => {
                    asked.walk_in = true;
                    at += len;
                }
                Some((Instead::Lines, len)) => {
                    asked.lines = true;
                    at += len;
                }
                Some((Instead::NamedLines(lines), len)) => {
                    asked.named_lines.extend(lines);
                    at += len;
                }
                Some((Instead::Words(instead, _), len)) => {
                    let typed: Vec<&str> = words[at..at + len]
                        .iter()
                        .map(|word| word.typed.as_str())
                        .collect();
                    let typed = typed.join(" ");
                    for word in &instead.words {
                        let named_as_typed = Word {
                            typed: typed.clone(),
                            ..word.clone()
                        };
                        replaced.push((named_as_typed, None));
                    }
                    at += len;
                }
                None => {
                    replaced.push((words[at].clone(), acute[at]));
                    at += 1;
                }
            }
        }
        (replaced, asked)
    }

    /// Whether a crisis line's name has the folded `word` as it is: not by a typo, so "counseling" is still read
    /// as the offers' "counselling", though it also shows SIND's phone counselling; nor typed plain, so "radgivning"
    /// is still read as the offers' "rådgivning".
    fn names_a_line(&self, word: &str) -> bool {
        self.line_names
            .iter()
            .any(|name| has_word(&name.words, word))
    }

    /// Whether `words`, but the ignored ones, name an offer: each is a whole word of its name in some language, and
    /// together they are at least half of that name's words but the ignored ones ("psykiatriens hus",
    /// "autismecenter"). One word that a longer name has by chance ("talk" of a name about talk groups) names
    /// nothing. Only asked of a search that asks for lines, so it costs nothing on other keystrokes.
    fn names_an_offer(&self, words: &[(Word, Option<usize>)]) -> bool {
        let words: Vec<&Word> = words
            .iter()
            .map(|(word, _)| word)
            .filter(|word| !self.is_ignored(&word.folded))
            .collect();
        !words.is_empty()
            && self.entries.iter().any(|entry| {
                entry.by_language.iter().any(|(_, texts)| {
                    let name: Vec<&str> = texts
                        .name
                        .split(' ')
                        .filter(|known| !self.is_ignored(known))
                        .collect();
                    let named = name
                        .iter()
                        .filter(|known| words.iter().any(|word| word.folded == **known))
                        .count();
                    words
                        .iter()
                        .all(|word| name.contains(&word.folded.as_str()))
                        && named * 2 >= name.len()
                })
            })
    }

    /// Whether `word` only says who is involved ("søn", "husband"), not what it is about.
    fn says_only_who(&self, word: &Word) -> bool {
        self.people_words.contains(&word.folded)
    }

    /// Whether `query` names an acute topic, so the page points to crisis help first. Any of:
    /// - every word but the ignored ones, [`ACUTE_LETTERS`] letters or more in all, as typed, starts a word of an
    ///   acute option's label or one-word search words ("selvm" on the way to "selvmord", "jeg vil tage mit liv"),
    ///   unless it is one word the offers have ("over", "selv"). Not without an inflection ending: "skadet"
    ///   (injured) is a word of its own, not on the way to the label's "skade sig selv";
    /// - a word names an acute search word, whatever else is typed ("selvmord" in "selvmord bolig", "suicide" in
    ///   "suicide attempt"), in a query of [`ACUTE_LETTERS`] letters or more;
    /// - the query has the words of an acute search phrase in a row, ignored words included ("jeg vil dø", "I want
    ///   to kill myself", "jeg vil ikke leve mere"), or with only words that stress it between
    ///   ([`Questions::search_acute_fillers`]: "jeg vil så gerne dø"), while "dø" alone, "døgn", "my life", "leve
    ///   et godt liv" and "jeg vil ikke dø" are calm.
    ///
    /// Unlike the search, it looks in every language at once: "suicide" on the Danish page must point to crisis
    /// help too.
    pub fn is_acute(&self, query: &Query) -> bool {
        let typed_forms = query.word_forms();
        let starts = WordStarts::of(&typed_forms);
        self.acute_words(query, (&typed_forms, &starts))
            .iter()
            .any(Option::is_some)
    }

    /// For each word of `query`, the sense (by its place in `acute_lines`) it has, if it is one of the words that
    /// make the query acute by a rule of [`SearchIndex::is_acute`]: all of them by the first, each as its acute
    /// option; the word by the second, and the phrase's by the third, each as its search word. `typed_forms` are
    /// the query's [`Query::word_forms`], and `starts` how they start, worked out once for the crisis check and the
    /// sayings.
    fn acute_words(
        &self,
        query: &Query,
        (typed_forms, starts): (&[Vec<&str>], &WordStarts),
    ) -> Vec<Option<usize>> {
        let words = &query.words;
        let mut acute = vec![None; words.len()];
        // The words of a calm idiom ("slået op", broken up; "kicked me out"; "keder mig ihjel", bored to death) are
        // no crisis words, nor is a crisis phrase within one ("kicked me"); one that reaches beyond it still is.
        let mut in_idiom = vec![false; words.len()];
        for idiom in &self.calm_idioms {
            for at in phrase_starts(typed_forms, starts, idiom) {
                in_idiom[at..at + idiom.len()].fill(true);
            }
        }
        // A phrase's words one after the other, each in any inflection: "skærer i mig" for "skære i mig", "hits"
        // for "hit". In a row, so "jeg vil ikke have mere mad" is no "vil ikke mere"; but the words that only
        // stress it may come between ("jeg vil så gerne dø"): the phrases are also looked for without them.
        // Looked for again without them only when there are any: this runs on every keystroke.
        let kept: Vec<usize> = (0..words.len())
            .filter(|&at| !self.acute_fillers.contains(&words[at].folded))
            .collect();
        let kept_words = if kept.len() < words.len() {
            kept.len()
        } else {
            0
        };
        // Whether each word is one of someone, as typed or by its stem ("forældrene", "brothers"): asked once here,
        // not at every place of every phrase with one.
        let is_person: Vec<bool> = typed_forms
            .iter()
            .map(|forms| forms.iter().any(|form| self.acute_persons.contains(form)))
            .collect();
        let fits = |at: usize, part: &AcutePart| match part {
            AcutePart::Word(forms) => forms
                .iter()
                .any(|form| typed_forms[at].contains(&form.as_str())),
            AcutePart::Person => is_person[at],
        };
        let kept_fits = |at: usize, part: &AcutePart| fits(kept[at], part);
        for (phrase, sense) in &self.acute_phrases {
            // Passed over at once when no word typed starts as its first word does: read at every place of the query,
            // the thousand phrases were nearly all the time a pasted text took.
            if let Some(AcutePart::Word(forms)) = phrase.first()
                && forms.first().is_some_and(|form| !starts.has(form))
            {
                continue;
            }
            // A word of someone takes no phrase beyond a calm idiom: "hun slår op" (she breaks up) is the idiom
            // "slår op", not the phrase "@ slår".
            let mut fill = |span: std::ops::RangeInclusive<usize>| {
                if !span.clone().all(|at| in_idiom[at] || is_person[at]) {
                    acute[span].fill(Some(*sense));
                }
            };
            for at in parts_start(words.len(), phrase, fits) {
                fill(at..=at + phrase.len() - 1);
            }
            for at in parts_start(kept_words, phrase, kept_fits) {
                // With the fillers between, which are not searched for under the prompt either.
                fill(kept[at]..=kept[at + phrase.len() - 1]);
            }
        }
        let meaningful: Vec<usize> = (0..words.len())
            .filter(|&at| !self.is_ignored(&words[at].folded))
            .collect();
        let letters: usize = meaningful
            .iter()
            .map(|&at| words[at].folded.chars().count())
            .sum();
        if letters < ACUTE_LETTERS {
            return acute;
        }
        for &at in meaningful.iter().filter(|&&at| !in_idiom[at]) {
            acute[at] = acute[at].or_else(|| self.acute_term(&words[at].folded));
        }
        // The acute option whose text has a word the word, as typed, starts, if any.
        let starts_acute_text = |at: usize| {
            self.acute
                .iter()
                .position(|text| starts_word(text, &words[at].folded))
        };
        // One word the offers have is that word, not the start of an acute one: "over" (as in "over 25", and on
        // the way to "overnatning") and "selv" are no "overgreb" or "skade sig selv", and must not flash the
        // prompt, which a screen reader announces. So is one the editors name as a word of its own: "true" is no
        // "truet" (threatened), "though" no "thoughts". Asked last, as it reads every offer's texts.
        let is_a_word_of_its_own = || {
            matches!(meaningful.as_slice(), [at] if self.is_own_word(&words[*at].folded)
                || self.any_has(&words[*at].folded, None))
        };
        // The acute option each word starts a word of, or `None` at the first that starts none.
        let started: Option<Vec<usize>> =
            meaningful.iter().map(|&at| starts_acute_text(at)).collect();
        if let Some(started) = started
            && !meaningful.iter().any(|&at| in_idiom[at])
            && !is_a_word_of_its_own()
        {
            for (&at, option) in meaningful.iter().zip(started) {
                acute[at] = acute[at].or(Some(option));
            }
        }
        acute
    }

    /// Whether the folded `word` names an acute search word: as it is, inflected ("volden"), as the first part of
    /// a compound ([`starts_compound`]: "selvmordsforsøg", "voldtægtsoffer", "voldelig", but not "faren", the
    /// father), as its last part ([`ends_compound`]: "partnervold", "livsfare"),
    /// or with a typo ("selvmrod"; in the first letter only where a finger slips, [`starts_alike`], as "sitting" is
    /// no "hitting"; only in words of [`TYPO_LETTERS`] letters or more, since "faren" is one letter
    /// from "fare", and only in words no offer has, since "misbrug" and "talking" are one letter from "misbrugt"
    /// and "stalking" but mean what they say): a hurried, shaking hand must still be pointed to crisis help. The
    /// sense of the search word it names, if any: of the longest it names in full, so "voldtægtsoffer" names
    /// "voldtægt", not "vold".
    fn acute_term(&self, word: &str) -> Option<usize> {
        let letters: Vec<char> = word.chars().collect();
        // Not a word of its own the editors name ([`Questions::search_not_typos`]): "træt" (tired) is one letter
        // from "truet" (threatened), and "jeg er så træt" flashed the crisis prompt.
        let most = if self.is_own_word(word) {
            0
        } else {
            typos_allowed(letters.len())
        };
        let is_typo_of = |term: &AcuteTerm| {
            most > 0
                && !term.exact_only
                && term.letters.len() >= TYPO_LETTERS
                && starts_alike(&letters, &term.letters)
                && typos(&letters, &term.letters, most).is_some()
        };
        self.named_acute_term(word).or_else(|| {
            self.acute_terms
                .iter()
                .find(|term| is_typo_of(term))
                // Asked only of a near word, as it reads every offer's texts. Nor a word the offers have typed with
                // a plain a or o for each æ, ø and å: "modested" is "mødested" (a meeting place), not "molested".
                .filter(|_| {
                    !self.any_has(word, None)
                        && !self
                            .known
                            .iter()
                            .any(|known| known.plain.as_deref() == Some(word))
                })
                .map(|term| term.sense)
        })
    }

    /// The sense of the acute search word the folded `word` names as it is typed, as [`SearchIndex::acute_term`]
    /// but not by a typo. A word of its own ([`SearchIndex::is_own_word`]) names one only as itself, not as a
    /// compound: "foreslår" (suggests) ends with "slår" (beats), and "lægen foreslår" flashed the crisis prompt.
    fn named_acute_term(&self, word: &str) -> Option<usize> {
        let word_forms: Vec<&str> = forms(word).collect();
        let own = self.is_own_word(word);
        // Reversed, since `max_by_key` gives the last of the longest: so it is the first in the options' order.
        self.acute_terms
            .iter()
            .rev()
            .filter(
                |AcuteTerm {
                     term, exact_only, ..
                 }| {
                    word_forms.contains(&term.as_str())
                        || !own
                            && !exact_only
                            && (starts_compound(word, term) || ends_compound(word, term))
                },
            )
            .max_by_key(|term| term.letters.len())
            .map(|term| term.sense)
    }

    /// Whether the folded `word` is one the editors name as a word of its own ([`Questions::search_not_typos`]).
    fn is_own_word(&self, word: &str) -> bool {
        self.not_typos.contains(word)
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
    fn sought<'w>(&'w self, typed: &'w Word, lang: Lang, acute: bool) -> Sought<'w> {
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

    /// What `words`, all of which the texts of `entry` have, say about it ([`Telling`]).
    fn telling(&self, entry: &Entry, words: &[&Sought]) -> Telling {
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
    fn phrases(&self, words: &[Word]) -> Vec<String> {
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
    fn fit(entry: &Entry, words: &[&Sought], phrases: &[String], for_others: bool) -> Fit {
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

    /// The ages a query's `words` state in the editors' ways ([`Questions::search_age_phrases`]: "min søn på 17 år",
    /// "16-årig", "jeg er 16"), up to [`MAX_AGE`]; the first of each kind, if several.
    fn stated_ages(&self, words: &[Word]) -> StatedAges {
        let apart = numbers_apart(words);
        let typed_forms: Vec<Vec<&str>> = apart
            .iter()
            .map(|(_, word)| forms(word).collect())
            .collect();
        let others_involved = words.iter().any(|word| self.says_only_who(word));
        let after_possessive = |is_who: &dyn Fn(&Word) -> bool| {
            words
                .windows(2)
                .any(|pair| self.asker_possessives.contains(&pair[0].folded) && is_who(&pair[1]))
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
            && (0..words.len())
                .filter(|&at| self.says_only_who(&words[at]) && !is_grown_up(at))
                .all(|at| {
                    is_adult(&words[at]) || is_grown_up(at + 1) || (at > 0 && is_grown_up(at - 1))
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
            let number = apart[at].1.parse::<u8>().ok();
            number.filter(|age| *age <= MAX_AGE)
        };
        let fits = |at: usize, part: &AgePart| match part {
            AgePart::Word(part) => part
                .iter()
                .any(|form| typed_forms[at].contains(&form.as_str())),
            AgePart::Number => age_at(at).is_some(),
            AgePart::Person => self.people_aged.iter().any(|word| word == apart[at].1),
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
                    let stating = phrase.iter().zip(&apart[at..]);
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
