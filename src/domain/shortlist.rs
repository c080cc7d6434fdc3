//! A list of offers to pass on: from a staff member's screen (or one's own) to another phone, as a link.
//!
//! The link carries **ids only, never answers**: `/liste/autismecenter-randers+ppr+boernetelefonen`. It holds offers
//! and, after them, lines to call or write (the crisis lines the results suggested: a 15-year-old handed a list may
//! need BørneTelefonen more than any municipal offer). Someone who opens it sees the same offers and lines with every
//! way to reach them, and nothing about who made the list or why. Ids are the catalogue's stable slugs (lowercase
//! letters, digits and hyphens, unique across offers and lines), so `+` can never occur inside one, and a link made
//! today still reads after the catalogue is reordered or grows.
//!
//! The link is untrusted input (typed, cut short by a messaging app, tampered): [`read`] never panics, keeps the
//! entries it knows in the link's order, drops repeats, and counts what it could not show so the page can say so.

use super::catalogue::{Catalogue, CrisisLine, Offer};
use super::text::LocalizedText;

/// Between two ids in a list link.
pub const SEPARATOR: char = '+';

/// The most entries (offers and lines together) a list link shows. More than the catalogue holds today; it bounds
/// the work a tampered link can cause and the length of the links the app writes.
pub const MAX_ENTRIES: usize = 40;

/// What a list can hold: an offer, or a line to call or write.
pub trait Entry {
    /// Its stable slug, as a list link writes it.
    fn entry_id(&self) -> &str;
    /// Its name, as a checkbox for it says it.
    fn entry_name(&self) -> &LocalizedText;
}

impl Entry for Offer {
    fn entry_id(&self) -> &str {
        &self.id
    }
    fn entry_name(&self) -> &LocalizedText {
        &self.name
    }
}

impl Entry for CrisisLine {
    fn entry_id(&self) -> &str {
        &self.id
    }
    fn entry_name(&self) -> &LocalizedText {
        &self.name
    }
}

/// The path segment for these offers and then these lines, in this order, at most [`MAX_ENTRIES`] of them.
pub fn write(offers: &[&Offer], lines: &[&CrisisLine]) -> String {
    let offer_ids = offers.iter().map(|offer| offer.entry_id());
    let line_ids = lines.iter().map(|line| line.entry_id());
    let ids: Vec<&str> = offer_ids.chain(line_ids).take(MAX_ENTRIES).collect();
    ids.join(&SEPARATOR.to_string())
}

/// Whether `entry` is on the list.
pub fn contains<T: Entry>(list: &[&T], entry: &T) -> bool {
    list.iter()
        .any(|listed| listed.entry_id() == entry.entry_id())
}

/// Puts `entry` on the list, at the end, or takes it off if it is there: a staff member ticking offers on
/// `/tilbud`. The order of ticking is kept, because it is the order the staff member chose.
pub fn toggle<'a, T: Entry>(list: &mut Vec<&'a T>, entry: &'a T) {
    match list
        .iter()
        .position(|listed| listed.entry_id() == entry.entry_id())
    {
        Some(at) => {
            list.remove(at);
        }
        None => list.push(entry),
    }
}

/// The results to pass on: every one, in the results' order, except those the person unticked. Someone sitting with
/// a staff member may want to leave out an offer they already know or do not want named in a message.
pub fn without<'a, T: Entry>(results: &[&'a T], left_out: &[&T]) -> Vec<&'a T> {
    results
        .iter()
        .copied()
        .filter(|entry| !contains(left_out, *entry))
        .collect()
}

/// What a list link holds, as far as it can be read.
#[derive(Debug, PartialEq)]
pub struct Shortlist<'a> {
    /// The offers found, in the link's order, each once.
    pub offers: Vec<&'a Offer>,
    /// The lines to call or write found, in the link's order, each once.
    pub lines: Vec<&'a CrisisLine>,
    /// How many entries could not be shown: unknown ids (an offer that has closed, or a changed link), and entries
    /// beyond [`MAX_ENTRIES`]. Repeats and empty entries are not counted: nothing is missing because of them.
    pub not_shown: usize,
}

impl Shortlist<'_> {
    /// Whether the link shows nothing at all.
    pub fn is_empty(&self) -> bool {
        self.offers.is_empty() && self.lines.is_empty()
    }
}

/// Reads the path segment of a list link against the catalogue. Browsers and messaging apps may percent-encode
/// the separator (`%2B`), so that reads as one too.
pub fn read<'a>(segment: &str, catalogue: &'a Catalogue) -> Shortlist<'a> {
    let decoded = segment.replace("%2B", "+").replace("%2b", "+");
    let mut list = Shortlist {
        offers: Vec::new(),
        lines: Vec::new(),
        not_shown: 0,
    };
    for id in decoded.split(SEPARATOR).filter(|id| !id.is_empty()) {
        let repeat = list.offers.iter().any(|shown| shown.id == id)
            || list.lines.iter().any(|shown| shown.id == id);
        let full = list.offers.len() + list.lines.len() >= MAX_ENTRIES;
        match (catalogue.offer(id), catalogue.crisis_line(id)) {
            _ if repeat => {}
            (Some(offer), _) if !full => list.offers.push(offer),
            (None, Some(line)) if !full => list.lines.push(line),
            _ => list.not_shown += 1,
        }
    }
    list
}
