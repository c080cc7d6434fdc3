//! "Giv listen videre": a link to the offers (and suggested lines) on the results page, for another phone. The link
//! holds ids only, never answers (see [`crate::domain::shortlist`]), so no server is needed: it goes by text message
//! or e-mail, through the phone's own share sheet where the browser has one, or to a phone's camera as a QR code.

use super::i18n::{Msg, tr};
use super::qr_code::QrCode;
use super::router::absolute_url;
use super::state::use_app;
use crate::domain::catalogue::{CrisisLine, Offer};
use crate::domain::route::Route;
use crate::domain::shortlist;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The share section.
#[component]
pub fn ShareList(
    /// The offers to pass on, in the order shown.
    #[prop(into)]
    offers: Signal<Vec<&'static Offer>>,
    /// The lines to call or write that go on the list after the offers (the results' suggested lines).
    #[prop(optional, into)]
    lines: Signal<Vec<&'static CrisisLine>>,
    /// The first sentence, which says which offers the link holds; `{n}` is their number.
    lead: Msg,
    /// Controls for the list (choosing which results go on it, clearing the ticks), under the first sentence.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let app = use_app();
    let path = Memo::new(move |_| {
        offers.with(|offers| {
            lines.with(|lines| Route::Shortlist(shortlist::write(offers, lines)).path())
        })
    });
    let url = move || absolute_url(&path.get());
    let sms = move || {
        let body = format!("{}: {}", app.text(Msg::ShareMessage), url());
        format!("sms:?&body={}", uri_component(&body))
    };
    let email = move || {
        let subject = uri_component(app.text(Msg::ShareMessage));
        format!("mailto:?subject={subject}&body={}", uri_component(&url()))
    };
    let share = move |_| open_share_sheet(app.text(Msg::ShareMessage), &url());
    let qr_open = RwSignal::new(false);
    let empty = Memo::new(move |_| offers.with(Vec::is_empty) && lines.with(Vec::is_empty));
    // Which offers and lines the link holds, without the answers.
    let lead_text = move || match (offers.with(Vec::len), lines.with(Vec::len)) {
        (0, 0) => app.text(Msg::ShareNoneChosen).to_owned(),
        (0, lines) => app.count_text(Msg::ShareLeadOnlyLines, lines, &[]),
        (offers, 0) => app.count_text(lead, offers, &[]),
        (offers, lines) => format!(
            "{} {}",
            app.count_text(lead, offers, &[]),
            app.count_text(Msg::ShareLeadLines, lines, &[])
        ),
    };
    view! {
        <section class="hg-share-list" aria-labelledby="hg-share-list-title">
            <h2 id="hg-share-list-title">{tr(Msg::ShareTitle)}</h2>
            <p>{lead_text}</p>
            {children.map(|children| children())}
            // Built anew only when the list becomes empty or not, so ticking keeps an open QR code open.
            {move || (!empty.get()).then(|| view! {
                <p class="hg-share-list__link">{tr(Msg::ShareLinkLabel)}" "<a href=move || path.get()>{url}</a></p>
                <p class="hg-share-list__actions">
                    {has_share_sheet().then(|| view! {
                        <button type="button" class="hg-button" on:click=share>{tr(Msg::ShareButton)}</button>
                    })}
                    <a class="hg-button hg-button--secondary" href=sms>{tr(Msg::ShareSms)}</a>
                    <a class="hg-button hg-button--secondary" href=email>{tr(Msg::ShareEmail)}</a>
                </p>
                // Drawn only on request: a citizen on their own phone has no use for it, a staff screen does.
                <details class="hg-share-list__qr" on:toggle=move |event| qr_open.set(is_open(&event))>
                    <summary class="hg-button hg-button--secondary">{tr(Msg::ShareQrShow)}</summary>
                    {move || qr_open.get().then(|| view! { <QrCode text=url()/> })}
                    <p>{tr(Msg::ShareQrHint)}</p>
                </details>
                <p>{tr(Msg::ShareOffline)}</p>
                <p>{tr(Msg::SharePrintHint)}</p>
            })}
            <p class="hg-share-list__caution">{tr(Msg::ShareCaution)}</p>
        </section>
    }
}

/// Whether the `<details>` element a `toggle` event came from is open now.
pub fn is_open(event: &leptos::ev::Event) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|details| details.has_attribute("open"))
}

/// Percent-encodes text for a `sms:` or `mailto:` address.
fn uri_component(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}

/// Whether the browser has the Web Share API (phones do; many desktop browsers do not). Asked without calling it:
/// calling a missing method would throw.
fn has_share_sheet() -> bool {
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::has(&window.navigator(), &JsValue::from_str("share")).unwrap_or(false)
    })
}

/// Opens the phone's share sheet with the link. Closing the sheet without sharing rejects the promise; that is the
/// person's choice, not an error, so the rejection is caught and ignored.
fn open_share_sheet(title: &str, url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = window.navigator().share_with_data(&data).catch(&ignore);
    // The promise may settle long after this function returns; the handler must live until then.
    ignore.forget();
}
