//! The catalogue of offers and crisis lines, as read from `data/catalogue.json`.
//!
//! Every contact fact (phone, e-mail, address, web page, opening hours) points to a source with its URL and the
//! date it was checked. A fact with no source is not in the catalogue. Facts the source itself calls old or
//! unconfirmed carry `verify: true`, and the app then says "ring og tjek" next to them. So do facts whose check is
//! older than the catalogue's review interval: a catalogue nobody maintains does not go on looking fresh.

use super::hours::{Date, Hours, parse_date};
use super::keyed::Keyed;
use super::order::sort_short_by;
use super::questions::Who;
use super::text::{
    Lang, LocalizedText, TYPO_LETTERS, alphabetical_key, fill, latin1_lowercase, sentence_of,
    typos, typos_allowed,
};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The emergency number, first on the crisis page (validation) and in the page before the app starts.
pub const EMERGENCY_NUMBER: &str = "112";

/// The whole bundled catalogue.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// After this many months without a new check, a fact is shown with "ring og tjek" (see [`Source::is_overdue`]).
    pub review_after_months: u32,
    /// Where each fact comes from, keyed by a short source name used by the facts.
    pub sources: Keyed<Source>,
    /// The municipal and partner offers, in editorial order.
    pub offers: Vec<Offer>,
    /// Emergency and crisis lines, in the order the crisis page shows them (112 first).
    pub crisis_lines: Vec<CrisisLine>,
}

/// A public page a fact was taken from.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The page's address. Absent only for the seed articles the product grew from, whose address we lack.
    #[serde(default)]
    pub url: Option<String>,
    /// What the source is, shown when it has no address.
    #[serde(default)]
    pub title: Option<String>,
    /// The date (YYYY-MM-DD) someone last checked the fact against this source.
    pub checked: String,
}

/// Whole calendar months from `earlier` to `later`: 2026-01-31 to 2026-02-28 is 0, to 2026-03-01 is 1.
fn months_between(earlier: Date, later: Date) -> i64 {
    let months = (later.0 * 12 + i64::from(later.1)) - (earlier.0 * 12 + i64::from(earlier.1));
    if later.2 < earlier.2 {
        months - 1
    } else {
        months
    }
}

impl Source {
    /// What a source line names it by: the host of its address ("randers.dk"), or its title where it has none.
    pub fn label(&self) -> &str {
        self.url
            .as_deref()
            .map(host)
            .or(self.title.as_deref())
            .unwrap_or_default()
    }

    /// True when the facts from this source were last checked `months` or more whole months before `today`, or
    /// when the date cannot be read (validation keeps such dates out of the shipped catalogue).
    pub fn is_overdue(&self, today: Date, months: u32) -> bool {
        parse_date(&self.checked)
            .is_none_or(|checked| months_between(checked, today) >= i64::from(months))
    }
}

/// Who an offer is for, relative to the person affected.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The person who has the difficulty.
    Person,
    /// Relatives and close friends.
    Relative,
    /// Professionals working with the person.
    Professional,
}

/// How a person gets into an offer: shown as a badge and used by the "no referral" preference.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// Come in, no appointment or referral.
    WalkIn,
    /// No referral, but get in touch first.
    ContactFirst,
    /// Sign up yourself (courses, education).
    SignUp,
    /// A referral from a GP or another doctor is needed.
    GpReferral,
    /// The municipality must decide first (visitation/bevilling), usually through a caseworker.
    MunicipalDecision,
    /// The sources do not say; the app tells the person to ask.
    Unknown,
}

impl Access {
    /// True when a person can start without anyone else's decision.
    pub fn needs_no_referral(self) -> bool {
        matches!(self, Access::WalkIn | Access::ContactFirst | Access::SignUp)
    }
}

/// What an offer costs the person.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Cost {
    /// A source says it is free.
    Free,
    /// No source says.
    Unknown,
}

/// Inclusive age limits of the person affected; `None` means no limit on that side.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    /// Youngest age served.
    pub min: Option<u8>,
    /// Oldest age served.
    pub max: Option<u8>,
}

impl AgeRange {
    /// True when the offer is aimed at an age group (an upper limit, or a minimum above adulthood), rather than
    /// simply being for adults: only then is fitting the range worth points and a "because you are N" reason.
    pub fn is_targeted(&self) -> bool {
        self.max.is_some() || self.min.is_some_and(|min| min > 18)
    }
}

/// A way to reach an offer or a crisis line.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// A phone number to call.
    Phone,
    /// A number that takes text messages.
    Sms,
    /// A web chat, given as its page address.
    Chat,
    /// An e-mail address.
    Email,
    /// A street address to visit.
    Address,
    /// A web page about the offer: its own page, or a page of its organisation.
    Web,
    /// A news article about the offer, from the municipality or a newspaper: often all a source gives, and named as
    /// such, since a citizen who taps "Hjemmeside" expects the offer's own page, not a report from 2017.
    Article,
}

