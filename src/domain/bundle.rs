//! The data shipped inside the app: catalogue, questions and UI texts, embedded at compile time so the app works
//! offline and tests read the very bytes the browser gets.

use super::catalogue::Catalogue;
use super::keyed::Keyed;
use super::questions::Questions;
use super::text::{Lang, LocalizedText};
use serde::{Deserialize, Serialize};

/// The catalogue file, edited by the municipality (see README, "Editing the catalogue").
pub const CATALOGUE_JSON: &str = include_str!("data/catalogue.json");
/// The questions file.
pub const QUESTIONS_JSON: &str = include_str!("data/questions.json");
/// The UI texts file, which also lists the languages.
pub const TEXTS_JSON: &str = include_str!("data/texts.json");

/// A language the UI offers.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// BCP 47 code, used for `<html lang>`.
    pub code: String,
    /// The language's name in itself ("Dansk", "English").
    pub name: String,
}

/// The ending of a text key that holds the form for exactly one thing. `offers_picked_count` is "{n} offers on the
/// list"; `offers_picked_count_singular`, "1 offer on the list", is shown instead when `{n}` is 1. A language whose
/// word stays the same (Danish "1 tilbud", "2 tilbud") repeats its other form there.
pub const SINGULAR_SUFFIX: &str = "_singular";

/// Every UI text, keyed by a stable key, plus the language list (the first language is the default).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct UiTexts {
    /// Languages, default first.
    pub languages: Vec<Language>,
    /// Texts by key.
    pub texts: Keyed<LocalizedText>,
}

impl UiTexts {
    /// Parses the texts JSON.
    pub fn from_json(json: &str) -> Result<UiTexts, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// The language codes, default first.
    pub fn codes(&self) -> Vec<String> {
        self.languages.iter().map(|l| l.code.clone()).collect()
    }

    /// The text for `key` in `lang`; the key itself when it is missing, so a gap is visible, never blank.
    pub fn get<'a>(&'a self, key: &'a str, lang: Lang) -> &'a str {
        self.texts.get(key).map_or(key, |text| text.get(lang))
    }

    /// The text for `key` in `lang` when it counts `count` things: its singular form (see [`SINGULAR_SUFFIX`])
    /// when `count` is 1 and the key has one, else the key's own text.
    pub fn counted<'a>(&'a self, key: &'a str, count: usize, lang: Lang) -> &'a str {
        let singular = (count == 1)
            .then(|| self.texts.get(&format!("{key}{SINGULAR_SUFFIX}")))
            .flatten();
        singular.map_or_else(|| self.get(key, lang), |text| text.get(lang))
    }

    /// The key whose singular form `key` is, if it is one.
    pub fn singular_of(key: &str) -> Option<&str> {
        key.strip_suffix(SINGULAR_SUFFIX)
    }
}

/// Everything the app needs, parsed.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Bundle {
    /// Offers and crisis lines.
    pub catalogue: Catalogue,
    /// The guided questions.
    pub questions: Questions,
    /// UI texts and languages.
    pub texts: UiTexts,
}

impl Bundle {
    /// Parses the three embedded files. The build script has already validated them, so at run time this fails
    /// only if the build was tampered with; the UI then shows a help page instead of a blank screen.
    pub fn parse_embedded() -> Result<Bundle, String> {
        Bundle::parse(CATALOGUE_JSON, QUESTIONS_JSON, TEXTS_JSON)
    }

    /// The bundle in postcard's compact binary form. The build script writes this after validation; the browser
    /// reads it instead of the JSON, which keeps serde_json's parser out of the download (see README, "Size").
    pub fn to_postcard(&self) -> Result<Vec<u8>, String> {
        postcard::to_allocvec(self)
            .map_err(|error| format!("the bundle has no postcard form: {error}"))
    }

    /// Reads the form written by [`Bundle::to_postcard`], with [`super::compact`]'s reader rather than serde's, which
    /// would cost several KB of wasm. Fails, never panics, on bytes that are not a bundle.
    pub fn from_postcard(bytes: &[u8]) -> Result<Bundle, String> {
        super::compact::read(bytes).map_err(|_| String::from("embedded data: malformed"))
    }

    /// Parses the three files, naming the file that failed.
    pub fn parse(catalogue: &str, questions: &str, texts: &str) -> Result<Bundle, String> {
        Ok(Bundle {
            catalogue: Catalogue::from_json(catalogue)
                .map_err(|e| format!("catalogue.json: {e}"))?,
            questions: Questions::from_json(questions)
                .map_err(|e| format!("questions.json: {e}"))?,
            texts: UiTexts::from_json(texts).map_err(|e| format!("texts.json: {e}"))?,
        })
    }
}
