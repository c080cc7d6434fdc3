//! Every offer and crisis line on one page of plain HTML, for a browser that cannot run the app: iOS's Lockdown
//! Mode and a browser's strictest security setting turn WebAssembly off, some people turn JavaScript off, and a
//! program can fail to load. Written at build time (`src/bin/plain_pages.rs`) from the same data and texts as the
//! app, one page per language; the app's start page links to it when the app cannot start. It has no script, so it
//! works wherever HTML does, and it shows each fact as the app does: with its source and the date it was checked.

use super::catalogue::{
    Access, Catalogue, CheckAdvice, Contact, ContactKind, Cost, CrisisLine, ForWhomWords, Offer,
    Source, SourcedNote, check_advice,
};
use super::hours::{Date, HoursWords};
use super::text::{Lang, fill, long_date, paragraphs_kept_whole, written_date};
use std::fmt::Write as _;

/// The UI texts the page is made of, in its language. The build fills them from texts.json by the app's own
/// text keys, so the page says everything as the app does.
pub struct PlainWords<'a> {
    /// "Hjælpeguiden".
    pub app_name: &'a str,
    /// "Randers Kommune".
    pub app_owner: &'a str,
    /// The page's heading: "Alle tilbud og telefonnumre".
    pub title: &'a str,
    /// What the page is, with `{date}` for the day it was made.
    pub lead: &'a str,
    /// The link to the app itself.
    pub open_app: &'a str,
    /// "Forlad siden".
    pub exit: &'a str,
    /// "Gå til indhold".
    pub skip_to_content: &'a str,
    /// The name of the header's navigation: "Hovedmenu".
    pub nav_label: &'a str,
    /// The heading over the crisis lines: "Akut hjælp".
    pub crisis_title: &'a str,
    /// The heading over the offers: "Alle tilbud".
    pub offers_title: &'a str,
    /// The rule for facts checked long ago, with `{n}` for the months after which to check: the page cannot flag a
    /// fact that falls due after the day it was made, so the reader is told the rule. The singular form for one.
    pub freshness: Box<dyn Fn(usize) -> &'a str + 'a>,
    /// What the list of links to each offer is: "Gå direkte til et tilbud:".
    pub contents: &'a str,
    /// "{n} tilbud fra Randers Kommune …" for this many offers: the singular form for one.
    pub offers_lead: Box<dyn Fn(usize) -> &'a str + 'a>,
    /// "Gratis".
    pub free: &'a str,
    /// "For hvem".
    pub for_whom_title: &'a str,
    /// Whom an offer is for, as the app's cards say it.
    pub for_whom: ForWhomWords<'a>,
    /// The note of an offer without contacts: ask the related offers listed after it.
    pub no_contact: &'a str,
    /// "Relaterede tilbud".
    pub related: &'a str,
    /// "Lovgrundlag", before the paragraphs of the law an offer is given under.
    pub legal_basis: &'a str,
    /// "Om stedet", before what a place is like.
    pub place: &'a str,
    /// "Hører under", before the municipal unit an offer belongs to.
    pub part_of: &'a str,
    /// "Kontrolleret {date}".
    pub checked_on: &'a str,
    /// "Kilde".
    pub source: &'a str,
    /// How a Danish number is written: "{number}", or "+45 {number}" in English.
    pub danish_number: &'a str,
    /// "{day}. {month} {year}".
    pub date_pattern: &'a str,
    /// The twelve months' names.
    pub month_names: &'a str,
    /// The label of each way in.
    pub access: Box<dyn Fn(Access) -> &'a str + 'a>,
    /// The name of each kind of contact: "Telefon".
    pub contact_kind: Box<dyn Fn(ContactKind) -> &'a str + 'a>,
    /// The advice beside a fact that may be out of date.
    pub check: Box<dyn Fn(CheckAdvice) -> &'a str + 'a>,
    /// Opening hours as sentences.
    pub hours: HoursWords<'a>,
}