/// One sourced contact fact.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// What kind of channel this is.
    pub kind: ContactKind,
    /// The number, address or URL, as shown.
    pub value: String,
    /// Optional label ("Tanja Kallehauge", "Fælles postkasse").
    #[serde(default)]
    pub label: Option<LocalizedText>,
    /// Key into [`Catalogue::sources`].
    pub source: String,
    /// The source marks this fact as old or unconfirmed: the app says "ring og tjek".
    #[serde(default)]
    pub verify: bool,
    /// When the channel is open, where a source gives hours.
    #[serde(default)]
    pub hours: Option<Hours>,
}

/// Denmark's country calling code, put before a Danish subscriber number in a `tel:` or `sms:` link.
const DANISH_CALLING_CODE: &str = "+45";
/// Every Danish subscriber number has eight digits; shorter ones (112, 116 111, 1810) are service numbers, which
/// are dialled as they are and take no country code.
pub const DANISH_NUMBER_DIGITS: usize = 8;

impl Contact {
    /// Where tapping the contact leads: `tel:` or `sms:` with the number's digits, `mailto:`, or the page itself.
    /// `None` for a street address: a map link would be a request to a third party.
    pub fn href(&self) -> Option<String> {
        // With the country code, so the number also connects from a phone with a foreign SIM card (a refugee, a
        // student or a worker from abroad), where eight digits alone would not reach Denmark.
        let number = || -> String {
            match self.danish_number() {
                Some(digits) => format!("{DANISH_CALLING_CODE}{digits}"),
                None => self
                    .value
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect(),
            }
        };
        match self.kind {
            ContactKind::Phone => Some(format!("tel:{}", number())),
            ContactKind::Sms => Some(format!("sms:{}", number())),
            ContactKind::Email => Some(format!("mailto:{}", self.value)),
            ContactKind::Web | ContactKind::Article | ContactKind::Chat => Some(self.value.clone()),
            ContactKind::Address => None,
        }
    }

    /// The eight digits of a phone or SMS contact that is a Danish subscriber number, written with or without the
    /// country code ("8915 9737", "+45 7846 3543"); `None` for a service number (112, 116 111) or anything else.
    fn danish_number(&self) -> Option<String> {
        self.dialled()
            .filter(|digits| digits.len() == DANISH_NUMBER_DIGITS)
    }

    /// The digits one dials for a phone or SMS contact, without the country code: "89159737" for "8915 9737" and
    /// "+45 8915 9737", "116111" for "116 111"; `None` for any other contact.
    pub fn dialled(&self) -> Option<String> {
        if !matches!(self.kind, ContactKind::Phone | ContactKind::Sms) {
            return None;
        }
        let value = self.value.trim();
        let local = value.strip_prefix(DANISH_CALLING_CODE).unwrap_or(value);
        Some(local.chars().filter(char::is_ascii_digit).collect())
    }

    /// The contact as shown: a page or chat by its host ("randers.dk"); a Danish subscriber number in the pairs
    /// Danes say it in ("89 15 97 37"), however the source spaced it ("8915 9737"), and put into `number_format`,
    /// a UI text ("{number}" on the Danish page, "+45 {number}" for readers who may call from a foreign phone);
    /// anything else as it is written. One way of writing on every page, and a Danish voice reading aloud says
    /// "89 15" as a Dane would, where it read "8915" as eight thousand nine hundred and fifteen.
    pub fn shown(&self, number_format: &str) -> Cow<'_, str> {
        if let Some(digits) = self.danish_number() {
            let pairs: Vec<&str> = (0..DANISH_NUMBER_DIGITS)
                .step_by(2)
                .filter_map(|at| digits.get(at..at + 2))
                .collect();
            return Cow::Owned(fill(number_format, &[("number", &pairs.join(" "))]));
        }
        match self.kind {
            ContactKind::Web | ContactKind::Article | ContactKind::Chat => {
                Cow::Borrowed(host(&self.value))
            }
            _ => Cow::Borrowed(&self.value),
        }
    }
}

