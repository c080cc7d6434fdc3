//! The crisis check: whether a query names an acute topic, and which crisis lines each acute word brings.

use super::super::catalogue::{Catalogue, CrisisLine};
use super::super::questions::AnswerOption;
use super::super::text::{LocalizedText, TYPO_LETTERS, starts_alike, typos, typos_allowed};
use super::index::joined;
use super::lines::add_line;
use super::plain::{
    PLAIN_TERM_LETTERS, PlainTwins, keeps_plain, with_plain_letters, with_plain_spellings,
    with_plain_twins,
};
use super::query::{Query, Word};
use super::words::{
    WordStarts, ends_compound, folded, forms, parts_start, phrase_starts, search_terms,
    starts_compound, starts_word,
};
use super::{PERSON_SLOT, SearchIndex};
// Named only in the documentation.
#[cfg(doc)]
use super::super::questions::Questions;

/// A search marked acute has at least this many letters, so that the first letters typed ("s", "se" on the way to
/// "selvmord", or the "a" of any word) do not flash the crisis prompt.
pub const ACUTE_LETTERS: usize = 4;

/// A part of a crisis phrase ([`AcuteWords::phrases`]).
enum AcutePart {
    /// A word, as its [`forms`].
    Word(Vec<String>),
    /// A word of someone ([`PERSON_SLOT`]; [`SearchIndex::acute_persons`]).
    Person,
}

/// A crisis phrase, part by part.
type AcutePhrase = Vec<AcutePart>;

/// An acute option's search word of one word ([`AcuteWords::terms`]).
struct AcuteTerm {
    /// Folded.
    term: String,
    /// Its letters, for counting typos.
    letters: Vec<char>,
    /// Its sense, by its place in [`AcuteWords::lines`].
    sense: usize,
    /// Whether it is named only as a word, never by a typo or as part of a compound: a search word as typed with a
    /// plain a or o for each æ, ø and å ("slaet" for "slået") of fewer than [`PLAIN_TERM_LETTERS`] letters, which
    /// may be another word's folded form ("klokkeslæt", the time of day, ends with "slaet", and "slægt", kin, is
    /// one letter from it).
    exact_only: bool,
}

impl AcuteTerm {
    /// The folded `term`, with the sense it has; `plain` when it is a search word as typed with a plain a or o for
    /// each æ, ø and å.
    fn new(term: String, sense: usize, plain: bool) -> Self {
        let letters: Vec<char> = term.chars().collect();
        AcuteTerm {
            exact_only: plain && letters.len() < PLAIN_TERM_LETTERS,
            term,
            letters,
            sense,
        }
    }
}

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

/// Whether the word at `at` is marked in `flags`, one for each word of a query.
fn marked(flags: &[bool], at: usize) -> bool {
    flags.get(at).copied().unwrap_or(false)
}

/// The sense of an acute option's search word `term`: the option's own (`option`) unless crisis lines name the
/// term too (`named_by`), when it is a new sense, added to `senses`, with the option's lines and theirs.
fn sense_of<'a>(
    term: &str,
    option: usize,
    named_by: &[(String, &'a CrisisLine)],
    senses: &mut Vec<Vec<&'a CrisisLine>>,
) -> usize {
    let mut lines = senses.get(option).cloned().unwrap_or_default();
    let own = lines.len();
    for (_, line) in named_by.iter().filter(|(named, _)| named == term) {
        add_line(&mut lines, line);
    }
    if lines.len() == own {
        return option;
    }
    senses.push(lines);
    senses.len() - 1
}

/// The words of the crisis check, worked out once from the acute options and the crisis lines.
pub(super) struct AcuteWords<'a> {
    /// For each option marked acute, its labels and one-word search words, folded.
    option_texts: Vec<String>,
    /// The acute options' search words of one word each ("selvmord", "vold", "suicide"), folded, and as typed
    /// without æ, ø and å: a typed word that names one of them, however it is put together, is acute (see
    /// [`SearchIndex::is_acute`]).
    terms: Vec<AcuteTerm>,
    /// The acute options' search words of several words ("kill myself", "vil dø", "ikke leve", "@ hurts me"),
    /// folded, as their words (two or more each), each word as its [`forms`], worked out once here rather than on
    /// every keystroke: a query with them in a row is acute, whatever else it says (see
    /// [`SearchIndex::is_acute`]). Each with its sense, by its place in `lines`.
    phrases: Vec<(AcutePhrase, usize)>,
    /// The crisis lines a search shows first, for each sense an acute word can have. The first senses are the
    /// acute options, in the order of `option_texts`, each with its own lines. After them come the search words
    /// that crisis lines name too ([`CrisisLine::search_words`]), each with its option's lines and those:
    /// "voldtægt" shows Center for Voldtægtsofre, "vold" of the same option shows none.
    lines: Vec<Vec<&'a CrisisLine>>,
}