/// Where the page sits among the build's files, and when it is made.
pub struct PlainPlaces<'a> {
    /// The page's language.
    pub lang: Lang,
    /// The page of each other language, as (code, name in itself, address).
    pub other_languages: Vec<(&'a str, &'a str, String)>,
    /// The app's stylesheet, so the page looks like the app.
    pub stylesheet: &'a str,
    /// Where "Forlad siden" leads: the app's neutral site.
    pub exit_url: &'a str,
    /// The day the page is made: "ring og tjek" beside facts whose check is overdue then, and named in the lead.
    pub today: Date,
}

/// `text` with the characters HTML gives a meaning escaped, for text and attribute values alike.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The page of every crisis line (in the catalogue's order, 112 first) and every offer (by name), in the
/// language of `places`.
pub fn plain_page(catalogue: &Catalogue, words: &PlainWords, places: &PlainPlaces) -> String {
    let lang = places.lang;
    let mut page = String::new();
    let title = format!("{} – {} – {}", words.title, words.app_name, words.app_owner);
    // The policy the app has, but without scripts: there are none.
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; \
         img-src 'self'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n<title>{title}</title>\n\
         <link rel=\"stylesheet\" href=\"{stylesheet}\">\n</head>\n<body>\n",
        lang = escaped(lang.0),
        title = escaped(&title),
        stylesheet = escaped(places.stylesheet),
    );
    // As in the app, the exit and the skip link come first in the tab order, inside the banner landmark. The exit
    // is a link, not the app's button: without a script it cannot wipe anything or replace the history entry, but
    // it still takes the screen away at once.
    let _ = write!(
        page,
        "<header class=\"hg-header\"><div class=\"hg-quick-exit\">\
         <a class=\"hg-quick-exit__button\" href=\"{exit_url}\" rel=\"noreferrer\">{exit}</a></div>\
         <a class=\"hg-skip-link\" href=\"#main\">{skip}</a><div class=\"hg-header__inner\">\
         <a class=\"hg-header__brand\" href=\"/\"><span class=\"hg-header__name\">{name}</span>\
         <span class=\"hg-header__owner\">{owner}</span></a>\
         <nav class=\"hg-header__nav\" aria-label=\"{nav}\">",
        exit_url = escaped(places.exit_url),
        exit = escaped(words.exit),
        skip = escaped(words.skip_to_content),
        name = escaped(words.app_name),
        owner = escaped(words.app_owner),
        nav = escaped(words.nav_label),
    );
    for (code, name, href) in &places.other_languages {
        let _ = write!(
            page,
            "<a class=\"hg-header__crisis\" href=\"{}\" hreflang=\"{code}\" lang=\"{code}\">{}</a>",
            escaped(href),
            escaped(name),
            code = escaped(code)
        );
    }
    page.push_str("</nav></div></header>\n<main class=\"hg-main\" id=\"main\">\n");
    let made =
        written_date(places.today, words.date_pattern, words.month_names).unwrap_or_default();
    let months = catalogue.review_after_months as usize;
    let _ = writeln!(
        page,
        "<h1>{}</h1>\n<p>{}</p>\n<p>{}</p>\n<p><a href=\"/\">{}</a></p>",
        escaped(words.title),
        escaped(&fill(words.lead, &[("date", &made)])),
        escaped(&fill(
            (words.freshness)(months),
            &[("n", &months.to_string())]
        )),
        escaped(words.open_app)
    );
    let _ = writeln!(page, "<h2>{}</h2>", escaped(words.crisis_title));
    page.push_str("<ul class=\"hg-plain__list\">\n");
    for line in &catalogue.crisis_lines {
        crisis_line_item(&mut page, catalogue, line, words, places);
    }
    page.push_str("</ul>\n");
    let offers = catalogue.offers_by_name(lang);
    let count = offers.len().to_string();
    let _ = writeln!(
        page,
        "<h2>{}</h2>\n<p>{}</p>",
        escaped(words.offers_title),
        escaped(&fill((words.offers_lead)(offers.len()), &[("n", &count)]))
    );
    // The page is long (some 28,000 px on a phone): a link to each offer, as GOV.UK's contents lists, so staff and
    // citizens need not scroll past 30 offers to the one they know by name. After the crisis lines, not before
    // them, so that 112 stays at the top. The label's id has an underscore, which no offer's id (a slug) has.
    let _ = write!(
        page,
        "<nav class=\"hg-plain__contents\" aria-labelledby=\"hg_contents\">\
         <p id=\"hg_contents\">{}</p><ul>",
        escaped(words.contents)
    );
    for offer in &offers {
        page.push_str("<li>");
        link_to_card(&mut page, offer, lang);
        page.push_str("</li>");
    }
    page.push_str("</ul></nav>\n<ul class=\"hg-plain__list\">\n");
    for offer in offers {
        offer_item(&mut page, catalogue, offer, words, places);
    }
    page.push_str("</ul>\n</main>\n</body>\n</html>\n");
    page
}