/// "randers.dk" from a URL, for a short link or source label.
pub fn host(url: &str) -> &str {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split('/').next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// One offer in the catalogue.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Stable slug, used in URLs (`/tilbud/<id>`) and element ids.
    pub id: String,
    /// The offer's name.
    pub name: LocalizedText,
    /// Two or three short sentences on what it is.
    pub summary: LocalizedText,
    /// What happens when you first get in touch.
    pub first_step: LocalizedText,
    /// Who it is for.
    pub audiences: Vec<Audience>,
    /// Age limits of the person affected.
    #[serde(default)]
    pub age: AgeRange,
    /// Topic slugs (options of the "topics" question) the offer is about.
    #[serde(default)]
    pub topics: Vec<String>,
    /// True for offers that help with anything (citizens' adviser, outreach counselling).
    #[serde(default)]
    pub all_topics: bool,
    /// The topics among `topics` that say who the offer is for: Café Rusfri is about loneliness too, but only for
    /// people who have had problems with alcohol or drugs. Someone who named topics, none of them these, is not
    /// shown the offer at all ([`crate::domain::ranking::is_relevant`]). Empty: any of its topics will do.
    #[serde(default)]
    pub only_if_about: Vec<String>,
    /// Kinds of help (options of the "help" question) the offer gives.
    pub help: Vec<String>,
    /// How to get in.
    pub access: Access,
    /// What it costs.
    pub cost: Cost,
    /// Source of the access and cost facts, and of the description.
    pub source: String,
    /// Ways to get in touch. May be empty only when `see_also` names offers that can be asked instead.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// A warning the sources call for ("may have moved", "project may have ended").
    #[serde(default)]
    pub caution: Option<LocalizedText>,
    /// The last year the sources say the offer was funded for, where it was a project with a grant. From the next
    /// year on it may have ended: see [`Offer::may_have_ended`]. Validation asks for a `caution` that says so.
    #[serde(default)]
    pub funded_until: Option<u32>,
    /// Related offers, by id.
    #[serde(default)]
    pub see_also: Vec<String>,
    /// What the place is like, where a source says: stairs, light, sound, parking. For people with autism, a brain
    /// injury or a wheelchair, knowing that before the first visit decides whether they go.
    #[serde(default)]
    pub place: Option<SourcedNote>,
    /// The paragraphs of the law the offer is given under, where a source names them ("Serviceloven § 85"): staff
    /// know offers by them, and search by them.
    #[serde(default)]
    pub legal_basis: Option<SourcedNote>,
    /// The municipal unit the offer belongs to, where a source names it ("Center for Børnehandicap og Autisme"):
    /// staff and the municipality's switchboard know offers by it, and staff search by it.
    #[serde(default)]
    pub part_of: Option<SourcedNote>,
}

/// A note in the editors' own words with the source it comes from: what a place is like, the legal basis, the unit
/// an offer belongs to.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourcedNote {
    /// The note, in the editors' own words.
    pub text: LocalizedText,
    /// Where it comes from: a key of [`Catalogue::sources`].
    pub source: String,
}

/// One emergency or crisis line.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CrisisLine {
    /// Stable slug.
    pub id: String,
    /// The line's name.
    pub name: LocalizedText,
    /// Who it is for and when to use it.
    pub for_whom: LocalizedText,
    /// Its channels, each with its own hours.
    pub contacts: Vec<Contact>,
    /// A warning the sources call for.
    #[serde(default)]
    pub caution: Option<LocalizedText>,
    /// Where to turn while this line is closed: other crisis lines' ids, best first. The first one open at the
    /// moment is shown as "Prøv i stedet". An editorial choice, not a fact: each must fit the people this line is for
    /// (an adult with suicidal thoughts is not sent to a children's line, a worried parent is not sent to 112), so
    /// the list may be empty.
    #[serde(default)]
    pub alternatives: Vec<String>,
    /// When the results also suggest this line, beside the offers: a 15-year-old who wants someone to talk to may
    /// find no municipal offer made for them, but a children's line is open all day. See [`LineSuggestion`].
    #[serde(default)]
    pub suggest_when: Option<LineSuggestion>,
    /// Search words that show this line first, under 112, on `/tilbud`, comma-separated as an option's: Center for
    /// Voldtægtsofre for "voldtægt", where the acute option's other words ("vold", "stalker") name no line. Each
    /// must be a search word of an acute option (validation), so a search naming it is acute. An editorial choice
    /// like the others: each word must fit the people the line is for.
    #[serde(default)]
    pub search_words: Option<LocalizedText>,
    /// Calm words that show this line on `/tilbud`, after the offers, comma-separated as `search_words`: what the
    /// line is, as people search for it ("anonym"). They are not searched for among the offers. None may be acute
    /// (validation): those belong in `search_words`.
    #[serde(default)]
    pub calm_search_words: Option<LocalizedText>,
}

