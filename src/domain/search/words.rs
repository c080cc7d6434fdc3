//! Words as the search compares them: folding, where a word is had in a text (whole, at a word's start, inside a
//! compound), inflection endings and the forms a word is looked for by, and phrases matched word by word.

use super::super::text::{LocalizedText, latin1_lowercase, spelt_plainly};
use super::plain::{PLAIN_TERM_LETTERS, plainly_folded};
use super::query::Query;

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
pub(super) fn is_word_character(c: char) -> bool {
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

/// After the first part of a compound, at least this many (folded) letters follow: "selvmordsforsøg" and
/// "angstbehandling" are compounds of "selvmord" and "angst", while "faren" (the father) is no compound of "fare".
const REST_LETTERS: usize = 3;

/// Whether the folded `word` is a compound with the folded `part` first: [`REST_LETTERS`] letters or more after it.
pub(super) fn starts_compound(word: &str, part: &str) -> bool {
    word.starts_with(part) && word.chars().count() >= part.chars().count() + REST_LETTERS
}

/// Whether the folded `word` is a compound with the folded `part` last: after [`FIRST_PART`] letters or more, as
/// in "partnervold" and "bedsteforældre".
pub(super) fn ends_compound(word: &str, part: &str) -> bool {
    word.ends_with(part) && word.chars().count() >= part.chars().count() + FIRST_PART
}

/// For each place the folded `text` has `word`, the part of the word in `text` before it ("" where a word starts).
fn parts_before<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = &'t str> {
    text.match_indices(word).map(|(at, _)| {
        let before = text.get(..at).unwrap_or_default();
        before.rsplit(' ').next().unwrap_or_default()
    })
}

/// Whether the folded `text` has `word` where a word starts: as a word, or as the first part of one.
pub(super) fn starts_word(text: &str, word: &str) -> bool {
    parts_before(text, word).any(str::is_empty)
}

/// Whether the folded `text` has `word` where a word starts, but not as the first part of a compound
/// ([`starts_compound`]): as itself or inflected ("unge" for "ung", "voksne" for the "voks" of "voksen").
pub(super) fn has_word_uncompounded(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let (before, from) = text.split_at_checked(at).unwrap_or_default();
        let whole = from.split(' ').next().unwrap_or_default();
        (before.is_empty() || before.ends_with(' ')) && !starts_compound(whole, word)
    })
}

/// A typed word of this many (folded) letters that an offer has as a whole word is looked for only as one: "AA"
/// (Anonyme Alkoholikere, a search word of the help for alcohol) is not the start of "år" (folded "aar") in "16-30
/// år". Other words of two letters still start longer ones, since a search runs as one types ("al" on the way to
/// "alkohol"), and so does a single letter, though the texts have some alone ("b" of an address): it is always on
/// the way to a word.
pub(super) const WHOLE_ONLY_LETTERS: usize = 2;

/// Whether the folded `text` has `word` as a whole word.
pub(super) fn has_whole_word(text: &str, word: &str) -> bool {
    text.split(' ').any(|known| known == word)
}

