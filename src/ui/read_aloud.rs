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

/// The elements read and highlighted as one block: the page's headings, paragraphs, list items and form labels.
/// Text outside them (a button, a lone link) is read with its own element.
const READ_BLOCKS: &str = "h1,h2,h3,h4,p,li,dt,dd,legend,label,summary,figcaption,th,td";

/// The attribute that marks the block being read, for the highlight in read_aloud.css.
const READING: &str = "data-reading";

/// `NodeFilter.SHOW_TEXT`: the tree walker visits text only.
const SHOW_TEXT: u32 = 4;

/// The expando property that ties an utterance to the block it reads, for [`HIGHLIGHT_ON_START`].
const BLOCK_OF_UTTERANCE: &str = "hgBlock";

/// Stops any reading at once, and takes the highlight away.
pub fn stop_reading() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
    highlight(None);
}

/// Moves the highlight to `block` (none: takes it away) and scrolls the block into view if it is not, so the
/// reader can follow the text being read.
fn highlight(block: Option<&web_sys::Element>) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Ok(Some(previous)) = document.query_selector(&format!("[{READING}]")) {
        let _ = previous.remove_attribute(READING);
    }
    if let Some(block) = block {
        let _ = block.set_attribute(READING, "");
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        block.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

thread_local! {
    /// The one `start` handler every utterance shares: it highlights the utterance's block. Made once and kept for
    /// the page's life, since an engine may still report on utterances of a reading that was stopped.
    static HIGHLIGHT_ON_START: Closure<dyn Fn(JsValue)> = Closure::new(|event: JsValue| {
        let block = js_sys::Reflect::get(&event, &JsValue::from_str("utterance"))
            .and_then(|utterance| js_sys::Reflect::get(&utterance, &JsValue::from_str(BLOCK_OF_UTTERANCE)))
            .ok()
            .and_then(|block| block.dyn_into::<web_sys::Element>().ok());
        highlight(block.as_ref());
    });
}

/// The blocks of `main` to read, in the page's order: for each visible text, the nearest [`READ_BLOCKS`] element
/// around it, or its own element. Text marked `data-skip-read` (back links) is left out, and so is text that is not
/// shown (a folded section, print-only text).
fn blocks_to_read(main: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let Some(document) = main.owner_document() else {
        return Vec::new();
    };
    let Ok(walker) = document.create_tree_walker_with_what_to_show(main, SHOW_TEXT) else {
        return Vec::new();
    };
    let mut blocks: Vec<web_sys::HtmlElement> = Vec::new();
    while let Ok(Some(text)) = walker.next_node() {
        let Some(parent) = text.parent_element() else {
            continue;
        };
        if matches!(parent.closest("[data-skip-read]"), Ok(Some(_))) {
            continue;
        }
        let block = match parent.closest(READ_BLOCKS) {
            Ok(Some(block)) if main.contains(Some(&block)) => block,
            _ => parent,
        };
        // A block's texts come one after another, so comparing with the last block is enough.
        if blocks.last().is_some_and(|last| **last == block) {
            continue;
        }
        // innerText of an element that is not rendered is all of its text, hidden or not.
        if block.get_client_rects().length() > 0
            && let Ok(block) = block.dyn_into()
        {
            blocks.push(block);
        }
    }
    blocks
}

/// Reads the main content aloud, block by block and line by line, highlighting each block while it is read;
/// `done` runs after the last line.
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
    let blocks = blocks_to_read(&main);
    // innerText is the text as shown: hidden parts of a block stay silent.
    let texts: Vec<String> = blocks.iter().map(|block| block.inner_text()).collect();
    let utterances: Vec<SpeechSynthesisUtterance> = blocks
        .iter()
        .zip(&texts)
        .flat_map(|(block, text)| speech::passages(text).map(move |passage| (block, passage)))
        .filter_map(|(block, passage)| {
            let utterance = SpeechSynthesisUtterance::new_with_text(passage).ok()?;
            utterance.set_voice(Some(voice));
            utterance.set_lang(&voice.lang());
            js_sys::Reflect::set(&utterance, &JsValue::from_str(BLOCK_OF_UTTERANCE), block).ok()?;
            HIGHLIGHT_ON_START
                .with(|on_start| utterance.set_onstart(Some(on_start.as_ref().unchecked_ref())));
            Some(utterance)
        })
        .collect();
    if let Some(last) = utterances.last() {
        last.set_onend(Some(Closure::once_into_js(done).unchecked_ref()));
    }
    for utterance in &utterances {
        synthesis.speak(utterance);
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
                highlight(None);
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