/// The start of a card: its heading, which the page can link to by `id`, and the text under it.
fn card_start(page: &mut String, id: &str, name: &str, text: &str) {
    let _ = write!(
        page,
        "<li class=\"hg-offer-card\" id=\"{}\"><h3 class=\"hg-offer-card__title\">{}</h3><p>{}</p>",
        escaped(id),
        escaped(name),
        escaped(text)
    );
}

/// A crisis line: its name, whom it is for, its contacts and any warning.
fn crisis_line_item(
    page: &mut String,
    catalogue: &Catalogue,
    line: &CrisisLine,
    words: &PlainWords,
    places: &PlainPlaces,
) {
    let lang = places.lang;
    card_start(page, &line.id, line.name.get(lang), line.for_whom.get(lang));
    caution(page, line.caution.as_ref().map(|text| text.get(lang)));
    contact_list(page, catalogue, &line.contacts, true, words, places);
    page.push_str("</li>\n");
}

/// An offer: its name, what it is, how to get in and what happens first, any warning and its contacts, or the
/// offers to ask instead.
fn offer_item(
    page: &mut String,
    catalogue: &Catalogue,
    offer: &Offer,
    words: &PlainWords,
    places: &PlainPlaces,
) {
    let lang = places.lang;
    card_start(
        page,
        &offer.id,
        offer.name.get(lang),
        offer.summary.get(lang),
    );
    let _ = write!(
        page,
        "<p><strong>{}: </strong>{}</p>",
        escaped(words.for_whom_title),
        escaped(&words.for_whom.line(offer))
    );
    let modifier = if offer.access.needs_no_referral() {
        "hg-access-badge--open"
    } else {
        "hg-access-badge--gated"
    };
    let _ = write!(
        page,
        "<p class=\"hg-access-badge__row\"><strong class=\"hg-access-badge {modifier}\">{}</strong>",
        escaped((words.access)(offer.access))
    );
    if offer.cost == Cost::Free {
        let _ = write!(
            page,
            "<strong class=\"hg-access-badge hg-access-badge--free\">{}</strong>",
            escaped(words.free)
        );
    }
    page.push_str("</p>");
    // What happens first, as under "Sådan kommer du i gang" on the offer page, the law it is given under and the
    // unit it belongs to.
    let _ = write!(page, "<p>{}</p>", escaped(offer.first_step.get(lang)));
    let notes = [
        (words.legal_basis, &offer.legal_basis),
        (words.part_of, &offer.part_of),
    ];
    for (label, note) in notes {
        if let Some(note) = note {
            sourced_note(page, catalogue, label, note, words, lang);
        }
    }
    caution(page, offer.caution.as_ref().map(|text| text.get(lang)));
    if offer.contacts.is_empty() {
        let _ = write!(page, "<p>{}</p>", escaped(words.no_contact));
    } else {
        contact_list(page, catalogue, &offer.contacts, false, words, places);
    }
    if let Some(place) = &offer.place {
        sourced_note(page, catalogue, words.place, place, words, lang);
    }
    let related: Vec<&Offer> = offer
        .see_also
        .iter()
        .filter_map(|id| catalogue.offer(id))
        .collect();
    if !related.is_empty() {
        let _ = write!(page, "<p>{}: ", escaped(words.related));
        for (i, other) in related.iter().enumerate() {
            if i > 0 {
                page.push_str(", ");
            }
            link_to_card(page, other, lang);
        }
        page.push_str("</p>");
    }
    page.push_str("</li>\n");
}

