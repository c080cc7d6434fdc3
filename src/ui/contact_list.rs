//! Every contact of an offer or crisis line as a tap-to-call / tap-to-write link, with its hours, its source and
//! the date it was checked, and "ring og tjek" where the source is old or unconfirmed.

use super::clock;
use super::explain::{check_msg, hours_words, status_text};
use super::i18n::{Msg, tr};
use super::source_note::SourceNote;
use super::state::use_app;
use crate::domain::catalogue::{Contact, ContactKind, check_advice, next_shares_source};
use crate::domain::hours::status;
use leptos::prelude::*;

/// The name of a kind of contact, "Telefon" or "Hjemmeside".
pub fn kind_msg(kind: ContactKind) -> Msg {
    match kind {
        ContactKind::Phone => Msg::ContactPhone,
        ContactKind::Sms => Msg::ContactSms,
        ContactKind::Chat => Msg::ContactChat,
        ContactKind::Email => Msg::ContactEmail,
        ContactKind::Address => Msg::ContactAddress,
        ContactKind::Web => Msg::ContactWeb,
        ContactKind::Article => Msg::ContactArticle,
    }
}

/// The contact as the page shows it, in the page's language: a Danish number as that language writes it.
pub(super) fn shown_text(
    contact: &'static Contact,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let app = use_app();
    move || contact.shown(app.text(Msg::DanishNumber)).into_owned()
}

/// A list of contacts.
#[component]
pub fn ContactList(
    /// The contacts.
    contacts: &'static [Contact],
    /// They are a crisis line's. One calls or writes to a line rather than going there, so unless it has an
    /// address, a fact that may be out of date says only that, not "før du møder op".
    #[prop(optional)]
    line: bool,
) -> impl IntoView {
    let app = use_app();
    let today = clock::now().date;
    let verify = check_msg(check_advice(contacts, line));
    let items = contacts.iter().zip(next_shares_source(contacts)).map(|(contact, repeated)| {
        let source = app.bundle.catalogue.source(&contact.source);
        let link_text = shown_text(contact);
        let value = match contact.href() {
            Some(href) => view! { <a class="hg-contact-list__link" href=href>{link_text}</a> }.into_any(),
            None => view! { <span class="hg-contact-list__text">{link_text}</span> }.into_any(),
        };
        view! {
            <li class="hg-contact-list__item">
                <span class="hg-contact-list__kind">
                    {tr(kind_msg(contact.kind))}
                    {contact.label.as_ref().map(|label| view! { " · "{move || app.local(label)} })}
                </span>
                {value}
                {contact.hours.as_ref().map(|hours| {
                    // Live: the page may stay open past a closing time. Worked out on each tick, but the page only
                    // changes where the text or class does.
                    let open = move || status(hours, app.now.get());
                    let is_open = move || open().is_open();
                    view! {
                        <span class="hg-contact-list__hours">{move || hours_words(&app).sentence(hours)}</span>
                        <strong class="hg-contact-list__status" class:hg-contact-list__status--open=is_open>
                            {move || status_text(&app, open())}
                        </strong>
                    }
                })}
                {app.bundle.catalogue.needs_check(contact, today).then(|| view! { <span class="hg-contact-list__verify">{tr(verify)}</span> })}
                {source.map(|source| view! {
                    <span class=if repeated { "hg-contact-list__source hg-contact-list__source--repeated" } else { "hg-contact-list__source" }>
                        <SourceNote source=source/>
                    </span>
                })}
            </li>
        }
    });
    let items = items.collect_view();
    view! { <ul class="hg-contact-list">{items}</ul> }
}
