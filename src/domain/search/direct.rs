//! Searches that name something at once: a municipal unit by its name, or an offer or a crisis line by its phone
//! number.

use super::super::catalogue::{Contact, CrisisLine, Offer};
use super::SearchIndex;
use super::index::Entry;
use super::lines::add_line;
use super::query::Word;

/// A number of this many digits or more is (the start of) a phone number, not an age.
const NUMBER_START_DIGITS: usize = 4;

/// The digits of a query whose `words`, ignored words left out, are a phone number and nothing else ("8915 9737",
/// "+45 89 15 97 37", "ring 112"), without the Danish country code; `None` for a query with any other word.
fn typed_number(words: &[(&Word, Option<usize>)]) -> Option<String> {
    if words.is_empty() || !words.iter().all(|(word, _)| word.is_number()) {
        return None;
    }
    let digits: String = words.iter().map(|(word, _)| word.folded.as_str()).collect();
    let local = match digits.len() {
        10 => digits.strip_prefix("45"),
        12 => digits.strip_prefix("0045"),
        _ => None,
    };
    Some(local.map_or_else(|| digits.clone(), str::to_owned))
}

impl<'a> SearchIndex<'a> {
    /// The offers of `offers` that belong to the municipal unit the `words` name ([`Entry::is_of_unit_named`]), if
    /// they name one and it has any: staff know offers by the unit they belong to. Asked of the few entries with a
    /// unit first, so a keystroke that names none looks up no offer's entry.
    pub(super) fn offers_of_unit_named(
        &self,
        offers: &[&'a Offer],
        words: &[(Word, Option<usize>)],
    ) -> Option<Vec<&'a Offer>> {
        let named: Vec<&Word> = words.iter().map(|(word, _)| word).collect();
        let is_of_unit = |entry: &Entry| entry.is_of_unit_named(&named);
        if !self.entries.iter().any(is_of_unit) {
            return None;
        }
        let of_unit: Vec<&'a Offer> = offers
            .iter()
            .copied()
            .filter(|offer| self.entry(offer).is_some_and(is_of_unit))
            .collect();
        (!of_unit.is_empty()).then_some(of_unit)
    }

    /// When the `words` are a phone number ([`typed_number`]), the offers of `offers` that have it, and the crisis
    /// `lines` with those that have it added; `None` when the search goes on. Staff look up whose number a note or
    /// a missed call has ("8915 9737"), and someone the line a number belongs to ("70 201 201"). From its first
    /// digits on, as staff type it: "8915" lists every offer whose number starts so. A number no offer or line has
    /// is found nowhere: every offer would say it fits ("1813" said so of all 32). A shorter one goes on as an age
    /// ("17"), unless it is a line's ("112").
    pub(super) fn by_number(
        &self,
        offers: &[&'a Offer],
        words: &[(&Word, Option<usize>)],
        lines: &[&'a CrisisLine],
    ) -> Option<(Vec<&'a Offer>, Vec<&'a CrisisLine>)> {
        let number = typed_number(words)?;
        let mut lines = lines.to_vec();
        let by_start = number.len() >= NUMBER_START_DIGITS;
        let has_it = |contacts: &[Contact]| {
            contacts.iter().any(|contact| {
                contact.dialled().is_some_and(|dialled| {
                    dialled == number || (by_start && dialled.starts_with(&number))
                })
            })
        };
        for name in &self.line_names {
            if has_it(&name.line.contacts) {
                add_line(&mut lines, name.line);
            }
        }
        let with_number: Vec<&'a Offer> = offers
            .iter()
            .copied()
            .filter(|offer| has_it(&offer.contacts))
            .collect();
        (!with_number.is_empty() || !lines.is_empty() || by_start).then_some((with_number, lines))
    }
}
