//! Reads the bundle's compact binary form, which build.rs writes with postcard and serde, without serde.
//!
//! Why by hand: serde's derived decoders for the two dozen data types, with postcard's deserializer, cost about
//! 8 KB brotli in the wasm; this reader does the same job in a fraction of that (README, "Measured"). The wire
//! format is postcard's, which is small enough to read directly (<https://postcard.jamesmunns.com/wire-format>):
//! - `bool` and `Option`'s tag: one byte, 0 or 1; `u8`: one byte;
//! - other integers, lengths and unit-enum variants: unsigned LEB128 varints;
//! - strings: a length, then UTF-8 bytes; sequences and maps: a length, then the items (keys before values);
//! - structs: their fields in declaration order, with nothing in between.
//!
//! Each type lists its fields in `decode_struct!` in declaration order. A native test decodes build.rs's output
//! and compares it with the JSON, so a field out of order, or a type changed on one side only, fails `make test`.
//! Bytes that are not a bundle are an error, never a panic, and a length can never ask for more items than there
//! are bytes left, so damaged data cannot make the reader allocate without bound.

use super::bundle::{Bundle, Language, UiTexts};
use super::catalogue::{
    Access, AgeRange, Audience, Catalogue, Contact, ContactKind, Cost, CrisisLine, LineSuggestion,
    Offer, Source, SourcedNote,
};
use super::hours::{ClockTime, HolidayHours, Hours, Span, Weekday};
use super::keyed::Keyed;
use super::questions::{AnswerOption, Phrased, Question, QuestionKind, Questions, Who};
use super::text::LocalizedText;

/// The bytes are not a bundle: cut short, damaged, or written by another version of the types.
#[derive(Debug, PartialEq, Eq)]
pub struct Malformed;

/// A position in the bytes being read.
pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, Malformed> {
        let (&first, rest) = self.rest.split_first().ok_or(Malformed)?;
        self.rest = rest;
        Ok(first)
    }

    /// An unsigned LEB128 varint of at most 32 bits (postcard writes `u32` and `usize` on wasm32 this way).
    fn varint(&mut self) -> Result<u32, Malformed> {
        let mut value: u32 = 0;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f).checked_shl(shift).ok_or(Malformed)?;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(Malformed)
    }

    /// A length of items that each take at least one byte, so it can never exceed the bytes left.
    fn length(&mut self) -> Result<usize, Malformed> {
        let length = self.varint()? as usize;
        if length > self.rest.len() {
            return Err(Malformed);
        }
        Ok(length)
    }

    fn str(&mut self) -> Result<&'a str, Malformed> {
        let length = self.length()?;
        let (text, rest) = self.rest.split_at(length);
        self.rest = rest;
        std::str::from_utf8(text).map_err(|_| Malformed)
    }
}

/// A type read from the compact form.
pub trait Decode: Sized {
    /// Reads one value.
    fn decode(reader: &mut Reader) -> Result<Self, Malformed>;
}

impl Decode for bool {
    fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
        match reader.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Malformed),
        }
    }
}

impl Decode for u8 {
    fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
        reader.byte()
    }
}

impl Decode for u32 {
    fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
        reader.varint()
    }
}

impl Decode for String {
    fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
        reader.str().map(String::from)
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
        match bool::decode(reader)? {
            false => Ok(None),
            true => T::decode(reader).map(Some),
        }
    }
}

// Plain loops rather than `collect()`: collecting `Result`s pulls in kilobytes of generic code per type.
impl<T: Decode> Decode for Vec<T> {
    fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
        let length = reader.length()?;
        let mut items = Vec::with_capacity(length);
        for _ in 0..length {
            items.push(T::decode(reader)?);
        }
        Ok(items)
    }
}

/// A map, written in key order by build.rs; keys out of order or repeated mean the bytes are not a bundle.
impl<V: Decode> Decode for Keyed<V> {
    fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
        let length = reader.length()?;
        let mut entries = Vec::with_capacity(length);
        for _ in 0..length {
            let key = String::decode(reader)?;
            entries.push((key, V::decode(reader)?));
        }
        Keyed::from_sorted(entries).ok_or(Malformed)
    }
}

/// Written as "HH:MM" (see its `Serialize`).
impl Decode for ClockTime {
    fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
        ClockTime::parse(reader.str()?).ok_or(Malformed)
    }
}

impl Decode for LocalizedText {
    fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
        Keyed::decode(reader).map(LocalizedText)
    }
}

/// Reads a struct's fields, which must be listed in declaration order.
macro_rules! decode_struct {
    ($($name:ident { $($field:ident),+ $(,)? })+) => {$(
        impl Decode for $name {
            fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
                Ok($name { $($field: Decode::decode(reader)?),+ })
            }
        }
    )+};
}

/// Reads a unit-only enum by variant index; the variants must be listed in declaration order.
macro_rules! decode_enum {
    ($($name:ident { $($variant:ident),+ $(,)? })+) => {$(
        impl Decode for $name {
            fn decode(reader: &mut Reader) -> Result<Self, Malformed> {
                let index = reader.varint()? as usize;
                [$($name::$variant),+].get(index).copied().ok_or(Malformed)
            }
        }
    )+};
}

decode_enum! {
    Audience { Person, Relative, Professional }
    Access { WalkIn, ContactFirst, SignUp, GpReferral, MunicipalDecision, Unknown }
    Cost { Free, Unknown }
    ContactKind { Phone, Sms, Chat, Email, Address, Web, Article }
    Weekday { Mon, Tue, Wed, Thu, Fri, Sat, Sun }
    HolidayHours { NotStated, AsWeekday, AllDay, Closed }
    Who { Me, Relative, Professional }
    QuestionKind { Danger, Who, Age, Topics, Help, Referral }
}

decode_struct! {
    Bundle { catalogue, questions, texts }
    Catalogue { review_after_months, sources, offers, crisis_lines }
    Source { url, title, checked }
    AgeRange { min, max }
    Contact { kind, value, label, source, verify, hours }
    Offer {
        id, name, summary, first_step, audiences, age, topics, all_topics, only_if_about, help, access, cost,
        source, contacts, caution, funded_until, see_also, place, legal_basis, part_of,
    }
    SourcedNote { text, source }
    CrisisLine { id, name, for_whom, contacts, caution, alternatives, suggest_when, search_words, calm_search_words }
    LineSuggestion { who, age, topics }
    Span { days, from, to }
    Hours { always, weekly, holidays }
    Phrased { me, relative, professional }
    AnswerOption { value, label, hint, acute, search_words, crisis_lines }
    Question { id, kind, title, hint, summary_label, options, dont_know, units }
    Questions { questions, search_ignored_words, search_people_words, search_not_typos, search_no_referral, search_walk_in, search_lines, search_phrases, search_paragraph_words, search_acute_fillers, search_acute_persons, search_calm_idioms, search_age_phrases, search_own_age_phrases, search_people_counted, search_no_age_after, search_vague_compound_ends, search_asker_possessives, search_adults, search_grown_up_words }
    Language { code, name }
    UiTexts { languages, texts }
}

/// Reads one value that fills `bytes` exactly; bytes left over mean they are not one.
pub fn read<T: Decode>(bytes: &[u8]) -> Result<T, Malformed> {
    let mut reader = Reader { rest: bytes };
    let value = T::decode(&mut reader)?;
    reader.rest.is_empty().then_some(value).ok_or(Malformed)
}
