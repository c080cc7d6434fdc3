//! Read-aloud rules: which of the device's voices may read a page, and how a page's text is cut into passages.
//!
//! Only a voice that runs on the device may read. Browsers also offer voices that send the text to a vendor's
//! server (Chrome's "Google dansk" on a desktop, for one); a page about someone's addiction or crisis read by such
//! a voice would leave the device, which the privacy promise rules out. With no local voice for the language, the
//! app offers no read-aloud rather than one that speaks Danish with an English voice.

/// What the app needs to know of a voice the browser offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Voice<'a> {
    /// Its BCP 47 language tag, as the browser reports it ("da-DK"; some Android versions say "da_DK").
    pub lang: &'a str,
    /// True when it runs on the device; false when it sends the text to a server.
    pub local: bool,
    /// True for the browser's default voice.
    pub default: bool,
}

/// The primary language of a tag, lowercased: "da" for "da-DK", "DA_dk" or "da".
fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The index of the voice to read `lang` with: a local voice of that language, the browser's default among them
/// if it is one, otherwise the first. `None` when no local voice speaks it.
pub fn choose_voice(voices: &[Voice], lang: &str) -> Option<usize> {
    let wanted = primary_language(lang);
    let fitting: Vec<usize> = voices
        .iter()
        .enumerate()
        .filter(|(_, voice)| voice.local && primary_language(voice.lang) == wanted)
        .map(|(at, _)| at)
        .collect();
    fitting
        .iter()
        .copied()
        .find(|&at| voices.get(at).is_some_and(|voice| voice.default))
        .or(fitting.first().copied())
}

/// A block of visible text as passages to read one after another: its lines, trimmed, without empty ones. Reading
/// line by line gives natural pauses, and keeps each utterance short, which some speech engines need.
pub fn passages(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty())
}