/// The answers for which the results suggest a crisis line: every criterion given must hold, and at least one
/// must be given (validation). An editorial choice, like [`CrisisLine::alternatives`]: each must fit the people the
/// line is for, as its `for_whom` text and its source describe them.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LineSuggestion {
    /// Who is asking: the person, a relative, or a professional who can pass the line on.
    #[serde(default)]
    pub who: Vec<Who>,
    /// The age of the person affected. An age not given, or "Ved ikke", does not fit a range.
    #[serde(default)]
    pub age: AgeRange,
    /// Topics of the topics question, any of which must be chosen.
    #[serde(default)]
    pub topics: Vec<String>,
}

impl LineSuggestion {
    /// True when no criterion is given, which would suggest the line to everyone.
    pub fn is_empty(&self) -> bool {
        self.who.is_empty() && self.age == AgeRange::default() && self.topics.is_empty()
    }
}

/// The one item of `items`, or `None` when there are none or several.
fn the_only<T>(items: Vec<T>) -> Option<T> {
    <[T; 1]>::try_from(items).ok().map(|[item]| item)
}

impl Catalogue {
    /// Parses the catalogue JSON. Structural errors (a missing or misspelt field) come back with serde's line and
    /// column; content rules are checked by [`super::validate::validate`].
    pub fn from_json(json: &str) -> Result<Catalogue, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// The offer with this id, if any.
    pub fn offer(&self, id: &str) -> Option<&Offer> {
        self.offers.iter().find(|offer| offer.id == id)
    }

    /// The offer an unknown `id` from a link most likely meant, if one is clear: a link cut short
    /// ("autismecenter-ran", [`TYPO_LETTERS`] letters or more) that only one offer's id starts with, else the one
    /// id nearest within the typos allowed for its length ([`typos_allowed`]: "perron4", "autismecenter-rander"),
    /// case aside. A printed or texted link is often cut or mistyped, and the page can then offer the way on
    /// instead of a dead end. Never a guess between two.
    pub fn nearest_offer(&self, id: &str) -> Option<&Offer> {
        let id: Vec<char> = id.chars().map(latin1_lowercase).collect();
        let starting: Vec<&Offer> = self
            .offers
            .iter()
            .filter(|offer| {
                id.len() >= TYPO_LETTERS && offer.id.chars().take(id.len()).eq(id.iter().copied())
            })
            .collect();
        the_only(starting).or_else(|| {
            let near: Vec<(usize, &Offer)> = self
                .offers
                .iter()
                .filter_map(|offer| {
                    let known: Vec<char> = offer.id.chars().collect();
                    Some((typos(&id, &known, typos_allowed(id.len()))?, offer))
                })
                .collect();
            let nearest = near.iter().map(|(count, _)| *count).min()?;
            the_only(
                near.into_iter()
                    .filter(|(count, _)| *count == nearest)
                    .map(|(_, offer)| offer)
                    .collect(),
            )
        })
    }

    /// The crisis line with this id.
    pub fn crisis_line(&self, id: &str) -> Option<&CrisisLine> {
        self.crisis_lines.iter().find(|line| line.id == id)
    }

    /// Every offer, alphabetically by its name in `lang` (see [`super::text::alphabetical_key`]); equal names keep
    /// editorial order.
    pub fn offers_by_name(&self, lang: Lang) -> Vec<&Offer> {
        let mut keyed: Vec<(Vec<(u8, char)>, &Offer)> = self
            .offers
            .iter()
            .map(|offer| (alphabetical_key(offer.name.get(lang)), offer))
            .collect();
        sort_short_by(&mut keyed, |a, b| a.0.cmp(&b.0));
        keyed.into_iter().map(|(_, offer)| offer).collect()
    }

    /// The offers where one can ask about anything ([`Offer::all_topics`]), alphabetically by name in `lang`: where
    /// to turn when a search finds nothing.
    pub fn for_anything(&self, lang: Lang) -> Vec<&Offer> {
        self.by_name_where(lang, |offer| offer.all_topics)
    }

    /// The offers a person can start on their own ([`Access::needs_no_referral`]: walk in, get in touch, sign up),
    /// alphabetically by name in `lang`: the list of all offers with "Kun tilbud uden henvisning" ticked. An offer
    /// whose way in the sources do not state is left out, since nobody can promise it needs no referral.
    pub fn needing_no_referral(&self, lang: Lang) -> Vec<&Offer> {
        self.by_name_where(lang, |offer| offer.access.needs_no_referral())
    }

    /// The offers that `keep` holds for, alphabetically by name in `lang`.
    fn by_name_where(&self, lang: Lang, keep: impl Fn(&Offer) -> bool) -> Vec<&Offer> {
        let mut offers = self.offers_by_name(lang);
        offers.retain(|offer| keep(offer));
        offers
    }

    /// The source with this key, if any.
    pub fn source(&self, key: &str) -> Option<&Source> {
        self.sources.get(key)
    }

