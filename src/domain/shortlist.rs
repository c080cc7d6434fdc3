//! A list of offers to pass on: from a staff member's screen (or one's own) to another phone, as a link.
//!
//! The link carries **offer ids only, never answers**: `/liste/autismecenter-randers+ppr`. Someone who opens it sees
//! the same offers with every way to reach them, and nothing about who made the list or why. Ids are the catalogue's
//! stable slugs (lowercase letters, digits and hyphens), so `+` can never occur inside one, and a link made today
//! still reads after the catalogue is reordered or grows.
//!
//! The link is untrusted input (typed, cut short by a messaging app, tampered): [`read`] never panics, keeps the
//! offers it knows in the link's order, drops repeats, and counts what it could not show so the page can say so.

use super::catalogue::{Catalogue, Offer};

/// Between two ids in a list link.
pub const SEPARATOR: char = '+';

/// The most offers a list link shows. More than the catalogue holds today; it bounds the work a tampered link can
/// cause and the length of the links the app writes.
pub const MAX_OFFERS: usize = 40;

/// The path segment for these offers, in this order, at most [`MAX_OFFERS`] of them.
pub fn write<'a>(offers: impl IntoIterator<Item = &'a Offer>) -> String {
    let ids: Vec<&str> = offers
        .into_iter()
        .take(MAX_OFFERS)
        .map(|offer| offer.id.as_str())
        .collect();
    ids.join(&SEPARATOR.to_string())
}

/// Whether `offer` is on the list.
pub fn contains(list: &[&Offer], offer: &Offer) -> bool {
    list.iter().any(|listed| listed.id == offer.id)
}

/// Puts `offer` on the list, at the end, or takes it off if it is there: a staff member ticking offers on
/// `/tilbud`. The order of ticking is kept, because it is the order the staff member chose.
pub fn toggle<'a>(list: &mut Vec<&'a Offer>, offer: &'a Offer) {
    match list.iter().position(|listed| listed.id == offer.id) {
        Some(at) => {
            list.remove(at);
        }
        None => list.push(offer),
    }
}

/// The results to pass on: every one, in the results' order, except those the person unticked. Someone sitting with
/// a staff member may want to leave out an offer they already know or do not want named in a message.
pub fn without<'a>(results: &[&'a Offer], left_out: &[&Offer]) -> Vec<&'a Offer> {
    results
        .iter()
        .copied()
        .filter(|offer| !contains(left_out, offer))
        .collect()
}

/// What a list link holds, as far as it can be read.
#[derive(Debug, PartialEq)]
pub struct Shortlist<'a> {
    /// The offers found, in the link's order, each once.
    pub offers: Vec<&'a Offer>,
    /// How many entries could not be shown: unknown ids (an offer that has closed, or a changed link), and entries
    /// beyond [`MAX_OFFERS`]. Repeats and empty entries are not counted: nothing is missing because of them.
    pub not_shown: usize,
}

/// Reads the path segment of a list link against the catalogue. Browsers and messaging apps may percent-encode
/// the separator (`%2B`), so that reads as one too.
pub fn read<'a>(segment: &str, catalogue: &'a Catalogue) -> Shortlist<'a> {
    let decoded = segment.replace("%2B", "+").replace("%2b", "+");
    let mut offers: Vec<&Offer> = Vec::new();
    let mut not_shown = 0;
    for id in decoded.split(SEPARATOR).filter(|id| !id.is_empty()) {
        match catalogue.offer(id) {
            Some(offer) if offers.iter().any(|shown| shown.id == offer.id) => {}
            Some(offer) if offers.len() < MAX_OFFERS => offers.push(offer),
            _ => not_shown += 1,
        }
    }
    Shortlist { offers, not_shown }
}
