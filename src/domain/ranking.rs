//! Ranks offers against the answers, and says why.
//!
//! Deterministic and integer-only. An offer is *relevant* when the topics were not given ("Ved ikke"), when it
//! shares a topic with the answers, or when it helps with anything; an offer made for people with one condition
//! ([`Offer::only_if_about`]) is relevant only when that condition was named. Relevant offers that fail a hard
//! criterion (age, who it is for) are *near misses*, listed apart with the reason.
//! The rest are *matches*, scored by soft criteria and ordered by score. Among equal scores an offer one can reach
//! comes before one known only from a news article (whose card can only send the person to ask elsewhere), then
//! the one with the lower id, so catalogue order never matters. A project whose known funding has run out may have
//! ended: it loses a few points, so an offer that fits as well and surely runs comes first.
//! An offer that helps with anything fits someone who named what it is about only if it gives a kind of help they
//! asked for, unless nothing else fits: then it is where to ask.

use super::answers::{Age, Answers, ReferralPreference};
use super::catalogue::{Access, Audience, Catalogue, Offer, is_reachable};
use super::hours::Date;
use super::order::sort_short_by;
use super::questions::Who;
use std::cmp::Ordering;

/// Points for each topic the offer shares with the answers.
pub const TOPIC_POINTS: i32 = 10;
/// Points for each kind of help the offer gives that was asked for.
pub const HELP_POINTS: i32 = 4;
/// Extra points when the shared topic is the offer's main topic (the first in its list), so offers focused on
/// what the person asked about come before broad ones that merely include it.
pub const MAIN_TOPIC_POINTS: i32 = 4;
/// Points for an offer made for this age group (see [`super::catalogue::AgeRange::is_targeted`]) whose limits the person is within.
pub const AGE_POINTS: i32 = 3;
/// Points for an offer made for relatives, when a relative asks.
pub const RELATIVE_POINTS: i32 = 6;
/// Points for an offer that also serves professionals, when a professional asks.
pub const PROFESSIONAL_POINTS: i32 = 2;
/// Points for needing no referral, when that was preferred.
pub const NO_REFERRAL_POINTS: i32 = 5;
/// Points for an offer that helps with anything, when it shares no topic or the topics are not known (keeps it below
/// specific offers, and puts it first when nothing else tells the offers apart).
pub const ANY_TOPIC_POINTS: i32 = 1;
/// Points taken from an offer that may have ended ([`Offer::may_have_ended`]): among offers that fit about as well,
/// the ones that surely run come first. Fewer than one kind of help is worth, so a clearly better fit stays ahead.
pub const MAY_HAVE_ENDED_POINTS: i32 = 3;

/// Why an offer fits, in terms the UI turns into a plain sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// It is about a topic the person chose.
    Topic(String),
    /// It gives a kind of help the person asked for.
    Help(String),
    /// It is made for this age group.
    AgeFits(u8),
    /// It serves relatives. `also` when it is for the person affected too ("also for relatives"); otherwise it is
    /// made for relatives, and saying "also" would hide that.
    ForRelatives { also: bool },
    /// It serves professionals. `also` when others use it too ("professionals can use it too").
    ForProfessionals { also: bool },
    /// A professional asked, and the offer is for the citizen's relatives, not the citizen: staff passing it on
    /// must know whom to give it to. Worth no points, as it says whom the offer is for, not that it fits better.
    ForTheCitizensRelatives,
    /// A relative asked, and the offer is for the person affected, not for relatives: the relative must know whom
    /// to pass it on to, and that where the offer's own texts say "du", they speak to that person. Worth no points,
    /// like [`Reason::ForTheCitizensRelatives`].
    ForThePersonAffected,
    /// It needs no referral, as preferred.
    NoReferral(Access),
    /// It helps with any question, whatever the topic.
    AnyTopic,
}