/// Whether the folded `text` has `word`: where a word starts, or, for a word of [`SHORT_WORD`] letters or more,
/// after the first [`FIRST_PART`] letters of a word.
pub(super) fn has_word(text: &str, word: &str) -> bool {
    // A paragraph only whole: "§10" is not "§101".
    if word.starts_with('§') {
        return text
            .match_indices(word)
            .filter_map(|(at, _)| text.get(at + word.len()..))
            .any(|after| !after.starts_with(|c: char| c.is_ascii_digit()));
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
pub(super) const STEM_LETTERS: usize = 4;

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
pub(super) fn stems(word: &str) -> impl Iterator<Item = &str> {
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
pub(super) fn spelt_plainly_before_ending(typed: &[char], known: &[char]) -> bool {
    typed.len() >= PLAIN_TERM_LETTERS
        && known.len() > typed.len()
        && known
            .split_at_checked(typed.len())
            .is_some_and(|(start, ending)| {
                spelt_plainly(typed, start)
                    && ENDINGS.contains(&ending.iter().collect::<String>().as_str())
            })
}

/// The first `count` of `items`, or all of them when there are fewer: the words of a query that are read.
pub(super) fn at_most<T>(items: &[T], count: usize) -> &[T] {
    items.get(..count).unwrap_or(items)
}

/// The folded `word` as it is, then its [`stems`].
pub(super) fn forms(word: &str) -> impl Iterator<Item = &str> {
    std::iter::once(word).chain(stems(word))
}

/// How the words of a query start (their first two bytes), to pass over at once a phrase whose first word none of
/// them starts like: every one of a word's [`forms`] starts as the word does, as a stem keeps [`STEM_LETTERS`]
/// letters.
pub(super) struct WordStarts([u64; WordStarts::WORDS]);

impl WordStarts {
    /// The size of the set in 64-bit words: one bit for each start, two starts sharing a bit now and then, which
    /// costs a phrase's being looked for in vain, never one missed.
    const WORDS: usize = 64;

    /// The starts of each of `typed_forms`.
    pub(super) fn of(typed_forms: &[Vec<&str>]) -> WordStarts {
        let mut bits = [0; Self::WORDS];
        for form in typed_forms.iter().flatten() {
            let bit = Self::bit(form);
            if let Some(chunk) = bits.get_mut(bit / 64) {
                *chunk |= 1 << (bit % 64);
            }
        }
        WordStarts(bits)
    }

    /// Whether a word typed starts as the folded `word` does (or shares its bit).
    pub(super) fn has(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.0
            .get(bit / 64)
            .is_some_and(|chunk| chunk & (1 << (bit % 64)) != 0)
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
pub(super) fn phrase_starts<'p>(
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
        typed_forms
            .get(at)
            .is_some_and(|typed| part.iter().any(|form| typed.contains(&form.as_str())))
    })
}

/// Where in a query of `words` words the parts of `phrase` come in a row, each where the word at its place `fits`
/// it.
pub(super) fn parts_start<'p, Part>(
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

/// The words of `phrase`, each as its [`forms`], as [`phrase_starts`] looks for them.
pub(super) fn phrase_forms(phrase: &str) -> Vec<Vec<String>> {
    Query::parse(phrase)
        .words
        .iter()
        .map(|word| phrase_word_forms(&word.folded))
        .collect()
}

/// The [`forms`] of the folded `word` of a phrase, and, if it has an æ, ø or å, those of the word as typed with a
/// plain a or o for each: in a phrase, among its other words, even a short one is clear ("ikke rad til" is "ikke råd
/// til", can't afford; "er 17 ar" an age), where alone it may be another word.
pub(super) fn phrase_word_forms(word: &str) -> Vec<String> {
    let plain = plainly_folded(word);
    let mut spellings: Vec<String> = forms(word).map(String::from).collect();
    if plain != word {
        spellings.extend(forms(&plain).map(String::from));
    }
    spellings
}

/// Words kept in order, so that each is found by halving, not by reading them all: the ignored words are several
/// hundred, and are asked about for every word of a query and of every offer's name on every keystroke.
pub(super) struct WordSet(pub(super) Vec<String>);

impl WordSet {
    /// The set of `words`, each once.
    pub(super) fn new(words: Vec<String>) -> WordSet {
        let mut set: Vec<String> = Vec::with_capacity(words.len());
        for word in words {
            if let Err(at) = set.binary_search(&word) {
                set.insert(at, word);
            }
        }
        WordSet(set)
    }

    /// Whether the set has `word`.
    pub(super) fn contains(&self, word: &str) -> bool {
        self.0
            .binary_search_by(|known| known.as_str().cmp(word))
            .is_ok()
    }

    /// The words of the folded `text` but the set's, one space between each.
    pub(super) fn left_out_of(&self, text: &str) -> String {
        let kept: Vec<&str> = text
            .split(' ')
            .filter(|word| !word.is_empty() && !self.contains(word))
            .collect();
        kept.join(" ")
    }
}

/// The comma-separated search words of `words`, in every language, folded: "vil dø" as "vil doe".
pub fn search_terms(words: &LocalizedText) -> impl Iterator<Item = String> + '_ {
    words
        .0
        .values()
        .flat_map(|words| words.split(','))
        .map(|term| folded(term).trim().to_owned())
}