    /// The date of the oldest check among all sources: every fact in the catalogue was checked on that day or later.
    /// Dates are YYYY-MM-DD (validated), so the text order is the date order.
    pub fn oldest_check(&self) -> Option<&str> {
        self.sources
            .values()
            .map(|source| source.checked.as_str())
            .min()
    }

    /// True when a contact should be shown with "ring og tjek": its source calls it old or unconfirmed, or its
    /// last check is older than the review interval on `today`. Never for [`EMERGENCY_NUMBER`]: it is set by law
    /// and cannot go out of date, and a catalogue nobody maintains must not make someone in danger doubt it.
    pub fn needs_check(&self, contact: &Contact, today: Date) -> bool {
        let may_be_out_of_date = contact.verify
            || self
                .source(&contact.source)
                .is_none_or(|source| source.is_overdue(today, self.review_after_months));
        may_be_out_of_date && contact.value != EMERGENCY_NUMBER
    }
}

impl Offer {
    /// Whether whom it is for rules people out beyond what its texts may say: it is not for the person affected
    /// (only for relatives or professionals), or only for some ages. A card without reasons says so; "Den, det
    /// handler om og pårørende" with no ages would only be noise on a hand-out that must fit one page.
    pub fn limits_who(&self) -> bool {
        !self.audiences.contains(&Audience::Person)
            || self.age.min.is_some()
            || self.age.max.is_some()
    }

    /// True once the year the sources say the offer was funded until has passed: it may have ended, and nothing in
    /// the sources says it goes on.
    pub fn may_have_ended(&self, today: Date) -> bool {
        self.funded_until
            .is_some_and(|year| today.0 > i64::from(year))
    }
}

/// The words that say whom an offer is for, in one language: the offer page's "For hvem", a card's line and the
/// plain page's alike.
pub struct ForWhomWords<'a> {
    /// The name of each audience: "Pårørende".
    pub audience: Box<dyn Fn(Audience) -> &'a str + 'a>,
    /// "og", between the last two audiences.
    pub and: &'a str,
    /// "Alder: {min}–{max} år".
    pub age_between: &'a str,
    /// "Alder: fra {min} år".
    pub age_from: &'a str,
    /// "Alder: op til {max} år".
    pub age_up_to: &'a str,
    /// The same three, for an offer not for the person affected, whose ages are still that person's ("Alder på den,
    /// det handler om: {min}–{max} år"): "Pårørende. Alder: 0–17 år" reads as the relatives' age.
    pub person_age_between: &'a str,
    /// "Alder på den, det handler om: fra {min} år".
    pub person_age_from: &'a str,
    /// "Alder på den, det handler om: op til {max} år".
    pub person_age_up_to: &'a str,
}

impl ForWhomWords<'_> {
    /// Whom `offer` is for: "Den, det handler om, og pårørende".
    pub fn audiences(&self, offer: &Offer) -> String {
        let names: Vec<&str> = offer
            .audiences
            .iter()
            .map(|audience| (self.audience)(*audience))
            .collect();
        sentence_of(&names, self.and)
    }

    /// The ages `offer` is for, if it has limits: "Alder: 0–17 år", or, for an offer not for the person affected,
    /// "Alder på den, det handler om: 0–17 år".
    pub fn ages(&self, offer: &Offer) -> Option<String> {
        let [between, from, up_to] = if offer.audiences.contains(&Audience::Person) {
            [self.age_between, self.age_from, self.age_up_to]
        } else {
            [
                self.person_age_between,
                self.person_age_from,
                self.person_age_up_to,
            ]
        };
        let (min, max) = (
            offer.age.min.map(|min| min.to_string()),
            offer.age.max.map(|max| max.to_string()),
        );
        match (min, max) {
            (Some(min), Some(max)) => Some(fill(between, &[("min", &min), ("max", &max)])),
            (Some(min), None) => Some(fill(from, &[("min", &min)])),
            (None, Some(max)) => Some(fill(up_to, &[("max", &max)])),
            (None, None) => None,
        }
    }

    /// Both as one line, for a card: "Den, det handler om. Alder: fra 18 år", "Pårørende. Alder på den, det
    /// handler om: 0–17 år".
    pub fn line(&self, offer: &Offer) -> String {
        match self.ages(offer) {
            Some(ages) => format!("{}. {ages}", self.audiences(offer)),
            None => self.audiences(offer),
        }
    }
}

/// How a person can check a doubtful fact before they set out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckBy {
    /// By calling the number that stands with it: "ring og tjek".
    Calling,
    /// There is no number to call, so by the source or the related offers: "tjek". Telling someone in a hard
    /// moment to call, with nothing to call, would leave them stuck.
    Looking,
}