/// Why a relevant offer is ruled out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exclusion {
    /// Only for people aged `min` or older.
    TooYoung(u8),
    /// Only for people aged `max` or younger.
    TooOld(u8),
    /// Only for relatives: not for the person affected, nor for professionals.
    OnlyForRelatives,
    /// Only for relatives and professionals, not for the person affected.
    OnlyForRelativesAndProfessionals,
    /// Only for professionals.
    OnlyForProfessionals,
}

/// An offer that fits, with its score and reasons.
#[derive(Clone, Debug, PartialEq)]
pub struct Match<'a> {
    /// The offer.
    pub offer: &'a Offer,
    /// Higher is better.
    pub score: i32,
    /// Why it fits, strongest first.
    pub reasons: Vec<Reason>,
    /// It may have ended, and losing [`MAY_HAVE_ENDED_POINTS`] for it put it after an offer it would otherwise
    /// have come before. The results say so.
    pub moved_down: bool,
}

/// A relevant offer ruled out by a hard criterion.
#[derive(Clone, Debug, PartialEq)]
pub struct NearMiss<'a> {
    /// The offer.
    pub offer: &'a Offer,
    /// Every criterion it fails.
    pub exclusions: Vec<Exclusion>,
}

/// The outcome of ranking.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Ranking<'a> {
    /// Offers that fit, best first.
    pub matches: Vec<Match<'a>>,
    /// Offers that nearly fit, by id.
    pub near_misses: Vec<NearMiss<'a>>,
    /// When nothing that fits shares a topic with the answers: the conditions ([`Offer::only_if_about`]) of the
    /// offers that share one and would fit, but are for people with a condition the person did not name. Someone
    /// who chose only "Arbejde og uddannelse" learns that the work offers are for young people with substance
    /// problems, with autism, or who have been mentally vulnerable, and can choose that too. Sorted, each once;
    /// empty when something specific fits, so a list that helps is not crowded by offers for other people.
    pub other_groups: Vec<&'a str>,
}

/// Whether any of `slugs` (an offer's topics, or its conditions) is among the `chosen` ones.
fn any_chosen(slugs: &[String], chosen: &[String]) -> bool {
    slugs.iter().any(|slug| chosen.contains(slug))
}

fn chosen(slugs: &Option<Vec<String>>) -> &[String] {
    slugs.as_deref().unwrap_or_default()
}

/// Hard criteria: every one an offer fails for these answers. "Ved ikke" and unanswered never exclude.
pub fn exclusions(offer: &Offer, answers: &Answers) -> Vec<Exclusion> {
    let mut out = match answers.age {
        Some(Age::Years(age)) => age_exclusions(offer, age),
        _ => Vec::new(),
    };
    let serves = |a: Audience| offer.audiences.contains(&a);
    // Said as whom the offer is for, so the near miss names exactly the groups the sources name.
    let only_for = match (serves(Audience::Relative), serves(Audience::Professional)) {
        (true, false) => Exclusion::OnlyForRelatives,
        (true, true) => Exclusion::OnlyForRelativesAndProfessionals,
        (false, _) => Exclusion::OnlyForProfessionals,
    };
    match answers.who {
        Some(Who::Me) if !serves(Audience::Person) => out.push(only_for),
        Some(Who::Relative) if !serves(Audience::Person) && !serves(Audience::Relative) => {
            out.push(only_for)
        }
        _ => {}
    }
    out
}

/// The age limits of `offer` that someone aged `age` is outside: none, or the one that rules them out. The questions
/// and a search that states an age ("jeg er 16") rule offers out alike.
pub fn age_exclusions(offer: &Offer, age: u8) -> Vec<Exclusion> {
    let min = offer
        .age
        .min
        .filter(|min| age < *min)
        .map(Exclusion::TooYoung);
    let max = offer
        .age
        .max
        .filter(|max| age > *max)
        .map(Exclusion::TooOld);
    min.into_iter().chain(max).collect()
}

