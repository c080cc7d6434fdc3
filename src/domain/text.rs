//! Languages and translated text.
//!
//! A language is data: the list of languages lives in `data/texts.json`, and every translated text is a map from
//! language code to string. Adding a language means adding a code to that list and a translation to every text;
//! validation (run by the build script) names every text that lacks one.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A language the app speaks, identified by its BCP 47 code (`"da"`, `"en"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(pub &'static str);

/// A text in every language the app speaks, keyed by language code.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<String, String>);

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
            .filter(|code| self.0.get(*code).is_none_or(|text| text.trim().is_empty()))
            .map(String::as_str)
            .collect()
    }
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

/// A key that sorts names the way a Danish reader expects: case does not matter, and æ, ø and å come after z, in
/// that order (plain code-point order would put å before æ). The old spelling "aa" sorts as å, as Danish
/// dictionaries do for names (Aarhus after Zealand). Used for both languages: the names are Danish ones.
pub fn alphabetical_key(name: &str) -> Vec<u32> {
    let lower: String = name.chars().flat_map(char::to_lowercase).collect();
    lower
        .replace("aa", "å")
        .chars()
        .map(|c| match c {
            'æ' => u32::from('z') + 1,
            'ø' => u32::from('z') + 2,
            'å' => u32::from('z') + 3,
            // Everything else above z (é, ü, …) after the Danish letters, in code-point order.
            c if c > 'z' => u32::from(c) + 0x100,
            c => u32::from(c),
        })
        .collect()
}

/// Joins items as a human list: "a", "a og b", "a, b og c" (the conjunction is itself translated text).
pub fn join_list(items: &[&str], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// Joins clauses the way Danish repeats "at": "A, at B og at C". Every clause after the first gets `lead`
/// ("at" / "that"); the first takes it from the sentence around it ("Du skrev, at {parts}").
pub fn join_clauses(clauses: &[String], lead: &str, conjunction: &str) -> String {
    let led: Vec<String> = clauses
        .iter()
        .enumerate()
        .map(|(i, clause)| {
            if i == 0 {
                clause.clone()
            } else {
                format!("{lead} {clause}")
            }
        })
        .collect();
    let led: Vec<&str> = led.iter().map(String::as_str).collect();
    join_list(&led, conjunction)
}

#[cfg(test)]
mod tests {
    use super::*;

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
                "Aarhus Universitetshospital"
            ]
        );
    }

    fn text(pairs: &[(&str, &str)]) -> LocalizedText {
        LocalizedText(
            pairs
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect(),
        )
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
    fn join_list_reads_like_a_sentence() {
        assert_eq!(join_list(&[], "og"), "");
        assert_eq!(join_list(&["a"], "og"), "a");
        assert_eq!(join_list(&["a", "b"], "og"), "a og b");
        assert_eq!(join_list(&["a", "b", "c"], "and"), "a, b and c");
    }

    #[test]
    fn join_clauses_repeats_the_lead_after_the_first_clause() {
        let clauses = |parts: &[&str]| parts.iter().map(|p| p.to_string()).collect::<Vec<_>>();
        assert_eq!(join_clauses(&[], "at", "og"), "");
        assert_eq!(join_clauses(&clauses(&["A"]), "at", "og"), "A");
        assert_eq!(join_clauses(&clauses(&["A", "B"]), "at", "og"), "A og at B");
        assert_eq!(
            join_clauses(&clauses(&["A", "B", "C"]), "at", "og"),
            "A, at B og at C"
        );
    }
}
