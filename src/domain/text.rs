//! Languages and translated text.
//!
//! A language is data: the list of languages lives in `data/texts.json`, and every translated text is a map from
//! language code to string. Adding a language means adding a code to that list and a translation to every text;
//! validation (run by the build script) names every text that lacks one.

use super::hours::{Date, parse_date};
use super::keyed::Keyed;
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;

/// A language the app speaks, identified by its BCP 47 code (`"da"`, `"en"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(pub &'static str);

/// A text in every language the app speaks, keyed by language code.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct LocalizedText(pub Keyed<String>);

impl LocalizedText {
    /// The text in `lang`. Validation guarantees every shipped text has every language; should a hand-built one
    /// lack it, the first translation is shown rather than nothing.
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .get(lang.0)
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The languages in `languages` that this text lacks or leaves blank.
    pub fn missing<'a>(&self, languages: &'a [String]) -> Vec<&'a str> {
        languages
            .iter()
            .filter(|code| self.0.get(code).is_none_or(|text| text.trim().is_empty()))
            .map(String::as_str)
            .collect()
    }
}

/// A typed word or link of at least this many (folded) letters that matches nothing may be read as a typo of the
/// nearest word or id there is ("autsime" as "autisme"); shorter words are too alike ("sorg", grief, is one letter
/// from "borg" in "borger").
pub const TYPO_LETTERS: usize = 5;

/// How many typos a word of `letters` (folded) letters may have and still be read as the word meant: one from
/// [`TYPO_LETTERS`] letters, two from nine ("hjernskadt" for "hjerneskade"), and none below.
pub fn typos_allowed(letters: usize) -> usize {
    match letters {
        0..TYPO_LETTERS => 0,
        TYPO_LETTERS..9 => 1,
        _ => 2,
    }
}

/// How many typos apart `typed` and `known` are: letters left out, added or changed, and two neighbouring letters
/// swapped ("autsime"), each one (the optimal string alignment distance), or `None` when more than `most`. For
/// reading a mistyped search or link as what was meant.
pub fn typos(typed: &[char], known: &[char], most: usize) -> Option<usize> {
    if typed.len().abs_diff(known.len()) > most {
        return None;
    }
    // The table row by row, one for each letter typed: at j, the typos between the letters typed so far and the
    // first j of `known`. A swap looks back two rows, so the row before the last is kept too; the three trade
    // places, so no row is allocated per letter.
    let mut before_last: Vec<usize> = Vec::with_capacity(known.len() + 1);
    let mut last: Vec<usize> = (0..=known.len()).collect();
    let mut row: Vec<usize> = Vec::with_capacity(known.len() + 1);
    let mut typed_before = None;
    for (letter_at, &letter) in typed.iter().enumerate() {
        row.clear();
        row.push(letter_at + 1);
        let mut known_before = None;
        // With each letter of `known`, the cells above it and above the letter before it.
        let above = last.iter().skip(1).zip(&last);
        for (at, (&other, (&above, &diagonal))) in known.iter().zip(above).enumerate() {
            let left = row.last().map_or(usize::MAX, |&left| left + 1);
            let mut best = (above + 1)
                .min(left)
                .min(diagonal + usize::from(letter != other));
            if typed_before == Some(other) && known_before == Some(letter) {
                let swapped = at.checked_sub(1).and_then(|at| before_last.get(at));
                best = swapped.map_or(best, |&swapped| best.min(swapped + 1));
            }
            row.push(best);
            known_before = Some(other);
        }
        // Once a row is all over `most`, so is every row after it, and most words are given up after a letter or
        // two. Each way into the next row adds to a cell of this one, or to one left of it in the next; a swap
        // adds one to a cell two rows up, but that cell's diagonal neighbour in this row is at most one more.
        if row.iter().all(|&typos| typos > most) {
            return None;
        }
        std::mem::swap(&mut before_last, &mut last);
        std::mem::swap(&mut last, &mut row);
        typed_before = Some(letter);
    }
    last.last().copied().filter(|&found| found <= most)
}

/// A typed word of at least this many letters, too short for a typo, may still be read as the word it spells with
/// a plain letter for each æ, ø and å ([`spelt_plainly`]: "rad" for "råd"); a word of two is too often another
/// ("do" is not "dø", nor "pa" "på").
pub const PLAIN_LETTERS: usize = 3;

