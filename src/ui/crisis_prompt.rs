//! "Brug for hjælp nu? Akut hjælp": the way to crisis help on pages that list offers, where someone may realise that
//! no offer is fast enough. On paper a link leads nowhere, so a printed page says when to call 112 instead.

use super::contact_list::ContactList;
use super::crisis_page::try_instead_text;
use super::i18n::{Msg, tr};
use super::state::use_app;
use crate::domain::catalogue::CrisisLine;
use crate::domain::crisis::{named_lines, statuses};
use crate::domain::route::Route;
use leptos::prelude::*;

/// The crisis prompt.
#[component]
pub fn CrisisPrompt(
    /// After a search that names an acute topic ("jeg vil dø"): 112 comes first, one tap away, as on the start
    /// page, since the person may be in danger right now.
    #[prop(optional)]
    urgent: bool,
    /// The lines that search names (Livslinien for "selvmord"), under 112, with their hours and whether they are
    /// open now: one tap to a person to talk to, where the crisis page would be one more. While one is closed, the
    /// line to try instead follows it, as on the crisis page (but not 112, which is already first).
    #[prop(optional)]
    lines: Vec<&'static CrisisLine>,
) -> impl IntoView {
    let app = use_app();
    let line_view = move |line: &'static CrisisLine, lead: Option<Msg>| {
        view! {
            <div class="hg-crisis-prompt__line">
                <p class="hg-crisis-prompt__name">
                    {lead.map(|lead| view! { {tr(lead)}" " })}{move || app.local(&line.name)}
                </p>
                // Short, unlike who the line is for: a line's warning goes wherever the line does, as the
                // psychiatric emergency department's "call your doctor or Lægevagten first" keeps someone from
                // travelling to Aarhus in vain.
                {line.caution.as_ref().map(|caution| view! {
                    <p class="hg-crisis-prompt__caution">{move || app.local(caution)}</p>
                })}
                <ContactList contacts=&line.contacts line=true/>
            </div>
        }
    };
    let all = &app.bundle.catalogue.crisis_lines;
    // Live, as on the crisis page: the line to try instead follows the hours while the page is open.
    let states = Memo::new(move |_| statuses(all, app.now.get()));
    let lines = move || {
        let named = states.with(|states| named_lines(all, &lines, states));
        named.into_iter().map(move |(line, instead)| {
            let instead = instead.map(|instead| {
                line_view(instead.line, Some(try_instead_text(instead.maybe_closed)))
            });
            view! { {line_view(line, None)}{instead} }
        })
    };
    // Paragraphs, so reading aloud takes each as one block.
    view! {
        <div class="hg-crisis-prompt">
            {urgent.then(|| view! {
                <p class="hg-crisis-prompt__call">
                    {tr(Msg::StartCrisisText)}" "<a href="tel:112">{tr(Msg::Call112)}</a>
                </p>
            })}
            {move || lines().collect_view()}
            <p class="hg-crisis-prompt__text">
                {tr(Msg::ResultsCrisis)}" "
                <a class="hg-crisis-prompt__link" href=Route::Crisis.path()>{tr(Msg::CrisisLink)}</a>
                <span class="hg-crisis-prompt__print">{tr(Msg::CrisisPromptPrint)}</span>
            </p>
        </div>
    }
}
