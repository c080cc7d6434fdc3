//! The editors' sayings ("kan ikke sove"), searched as the words they give for each, and the ways of asking for
//! a way in or for someone to call now.

use super::super::catalogue::Catalogue;
use super::super::questions::Questions;
use super::super::text::Lang;
use super::SearchIndex;
use super::lines::calm_line_words;
use super::query::{Query, Word};
use super::words::{WordStarts, phrase_forms, phrase_starts, search_terms};
// Named only in the documentation.
#[cfg(doc)]
use super::super::catalogue::CrisisLine;

/// What an editors' saying is searched as ([`SearchIndex::calm_phrases`]).
pub(super) enum Instead {
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
pub(super) struct Asked {
    /// Where one can just come in ([`Questions::search_walk_in`]).
    pub(super) walk_in: bool,
    /// Someone to call or write to now ([`Questions::search_lines`]).
    pub(super) lines: bool,
    /// The crisis lines named by what they are, by their places in the catalogue.
    pub(super) named_lines: Vec<usize>,
}

/// The editors' sayings ([`Questions::search_phrases`]), each as its [`phrase_forms`] with the words to search
/// for instead; then, with nothing instead, the ways of asking where one can just come in
/// ([`Questions::search_walk_in`]) or for someone to call now ([`Questions::search_lines`]), and the crisis lines'
/// calm search words ([`CrisisLine::calm_search_words`]), with the lines each names.
pub(super) fn calm_phrases(
    catalogue: &Catalogue,
    questions: &Questions,
) -> Vec<(Vec<Vec<String>>, Instead)> {
    questions
        .search_phrases
        .0
        .into_iter()
        .flat_map(|(language, phrases)| phrases.split(',').map(move |entry| (language, entry)))
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
        .collect()
}

impl<'a> SearchIndex<'a> {
    /// `words`, whose forms are `typed_forms` ([`Query::word_forms`]), with the acute sense of each (`acute`, as
    /// [`SearchIndex::acute_words`] gives it), each of the editors'
    /// sayings in them ([`Questions::search_phrases`]) replaced by the words to search for instead, named back as
    /// the saying was typed: "kan ikke sove" (can't sleep) is searched as "søvnproblemer", which no offer has, not
    /// as the "sove" of the help for homeless people. Not a saying with an acute word, whose crisis help comes
    /// first. A way of asking where one can just come in ("mød op") or for someone to call now ("åbent nu") is
    /// replaced by nothing, and what is returned with the words says whether there was one. Of two sayings from
    /// one word, the longer is read, then that of the page's language `lang`.
    pub(super) fn with_calm_phrases(
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
                let Some(saying) = saying_at.get_mut(at) else {
                    continue;
                };
                let better = saying.is_none_or(|(before, len)| {
                    phrase.len() > len
                        || (phrase.len() == len && instead.is_in(lang) && !before.is_in(lang))
                });
                let calm = acute
                    .get(at..at + phrase.len())
                    .is_some_and(|span| span.iter().all(Option::is_none));
                if better && calm {
                    *saying = Some((instead, phrase.len()));
                }
            }
        }
        let mut replaced = Vec::new();
        let mut asked = Asked::default();
        let mut at = 0;
        while let (Some(word), Some(&saying)) = (words.get(at), saying_at.get(at)) {
            match saying {
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
                    let saying = words.iter().skip(at).take(len);
                    let typed: Vec<&str> = saying.map(|word| word.typed.as_str()).collect();
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
                    replaced.push((word.clone(), acute.get(at).copied().flatten()));
                    at += 1;
                }
            }
        }
        (replaced, asked)
    }

    /// Whether the words, given as their [`Query::word_forms`], say that no referral is wanted
    /// ([`Questions::search_no_referral`]: "uden henvisning" anywhere, in any inflection): only the offers one can
    /// start on one's own.
    pub(super) fn says_no_referral(&self, typed_forms: &[Vec<&str>]) -> bool {
        self.no_referral.iter().any(|phrase| {
            phrase.iter().all(|part| {
                typed_forms
                    .iter()
                    .any(|forms| forms.contains(&part.as_str()))
            })
        })
    }
}
