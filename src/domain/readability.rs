//! How easy the app's texts are to read: sentence length and LIX.
//!
//! Digitaliseringsstyrelsen's principle "Kommunikér så alle forstår det" asks for short, concrete text with a low
//! LIX score; about one in six Danish adults reads with difficulty. Validation uses [`measure`] to refuse a
//! sentence longer than [`MAX_SENTENCE_WORDS`], so an editor's long sentence fails the build like a broken phone
//! number; `make bench` prints the LIX of each kind of text, and a data test keeps the Danish ones readable.
//!
//! LIX (Björnsson) is the number of words per sentence plus the share of long words (more than six letters) in
//! per cent. On the Danish scale, under 25 is very easy, 25–34 easy, 35–44 medium (a newspaper), 45–54 hard.

use super::bundle::Bundle;
use super::text::{DATE_PATTERN_KEY, LocalizedText, MONTH_NAMES_KEY};

/// The longest sentence a citizen should meet, in words. GOV.UK's style guide asks for at most 25; Danish
/// plain-language advice aims at 15–20 on average, which the LIX figures show.
pub const MAX_SENTENCE_WORDS: usize = 25;

/// Word and sentence counts of one text, or of several added together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Readability {
    /// Words: runs between spaces that hold a letter or digit ("–" is not a word, "112" is).
    pub words: usize,
    /// Sentences. A text without a full stop is one sentence.
    pub sentences: usize,
    /// Words of more than six letters.
    pub long_words: usize,
    /// Words in the longest sentence.
    pub longest_sentence: usize,
}

impl Readability {
    /// The LIX score, rounded to the nearest whole number; 0 for a text without words.
    pub fn lix(&self) -> u32 {
        if self.words == 0 {
            return 0;
        }
        // In tenths, with integers only: words per sentence plus long words per hundred words.
        let per_sentence = self.words * 10 / self.sentences;
        let long_share = self.long_words * 1000 / self.words;
        ((per_sentence + long_share + 5) / 10) as u32
    }

    /// The counts of both texts together, as if they were one.
    pub fn and(self, other: Readability) -> Readability {
        Readability {
            words: self.words + other.words,
            sentences: self.sentences + other.sentences,
            long_words: self.long_words + other.long_words,
            longest_sentence: self.longest_sentence.max(other.longest_sentence),
        }
    }
}

/// True where a sentence ends after `word`: it ends in `.`, `!`, `?` or `:` (LIX counts the colon as a full stop),
/// and the next word begins with a capital or a placeholder, or there is none. So "2. sal", "f.eks. en" and
/// "kl. 10" do not end a sentence. Danish style does not start a sentence with a numeral, so a digit never does.
fn ends_sentence(word: &str, next: Option<&str>) -> bool {
    let stop = word
        .trim_end_matches(['»', '«', '"', '”', ')'])
        .ends_with(['.', '!', '?', ':']);
    stop && next
        .and_then(|w| {
            w.trim_start_matches(['»', '«', '"', '“', '('])
                .chars()
                .next()
        })
        .is_none_or(|c| c.is_uppercase() || c == '{')
}

/// Counts the words, sentences and long words of `text`.
pub fn measure(text: &str) -> Readability {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let mut counts = Readability::default();
    let mut in_sentence = 0;
    for (i, word) in words.iter().enumerate() {
        counts.words += 1;
        in_sentence += 1;
        if word.chars().filter(|c| c.is_alphabetic()).count() > 6 {
            counts.long_words += 1;
        }
        if ends_sentence(word, words.get(i + 1).copied()) || i + 1 == words.len() {
            counts.sentences += 1;
            counts.longest_sentence = counts.longest_sentence.max(in_sentence);
            in_sentence = 0;
        }
    }
    counts
}

