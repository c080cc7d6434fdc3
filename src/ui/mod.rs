//! The Leptos shell. Components read domain types through the [`state::AppState`] context; every rule lives in
//! `crate::domain`. One component per file, each with a same-named stylesheet under `style/`.

pub mod access_badge;
pub mod age_field;
pub mod app;
pub mod back_link;
pub mod check_answers_page;
pub mod choice_fieldset;
pub mod clock;
pub mod connection_notice;
pub mod contact_list;
pub mod crisis_page;
pub mod crisis_prompt;
pub mod error_summary;
pub mod explain;
pub mod i18n;
pub mod language_switch;
pub mod layout;
pub mod list_options;
pub mod not_found_page;
pub mod note_with_source;
pub mod notice_banner;
pub mod offer_card;
pub mod offer_details;
pub mod offer_page;
pub mod offer_search;
pub mod offers_page;
pub mod offline;
pub mod page_heading;
pub mod panic_page;
pub mod pick_toggle;
pub mod print_button;
pub mod privacy_page;
pub mod qr_code;
pub mod question_form;
pub mod question_page;
pub mod quick_exit;
pub mod read_aloud;
pub mod related_offers;
pub mod results_page;
pub mod router;
pub mod safety_page;
pub mod share_choice;
pub mod share_list;
pub mod shortlist_page;
pub mod source_note;
pub mod start_again;
pub mod start_page;
pub mod state;
pub mod storage;
pub mod suggested_lines;
pub mod update_notice;
pub mod why_it_fits;

/// Starts the app: installs the panic page, removes the static loading shell, mounts [`app::App`] and registers
/// the offline copy.
pub fn start() {
    panic_page::install();
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(app::App);
    offline::register();
}