/// A link to `offer`'s card on the same page, by its name in `lang`.
fn link_to_card(page: &mut String, offer: &Offer, lang: Lang) {
    let _ = write!(
        page,
        "<a href=\"#{}\">{}</a>",
        escaped(&offer.id),
        escaped(offer.name.get(lang))
    );
}

/// A warning the sources call for, if any.
fn caution(page: &mut String, text: Option<&str>) {
    if let Some(text) = text {
        let _ = write!(
            page,
            "<p class=\"hg-offer-card__caution\">{}</p>",
            escaped(text)
        );
    }
}

/// Each contact as a link to call, write or open, with its hours, the advice where it may be out of date, and
/// the date it was checked with its source.
fn contact_list(
    page: &mut String,
    catalogue: &Catalogue,
    contacts: &[Contact],
    line: bool,
    words: &PlainWords,
    places: &PlainPlaces,
) {
    let check = (words.check)(check_advice(contacts, line));
    page.push_str("<ul class=\"hg-contact-list\">");
    for contact in contacts {
        let _ = write!(
            page,
            "<li class=\"hg-contact-list__item\"><span class=\"hg-contact-list__kind\">{}",
            escaped((words.contact_kind)(contact.kind))
        );
        if let Some(label) = &contact.label {
            let _ = write!(page, " · {}", escaped(label.get(places.lang)));
        }
        page.push_str("</span>");
        let shown = escaped(&contact.shown(words.danish_number));
        match contact.href() {
            Some(href) => {
                // Like every link out of the app, a web page is told nothing of where the reader came from.
                let rel = if href.starts_with("http") {
                    " rel=\"noreferrer\""
                } else {
                    ""
                };
                let _ = write!(
                    page,
                    "<a class=\"hg-contact-list__link\" href=\"{}\"{rel}>{shown}</a>",
                    escaped(&href)
                );
            }
            None => {
                let _ = write!(page, "<span class=\"hg-contact-list__text\">{shown}</span>");
            }
        }
        if let Some(hours) = &contact.hours {
            let _ = write!(
                page,
                "<span class=\"hg-contact-list__hours\">{}</span>",
                escaped(&words.hours.sentence(hours))
            );
        }
        if catalogue.needs_check(contact, places.today) {
            let _ = write!(
                page,
                "<span class=\"hg-contact-list__verify\">{}</span>",
                escaped(check)
            );
        }
        if let Some(source) = catalogue.source(&contact.source) {
            source_note(page, source, words);
        }
        page.push_str("</li>");
    }
    page.push_str("</ul>");
}

/// A note in the editors' words under its `label` ("Lovgrundlag: Serviceloven § 104."), with its source and date,
/// as the app's offer page shows it.
fn sourced_note(
    page: &mut String,
    catalogue: &Catalogue,
    label: &str,
    note: &SourcedNote,
    words: &PlainWords,
    lang: Lang,
) {
    let _ = write!(
        page,
        "<p class=\"hg-note-with-source\"><strong>{}: </strong>{}</p>",
        escaped(label),
        escaped(&paragraphs_kept_whole(note.text.get(lang)))
    );
    if let Some(source) = catalogue.source(&note.source) {
        page.push_str("<p class=\"hg-note-with-source__source\">");
        source_note(page, source, words);
        page.push_str("</p>");
    }
}

/// "Kontrolleret 23. november 2026 · Kilde: randers.dk", the source linked where it has an address.
fn source_note(page: &mut String, source: &Source, words: &PlainWords) {
    let checked = long_date(&source.checked, words.date_pattern, words.month_names);
    let _ = write!(
        page,
        "<span class=\"hg-contact-list__source\"><span class=\"hg-source-note\">{} · {}: ",
        escaped(&fill(words.checked_on, &[("date", &checked)])),
        escaped(words.source)
    );
    let label = escaped(source.label());
    match &source.url {
        Some(url) => {
            let _ = write!(
                page,
                "<a href=\"{}\" rel=\"noreferrer\">{label}</a>",
                escaped(url)
            );
        }
        None => page.push_str(&label),
    }
    page.push_str("</span></span>");
}