/// Whether `typed` is `known` (both lowercase) as typed on a keyboard without æ, ø and å, with a plain letter for
/// each: a for æ and å, o for ø ("born" for "børn", "sovnlos" for "søvnløs"). Not `known` itself.
pub fn spelt_plainly(typed: &[char], known: &[char]) -> bool {
    typed.len() >= PLAIN_LETTERS
        && typed.len() == known.len()
        && typed != known
        && typed
            .iter()
            .zip(known)
            .all(|(&typed, &known)| typed == plain_letter(known))
}

/// The plain letter a lowercase æ, ø or å is typed as without them: a, o, a. Any other letter as it is.
fn plain_letter(c: char) -> char {
    match c {
        'æ' | 'å' => 'a',
        'ø' => 'o',
        c => c,
    }
}

/// Whether the lowercase `text` has an æ, ø or å.
pub fn has_danish_letter(text: &str) -> bool {
    text.chars().any(|c| matches!(c, 'æ' | 'ø' | 'å'))
}

/// `text` in lowercase as typed on a keyboard without æ, ø and å, with a plain letter for each: "står på broen" as
/// "star pa broen".
pub fn plainly_typed(text: &str) -> String {
    text.chars()
        .map(latin1_lowercase)
        .map(plain_letter)
        .collect()
}

/// `text` (lowercase) as it may be typed on a keyboard without æ, ø and å: as it is, with each spelt out ("aa" for
/// "å"), and with a plain letter for each ("a"). Only as it is when it has none of them.
pub fn typed_without_danish_letters(text: &str) -> Vec<String> {
    if !has_danish_letter(text) {
        return vec![text.to_owned()];
    }
    let spelt_out = text
        .replace('æ', "ae")
        .replace('ø', "oe")
        .replace('å', "aa");
    vec![text.to_owned(), spelt_out, plainly_typed(text)]
}

/// The letter keys of a Danish keyboard, row by row, as on a phone: each key sits between the two under it, so a
/// key's neighbours are those beside it and those above and below that touch it.
const KEY_ROWS: [&str; 3] = ["qwertyuiopå", "asdfghjklæø", "zxcvbnm"];

/// Whether `a` and `b` are keys that touch on [`KEY_ROWS`], where a finger slips from one to the other.
fn keys_touch(a: char, b: char) -> bool {
    let place = |key: char| {
        KEY_ROWS.iter().enumerate().find_map(|(row, keys)| {
            let column = keys.chars().position(|on_row| on_row == key)?;
            Some((row, column))
        })
    };
    let (Some(a), Some(b)) = (place(a), place(b)) else {
        return false;
    };
    // The key on the upper row first, or on one row the key to the left.
    let ((upper_row, upper_column), (lower_row, lower_column)) = (a.min(b), a.max(b));
    match lower_row - upper_row {
        0 => lower_column == upper_column + 1,
        // A key touches the key right under it and the one before that.
        1 => lower_column == upper_column || lower_column + 1 == upper_column,
        _ => false,
    }
}

/// Whether a word of `typed` letters may be a typo of one of `known` letters by how it starts: with the same
/// letter; with the second, where the first was left out or swapped with it ("sykolog" for "psykolog", "uatisme"
/// for "autisme"); or with a key that touches the first ("sutisme"). Two real words one letter apart often differ
/// in just the first, by letters far apart on the keys: "døde" (dead) is no typo of "møde" (meeting), nor "panic"
/// of "manic" or "kills" of "pills". An empty word starts like none.
pub fn starts_alike(typed: &[char], known: &[char]) -> bool {
    let (Some(&first), Some(&meant)) = (typed.first(), known.first()) else {
        return false;
    };
    let left_out = known.get(1) == Some(&first) && known.get(2) == typed.get(1);
    let swapped = known.get(1) == Some(&first) && typed.get(1) == Some(&meant);
    first == meant || left_out || swapped || keys_touch(first, meant)
}

/// `text` with a no-break space after each section sign, so a paragraph of the law stays on one line with its
/// number: "§ 104" broke after the "§" on a phone.
pub fn paragraphs_kept_whole(text: &str) -> String {
    text.replace("§ ", "§\u{a0}")
}

