//! "Giv listen videre": a link to the offers on the results page, for another phone. The link holds offer ids only,
//! never answers (see [`crate::domain::shortlist`]), so no server is needed: it goes by text message or e-mail, or
//! through the phone's own share sheet where the browser has one.

use super::i18n::{Msg, tr};
use super::state::use_app;
use crate::domain::catalogue::Offer;
use crate::domain::route::Route;
use crate::domain::shortlist;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

/// The share section.
#[component]
pub fn ShareList(
    /// The offers to pass on, in the order shown.
    #[prop(into)]
    offers: Signal<Vec<&'static Offer>>,
) -> impl IntoView {
    let app = use_app();
    let path = Memo::new(move |_| {
        offers.with(|offers| Route::Shortlist(shortlist::write(offers.iter().copied())).path())
    });
    let url = move || format!("{}{}", page_origin(), path.get());
    let sms = move || {
        let body = format!("{}: {}", app.text(Msg::ShareMessage), url());
        format!("sms:?&body={}", uri_component(&body))
    };
    let email = move || {
        let subject = uri_component(app.text(Msg::ShareMessage));
        format!("mailto:?subject={subject}&body={}", uri_component(&url()))
    };
    let share = move |_| open_share_sheet(app.text(Msg::ShareMessage), &url());
    view! {
        <section class="hg-share-list" aria-labelledby="hg-share-list-title">
            <h2 id="hg-share-list-title">{tr(Msg::ShareTitle)}</h2>
            <p>{move || app.text_with(Msg::ShareLead, &[("n", &offers.with(Vec::len).to_string())])}</p>
            <p class="hg-share-list__link">{tr(Msg::ShareLinkLabel)}" "<a href=move || path.get()>{url}</a></p>
            <p class="hg-share-list__actions">
                {has_share_sheet().then(|| view! {
                    <button type="button" class="hg-button" on:click=share>{tr(Msg::ShareButton)}</button>
                })}
                <a class="hg-button hg-button--secondary" href=sms>{tr(Msg::ShareSms)}</a>
                <a class="hg-button hg-button--secondary" href=email>{tr(Msg::ShareEmail)}</a>
            </p>
            <p>{tr(Msg::ShareOffline)}</p>
            <p class="hg-share-list__caution">{tr(Msg::ShareCaution)}</p>
        </section>
    }
}

/// `https://host:port` of this page, so the link works wherever the app is served.
fn page_origin() -> String {
    web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default()
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
