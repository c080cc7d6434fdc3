//! App-wide state, provided once by [`super::app::App`] and read with [`use_app`].

use super::clock;
use super::i18n::Msg;
use super::storage;
use crate::domain::answers::{self, Answers};
use crate::domain::bundle::Bundle;
use crate::domain::catalogue::{CrisisLine, Offer};
use crate::domain::hours::LocalTime;
use crate::domain::shortlist;
use crate::domain::text::{Lang, LocalizedText, fill, long_date};
use leptos::prelude::*;

/// sessionStorage key of the answers.
pub const ANSWERS_KEY: &str = "hg-answers";
/// sessionStorage key of the chosen language (not sensitive, but kept no longer than the answers).
pub const LANG_KEY: &str = "hg-lang";
/// sessionStorage key of the offers ticked on `/tilbud`, written as a list link's ids.
pub const PICKED_KEY: &str = "hg-picked";

/// Everything components share. `Copy`, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Catalogue, questions and texts; parsed once and never changed.
    pub bundle: &'static Bundle,
    /// The language shown.
    pub lang: RwSignal<Lang>,
    /// The answers so far (health data: memory and sessionStorage only).
    pub answers: RwSignal<Answers>,
    /// Set by a change link on "Tjek dine svar", so the next "Fortsæt" returns there.
    pub returning_to_check: RwSignal<bool>,
    /// A short notice for the top of the page (for example, that stored answers were unreadable).
    pub notice: RwSignal<Option<Msg>>,
    /// The offers ticked on `/tilbud` to pass on, in the order ticked. Kept like the answers (memory and
    /// sessionStorage), so a staff member's reload does not lose the list; gone with the tab.
    pub picked: RwSignal<Vec<&'static Offer>>,
    /// The lines to call or write ticked on `/tilbud`, which go on the list after the offers (Livslinien on a
    /// hand-out for someone at risk). Kept with the offers, under the same key.
    pub picked_lines: RwSignal<Vec<&'static CrisisLine>>,
    /// Results unticked in the results' share section. In memory only, kept while the person looks at an offer
    /// and comes back; any change to the answers starts it afresh, since the results may change.
    pub results_left_out: RwSignal<Vec<&'static Offer>>,
    /// Suggested lines unticked in the results' share section, kept like [`AppState::results_left_out`].
    pub lines_left_out: RwSignal<Vec<&'static CrisisLine>>,
    /// What is typed in the search on `/tilbud`. In memory only, like anything typed about a person's situation:
    /// kept while moving between pages, gone with a reload.
    pub offers_query: RwSignal<String>,
    /// Whether `/tilbud` lists only the offers that need no referral. In memory only and cleared with the search:
    /// at an outreach point it says something about the citizen in front of the staff member.
    pub offers_no_referral: RwSignal<bool>,
    /// Whether `/tilbud` shows every contact of every offer, for staff who want the whole directory at a glance.
    /// A way of looking, not about anyone: in memory, kept while moving between pages.
    pub offers_every_contact: RwSignal<bool>,
    /// Whether `/tilbud` shows the lines to call or write, folded away at first. Kept while moving between pages
    /// like [`AppState::offers_every_contact`]; open from the start when a ticked line was restored.
    pub offers_lines_open: RwSignal<bool>,
    /// Now on the Copenhagen wall clock, moving on with the minute ([`clock::ticking`]): whether a line is open.
    pub now: ReadSignal<LocalTime>,
}

impl AppState {
    /// Creates the state, restoring language and answers from sessionStorage. Unreadable stored answers are
    /// discarded with a notice; the app carries on.
    pub fn restore(bundle: &'static Bundle) -> AppState {
        let languages = &bundle.texts.languages;
        let default_lang = Lang(languages.first().map_or("da", |l| l.code.as_str()));
        let stored_lang = storage::read(LANG_KEY);
        let lang = languages
            .iter()
            .find(|l| Some(&l.code) == stored_lang.as_ref())
            .map_or(default_lang, |l| Lang(&l.code));
        let mut notice = None;
        // Read like a list link: a tampered or outdated entry drops out, it never breaks the page.
        let picked = storage::read(PICKED_KEY).map(|ids| shortlist::read(&ids, &bundle.catalogue));
        let (picked, picked_lines) =
            picked.map_or_else(Default::default, |list| (list.offers, list.lines));
        let restored = match storage::read(ANSWERS_KEY) {
            None => Answers::default(),
            Some(text) => answers::decode(&text, &bundle.questions).unwrap_or_else(|_| {
                storage::remove(ANSWERS_KEY);
                notice = Some(Msg::NoticeStorageDiscarded);
                Answers::default()
            }),
        };
        AppState {
            bundle,
            lang: RwSignal::new(lang),
            answers: RwSignal::new(restored),
            returning_to_check: RwSignal::new(false),
            notice: RwSignal::new(notice),
            offers_query: RwSignal::new(String::new()),
            offers_no_referral: RwSignal::new(false),
            offers_every_contact: RwSignal::new(false),
            results_left_out: RwSignal::new(Vec::new()),
            lines_left_out: RwSignal::new(Vec::new()),
            picked: RwSignal::new(picked),
            offers_lines_open: RwSignal::new(!picked_lines.is_empty()),
            picked_lines: RwSignal::new(picked_lines),
            now: clock::ticking(),
        }
    }

    /// A UI text in the current language (tracked: re-renders on a language switch).
    pub fn text(&self, msg: Msg) -> &'static str {
        self.bundle.texts.get(msg.key(), self.lang.get())
    }

    /// A UI text with `{placeholders}` filled in.
    pub fn text_with(&self, msg: Msg, values: &[(&str, &str)]) -> String {
        fill(self.text(msg), values)
    }

    /// A text that counts `n` things, with `{n}` and `values` filled in: its singular form when `n` is 1 ("1 offer
    /// on the list", not "1 offers"), where the text has one.
    pub fn count_text(&self, msg: Msg, n: usize, values: &[(&str, &str)]) -> String {
        let n_text = n.to_string();
        let mut all = vec![("n", n_text.as_str())];
        all.extend_from_slice(values);
        fill(
            self.bundle.texts.counted(msg.key(), n, self.lang.get()),
            &all,
        )
    }

    /// A `YYYY-MM-DD` date of the data written out in the current language ("23. november 2026"; tracked).
    pub fn date(&self, value: &str) -> String {
        long_date(
            value,
            self.text(Msg::DatePattern),
            self.text(Msg::MonthNames),
        )
    }

    /// A catalogue or question text in the current language (tracked).
    pub fn local(&self, text: &'static LocalizedText) -> &'static str {
        text.get(self.lang.get())
    }

    /// Forgets every answer, the ticked list, the search and its filter, in memory and in storage.
    pub fn clear_answers(&self) {
        self.answers.set(Answers::default());
        self.picked.set(Vec::new());
        self.picked_lines.set(Vec::new());
        self.offers_query.set(String::new());
        self.offers_no_referral.set(false);
        self.returning_to_check.set(false);
        storage::remove(ANSWERS_KEY);
    }
}

/// The app state. Panics only if a component is rendered outside [`super::app::App`], a programming error.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