impl<'a> AcuteWords<'a> {
    /// The words of the `acute_options` (the options marked acute, in the questions' order), with the lines of
    /// `catalogue` each sense brings.
    pub(super) fn new(catalogue: &'a Catalogue, acute_options: &[&AnswerOption]) -> Self {
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
                    let sense = sense_of(&term, option, &named_by_lines, &mut acute_lines);
                    acute_terms.push(AcuteTerm::new(term, sense, plain));
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
        AcuteWords {
            option_texts: acute,
            terms: acute_terms,
            phrases: acute_phrases,
            lines: acute_lines,
        }
    }
}

impl<'a> SearchIndex<'a> {
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

    /// For each word of `query`, the sense (by its place in [`AcuteWords::lines`]) it has, if it is one of the
    /// words that make the query acute by a rule of [`SearchIndex::is_acute`]: all of them by the first, each as its
    /// acute option; the word by the second, and the phrase's by the third, each as its search word. `typed_forms`
    /// are the query's [`Query::word_forms`], and `starts` how they start, worked out once for the crisis check and
    /// the sayings.
    pub(super) fn acute_words(
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
                if let Some(span) = in_idiom.get_mut(at..at + idiom.len()) {
                    span.fill(true);
                }
            }
        }
        // A phrase's words one after the other, each in any inflection: "skærer i mig" for "skære i mig", "hits"
        // for "hit". In a row, so "jeg vil ikke have mere mad" is no "vil ikke mere"; but the words that only
        // stress it may come between ("jeg vil så gerne dø"): the phrases are also looked for without them.
        // Looked for again without them only when there are any: this runs on every keystroke.
        let kept: Vec<usize> = words
            .iter()
            .enumerate()
            .filter(|(_, word)| !self.acute_fillers.contains(&word.folded))
            .map(|(at, _)| at)
            .collect();
        let kept_words = if kept.len() == words.len() {
            0
        } else {
            kept.len()
        };
        // Whether each word is one of someone, as typed or by its stem ("forældrene", "brothers"): asked once here,
        // not at every place of every phrase with one.
        let is_person: Vec<bool> = typed_forms
            .iter()
            .map(|forms| forms.iter().any(|form| self.acute_persons.contains(form)))
            .collect();
        let fits = |at: usize, part: &AcutePart| match part {
            AcutePart::Word(forms) => typed_forms
                .get(at)
                .is_some_and(|typed| forms.iter().any(|form| typed.contains(&form.as_str()))),
            AcutePart::Person => marked(&is_person, at),
        };
        let kept_fits =
            |at: usize, part: &AcutePart| kept.get(at).is_some_and(|&at| fits(at, part));
        for (phrase, sense) in &self.acute_words.phrases {
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
                let calm = span
                    .clone()
                    .all(|at| marked(&in_idiom, at) || marked(&is_person, at));
                if let Some(span) = acute.get_mut(span).filter(|_| !calm) {
                    span.fill(Some(*sense));
                }
            };
            // How far after its first word the phrase's last word is.
            let last_part = phrase.len().saturating_sub(1);
            for at in parts_start(words.len(), phrase, fits) {
                fill(at..=at + last_part);
            }
            for at in parts_start(kept_words, phrase, kept_fits) {
                // With the fillers between, which are not searched for under the prompt either.
                if let (Some(&first), Some(&last)) = (kept.get(at), kept.get(at + last_part)) {
                    fill(first..=last);
                }
            }
        }
        // Each word that is not ignored, with its place among the words.
        let meaningful: Vec<(usize, &str)> = words
            .iter()
            .map(|word| word.folded.as_str())
            .enumerate()
            .filter(|(_, word)| !self.is_ignored(word))
            .collect();
        let letters: usize = meaningful
            .iter()
            .map(|(_, word)| word.chars().count())
            .sum();
        if letters < ACUTE_LETTERS {
            return acute;
        }
        for &(at, word) in &meaningful {
            if let Some(sense) = acute.get_mut(at).filter(|_| !marked(&in_idiom, at)) {
                *sense = sense.or_else(|| self.acute_term(word));
            }
        }
        // The acute option whose text has a word the word, as typed, starts, if any.
        let starts_acute_text = |word: &str| {
            self.acute_words
                .option_texts
                .iter()
                .position(|text| starts_word(text, word))
        };
        // One word the offers have is that word, not the start of an acute one: "over" (as in "over 25", and on
        // the way to "overnatning") and "selv" are no "overgreb" or "skade sig selv", and must not flash the
        // prompt, which a screen reader announces. So is one the editors name as a word of its own: "true" is no
        // "truet" (threatened), "though" no "thoughts". Asked last, as it reads every offer's texts.
        let is_a_word_of_its_own = || {
            matches!(meaningful.as_slice(), [(_, word)] if self.is_own_word(word)
                || self.any_has(word, None))
        };
        // The acute option each word starts a word of, or `None` at the first that starts none.
        let started: Option<Vec<usize>> = meaningful
            .iter()
            .map(|&(_, word)| starts_acute_text(word))
            .collect();
        if let Some(started) = started
            && !meaningful.iter().any(|&(at, _)| marked(&in_idiom, at))
            && !is_a_word_of_its_own()
        {
            for (&(at, _), option) in meaningful.iter().zip(started) {
                if let Some(sense) = acute.get_mut(at) {
                    *sense = sense.or(Some(option));
                }
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
            !term.exact_only
                && term.letters.len() >= TYPO_LETTERS
                && starts_alike(&letters, &term.letters)
                && typos(&letters, &term.letters, most).is_some()
        };
        self.named_acute_term(word).or_else(|| {
            // No typo at all allowed: only a word named in full, looked for above, is one. Said first, as this
            // runs for every word on every keystroke.
            if most == 0 {
                return None;
            }
            self.acute_words
                .terms
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
        self.acute_words
            .terms
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
    pub(super) fn is_own_word(&self, word: &str) -> bool {
        self.not_typos.contains(word)
    }

    /// The crisis lines to show first for the acute words of a query, given as the sense each has
    /// ([`SearchIndex::acute_words`]): the lines of each sense they have, in the order of the senses, each once.
    pub(super) fn crisis_lines_for(&self, acute_words: &[Option<usize>]) -> Vec<&'a CrisisLine> {
        let mut lines = Vec::new();
        for (sense, sense_lines) in self.acute_words.lines.iter().enumerate() {
            if acute_words.contains(&Some(sense)) {
                for &line in sense_lines {
                    add_line(&mut lines, line);
                }
            }
        }
        lines
    }

    /// The words of `meaningful` (each with its acute sense, if any) to look for among the offers, and whether they
    /// are only acute words. A calm search looks for its words; an `acute` one for its calm words, if it has any,
    /// else for those of its words that name an acute search word. `names_a_line` is whether the words name a
    /// crisis line.
    pub(super) fn words_to_look_for<'w>(
        &self,
        meaningful: &[(&'w Word, Option<usize>)],
        acute: bool,
        names_a_line: bool,
    ) -> (Vec<&'w Word>, bool) {
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
                        .acute_words
                        .option_texts
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
        let words = if only_acute {
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
        (words, only_acute)
    }
}