/// Replaces each `{name}` in `template` with its value. Unknown placeholders are left as they are, so a typo in
/// a translation shows up on screen and in review instead of silently vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// [`fill`] for a sentence with clock times in it: the space before each of `times` becomes a no-break space, so a
/// time stays on one line with the word before it, in any language. On a 320 px phone "Åben nu – til mandag kl." and
/// "08.00" broke onto two lines.
pub fn fill_with_times(template: &str, values: &[(&str, &str)], times: &[(&str, &str)]) -> String {
    let mut kept = template.to_owned();
    for (name, _) in times {
        kept = kept.replace(&format!(" {{{name}}}"), &format!("\u{a0}{{{name}}}"));
    }
    fill(&kept, &[values, times].concat())
}

/// The placeholder names in a template, sorted and each once: `["age", "min"]` for "{min} … {age} … {min}". They
/// are what [`fill`] replaces; validation checks that every language of a text has the same ones.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|after_brace| after_brace.split_once('}'))
        .map(|(name, _)| name)
        .filter(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// A key that sorts names the way a Danish reader expects: case does not matter, and æ, ø and å come after z, in
/// that order (plain code-point order would put å before æ). The old spelling "aa" sorts as å, as Danish
/// dictionaries do for names (Aarhus after Zealand). Used for both languages: the names are Danish ones.
///
/// Each character is keyed by its group, then itself: up to z, æ, ø, å, and last everything else above z (à, é,
/// ü …) in code-point order.
pub fn alphabetical_key(name: &str) -> Vec<(u8, char)> {
    let lower: String = name.chars().map(latin1_lowercase).collect();
    lower
        .replace("aa", "å")
        .chars()
        .map(|c| match c {
            'æ' => (1, c),
            'ø' => (2, c),
            'å' => (3, c),
            c if c > 'z' => (4, c),
            c => (0, c),
        })
        .collect()
}

/// The lowercase of `c` if it is a capital in ASCII or Latin-1 (A–Z, Æ, Ø, Å, É, Ü …); any other character as it
/// is. That covers every letter a Danish or English text uses, and validation keeps other capitals out of the names
/// and labels this is applied to ([`unsupported_capital`]). Rust's full Unicode lowercasing would work everywhere,
/// but its case tables cost about 7 KB brotli in the wasm, 5 % of the whole app.
pub fn latin1_lowercase(c: char) -> char {
    match c {
        // In ASCII and Latin-1 each capital lies 0x20 below its small letter; × (U+00D7) sits between Ö and Ø.
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// The first capital in `text` that [`latin1_lowercase`] cannot lowercase (such as Ł or Σ), if any.
pub fn unsupported_capital(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| c.is_uppercase() && latin1_lowercase(c) == c)
}

/// A label as it reads inside a sentence: "Autisme" becomes "autisme" in "det handler om autisme". The rest of the
/// label is kept as written, and a label that starts with an abbreviation ("ADHD") keeps its capitals.
pub fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let rest = chars.as_str();
    let starts_abbreviation = rest
        .chars()
        .next()
        .is_some_and(|second| latin1_lowercase(second) != second);
    if starts_abbreviation {
        label.to_owned()
    } else {
        let mut out = String::with_capacity(label.len());
        out.push(latin1_lowercase(first));
        out.push_str(rest);
        out
    }
}

/// Joins items as a human list: "a", "a og b", "a, b og c" (the conjunction is itself translated text).
pub fn join_list<S: Borrow<str>>(items: &[S], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.borrow().to_owned(),
        [init @ .., last] => format!("{} {conjunction} {}", init.join(", "), last.borrow()),
    }
}

/// Labels as one sentence that starts with them: "Den, det handler om, pårørende og fagpersoner". The first keeps
/// its capital; the rest read as they do inside a sentence ([`in_sentence`]).
pub fn sentence_of(labels: &[&str], conjunction: &str) -> String {
    let items: Vec<String> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            if i == 0 {
                (*label).to_owned()
            } else {
                in_sentence(label)
            }
        })
        .collect();
    join_list(&items, conjunction)
}

