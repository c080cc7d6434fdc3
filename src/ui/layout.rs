//! The frame around every page: the banner with quick exit (first in the tab order, as GOV.UK does), the skip link,
//! "Akut hjælp" and the language switch; then the notices (a message, "no connection", "new version"), the main
//! content and the footer.

use super::connection_notice::ConnectionNotice;
use super::i18n::{Msg, tr};
use super::language_switch::LanguageSwitch;
use super::notice_banner::NoticeBanner;
use super::quick_exit::QuickExit;
use super::read_aloud::ReadAloud;
use super::router::use_location;
use super::state::use_app;
use super::update_notice::UpdateNotice;
use crate::domain::route::{self, Route};
use leptos::prelude::*;

/// The page frame.
#[component]
pub fn Layout(
    /// The routed page.
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let app = use_app();
    // The freshness rule is stated where every page can show it: facts older than this say "ring og tjek".
    let review_after = app.bundle.catalogue.review_after_months as usize;
    let oldest_check = app.bundle.catalogue.oldest_check().unwrap_or_default();
    view! {
        // The exit and skip links come first in the tab order, inside the banner landmark, so that no content
        // sits outside a landmark.
        <header class="hg-header">
            <QuickExit/>
            <a class="hg-skip-link" href="#main">{tr(Msg::SkipToContent)}</a>
            <div class="hg-header__inner">
                <a href="/" class="hg-header__brand">
                    <span class="hg-header__name">{tr(Msg::AppName)}</span>
                    <span class="hg-header__owner">{tr(Msg::AppOwner)}</span>
                </a>
                <nav class="hg-header__nav" aria-label=tr(Msg::NavLabel)>
                    <a href=Route::Crisis.path() class="hg-header__crisis" aria-current=location.aria_current(Route::Crisis)>{tr(Msg::CrisisLink)}</a>
                    <ReadAloud/>
                    <LanguageSwitch/>
                </nav>
            </div>
        </header>
        <NoticeBanner/>
        <ConnectionNotice/>
        <UpdateNotice/>
        <main id="main" class="hg-main" tabindex="-1">{children()}</main>
        <footer class="hg-footer">
            <nav class="hg-footer__inner" aria-label=tr(Msg::FooterLabel)>
                <a href=Route::Offers.path() class="hg-footer__link" aria-current=location.aria_current(Route::Offers)>{tr(Msg::AllOffersLink)}</a>
                <a href=Route::Safety.path() class="hg-footer__link" aria-current=location.aria_current(Route::Safety)>{tr(Msg::SafetyLink)}</a>
                <a href=Route::Privacy.path() class="hg-footer__link" aria-current=location.aria_current(Route::Privacy)>{tr(Msg::PrivacyLink)}</a>
                <a href=route::LICENCES type="text/plain" class="hg-footer__link">{tr(Msg::LicencesLink)}</a>
            </nav>
            <p class="hg-footer__note">{move || app.count_text(Msg::FooterNote, review_after, &[("date", &app.date(oldest_check))])}</p>
        </footer>
    }
}
