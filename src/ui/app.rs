//! The root component: data, state, `<html lang>`, and which page the address shows.

use super::check_answers_page::CheckAnswersPage;
use super::crisis_page::CrisisPage;
use super::i18n::Msg;
use super::layout::Layout;
use super::not_found_page::NotFoundPage;
use super::offer_page::OfferPage;
use super::offers_page::OffersPage;
use super::panic_page::BrokenDataPage;
use super::privacy_page::PrivacyPage;
use super::question_page::QuestionPage;
use super::results_page::ResultsPage;
use super::router::provide_location;
use super::safety_page::SafetyPage;
use super::shortlist_page::ShortlistPage;
use super::start_page::StartPage;
use super::state::{ANSWERS_KEY, AppState, PICKED_KEY};
use super::storage;
use crate::domain::answers::encode;
use crate::domain::bundle::Bundle;
use crate::domain::route::Route;
use crate::domain::shortlist;
use leptos::prelude::*;
use std::sync::OnceLock;

static BUNDLE: OnceLock<Result<Bundle, String>> = OnceLock::new();

/// The embedded data, parsed on first use.
pub fn bundle() -> Result<&'static Bundle, &'static str> {
    BUNDLE
        .get_or_init(|| Bundle::from_postcard(crate::EMBEDDED_BUNDLE))
        .as_ref()
        .map_err(String::as_str)
}

/// The whole app. If the embedded data cannot be read, a help page with the emergency number replaces it.
#[component]
pub fn App() -> impl IntoView {
    let Ok(bundle) = bundle() else {
        return view! { <BrokenDataPage/> }.into_any();
    };
    let app = AppState::restore(bundle);
    provide_context(app);
    let location = provide_location();
    // Mirror the answers and the ticked list into sessionStorage so a reload keeps them; nothing else ever sees them.
    // Where the browser refuses (cookies blocked in its settings, a full quota), everything still works from memory,
    // but a reload would silently start again: say so, once, at the first thing that could not be kept.
    let warned = StoredValue::new(false);
    let kept = move |kept: bool| {
        if !kept && !warned.get_value() {
            warned.set_value(true);
            app.notice.set(Some(Msg::NoticeStorageUnavailable));
        }
    };
    Effect::new(move |_| {
        let answers = app
            .answers
            .with(|answers| (!answers.is_empty()).then(|| encode(answers, &bundle.questions)));
        kept(storage::keep(ANSWERS_KEY, answers));
    });
    Effect::new(move |_| {
        let picked = app.picked.with(|offers| {
            app.picked_lines.with(|lines| {
                (!offers.is_empty() || !lines.is_empty()).then(|| shortlist::write(offers, lines))
            })
        });
        kept(storage::keep(PICKED_KEY, picked));
    });
    // New answers may mean new results and lines: the choice of what to pass on starts afresh.
    Effect::new(move |_| {
        app.answers.track();
        app.results_left_out.set(Vec::new());
        app.lines_left_out.set(Vec::new());
    });
    // `<html lang>` follows the language, so screen readers pronounce the page correctly.
    Effect::new(move |_| {
        let lang = app.lang.get().0;
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang);
        }
    });
    let page = move || match location.route() {
        Some(Route::Start) => view! { <StartPage/> }.into_any(),
        Some(Route::Question(id)) => view! { <QuestionPage id=id/> }.into_any(),
        Some(Route::CheckAnswers) => view! { <CheckAnswersPage/> }.into_any(),
        Some(Route::Results) => view! { <ResultsPage/> }.into_any(),
        Some(Route::Offers) => view! { <OffersPage/> }.into_any(),
        Some(Route::Offer(id)) => view! { <OfferPage id=id/> }.into_any(),
        Some(Route::Shortlist(ids)) => view! { <ShortlistPage ids=ids/> }.into_any(),
        Some(Route::Crisis) => view! { <CrisisPage/> }.into_any(),
        Some(Route::Safety) => view! { <SafetyPage/> }.into_any(),
        Some(Route::Privacy) => view! { <PrivacyPage/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    };
    view! { <Layout>{page}</Layout> }.into_any()
}
