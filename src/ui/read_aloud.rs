//! "Læs op": reads the page aloud with a voice on the device (see [`crate::domain::speech`]), for the one adult
//! in six who reads with difficulty, and for people with a brain injury or dyslexia. Shown only where the browser
//! has a local voice for the page's language; it stops when the page or the language changes, and at a quick
//! exit ([`stop_reading`]).

use super::i18n::Msg;
use super::router::use_location;
use super::state::use_app;
use crate::domain::speech::{self, Voice};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// The browser's speech engine, if it has one. Asked without calling it: Android's WebView, which opens links
/// inside many messaging apps, has no `speechSynthesis`, and calling a method on it would stop the app.
fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    let engine = js_sys::Reflect::get(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    (!engine.is_undefined() && !engine.is_null()).then(|| engine.unchecked_into())
}

/// The browser's voices, as it lists them now.
fn device_voices(synthesis: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    synthesis
        .get_voices()
        .iter()
        .filter_map(|voice| voice.dyn_into().ok())
        .collect()
}

/// The voice to read `lang` with, if the device has one.
fn voice_for(lang: &str) -> Option<SpeechSynthesisVoice> {
    let voices = device_voices(&synthesis()?);
    let tags: Vec<String> = voices.iter().map(SpeechSynthesisVoice::lang).collect();
    let facts: Vec<Voice> = voices
        .iter()
        .zip(&tags)
        .map(|(voice, tag)| Voice {
            lang: tag,
            local: voice.local_service(),
            default: voice.default(),
        })
        .collect();
    let at = speech::choose_voice(&facts, lang)?;
    voices.into_iter().nth(at)
}

/// Stops any reading at once.
pub fn stop_reading() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}

/// The texts of the elements in `main` marked `data-skip-read`.
fn skipped_texts(main: &web_sys::HtmlElement) -> Vec<String> {
    let Ok(marked) = main.query_selector_all("[data-skip-read]") else {
        return Vec::new();
    };
    (0..marked.length())
        .filter_map(|at| marked.item(at)?.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|element| element.inner_text())
        .collect()
}

/// Reads the main content aloud, passage by passage; `done` runs after the last one.
fn read_main(voice: &SpeechSynthesisVoice, done: impl FnOnce() + 'static) {
    let (Some(synthesis), Some(main)) = (
        synthesis(),
        web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id("main"))
            .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok()),
    ) else {
        return;
    };
    synthesis.cancel();
    // innerText is the text as shown: hidden elements and print-only text stay silent. Links marked
    // `data-skip-read` (back links) are not read.
    let text = main.inner_text();
    let skipped = skipped_texts(&main);
    let passages = speech::passages(&text, &skipped);
    let last = passages.len().saturating_sub(1);
    let mut done = Some(done);
    for (at, passage) in passages.into_iter().enumerate() {
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(passage) else {
            continue;
        };
        utterance.set_voice(Some(voice));
        utterance.set_lang(&voice.lang());
        if at == last
            && let Some(done) = done.take()
        {
            utterance.set_onend(Some(Closure::once_into_js(done).unchecked_ref()));
        }
        synthesis.speak(&utterance);
    }
}

/// The read-aloud button in the header.
#[component]
pub fn ReadAloud() -> impl IntoView {
    let app = use_app();
    let location = use_location();
    // Browsers load their voices after the page; each `voiceschanged` asks again.
    let voices_loaded = RwSignal::new(0u32);
    if let Some(synthesis) = synthesis() {
        let changed = Closure::<dyn FnMut()>::new(move || voices_loaded.update(|n| *n += 1));
        synthesis.set_onvoiceschanged(Some(changed.as_ref().unchecked_ref()));
        // The handler lives as long as the page.
        changed.forget();
    }
    let available = Memo::new(move |_| {
        voices_loaded.track();
        voice_for(app.lang.get().0).is_some()
    });
    let reading = RwSignal::new(false);
    // Each reading has a number, so the end of an older, stopped one cannot mark a newer one as finished.
    let readings = StoredValue::new(0u32);
    Effect::new(move |_| {
        location.route();
        app.lang.track();
        stop_reading();
        reading.set(false);
    });
    let toggle = move |_| {
        if reading.get_untracked() {
            stop_reading();
            reading.set(false);
            return;
        }
        let Some(voice) = voice_for(app.lang.get_untracked().0) else {
            return;
        };
        readings.update_value(|n| *n += 1);
        let this_reading = readings.get_value();
        reading.set(true);
        read_main(&voice, move || {
            if readings.get_value() == this_reading {
                reading.set(false);
            }
        });
    };
    move || {
        available.get().then(|| {
            view! {
                <button type="button" class="hg-read-aloud" on:click=toggle>
                    {move || app.text(if reading.get() { Msg::ReadAloudStop } else { Msg::ReadAloudStart })}
                </button>
            }
        })
    }
}