/// `first` and the sentence `next` after it, with a full stop between unless `first` ends with one: a count ("5 af
/// 32 tilbud passer til søgningen") and what follows it ("Nederst: 2 tilbud for en anden alder.").
pub fn then_sentence(first: &str, next: &str) -> String {
    let stop = if first.ends_with('.') { "" } else { "." };
    format!("{first}{stop} {next}")
}

/// Joins clauses the way Danish repeats "at", with a comma before each: "A, at B, og at C" ("Du skrev, at det
/// handler om autisme, og at du er 17 år"). Every clause after the first gets `lead` ("at" / "that"); the first
/// takes it from the sentence around it ("Du skrev, at {parts}").
pub fn join_clauses(clauses: &[String], lead: &str, conjunction: &str) -> String {
    match clauses {
        [] => String::new(),
        [only] => only.clone(),
        [first, middle @ .., last] => {
            let mut out = first.clone();
            for clause in middle {
                out.push_str(&format!(", {lead} {clause}"));
            }
            out.push_str(&format!(", {conjunction} {lead} {last}"));
            out
        }
    }
}

/// The labels of one answer as a list inside a sentence. One label reads as it is ("det handler om autisme").
/// Several are each set in `quote` (a text with `{text}`: »{text}« in Danish), because labels have their own
/// "og", "eller" and commas: "»nogen at tale med« og »råd og vejledning«" is two answers, where "nogen at tale med
/// og råd og vejledning" reads as three.
pub fn label_list(labels: &[String], conjunction: &str, quote: &str) -> String {
    if let [only] = labels {
        return only.clone();
    }
    quoted_list(labels, conjunction, quote)
}

/// Items each set in `quote` (a text with `{text}`) and joined as a list: "»ked«", "»ked« og »xyz«". For words
/// named back to the reader, which must stand out from the sentence around them even alone.
pub fn quoted_list<S: Borrow<str>>(items: &[S], conjunction: &str, quote: &str) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|item| fill(quote, &[("text", item.borrow())]))
        .collect();
    join_list(&quoted, conjunction)
}

/// The key of the date pattern in `data/texts.json`: `{day}`, `{month}` and `{year}` in the order and with the
/// punctuation a reader of that language expects ("{day}. {month} {year}" in Danish).
pub const DATE_PATTERN_KEY: &str = "date_pattern";
/// The key of the month names in `data/texts.json`: twelve names, January first, separated by spaces.
pub const MONTH_NAMES_KEY: &str = "month_names";

/// A `YYYY-MM-DD` date as people write it: "23. november 2026", not "2026-11-23", which reads as a code to many.
/// `pattern` and `month_names` are the texts under [`DATE_PATTERN_KEY`] and [`MONTH_NAMES_KEY`] (validation checks
/// both in every language). A value that is not a date, or month names that are not twelve, leave the value as it
/// is: a fact's date is shown as the source gave it rather than hidden or guessed.
pub fn long_date(value: &str, pattern: &str, month_names: &str) -> String {
    parse_date(value)
        .and_then(|date| written_date(date, pattern, month_names))
        .unwrap_or_else(|| value.to_owned())
}