/// How the facts among `contacts` can be checked: by calling, if one of them is a phone number.
pub fn check_by(contacts: &[Contact]) -> CheckBy {
    if contacts.iter().any(|c| c.kind == ContactKind::Phone) {
        CheckBy::Calling
    } else {
        CheckBy::Looking
    }
}

/// What a contact that may be out of date ([`Catalogue::needs_check`]) asks of the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckAdvice {
    /// "Ring og tjek, før du møder op": among the contacts is a number to call.
    CallBeforeYouGo,
    /// "Tjek den, før du møder op": there is no number to call.
    LookBeforeYouGo,
    /// Only "kan være forældet": a crisis line without an address is called or written to, never visited.
    MayBeOutOfDate,
}

/// The advice for the facts among `contacts` that may be out of date; `line` when they are a crisis line's.
pub fn check_advice(contacts: &[Contact], line: bool) -> CheckAdvice {
    if line && !has_place(contacts) {
        return CheckAdvice::MayBeOutOfDate;
    }
    match check_by(contacts) {
        CheckBy::Calling => CheckAdvice::CallBeforeYouGo,
        CheckBy::Looking => CheckAdvice::LookBeforeYouGo,
    }
}

/// True when one of `contacts` is a place to go. A crisis line without one is called or written to, never visited,
/// so its facts that may be out of date are not told to be checked "før du møder op".
pub fn has_place(contacts: &[Contact]) -> bool {
    contacts.iter().any(|c| c.kind == ContactKind::Address)
}

/// The one contact a short card shows: the quickest way on for someone with a phone in hand. A number to call or
/// text first; then a chat; then where to go, since many offers are walk-in and a street address is what a person
/// needs then (and what still reads on paper); then an e-mail address; then the web page; last a news article.
/// Among contacts of one kind, the first listed.
pub fn quickest_way(contacts: &[Contact]) -> Option<&Contact> {
    contacts.iter().min_by_key(|contact| match contact.kind {
        ContactKind::Phone => 0,
        ContactKind::Sms => 1,
        ContactKind::Chat => 2,
        ContactKind::Address => 3,
        ContactKind::Email => 4,
        ContactKind::Web => 5,
        ContactKind::Article => 6,
    })
}

/// Whether `contacts` give a way to reach the offer: any contact but a news article, which tells about an offer
/// but not how to get in touch. An offer that cannot be reached names related offers to ask instead (validation
/// asks for them).
pub fn is_reachable(contacts: &[Contact]) -> bool {
    contacts.iter().any(|c| c.kind != ContactKind::Article)
}