/// True when the offer concerns what the person said it is about. An offer made for people with a condition
/// ([`Offer::only_if_about`]) does so only when the condition was named: the brain-injury relatives' groups share
/// "being a relative" with the mother of a young man who drinks, but they are not for her, not even nearly, so they
/// are neither suggested nor listed among the near misses.
pub fn is_relevant(offer: &Offer, answers: &Answers) -> bool {
    let topics = chosen(&answers.topics);
    let for_its_people = offer.only_if_about.is_empty() || any_chosen(&offer.only_if_about, topics);
    topics.is_empty() || (for_its_people && (offer.all_topics || any_chosen(&offer.topics, topics)))
}

/// Soft criteria: the score and the reasons behind it.
pub fn score(offer: &Offer, answers: &Answers) -> (i32, Vec<Reason>) {
    let mut reasons: Vec<Reason> = Vec::new();
    let shared_topics: Vec<&String> = chosen(&answers.topics)
        .iter()
        .filter(|t| offer.topics.contains(t))
        .collect();
    reasons.extend(shared_topics.iter().map(|t| Reason::Topic((*t).clone())));
    // Also when the topics are not known ("Ved ikke"): then the offers where one can ask about anything are the
    // best place to start, and come before the rest, which would otherwise be in id order.
    if shared_topics.is_empty() && offer.all_topics {
        reasons.push(Reason::AnyTopic);
    }
    if let Some(Age::Years(age)) = answers.age.filter(|_| offer.age.is_targeted()) {
        reasons.push(Reason::AgeFits(age));
    }
    match answers.who {
        Some(Who::Relative) if offer.audiences.contains(&Audience::Relative) => {
            reasons.push(Reason::ForRelatives {
                also: offer.audiences.contains(&Audience::Person),
            })
        }
        Some(Who::Relative) if offer.audiences.contains(&Audience::Person) => {
            reasons.push(Reason::ForThePersonAffected)
        }
        Some(Who::Professional) if offer.audiences.contains(&Audience::Professional) => reasons
            .push(Reason::ForProfessionals {
                also: offer.audiences.len() > 1,
            }),
        _ => {}
    }
    if answers.who == Some(Who::Professional)
        && offer.audiences.contains(&Audience::Relative)
        && !offer.audiences.contains(&Audience::Person)
    {
        reasons.push(Reason::ForTheCitizensRelatives);
    }
    reasons.extend(
        chosen(&answers.help)
            .iter()
            .filter(|h| offer.help.contains(h))
            .map(|h| Reason::Help(h.clone())),
    );
    if answers.referral == Some(ReferralPreference::NoReferral) && offer.access.needs_no_referral()
    {
        reasons.push(Reason::NoReferral(offer.access));
    }
    let points = reasons
        .iter()
        .map(|reason| match reason {
            Reason::Topic(topic) if offer.topics.first() == Some(topic) => {
                TOPIC_POINTS + MAIN_TOPIC_POINTS
            }
            Reason::Topic(_) => TOPIC_POINTS,
            Reason::Help(_) => HELP_POINTS,
            Reason::AgeFits(_) => AGE_POINTS,
            Reason::ForRelatives { .. } => RELATIVE_POINTS,
            Reason::ForProfessionals { .. } => PROFESSIONAL_POINTS,
            Reason::ForTheCitizensRelatives | Reason::ForThePersonAffected => 0,
            Reason::NoReferral(_) => NO_REFERRAL_POINTS,
            Reason::AnyTopic => ANY_TOPIC_POINTS,
        })
        .sum();
    (points, reasons)
}

