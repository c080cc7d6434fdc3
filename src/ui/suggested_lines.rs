//! "Du kan også ringe eller skrive": the crisis lines that fit the answers, under the offers. A 15-year-old who
//! wants someone to talk to may find no municipal offer made for them, while a children's line is open all day;
//! the editors choose which answers suggest which line (`suggest_when`, see the README).

use super::contact_list::ContactList;
use super::i18n::{Msg, tr};
use super::pick_toggle::{PickPlace, PickToggle};
use super::state::use_app;
use super::why_it_fits::WhyItFits;
use crate::domain::catalogue::CrisisLine;
use crate::domain::ranking::Reason;
use leptos::prelude::*;

/// The suggested lines, each with who it is for, why it fits, and how to reach it with its hours.
#[component]
pub fn SuggestedLines(
    /// The lines, in the crisis page's order, with why each fits (nothing, on a list handed over).
    lines: Vec<(&'static CrisisLine, Vec<Reason>)>,
    /// The sentence under the heading, if any: on the results, that the lines fit the answers.
    #[prop(optional)]
    lead: Option<Msg>,
    /// The list a "Læg på listen" checkbox under each line puts it on (on `/tilbud`), if any.
    #[prop(optional)]
    pick: Option<RwSignal<Vec<&'static CrisisLine>>>,
    /// True where no offer is shown above the lines: the heading then says "Her kan du ringe eller skrive", not
    /// "Du kan også …".
    #[prop(optional)]
    alone: bool,
) -> impl IntoView {
    let app = use_app();
    let items = lines.into_iter().map(|(line, reasons)| {
        view! {
            <li class="hg-suggested-lines__line">
                <h3 class="hg-suggested-lines__name">{move || app.local(&line.name)}</h3>
                <p>{move || app.local(&line.for_whom)}</p>
                <WhyItFits reasons=reasons/>
                {line.caution.as_ref().map(|caution| view! {
                    <p class="hg-suggested-lines__caution">{move || app.local(caution)}</p>
                })}
                <ContactList contacts=&line.contacts line=true/>
                {pick.map(|list| view! { <PickToggle entry=line list=list place=PickPlace::UnderCard/> })}
            </li>
        }
    });
    view! {
        <section class="hg-suggested-lines" aria-labelledby="hg-suggested-lines-title">
            <h2 id="hg-suggested-lines-title" class="hg-suggested-lines__title">{tr(if alone { Msg::LinesTitleAlone } else { Msg::LinesTitle })}</h2>
            {lead.map(|lead| view! { <p>{tr(lead)}</p> })}
            <ul class="hg-suggested-lines__list">{items.collect_view()}</ul>
        </section>
    }
}