/// For each contact in order, whether the next one names the same source. Printed, a run of contacts from one
/// source carries its source line once, after the last of them, where it stands for the whole run.
pub fn next_shares_source(contacts: &[Contact]) -> impl Iterator<Item = bool> + '_ {
    let next = contacts.iter().skip(1).map(Some).chain([None]);
    contacts
        .iter()
        .zip(next)
        .map(|(contact, next)| next.is_some_and(|next| next.source == contact.source))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(source: &str) -> Contact {
        Contact {
            kind: ContactKind::Phone,
            value: "8915 1515".into(),
            label: None,
            source: source.into(),
            verify: false,
            hours: None,
        }
    }

    /// A contact of this kind and value, from source "a".
    fn of(kind: ContactKind, value: &str) -> Contact {
        Contact {
            kind,
            value: value.into(),
            ..from("a")
        }
    }

    #[test]
    fn a_doubtful_fact_is_to_be_checked_by_calling_where_there_is_a_number() {
        let phone = of(ContactKind::Phone, "8915 1515");
        let web = of(ContactKind::Web, "https://randers.dk");
        let address = of(ContactKind::Address, "Laksetorvet 1, 8900 Randers C");
        assert_eq!(
            check_advice(&[web.clone(), phone.clone()], false),
            CheckAdvice::CallBeforeYouGo
        );
        assert_eq!(
            check_advice(&[web.clone(), address.clone()], false),
            CheckAdvice::LookBeforeYouGo
        );
        // A line is called, not visited, unless it has an address.
        assert_eq!(
            check_advice(std::slice::from_ref(&phone), true),
            CheckAdvice::MayBeOutOfDate
        );
        assert_eq!(
            check_advice(&[phone, address], true),
            CheckAdvice::CallBeforeYouGo
        );
        assert_eq!(check_advice(&[web], true), CheckAdvice::MayBeOutOfDate);
    }

    #[test]
    fn a_source_line_is_left_to_the_last_contact_of_a_run_from_that_source() {
        let contacts = ["a", "a", "b", "a", "a"].map(from);
        let repeated: Vec<bool> = next_shares_source(&contacts).collect();
        assert_eq!(repeated, [true, false, false, true, false]);
        assert_eq!(next_shares_source(&[]).count(), 0);
        // The last contact always carries its line.
        assert_eq!(
            next_shares_source(&[from("a")]).collect::<Vec<_>>(),
            [false]
        );
    }

    #[test]
    fn a_contact_links_to_its_channel_and_a_page_shows_by_its_host() {
        let phone = of(ContactKind::Phone, "+45 7846 3543");
        assert_eq!(phone.href().as_deref(), Some("tel:+4578463543"));
        let sms = of(ContactKind::Sms, "1810");
        assert_eq!(sms.href().as_deref(), Some("sms:1810"));
        let service = of(ContactKind::Phone, "116 111");
        assert_eq!(service.href().as_deref(), Some("tel:116111"));
        // A Danish number written without its country code gets it, so it connects from a foreign SIM card too;
        // a service number does not, as it cannot be dialled with one.
        let local = of(ContactKind::Phone, "3069 6104");
        assert_eq!(local.href().as_deref(), Some("tel:+4530696104"));
        let sms = of(ContactKind::Sms, "47 47 10 20");
        assert_eq!(sms.href().as_deref(), Some("sms:+4547471020"));
        // Every Danish number is shown in pairs, however the source spaced it, in the page's format.
        for contact in [&phone, &local, &sms] {
            let digits = contact.href().unwrap()[7..].to_owned();
            let pairs = format!(
                "{} {} {} {}",
                &digits[..2],
                &digits[2..4],
                &digits[4..6],
                &digits[6..]
            );
            assert_eq!(contact.shown("{number}"), pairs);
            assert_eq!(contact.shown("+45 {number}"), format!("+45 {pairs}"));
        }
        assert_eq!(local.shown("{number}"), "30 69 61 04");
        for service in ["112", "116 111", "1810"] {
            let contact = of(ContactKind::Phone, service);
            let href = contact.href().unwrap();
            assert!(!href.contains("+45"), "{href}");
            assert_eq!(contact.shown("+45 {number}"), service);
        }
        // Eight digits that are no phone are left as they are, and are no number to dial.
        let address = of(ContactKind::Address, "8900 8900");
        assert_eq!(address.shown("+45 {number}"), "8900 8900");
        assert_eq!(address.dialled(), None);
        // The digits dialled, as a search compares them: without the country code, a service number as it is.
        assert_eq!(phone.dialled().as_deref(), Some("78463543"));
        assert_eq!(local.dialled().as_deref(), Some("30696104"));
        assert_eq!(
            of(ContactKind::Phone, "116 111").dialled().as_deref(),
            Some("116111")
        );
        let email = of(ContactKind::Email, "borgerraadgiveren@randers.dk");
        assert_eq!(
            email.href().as_deref(),
            Some("mailto:borgerraadgiveren@randers.dk")
        );
        // No map link for a street address.
        let address = of(ContactKind::Address, "Gammel Hadsundvej 3, 8900 Randers C");
        assert_eq!(address.href(), None);
        assert_eq!(
            address.shown("{number}"),
            "Gammel Hadsundvej 3, 8900 Randers C"
        );
        let article = of(ContactKind::Article, "https://www.randers.dk/nyheder/act/");
        assert_eq!(
            article.href().as_deref(),
            Some("https://www.randers.dk/nyheder/act/")
        );
        assert_eq!(article.shown("{number}"), "randers.dk");
        assert_eq!(
            of(ContactKind::Web, "https://bolig.randers.dk/hjemloese/").shown("{number}"),
            "bolig.randers.dk"
        );
        assert_eq!(host("randers.dk"), "randers.dk");
    }

    #[test]
    fn a_doubtful_fact_is_checked_by_calling_only_where_there_is_a_number_to_call() {
        let phone = from("a");
        let web = of(ContactKind::Web, "https://www.randers.dk/");
        let sms = of(ContactKind::Sms, "8915 1515");
        assert_eq!(check_by(&[web.clone(), phone]), CheckBy::Calling);
        assert_eq!(check_by(&[web, sms]), CheckBy::Looking);
        assert_eq!(check_by(&[]), CheckBy::Looking);
    }

    #[test]
    fn only_an_address_is_a_place_to_go() {
        let address = of(
            ContactKind::Address,
            "Palle Juul-Jensens Boulevard 161, 8200 Aarhus N",
        );
        let chat = of(
            ContactKind::Chat,
            "https://headspace.dk/en/headspace-family-chat",
        );
        assert!(has_place(&[from("a"), address]));
        assert!(!has_place(&[
            from("a"),
            chat,
            of(ContactKind::Sms, "47 47 10 20")
        ]));
        assert!(!has_place(&[]));
    }

    #[test]
    fn a_short_card_shows_a_number_first_then_where_to_go_then_the_web_page_then_news() {
        let web = of(ContactKind::Web, "https://www.randers.dk/");
        let article = of(ContactKind::Article, "https://www.randers.dk/nyheder/");
        let address = of(ContactKind::Address, "Gammel Hadsundvej 3, 8900 Randers C");
        let email = of(ContactKind::Email, "info@randers.dk");
        let phone = of(ContactKind::Phone, "8915 1515");
        let other_phone = of(ContactKind::Phone, "8915 7000");
        let quickest = |contacts: &[Contact]| quickest_way(contacts).map(|c| c.value.clone());
        assert_eq!(
            quickest(&[web.clone(), address.clone(), phone.clone()]),
            Some(phone.value.clone())
        );
        assert_eq!(
            quickest(&[web.clone(), email.clone(), address.clone()]),
            Some(address.value.clone())
        );
        assert_eq!(
            quickest(&[web.clone(), email.clone()]),
            Some(email.value.clone())
        );
        // A news article only when nothing else is known.
        assert_eq!(
            quickest(&[article.clone(), web.clone()]),
            Some(web.value.clone())
        );
        assert_eq!(
            quickest(std::slice::from_ref(&article)),
            Some(article.value)
        );
        // Of two numbers, the one the source lists first.
        assert_eq!(
            quickest(&[other_phone.clone(), phone]),
            Some(other_phone.value)
        );
        assert_eq!(quickest(&[]), None);
    }

    #[test]
    fn a_news_article_alone_is_no_way_to_reach_an_offer() {
        let article = of(ContactKind::Article, "https://www.randers.dk/nyheder/");
        let address = of(ContactKind::Address, "Bakkevej 1, Randers");
        assert!(!is_reachable(&[]));
        assert!(!is_reachable(std::slice::from_ref(&article)));
        assert!(is_reachable(&[article, address]));
        assert!(is_reachable(&[from("a")]));
    }

    fn checked(date: &str) -> Source {
        Source {
            url: None,
            title: Some("test".into()),
            checked: date.into(),
        }
    }

    #[test]
    fn an_age_range_is_targeted_with_an_upper_limit_or_a_minimum_above_adulthood() {
        let range = |min, max| AgeRange { min, max };
        assert!(range(None, Some(25)).is_targeted());
        assert!(range(Some(19), None).is_targeted());
        assert!(range(Some(25), None).is_targeted());
        // Simply for adults, or for anyone from a young age, is no age group.
        assert!(!range(Some(18), None).is_targeted());
        assert!(!range(Some(15), None).is_targeted());
        assert!(!range(None, None).is_targeted());
    }

    #[test]
    fn a_source_is_named_by_its_host_or_else_its_title() {
        let mut source = checked("2026-11-23");
        assert_eq!(source.label(), "test");
        source.url = Some("https://www.randers.dk/borger/perron-4/".into());
        assert_eq!(source.label(), "randers.dk");
        source.title = None;
        assert_eq!(source.label(), "randers.dk");
    }

    #[test]
    fn a_check_is_overdue_after_the_review_interval_in_whole_months() {
        let source = checked("2026-11-23");
        assert!(!source.is_overdue((2026, 11, 23), 12));
        assert!(!source.is_overdue((2027, 11, 22), 12));
        assert!(source.is_overdue((2027, 11, 23), 12));
        assert!(source.is_overdue((2030, 1, 1), 12));
        // A device clock set before the check does not make it overdue.
        assert!(!source.is_overdue((2020, 1, 1), 12));
        // Month ends: from 31 January, one month has passed on 1 March, not on 28 February.
        let end_of_january = checked("2026-01-31");
        assert!(!end_of_january.is_overdue((2026, 2, 28), 1));
        assert!(end_of_january.is_overdue((2026, 3, 1), 1));
    }

    #[test]
    fn the_oldest_check_is_the_earliest_date_of_any_source() {
        let mut catalogue = Catalogue {
            review_after_months: 12,
            sources: Keyed::default(),
            offers: Vec::new(),
            crisis_lines: Vec::new(),
        };
        assert_eq!(catalogue.oldest_check(), None);
        for (key, date) in [
            ("a", "2026-11-23"),
            ("b", "2025-12-01"),
            ("c", "2026-01-15"),
        ] {
            catalogue.sources.insert(key, checked(date));
        }
        assert_eq!(catalogue.oldest_check(), Some("2025-12-01"));
    }

    #[test]
    fn an_unreadable_date_counts_as_overdue() {
        assert!(checked("last spring").is_overdue((2026, 11, 23), 12));
    }
}