/// Ranks every offer in the catalogue against the answers on `today`, which tells which projects may have ended.
/// Assumes unique offer ids, which validation guarantees for every catalogue the app can ship.
pub fn rank<'a>(catalogue: &'a Catalogue, answers: &Answers, today: Date) -> Ranking<'a> {
    let mut ranking = Ranking::default();
    let topics = chosen(&answers.topics);
    for offer in &catalogue.offers {
        if !is_relevant(offer, answers) {
            // Left out for a condition not named, though it shares a topic and would otherwise fit.
            if any_chosen(&offer.topics, topics) && exclusions(offer, answers).is_empty() {
                ranking
                    .other_groups
                    .extend(offer.only_if_about.iter().map(String::as_str));
            }
            continue;
        }
        let exclusions = exclusions(offer, answers);
        if exclusions.is_empty() {
            let (score, reasons) = score(offer, answers);
            ranking.matches.push(Match {
                offer,
                score: score - penalty(offer, today),
                reasons,
                moved_down: false,
            });
        } else {
            ranking.near_misses.push(NearMiss { offer, exclusions });
        }
    }
    // Named only when nothing that fits shares a topic.
    if ranking
        .matches
        .iter()
        .any(|m| m.reasons.iter().any(|r| matches!(r, Reason::Topic(_))))
    {
        ranking.other_groups.clear();
    }
    // An offer open to anything fits for a named topic only if it gives a kind of help asked for: the Citizens'
    // Adviser, who takes complaints about case handling, is no suggestion for a lonely pensioner looking for
    // company, nor for a 15-year-old who wants someone to talk to. When nothing else fits, it stays: it is where
    // to ask.
    if ranking
        .matches
        .iter()
        .any(|m| !fits_only_as_a_place_to_ask(m, answers))
    {
        ranking
            .matches
            .retain(|m| !fits_only_as_a_place_to_ask(m, answers));
    }
    sort_short_by(&mut ranking.other_groups, |a, b| a.cmp(b));
    ranking.other_groups.dedup();
    // Offer ids are unique (validated), so these orders are total: the result does not depend on catalogue order.
    sort_short_by(&mut ranking.matches, |a, b| {
        best_first((a.score, a.offer), (b.score, b.offer))
    });
    sort_short_by(&mut ranking.near_misses, |a, b| a.offer.id.cmp(&b.offer.id));
    // Without its penalty, would an offer come before one that is now above it? The same order as the sort's.
    let unpenalised = |m: &Match| m.score + penalty(m.offer, today);
    for below in 1..ranking.matches.len() {
        let Some((above, [this, ..])) = ranking.matches.split_at_mut_checked(below) else {
            continue;
        };
        this.moved_down = above.iter().any(|other| {
            best_first(
                (unpenalised(this), this.offer),
                (unpenalised(other), other.offer),
            )
            .is_lt()
        });
    }
    ranking
}

/// True for a match that fits only because its offer helps with anything, for a person who named what it is about
/// and the kinds of help they want, none of which the offer gives.
pub fn fits_only_as_a_place_to_ask(m: &Match, answers: &Answers) -> bool {
    !chosen(&answers.topics).is_empty()
        && !chosen(&answers.help).is_empty()
        && m.reasons.contains(&Reason::AnyTopic)
        && !m.reasons.iter().any(|r| matches!(r, Reason::Help(_)))
}

/// The order of matches, given each one's score: the higher score first; at equal scores an offer one can reach
/// ([`is_reachable`]) first, since a person can act on its card; then by id. A total order, as ids are unique.
fn best_first((a_score, a): (i32, &Offer), (b_score, b): (i32, &Offer)) -> Ordering {
    b_score
        .cmp(&a_score)
        .then_with(|| is_reachable(&b.contacts).cmp(&is_reachable(&a.contacts)))
        .then_with(|| a.id.cmp(&b.id))
}

/// The points an offer loses on `today`: [`MAY_HAVE_ENDED_POINTS`] if it may have ended, else none.
fn penalty(offer: &Offer, today: Date) -> i32 {
    if offer.may_have_ended(today) {
        MAY_HAVE_ENDED_POINTS
    } else {
        0
    }
}