/// The readability, in `lang`, of each kind of text a citizen reads: the offers' and crisis lines' descriptions,
/// the questions (titles, hints and options in every wording), and the app's own texts (but for the month names
/// and date pattern, which are not prose).
pub fn of_bundle(bundle: &Bundle, lang: &str) -> [(&'static str, Readability); 3] {
    let total = |texts: &mut dyn Iterator<Item = &LocalizedText>| {
        texts
            .filter_map(|text| text.0.get(lang))
            .map(|text| measure(text))
            .fold(Readability::default(), Readability::and)
    };
    let catalogue = &bundle.catalogue;
    let offers = catalogue
        .offers
        .iter()
        .flat_map(|o| {
            let place = o.place.as_ref().map(|note| &note.text);
            [
                Some(&o.summary),
                Some(&o.first_step),
                o.caution.as_ref(),
                place,
            ]
        })
        .chain(
            catalogue
                .crisis_lines
                .iter()
                .flat_map(|l| [Some(&l.for_whom), l.caution.as_ref()]),
        )
        .flatten();
    let questions = bundle.questions.questions.iter().flat_map(|q| {
        q.title
            .all()
            .chain(q.hint.iter().flat_map(|h| h.all()))
            .chain(
                q.options
                    .iter()
                    .flat_map(|o| o.label.all().chain(o.hint.iter().flat_map(|h| h.all()))),
            )
    });
    let texts = (&bundle.texts.texts)
        .into_iter()
        .filter(|(key, _)| ![DATE_PATTERN_KEY, MONTH_NAMES_KEY].contains(key))
        .map(|(_, text)| text);
    [
        ("offers and crisis lines", total(&mut offers.into_iter())),
        ("questions", total(&mut questions.into_iter())),
        ("the app's own texts", total(&mut texts.into_iter())),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_sentences_and_long_words() {
        let counts = measure("Ring og hør. Du kan også komme forbi – uden aftale!");
        assert_eq!(counts.words, 10, "the dash is not a word");
        assert_eq!(counts.sentences, 2);
        // "aftale!" has six letters, so it is not long; none of the others has more.
        assert_eq!(counts.long_words, 0);
        assert_eq!(counts.longest_sentence, 7);
    }

    #[test]
    fn a_long_word_has_more_than_six_letters_and_digits_are_not_letters() {
        let counts = measure("Borgerrådgiveren svarer. Ring 70113131 eller mød op.");
        assert_eq!(
            counts.long_words, 1,
            "only Borgerrådgiveren; 'svarer.' has six letters"
        );
        assert_eq!(counts.words, 7);
    }

    #[test]
    fn abbreviations_ordinals_and_times_before_a_lowercase_word_do_not_end_a_sentence() {
        let counts = measure("Vi bor på 2. sal, f.eks. ved kl. 10 om morgenen. Kom ind.");
        assert_eq!(counts.sentences, 2);
        assert_eq!(counts.longest_sentence, 11);
    }

    #[test]
    fn a_question_mark_or_a_colon_ends_a_sentence_before_a_capital_or_a_placeholder() {
        assert_eq!(measure("Er du i fare? Ring 112.").sentences, 2);
        assert_eq!(measure("Det gælder: Ring først.").sentences, 2);
        assert_eq!(measure("Det gælder: først ring.").sentences, 1);
        assert_eq!(measure("Skrevet den {date}. {count} tilbud.").sentences, 2);
        assert_eq!(measure("Du sagde »Ja.« Så gør vi det.").sentences, 2);
    }

    #[test]
    fn a_text_without_a_full_stop_is_one_sentence() {
        let counts = measure("Kun tilbud uden henvisning");
        assert_eq!((counts.words, counts.sentences), (4, 1));
        assert_eq!(measure("").sentences, 0);
        assert_eq!(measure(" – ").words, 0);
    }

    #[test]
    fn lix_is_words_per_sentence_plus_the_share_of_long_words_rounded() {
        // 10 words in 2 sentences (5 per sentence), 3 of them long (30 %): LIX 35.
        let counts = measure(
            "Psykiatriens hus har kurser. Recoveryskolen giver undervisning for alle voksne.",
        );
        assert_eq!(
            (counts.words, counts.sentences, counts.long_words),
            (10, 2, 3)
        );
        assert_eq!(counts.lix(), 35);
        let made_up = Readability {
            words: 7,
            sentences: 2,
            long_words: 1,
            longest_sentence: 4,
        };
        // 3.5 + 14.29 = 17.79, rounded to 18.
        assert_eq!(made_up.lix(), 18);
        assert_eq!(Readability::default().lix(), 0);
    }

    #[test]
    fn two_texts_together_count_as_one() {
        let first = "Ring og hør, hvordan det er nu.";
        let second = "Genoptræning efter en hjerneskade tager tid, og du kan få hjælp hele vejen.";
        let together = measure(first).and(measure(second));
        assert_eq!(together, measure(&format!("{first} {second}")));
        assert_eq!(together.longest_sentence, 13);
    }

    proptest::proptest! {
        /// Whatever an editor types, the counts hold together and LIX never divides by zero.
        #[test]
        fn any_text_gives_consistent_counts(text in "[A-Za-zæøåÆØÅ0-9 .,:!?»«{}–-]{0,200}") {
            let counts = measure(&text);
            proptest::prop_assert!(counts.sentences <= counts.words);
            proptest::prop_assert!(counts.long_words <= counts.words);
            proptest::prop_assert!(counts.longest_sentence <= counts.words);
            proptest::prop_assert_eq!(counts.words > 0, counts.sentences > 0);
            proptest::prop_assert!(counts.lix() <= 100 + counts.words as u32);
        }

        /// Sentences that end with a full stop add up however the text is cut between them.
        #[test]
        fn texts_cut_between_sentences_add_up(
            sentences in proptest::collection::vec("[A-ZÆØÅ][a-zæøå]{0,9}( [a-zæøå0-9]{1,12}){0,30}[.!?]", 1..8),
            cut in 0usize..8,
        ) {
            let cut = cut.min(sentences.len());
            let whole = measure(&sentences.join(" "));
            let parts = measure(&sentences[..cut].join(" ")).and(measure(&sentences[cut..].join(" ")));
            proptest::prop_assert_eq!(whole, parts);
            proptest::prop_assert_eq!(whole.sentences, sentences.len());
        }
    }
}
