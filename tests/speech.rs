//! Read-aloud rules (src/domain/speech.rs): only a voice on the device may read, in the page's language.
#![cfg(not(target_arch = "wasm32"))]

use hjaelpeguiden::domain::speech::{Voice, choose_voice, passages};

const fn voice(lang: &'static str, local: bool, default: bool) -> Voice<'static> {
    Voice {
        lang,
        local,
        default,
    }
}

#[test]
fn a_local_voice_of_the_language_is_chosen_and_the_default_one_first() {
    let voices = [
        voice("en-GB", true, true),
        voice("da-DK", true, false),
        voice("da-DK", true, true),
    ];
    assert_eq!(choose_voice(&voices, "da"), Some(2));
    assert_eq!(choose_voice(&voices[..2], "da"), Some(1));
    assert_eq!(choose_voice(&voices, "en"), Some(0));
}

#[test]
fn a_voice_that_sends_the_text_to_a_server_is_never_chosen() {
    let voices = [voice("da-DK", false, true), voice("en-US", true, false)];
    assert_eq!(choose_voice(&voices, "da"), None);
    assert_eq!(choose_voice(&[], "da"), None);
}

#[test]
fn language_tags_are_compared_by_their_primary_language_in_any_case_and_form() {
    let voices = [voice("DA_dk", true, false)];
    assert_eq!(choose_voice(&voices, "da"), Some(0));
    assert_eq!(choose_voice(&voices, "da-DK"), Some(0));
    // Danish is not read by a Swedish or Norwegian voice, however close.
    let neighbours = [voice("sv-SE", true, true), voice("nb-NO", true, false)];
    assert_eq!(choose_voice(&neighbours, "da"), None);
}

#[test]
fn a_block_is_read_line_by_line_without_blank_lines() {
    assert_eq!(
        passages("Alle tilbud\n\n  32 tilbud fra Randers Kommune.  \n\t\nPerron 4\n")
            .collect::<Vec<_>>(),
        ["Alle tilbud", "32 tilbud fra Randers Kommune.", "Perron 4"]
    );
    assert_eq!(passages(" \n \n").count(), 0);
}