/// A date written out as [`long_date`] writes it; `None` when the month names are not twelve.
pub fn written_date((year, month, day): Date, pattern: &str, month_names: &str) -> Option<String> {
    let names: Vec<&str> = month_names.split_whitespace().collect();
    if names.len() != 12 {
        return None;
    }
    let name = names.get(usize::try_from(month).ok()?.checked_sub(1)?)?;
    let (day, year) = (day.to_string(), year.to_string());
    Some(fill(
        pattern,
        &[("day", &day), ("month", name), ("year", &year)],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_of_the_law_keeps_its_number_on_its_line() {
        assert_eq!(
            paragraphs_kept_whole("Serviceloven § 85, ellers § 82 a"),
            "Serviceloven §\u{a0}85, ellers §\u{a0}82 a"
        );
        assert_eq!(paragraphs_kept_whole("Ingen paragraf"), "Ingen paragraf");
    }

    const DANISH_MONTHS: &str =
        "januar februar marts april maj juni juli august september oktober november december";

    fn danish(value: &str) -> String {
        long_date(value, "{day}. {month} {year}", DANISH_MONTHS)
    }

    #[test]
    fn a_date_is_written_out_with_the_day_unpadded_and_the_month_by_name() {
        assert_eq!(danish("2026-11-23"), "23. november 2026");
        assert_eq!(danish("2027-01-05"), "5. januar 2027");
        assert_eq!(danish("2024-12-31"), "31. december 2024");
        let english = long_date(
            "2026-03-01",
            "{day} {month} {year}",
            "January February March April May June July August September October November December",
        );
        assert_eq!(english, "1 March 2026");
        // A date already read, as the day a page is made, is written the same way.
        assert_eq!(
            written_date((2026, 12, 5), "{day}. {month} {year}", DANISH_MONTHS).as_deref(),
            Some("5. december 2026")
        );
        assert_eq!(
            written_date((2026, 12, 5), "{day}. {month} {year}", "januar"),
            None
        );
    }

    #[test]
    fn what_is_not_a_date_or_lacks_month_names_is_shown_as_it_is() {
        assert_eq!(danish("2026-02-30"), "2026-02-30");
        assert_eq!(danish("november 2026"), "november 2026");
        assert_eq!(danish(""), "");
        assert_eq!(
            long_date("2026-11-23", "{day}. {month} {year}", "januar februar"),
            "2026-11-23"
        );
    }

    #[test]
    fn alphabetical_order_is_danish_ignores_case_and_treats_double_a_as_a_with_ring() {
        let mut names = vec![
            "Åben rådgivning",
            "ørestad",
            "Zoneterapi",
            "Æblehaven",
            "borgerguide",
            "Café",
            "Børn",
            "Aarhus Universitetshospital",
            "Éventyrhuset",
            "À la carte",
        ];
        names.sort_by_key(|name| alphabetical_key(name));
        assert_eq!(
            names,
            [
                "borgerguide",
                "Børn",
                "Café",
                "Zoneterapi",
                "Æblehaven",
                "ørestad",
                "Åben rådgivning",
                "Aarhus Universitetshospital",
                // Other letters above z after the Danish ones, though in Unicode à is before å and ø, é before ø.
                "À la carte",
                "Éventyrhuset"
            ]
        );
    }

    #[test]
    fn a_word_is_spelt_plainly_with_a_plain_letter_for_each_danish_one_from_three_letters() {
        let plainly = |typed: &str, known: &str| {
            spelt_plainly(
                &typed.chars().collect::<Vec<_>>(),
                &known.chars().collect::<Vec<_>>(),
            )
        };
        assert!(plainly("born", "børn"));
        assert!(plainly("rad", "råd"));
        assert!(plainly("sovnlos", "søvnløs"));
        assert!(plainly("lage", "læge"));
        // Two letters may be another word; the word itself, or another letter, is no plain spelling.
        assert!(!plainly("do", "dø"));
        assert!(!plainly("autisme", "autisme"));
        assert!(!plainly("bern", "børn"));
        assert!(!plainly("boern", "børn"));
        assert!(!plainly("børn", "born"));
    }

    #[test]
    fn a_text_typed_without_danish_letters_has_them_spelt_out_or_plain() {
        assert_eq!(
            typed_without_danish_letters("år gammel"),
            ["år gammel", "aar gammel", "ar gammel"]
        );
        assert_eq!(
            typed_without_danish_letters("søværn"),
            ["søværn", "soevaern", "sovarn"]
        );
        assert_eq!(typed_without_danish_letters("years"), ["years"]);
    }

    #[test]
    fn latin1_lowercase_lowers_ascii_and_danish_capitals_and_leaves_the_rest() {
        let lowered: String = "AZÆØÅÉÜ×ÞŁaæ1-".chars().map(latin1_lowercase).collect();
        assert_eq!(lowered, "azæøåéü×þŁaæ1-");
    }

    #[test]
    fn latin1_lowercase_agrees_with_unicode_wherever_it_changes_a_letter() {
        for c in (0..=0xFF_u32).filter_map(char::from_u32) {
            let ours = latin1_lowercase(c);
            let unicode: String = c.to_lowercase().collect();
            if ours != c {
                assert_eq!(unicode, ours.to_string(), "{c:?}");
            } else {
                assert!(
                    !c.is_uppercase(),
                    "{c:?} is a capital latin1_lowercase leaves as it is"
                );
            }
        }
    }

    #[test]
    fn unsupported_capital_names_capitals_outside_latin1_only() {
        assert_eq!(unsupported_capital("Æblehaven i Århus, ÉCOLE"), None);
        assert_eq!(unsupported_capital("Łódź og Σ"), Some('Ł'));
        assert_eq!(unsupported_capital("łódź"), None);
    }

    #[test]
    fn in_sentence_lowers_the_first_letter_unless_the_label_starts_with_an_abbreviation() {
        assert_eq!(in_sentence("Autisme"), "autisme");
        assert_eq!(
            in_sentence("Psykisk sårbarhed, angst eller depression"),
            "psykisk sårbarhed, angst eller depression"
        );
        assert_eq!(in_sentence("Ældre og Randers"), "ældre og Randers");
        assert_eq!(in_sentence("ADHD"), "ADHD");
        assert_eq!(in_sentence("Å"), "å");
        assert_eq!(in_sentence(""), "");
    }

    fn text(pairs: &[(&str, &str)]) -> LocalizedText {
        LocalizedText(pairs.iter().map(|(k, v)| (*k, String::from(*v))).collect())
    }

    #[test]
    fn get_returns_the_requested_language() {
        assert_eq!(text(&[("da", "Hej"), ("en", "Hi")]).get(Lang("en")), "Hi");
    }

    #[test]
    fn get_falls_back_to_a_translation_rather_than_nothing() {
        assert_eq!(text(&[("da", "Hej")]).get(Lang("en")), "Hej");
    }

    #[test]
    fn missing_names_absent_and_blank_languages() {
        let langs = vec!["da".to_owned(), "en".to_owned(), "uk".to_owned()];
        assert_eq!(
            text(&[("da", "Hej"), ("en", "  ")]).missing(&langs),
            vec!["en", "uk"]
        );
    }

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(
            fill("{a} og {b} {c}", &[("a", "1"), ("b", "2")]),
            "1 og 2 {c}"
        );
    }

    #[test]
    fn a_time_stays_with_the_word_before_it_and_other_values_do_not() {
        assert_eq!(
            fill_with_times(
                "Åben nu – til {day} kl. {time}",
                &[("day", "mandag")],
                &[("time", "08.00")]
            ),
            "Åben nu – til mandag kl.\u{a0}08.00"
        );
        // A time first in the text has no word before it to keep.
        assert_eq!(
            fill_with_times(
                "{from}–{to} on {day}",
                &[("day", "Monday")],
                &[("from", "08.00"), ("to", "16.00")]
            ),
            "08.00–16.00 on Monday"
        );
    }

    #[test]
    fn then_sentence_puts_one_full_stop_between() {
        assert_eq!(
            then_sentence("5 af 32 tilbud passer", "Nederst: 2 tilbud."),
            "5 af 32 tilbud passer. Nederst: 2 tilbud."
        );
        assert_eq!(
            then_sentence("Prøv et andet ord.", "Nederst: 2 tilbud."),
            "Prøv et andet ord. Nederst: 2 tilbud."
        );
    }

    #[test]
    fn sentence_of_keeps_only_the_first_capital() {
        assert_eq!(
            sentence_of(&["Den, det handler om", "Pårørende", "Fagpersoner"], "og"),
            "Den, det handler om, pårørende og fagpersoner"
        );
        assert_eq!(sentence_of(&["Pårørende"], "og"), "Pårørende");
        assert_eq!(sentence_of(&[], "og"), "");
    }

    #[test]
    fn placeholders_are_the_names_fill_replaces() {
        assert_eq!(placeholders("Kun for borgere op til {max} år."), ["max"]);
        assert_eq!(placeholders("{min}–{max} år, {min}"), ["max", "min"]);
        assert!(placeholders("Ingen pladsholdere, {} eller { x } eller {åben").is_empty());
        let template = "{day}. {month} {year}";
        let filled = fill(
            template,
            &[("day", "1"), ("month", "maj"), ("year", "2026")],
        );
        assert_eq!(placeholders(template).len(), 3);
        assert!(placeholders(&filled).is_empty());
    }

    #[test]
    fn join_list_reads_like_a_sentence() {
        assert_eq!(join_list::<&str>(&[], "og"), "");
        assert_eq!(join_list(&["a"], "og"), "a");
        assert_eq!(join_list(&["a", "b"], "og"), "a og b");
        assert_eq!(join_list(&["a", "b", "c"], "and"), "a, b and c");
    }

    #[test]
    fn join_clauses_repeats_the_lead_after_the_first_clause() {
        let clauses = |parts: &[&str]| parts.iter().map(|p| p.to_string()).collect::<Vec<_>>();
        assert_eq!(join_clauses(&[], "at", "og"), "");
        assert_eq!(join_clauses(&clauses(&["A"]), "at", "og"), "A");
        assert_eq!(
            join_clauses(&clauses(&["A", "B"]), "at", "og"),
            "A, og at B"
        );
        assert_eq!(
            join_clauses(&clauses(&["A", "B", "C", "D"]), "that", "and"),
            "A, that B, that C, and that D"
        );
    }

    #[test]
    fn label_list_quotes_labels_only_when_there_are_several() {
        let labels = |parts: &[&str]| parts.iter().map(|p| p.to_string()).collect::<Vec<_>>();
        assert_eq!(label_list(&[], "og", "»{text}«"), "");
        assert_eq!(
            label_list(&labels(&["råd og vejledning"]), "og", "»{text}«"),
            "råd og vejledning"
        );
        assert_eq!(
            label_list(
                &labels(&["nogen at tale med", "råd og vejledning"]),
                "og",
                "»{text}«"
            ),
            "»nogen at tale med« og »råd og vejledning«"
        );
        assert_eq!(
            label_list(&labels(&["a", "b, c", "d"]), "and", "“{text}”"),
            "“a”, “b, c” and “d”"
        );
    }

    /// The optimal string alignment distance by its definition, letter by letter from the end: what [`typos`]
    /// works out row by row. Slow, so only for short words.
    fn typos_by_definition(typed: &[char], known: &[char]) -> usize {
        match (typed, known) {
            ([], _) => known.len(),
            (_, []) => typed.len(),
            ([typed_rest @ .., last_typed], [known_rest @ .., last_known]) => {
                let mut best = (typos_by_definition(typed_rest, known) + 1)
                    .min(typos_by_definition(typed, known_rest) + 1)
                    .min(
                        typos_by_definition(typed_rest, known_rest)
                            + usize::from(last_typed != last_known),
                    );
                if let (
                    [typed_before @ .., typed_one, typed_two],
                    [known_before @ .., known_one, known_two],
                ) = (typed, known)
                    && typed_one == known_two
                    && typed_two == known_one
                {
                    best = best.min(typos_by_definition(typed_before, known_before) + 1);
                }
                best
            }
        }
    }

    #[test]
    fn typos_counts_each_kind_of_typo_once() {
        let letters = |word: &str| word.chars().collect::<Vec<char>>();
        let typos_in = |typed: &str, known: &str| typos(&letters(typed), &letters(known), 2);
        assert_eq!(typos_in("autisme", "autisme"), Some(0));
        assert_eq!(typos_in("autsime", "autisme"), Some(1), "swapped");
        assert_eq!(
            typos(&letters("ææba"), &letters("æbæa"), 1),
            Some(1),
            "swapped, beside æ"
        );
        assert_eq!(typos_in("autime", "autisme"), Some(1), "left out");
        assert_eq!(typos_in("auttisme", "autisme"), Some(1), "added");
        assert_eq!(typos_in("autisne", "autisme"), Some(1), "changed");
        assert_eq!(typos_in("hjernskadt", "hjerneskade"), Some(2));
        assert_eq!(typos_in("bolig", "autisme"), None);
        assert_eq!(typos_in("", "ab"), Some(2));
        assert_eq!(
            typos_in("æble", "able"),
            Some(1),
            "æ is a letter of its own"
        );
    }

    proptest::proptest! {
        #[test]
        fn typos_is_the_optimal_string_alignment_distance_up_to_most(
            typed in "[abæ]{0,6}",
            known in "[abæ]{0,6}",
            most in 0_usize..4,
        ) {
            let (typed, known): (Vec<char>, Vec<char>) = (typed.chars().collect(), known.chars().collect());
            let distance = typos_by_definition(&typed, &known);
            let expected = (distance <= most).then_some(distance);
            proptest::prop_assert_eq!(typos(&typed, &known, most), expected);
        }
    }
}
