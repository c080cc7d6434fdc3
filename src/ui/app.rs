//! The root component: data, state, `<html lang>`, the router and the route table.

use super::check_answers_page::CheckAnswersPage;
use super::crisis_page::CrisisPage;
use super::layout::Layout;
use super::not_found_page::NotFoundPage;
use super::offer_page::OfferPage;
use super::offers_page::OffersPage;
use super::panic_page::BrokenDataPage;
use super::privacy_page::PrivacyPage;
use super::question_page::QuestionPage;
use super::results_page::ResultsPage;
use super::safety_page::SafetyPage;
use super::start_page::StartPage;
use super::state::{ANSWERS_KEY, AppState};
use super::storage;
use crate::domain::answers::encode;
use crate::domain::bundle::Bundle;
use leptos::prelude::*;
use leptos_meta::{Html, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use std::sync::OnceLock;

static BUNDLE: OnceLock<Result<Bundle, String>> = OnceLock::new();

/// The embedded data, parsed on first use.
pub fn bundle() -> Result<&'static Bundle, &'static str> {
    BUNDLE
        .get_or_init(|| Bundle::from_postcard(crate::EMBEDDED_BUNDLE))
        .as_ref()
        .map_err(String::as_str)
}

/// Route paths, in Danish because the app speaks Danish first. Question pages are `/sporgsmal/<question id>`.
pub mod paths {
    /// Crisis help.
    pub const CRISIS: &str = "/akut";
    /// Check your answers.
    pub const CHECK_ANSWERS: &str = "/tjek-svar";
    /// Ranked results.
    pub const RESULTS: &str = "/resultater";
    /// All offers.
    pub const OFFERS: &str = "/tilbud";
    /// How to use the site safely.
    pub const SAFETY: &str = "/sikker-brug";
    /// Privacy.
    pub const PRIVACY: &str = "/privatliv";

    /// A question page.
    pub fn question(id: &str) -> String {
        format!("/sporgsmal/{id}")
    }

    /// An offer page.
    pub fn offer(id: &str) -> String {
        format!("/tilbud/{id}")
    }
}

/// The whole app. If the embedded data cannot be read, a help page with the emergency number replaces it.
#[component]
pub fn App() -> impl IntoView {
    let Ok(bundle) = bundle() else {
        return view! { <BrokenDataPage/> }.into_any();
    };
    let app = AppState::restore(bundle);
    provide_context(app);
    provide_meta_context();
    // Mirror the answers into sessionStorage so a reload keeps them; nothing else ever sees them.
    Effect::new(move |_| {
        let answers = app.answers.get();
        if answers.is_empty() {
            storage::remove(ANSWERS_KEY);
        } else {
            storage::write(ANSWERS_KEY, &encode(&answers, &bundle.questions));
        }
    });
    view! {
        <Html attr:lang=move || app.lang.get().0 />
        <Router>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=StartPage/>
                    <Route path=path!("/sporgsmal/:id") view=QuestionPage/>
                    <Route path=path!("/tjek-svar") view=CheckAnswersPage/>
                    <Route path=path!("/resultater") view=ResultsPage/>
                    <Route path=path!("/tilbud") view=OffersPage/>
                    <Route path=path!("/tilbud/:id") view=OfferPage/>
                    <Route path=path!("/akut") view=CrisisPage/>
                    <Route path=path!("/sikker-brug") view=SafetyPage/>
                    <Route path=path!("/privatliv") view=PrivacyPage/>
                </Routes>
            </Layout>
        </Router>
    }
    .into_any()
}
