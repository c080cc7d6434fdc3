//! The crisis lines' logic: which are open at a given moment, where to turn when one is closed, and which the
//! results suggest beside the offers.

use super::answers::{Age, Answers};
use super::catalogue::{AgeRange, CrisisLine};
use super::hours::{LocalTime, OpenStatus, status};
use super::ranking::Reason;

/// A crisis line's state at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineStatus {
    /// Open or closed, from the line's sourced hours; `None` when no channel has sourced hours.
    pub status: Option<OpenStatus>,
    /// When the line is closed: the index of the next line in the list that is open now.
    pub open_alternative: Option<usize>,
}

/// The line's state: open when any channel with sourced hours is open; otherwise "public holiday, not stated" when
/// a channel might be open; otherwise closed until the earliest reopening of any channel.
pub fn line_status(line: &CrisisLine, now: LocalTime) -> Option<OpenStatus> {
    let statuses = line
        .contacts
        .iter()
        .filter_map(|c| c.hours.as_ref())
        .map(|h| status(h, now));
    statuses.min_by_key(|s| match *s {
        OpenStatus::AlwaysOpen => (0, 0, 0),
        OpenStatus::OpenUntil(_) => (1, 0, 0),
        OpenStatus::HolidayNotStated => (2, 0, 0),
        OpenStatus::ClosedUntil { opens, .. } => (3, opens.days_ahead, opens.at.0),
    })
}

/// Every line's state, in list order. A line that is closed, or might be closed on a public holiday, points to the
/// first of its editors' `alternatives` that is open now, or to none: the page's first line is always 112, so no
/// closed line needs to send anyone there who is not in danger.
pub fn statuses(lines: &[CrisisLine], now: LocalTime) -> Vec<LineStatus> {
    let own: Vec<Option<OpenStatus>> = lines.iter().map(|l| line_status(l, now)).collect();
    let open_line = |id: &String| {
        let at = lines.iter().position(|l| &l.id == id)?;
        own.get(at)?.is_some_and(OpenStatus::is_open).then_some(at)
    };
    lines
        .iter()
        .zip(&own)
        .map(|(line, status)| {
            let closed = status.is_some_and(|s| !s.is_open());
            LineStatus {
                status: *status,
                open_alternative: if closed {
                    line.alternatives.iter().find_map(open_line)
                } else {
                    None
                },
            }
        })
        .collect()
}

/// Where to turn while a line is closed: the line, and whether the closed one is only perhaps closed (a public
/// holiday its source says nothing about), which the page words differently.
#[derive(Clone, Copy, Debug)]
pub struct TryInstead<'a> {
    /// The first of the closed line's alternatives that is open now.
    pub line: &'a CrisisLine,
    /// The closed line is only not known to be open, not known to be closed.
    pub maybe_closed: bool,
}

impl LineStatus {
    /// Where to turn instead, as the crisis page says it, from `lines`, the list this status is of. `None` while
    /// the line is open, has no sourced hours, or no alternative is open.
    pub fn try_instead<'a>(&self, lines: &'a [CrisisLine]) -> Option<TryInstead<'a>> {
        Some(TryInstead {
            line: lines.get(self.open_alternative?)?,
            maybe_closed: self.status == Some(OpenStatus::HolidayNotStated),
        })
    }
}

/// The lines a search named (`named`, from `lines`), each with where to turn while it is closed, as on the crisis
/// page (`states` are [`statuses`] of `lines`), except to the list's first line, 112, which is shown before them
/// anyway.
pub fn named_lines<'a>(
    lines: &'a [CrisisLine],
    named: &[&'a CrisisLine],
    states: &[LineStatus],
) -> Vec<(&'a CrisisLine, Option<TryInstead<'a>>)> {
    let is_first = |line: &CrisisLine| lines.first().is_some_and(|first| first.id == line.id);
    named
        .iter()
        .map(|&line| {
            let state = lines
                .iter()
                .position(|known| known.id == line.id)
                .and_then(|at| states.get(at).copied());
            let instead = state
                .and_then(|state| state.try_instead(lines))
                .filter(|instead| !is_first(instead.line));
            (line, instead)
        })
        .collect()
}

/// The lines the results suggest for these answers ([`CrisisLine::suggest_when`]), in the crisis page's order, each
/// with why: the topics it shares with the answers, and the person's age where the line is for an age group. Who
/// is asking is a condition only: the line's own text says whom it is for.
pub fn suggested_lines<'a>(
    lines: &'a [CrisisLine],
    answers: &Answers,
) -> Vec<(&'a CrisisLine, Vec<Reason>)> {
    lines
        .iter()
        .filter_map(|line| {
            let when = line.suggest_when.as_ref().filter(|when| !when.is_empty())?;
            if !when.who.is_empty() && !answers.who.is_some_and(|who| when.who.contains(&who)) {
                return None;
            }
            let mut reasons: Vec<Reason> = Vec::new();
            if !when.topics.is_empty() {
                let chosen = answers.topics.as_deref().unwrap_or_default();
                reasons.extend(
                    chosen
                        .iter()
                        .filter(|topic| when.topics.contains(topic))
                        .map(|topic| Reason::Topic(topic.clone())),
                );
                if reasons.is_empty() {
                    return None;
                }
            }
            if when.age != AgeRange::default() {
                let Some(Age::Years(age)) = answers.age else {
                    return None;
                };
                let below = when.age.min.is_some_and(|min| age < min);
                let above = when.age.max.is_some_and(|max| age > max);
                if below || above {
                    return None;
                }
                reasons.push(Reason::AgeFits(age));
            }
            Some((line, reasons))
        })
        .collect()
}
