//! Opening hours per contact channel, evaluated in Europe/Copenhagen time.
//!
//! The clock is injected: callers pass the instant as Unix milliseconds, so tests can stand on either side of a
//! summer-time switch or midnight. Denmark follows the EU rule: summer time (UTC+2) from 01:00 UTC on the last
//! Sunday of March to 01:00 UTC on the last Sunday of October, otherwise UTC+1.
//!
//! Danish public holidays are computed ([`public_holiday`]). On a holiday a channel's hours come from what its source
//! says about holidays ([`HolidayHours`]); where the source says nothing, the app says "public holiday, call to
//! check" rather than "open" or "closed" from the weekday's hours.

use super::text::{fill, fill_with_times, join_list};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the week, Monday first as in Denmark.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// All days, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The day before: Sunday for Monday.
    pub fn previous(self) -> Weekday {
        Weekday::after_monday(self.index() + 6)
    }

    /// The day `days` days after a Monday: Monday for 0, Sunday for 6, Monday again for 7.
    fn after_monday(days: usize) -> Weekday {
        match days % 7 {
            0 => Weekday::Mon,
            1 => Weekday::Tue,
            2 => Weekday::Wed,
            3 => Weekday::Thu,
            4 => Weekday::Fri,
            5 => Weekday::Sat,
            _ => Weekday::Sun,
        }
    }

    /// This day's one of `per_day`, given Monday first.
    pub fn of<T>(self, per_day: [T; 7]) -> T {
        let [mon, tue, wed, thu, fri, sat, sun] = per_day;
        match self {
            Weekday::Mon => mon,
            Weekday::Tue => tue,
            Weekday::Wed => wed,
            Weekday::Thu => thu,
            Weekday::Fri => fri,
            Weekday::Sat => sat,
            Weekday::Sun => sun,
        }
    }
}

/// A time of day in minutes after midnight, written `"HH:MM"` in the data (`"24:00"` allowed as an end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClockTime(pub u16);

impl ClockTime {
    /// 24.00, the end of a day. Written out rather than as `24 * 60`, so that a mutation test's change to the
    /// product (`24 / 60` is 00.00, and a span from 00.00 to 00.00 lasts a whole day too) cannot hide in it.
    pub const END_OF_DAY: ClockTime = ClockTime(1440);

    /// Parses `"HH:MM"`; `None` for anything else.
    pub fn parse(text: &str) -> Option<ClockTime> {
        let (h, m) = text.split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        let minutes = h * 60 + m;
        (m < 60 && minutes <= ClockTime::END_OF_DAY.0).then_some(ClockTime(minutes))
    }

    /// The hour and minute, as shown ("11.00" style is left to the UI). The end of a day stays 24:00, as in
    /// "kl. 00.00–24.00", rather than reading as midnight at its start.
    pub fn hour_minute(self) -> (u16, u16) {
        (self.0 / 60, self.0 % 60)
    }
}

/// Written back as "HH:MM", the form the catalogue uses, so the build's compact copy of the data reads back the
/// same way.
impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (hours, minutes) = (self.0 / 60, self.0 % 60);
        serializer.serialize_str(&format!("{hours:02}:{minutes:02}"))
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ClockTime::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("'{text}' is not a time like \"09:30\""))
        })
    }
}

/// One opening span on some weekdays. When `to` is not after `from`, the span runs past midnight into the next
/// day (Livslinien 11:00–04:00, Lægevagten 16:00–08:00).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// The days the span starts on.
    pub days: Vec<Weekday>,
    /// Opening time.
    pub from: ClockTime,
    /// Closing time.
    pub to: ClockTime,
}

/// The days as runs of consecutive weekdays, Monday first, so a text can say "mandag–fredag": `[Mon, Tue, Wed,
/// Fri]` gives `[(Mon, Wed), (Fri, Fri)]`. Order and repeats in `days` do not matter.
pub fn day_runs(days: &[Weekday]) -> Vec<(Weekday, Weekday)> {
    let mut runs: Vec<(Weekday, Weekday)> = Vec::new();
    for day in Weekday::ALL.into_iter().filter(|d| days.contains(d)) {
        match runs.last_mut() {
            Some((_, last)) if last.index() + 1 == day.index() => *last = day,
            _ => runs.push((day, day)),
        }
    }
    runs
}

/// "11.00": a time as Danes write it, also in the English texts, as the sources do.
pub fn clock_text(time: ClockTime) -> String {
    let (hour, minute) = time.hour_minute();
    format!("{hour:02}.{minute:02}")
}

/// The UI texts a sentence about opening hours is made of, in one language: the app fills them from its texts,
/// and so does the page of all offers written at build time (`src/bin/plain_pages.rs`).
#[derive(Clone, Copy, Debug)]
pub struct HoursWords<'a> {
    /// "Åben hele døgnet".
    pub always: &'a str,
    /// "alle dage".
    pub every_day: &'a str,
    /// "{days} kl. {from}–{to}".
    pub span: &'a str,
    /// "{days} hele døgnet".
    pub span_all_day: &'a str,
    /// "natten til {days} indtil kl. {to}".
    pub span_night_into: &'a str,
    /// "helligdage hele døgnet".
    pub holidays_all_day: &'a str,
    /// "lukket på helligdage".
    pub holidays_closed: &'a str,
    /// "og".
    pub and: &'a str,
    /// The names of the days, Monday first.
    pub weekdays: [&'a str; 7],
}

impl HoursWords<'_> {
    /// "alle dage", "mandag–fredag", "lørdag og søndag", "tirsdag–torsdag og lørdag": three or more days in a row
    /// read as a range, which is quicker to take in than a list of names.
    fn days(&self, days: &[Weekday]) -> String {
        let runs = day_runs(days);
        if runs == [(Weekday::Mon, Weekday::Sun)] {
            return self.every_day.to_owned();
        }
        let name = |day: Weekday| day.of(self.weekdays).to_owned();
        let parts: Vec<String> = runs
            .into_iter()
            .flat_map(|(first, last)| match last.index() - first.index() {
                0 => vec![name(first)],
                1 => vec![name(first), name(last)],
                _ => vec![format!("{}–{}", name(first), name(last))],
            })
            .collect();
        join_list(&parts, self.and)
    }

    /// Sourced hours as a sentence: "Åben hele døgnet" or "tirsdag, onsdag og torsdag kl. 12.00–15.00", plus what
    /// the source says about public holidays where it differs from the weekdays.
    pub fn sentence(&self, hours: &Hours) -> String {
        if hours.always {
            return self.always.to_owned();
        }
        let mut spans: Vec<String> = hours
            .weekly
            .iter()
            .map(|span| {
                let days = self.days(&span.days);
                if (span.from, span.to) == (ClockTime(0), ClockTime::END_OF_DAY) {
                    fill(self.span_all_day, &[("days", &days)])
                } else if hours.continues_overnight(span) {
                    fill_with_times(
                        self.span_night_into,
                        &[("days", &days)],
                        &[("to", &clock_text(span.to))],
                    )
                } else {
                    fill_with_times(
                        self.span,
                        &[("days", &days)],
                        &[
                            ("from", &clock_text(span.from)),
                            ("to", &clock_text(span.to)),
                        ],
                    )
                }
            })
            .collect();
        match hours.holidays {
            HolidayHours::AllDay => spans.push(self.holidays_all_day.to_owned()),
            HolidayHours::Closed => spans.push(self.holidays_closed.to_owned()),
            HolidayHours::NotStated | HolidayHours::AsWeekday => {}
        }
        spans.join("; ")
    }
}

/// Length in minutes of a span from `from` to `to`, past midnight when `to` is not after `from`.
fn span_length(from: ClockTime, to: ClockTime) -> u32 {
    let (from, to) = (u32::from(from.0), u32::from(to.0));
    if to <= from {
        to + 1440 - from
    } else {
        to - from
    }
}

/// What a channel's source says about Danish public holidays.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum HolidayHours {
    /// The source does not say. On a holiday the app does not guess from the weekday's hours; it says so.
    #[default]
    NotStated,
    /// Holidays keep their weekday's hours (a source that says "every day").
    AsWeekday,
    /// Open all day on holidays, on top of the weekly spans (Lægevagten: "all day on weekends and public holidays").
    AllDay,
    /// Closed on holidays; a span that started the day before still runs out.
    Closed,
}

/// Sourced opening hours of one channel.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// Open around the clock, all year.
    #[serde(default)]
    pub always: bool,
    /// Weekly spans; empty when `always`.
    #[serde(default)]
    pub weekly: Vec<Span>,
    /// Public holidays, as far as the source says.
    #[serde(default)]
    pub holidays: HolidayHours,
}

impl Hours {
    /// Whether `span` only carries on a night that began the day before: it starts at 00.00, and each of its days
    /// follows a day with a span open until midnight. Lægevagten's weekend runs from Friday 16.00 to Monday 08.00,
    /// which the data writes as "Saturday and Sunday all day" plus "Monday 00.00–08.00"; a text reads the second
    /// better as "the night into Monday until 08.00".
    pub fn continues_overnight(&self, span: &Span) -> bool {
        span.from == ClockTime(0)
            && !span.days.is_empty()
            && span.days.iter().all(|day| {
                self.weekly.iter().any(|other| {
                    other.to == ClockTime::END_OF_DAY && other.days.contains(&day.previous())
                })
            })
    }
}

/// A calendar date as (year, month 1–12, day 1–31).
pub type Date = (i64, u32, u32);

/// Reads a `YYYY-MM-DD` date; `None` for anything else, including days a month does not have.
pub fn parse_date(value: &str) -> Option<Date> {
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let mut parts = value.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let date = (
        i64::from(number(year, 4)?),
        number(month, 2)?,
        number(day, 2)?,
    );
    // A real date survives the round trip through the day count; 2026-02-30 comes back as 2026-03-02.
    let real = (1..=12).contains(&date.1)
        && civil_from_days(days_from_civil(date.0, date.1, date.2)) == date;
    (parts.next().is_none() && real).then_some(date)
}

/// A moment on the Copenhagen wall clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    /// Calendar year, month (1–12), day (1–31).
    pub date: Date,
    /// Day of the week.
    pub weekday: Weekday,
    /// Minutes after local midnight.
    pub minute: u16,
    /// True in summer time (UTC+2).
    pub summer_time: bool,
}

/// A time of day on today or a coming day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Upcoming {
    /// 0 for today, 1 for tomorrow …
    pub days_ahead: usize,
    /// That day's weekday.
    pub weekday: Weekday,
    /// The time; 24.00 for the end of the day.
    pub at: ClockTime,
}

impl Upcoming {
    /// `at` on the day `days_ahead` days after the day with the day count `today`.
    fn on(today: i64, days_ahead: i64, at: ClockTime) -> Upcoming {
        Upcoming {
            days_ahead: days_ahead as usize,
            weekday: weekday_of(today + days_ahead),
            at,
        }
    }
}

/// Whether a channel is open at a moment, and what changes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open around the clock.
    AlwaysOpen,
    /// Open now, and when it closes: spans that follow on without a break count as one, so Lægevagten on a Friday
    /// evening is open until Monday 08.00. `None` when that is not known: a public holiday whose hours the source
    /// does not give comes first, or the spans run on for a week.
    OpenUntil(Option<Upcoming>),
    /// Closed now, and when it next opens (later today at the earliest).
    ClosedUntil {
        /// When it opens.
        opens: Upcoming,
        /// A public holiday comes first whose hours the source does not give, so it might open then too.
        holiday_first: bool,
    },
    /// Today is a public holiday and the source does not say whether the channel is open.
    HolidayNotStated,
}

impl OpenStatus {
    /// True when the channel is known to take contact now.
    pub fn is_open(self) -> bool {
        matches!(self, OpenStatus::AlwaysOpen | OpenStatus::OpenUntil(_))
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        if month <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        month,
        day,
    )
}

fn weekday_of(days: i64) -> Weekday {
    // 1970-01-01 was a Thursday.
    Weekday::after_monday((days + 3).rem_euclid(7) as usize)
}

/// The day count of the last Sunday of a month.
fn last_sunday(year: i64, month: u32) -> i64 {
    let first_of_next = if month == 12 {
        days_from_civil(year + 1, 1, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    };
    let last = first_of_next - 1;
    // Step back from the month's last day to the Sunday on or before it (Sunday has index 6).
    last - ((weekday_of(last).index() as i64 + 1) % 7)
}

/// Converts a UTC instant (Unix milliseconds) to Copenhagen wall-clock time.
pub fn copenhagen(unix_ms: i64) -> LocalTime {
    let utc_minutes = unix_ms.div_euclid(60_000);
    let (year, _, _) = civil_from_days(utc_minutes.div_euclid(1440));
    let summer_starts = last_sunday(year, 3) * 1440 + 60;
    let summer_ends = last_sunday(year, 10) * 1440 + 60;
    let summer_time = (summer_starts..summer_ends).contains(&utc_minutes);
    let local = utc_minutes + if summer_time { 120 } else { 60 };
    let days = local.div_euclid(1440);
    LocalTime {
        date: civil_from_days(days),
        weekday: weekday_of(days),
        minute: local.rem_euclid(1440) as u16,
        summer_time,
    }
}

/// Easter Sunday of a Gregorian year, as a day count (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
fn easter(year: i64) -> i64 {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    days_from_civil(year, month as u32, day as u32)
}

/// True on a Danish public holiday (helligdag): New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and
/// Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day, and Great Prayer Day until it was
/// abolished from 2024. Christmas Eve, New Year's Eve and Constitution Day are not public holidays, so they keep their
/// weekday's hours.
pub fn public_holiday(date: Date) -> bool {
    let (year, month, day) = date;
    if matches!((month, day), (1, 1) | (12, 25) | (12, 26)) {
        return true;
    }
    let from_easter = days_from_civil(year, month, day) - easter(year);
    matches!(from_easter, -3 | -2 | 0 | 1 | 39 | 49 | 50) || (from_easter == 26 && year < 2024)
}

/// The weekly spans (from, to) that start on the weekday of the day with this day count.
fn weekly_on(hours: &Hours, day: i64) -> Vec<(ClockTime, ClockTime)> {
    let weekday = weekday_of(day);
    hours
        .weekly
        .iter()
        .filter(|span| span.days.contains(&weekday))
        .map(|span| (span.from, span.to))
        .collect()
}

/// The opening spans (from, to) that start on the day with this day count; `None` on a public holiday whose hours
/// the source does not give.
fn spans_on(hours: &Hours, day: i64) -> Option<Vec<(ClockTime, ClockTime)>> {
    if !public_holiday(civil_from_days(day)) {
        return Some(weekly_on(hours, day));
    }
    match hours.holidays {
        HolidayHours::NotStated => None,
        HolidayHours::AsWeekday => Some(weekly_on(hours, day)),
        HolidayHours::AllDay => {
            let mut spans = weekly_on(hours, day);
            spans.push((ClockTime(0), ClockTime::END_OF_DAY));
            Some(spans)
        }
        HolidayHours::Closed => Some(Vec::new()),
    }
}

/// What the hours say about one minute.
enum AtMinute {
    /// A span is open, and ends at this minute.
    OpenUntil(i64),
    /// A span of the weekday would be open, but it began on a public holiday whose hours the source does not give.
    MaybeOpen,
    Closed,
}

/// What the hours say about the minute `moment`, counted from today's midnight (later days count on past 1440).
/// A span that started the day before may still be running. The end it gives counts from today's midnight too.
fn at_minute(hours: &Hours, today: i64, moment: i64) -> AtMinute {
    let day = today + moment.div_euclid(1440);
    let minute = moment.rem_euclid(1440);
    for days_back in [1, 0] {
        let start_day = day - days_back;
        let (spans, known) = match spans_on(hours, start_day) {
            Some(spans) => (spans, true),
            None => (weekly_on(hours, start_day), false),
        };
        for (from, to) in spans {
            let elapsed = minute + 1440 * days_back - i64::from(from.0);
            let length = i64::from(span_length(from, to));
            if (0..length).contains(&elapsed) {
                return if known {
                    AtMinute::OpenUntil(moment - elapsed + length)
                } else {
                    AtMinute::MaybeOpen
                };
            }
        }
    }
    AtMinute::Closed
}

/// When a channel open until `end` (minutes from today's midnight) closes: a span that starts as the one before
/// ends, or runs across its end, keeps it open. `None` when a holiday whose hours are not known comes first, or when
/// it is still open a week on, where a weekday name would no longer say which day.
fn closing(hours: &Hours, today: i64, mut end: i64) -> Option<Upcoming> {
    while end <= 7 * 1440 {
        match at_minute(hours, today, end) {
            AtMinute::OpenUntil(later) => end = later,
            AtMinute::MaybeOpen => return None,
            AtMinute::Closed => {
                // A span that ends at midnight closes at 24.00 that day, not at 00.00 the next.
                let days_ahead = (end - 1).div_euclid(1440);
                let at = ClockTime((end - 1440 * days_ahead) as u16);
                return Some(Upcoming::on(today, days_ahead, at));
            }
        }
    }
    None
}

/// Evaluates `hours` at a local moment.
pub fn status(hours: &Hours, now: LocalTime) -> OpenStatus {
    if hours.always {
        return OpenStatus::AlwaysOpen;
    }
    let (year, month, day) = now.date;
    let today = days_from_civil(year, month, day);
    match at_minute(hours, today, i64::from(now.minute)) {
        AtMinute::OpenUntil(end) => return OpenStatus::OpenUntil(closing(hours, today, end)),
        AtMinute::MaybeOpen => return OpenStatus::HolidayNotStated,
        AtMinute::Closed => {}
    }
    let minute = u32::from(now.minute);
    // Otherwise the earliest start in the next two weeks (long enough to pass Easter), noting a holiday the source
    // gives no hours for on the way.
    let mut holiday_first = false;
    for ahead in 0..=14 {
        let Some(spans) = spans_on(hours, today + ahead) else {
            if ahead == 0 {
                return OpenStatus::HolidayNotStated;
            }
            holiday_first = true;
            continue;
        };
        let next = spans
            .into_iter()
            .map(|(from, _)| from)
            .filter(|from| ahead > 0 || u32::from(from.0) > minute)
            .min();
        if let Some(at) = next {
            return OpenStatus::ClosedUntil {
                opens: Upcoming::on(today, ahead, at),
                holiday_first,
            };
        }
    }
    // Validation keeps hours without any span out of the catalogue; should one slip through, it reads as closed.
    OpenStatus::ClosedUntil {
        opens: Upcoming::on(today, 0, ClockTime(0)),
        holiday_first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unix milliseconds of a UTC date and time.
    fn utc(y: i64, mo: u32, d: u32, h: i64, mi: i64) -> i64 {
        (days_from_civil(y, mo, d) * 1440 + h * 60 + mi) * 60_000
    }

    fn span(days: &[Weekday], from: &str, to: &str) -> Span {
        Span {
            days: days.to_vec(),
            from: ClockTime::parse(from).unwrap(),
            to: ClockTime::parse(to).unwrap(),
        }
    }

    /// A moment in the week of Monday 23 November 2026, which has no public holiday.
    fn local(weekday: Weekday, hh: u16, mm: u16) -> LocalTime {
        LocalTime {
            date: (2026, 11, 23 + weekday.index() as u32),
            weekday,
            minute: hh * 60 + mm,
            summer_time: false,
        }
    }

    /// Open until a time `days_ahead` days from today.
    fn open_until(days_ahead: usize, weekday: Weekday, at: &str) -> OpenStatus {
        OpenStatus::OpenUntil(Some(Upcoming {
            days_ahead,
            weekday,
            at: ClockTime::parse(at).unwrap(),
        }))
    }

    /// Closed until a time `days_ahead` days from today; `holiday_first` as in [`OpenStatus::ClosedUntil`].
    fn closed_until(
        days_ahead: usize,
        weekday: Weekday,
        at: ClockTime,
        holiday_first: bool,
    ) -> OpenStatus {
        OpenStatus::ClosedUntil {
            opens: Upcoming {
                days_ahead,
                weekday,
                at,
            },
            holiday_first,
        }
    }

    /// The Danish texts of a sentence about hours, as in texts.json.
    const DANISH: HoursWords<'static> = HoursWords {
        always: "Åben hele døgnet",
        every_day: "alle dage",
        span: "{days} kl. {from}–{to}",
        span_all_day: "{days} hele døgnet",
        span_night_into: "natten til {days} indtil kl. {to}",
        holidays_all_day: "helligdage hele døgnet",
        holidays_closed: "lukket på helligdage",
        and: "og",
        weekdays: [
            "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
        ],
    };

    fn weekly(spans: Vec<Span>, holidays: HolidayHours) -> Hours {
        Hours {
            always: false,
            weekly: spans,
            holidays,
        }
    }

    #[test]
    fn hours_read_as_runs_of_days_with_danish_times() {
        use Weekday::*;
        let always = Hours {
            always: true,
            ..Hours::default()
        };
        assert_eq!(DANISH.sentence(&always), "Åben hele døgnet");
        let every_day = weekly(
            vec![span(&Weekday::ALL, "11:00", "04:00")],
            HolidayHours::AsWeekday,
        );
        // A time is kept on one line with the word before it.
        assert_eq!(
            DANISH.sentence(&every_day),
            "alle dage kl.\u{a0}11.00–04.00"
        );
        // Three days in a row read as a range, two as a pair, and a day apart on its own.
        let split = weekly(
            vec![span(&[Sat, Tue, Wed, Thu], "09:00", "15:00")],
            HolidayHours::NotStated,
        );
        assert_eq!(
            DANISH.sentence(&split),
            "tirsdag–torsdag og lørdag kl.\u{a0}09.00–15.00"
        );
        let pair = weekly(
            vec![span(&[Tue, Wed], "09:00", "15:00")],
            HolidayHours::Closed,
        );
        assert_eq!(
            DANISH.sentence(&pair),
            "tirsdag og onsdag kl.\u{a0}09.00–15.00; lukket på helligdage"
        );
    }

    #[test]
    fn a_weekend_night_reads_as_the_night_into_monday() {
        use Weekday::*;
        let laegevagten = weekly(
            vec![
                span(&[Mon, Tue, Wed, Thu, Fri], "16:00", "08:00"),
                span(&[Sat, Sun], "00:00", "24:00"),
                span(&[Mon], "00:00", "08:00"),
            ],
            HolidayHours::AllDay,
        );
        assert_eq!(
            DANISH.sentence(&laegevagten),
            "mandag–fredag kl.\u{a0}16.00–08.00; lørdag og søndag hele døgnet; natten til mandag indtil kl.\u{a0}08.00; \
             helligdage hele døgnet"
        );
    }

    #[test]
    fn civil_round_trip_and_known_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(
            civil_from_days(days_from_civil(2026, 11, 23)),
            (2026, 11, 23)
        );
        assert_eq!(weekday_of(days_from_civil(2024, 2, 29)), Weekday::Thu);
        // The days around a leap day that ends a 400-year cycle, and a century that is no leap year.
        for date in [(2000, 2, 29), (2000, 3, 1), (1900, 2, 28), (1900, 3, 1)] {
            assert_eq!(
                civil_from_days(days_from_civil(date.0, date.1, date.2)),
                date
            );
        }
        assert_eq!(
            days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28),
            2
        );
        assert_eq!(
            days_from_civil(1900, 3, 1) - days_from_civil(1900, 2, 28),
            1
        );
        // Each day of a week in turn: 23 November 2026 was a Monday, 29 November a Sunday.
        let week: Vec<Weekday> = (23..=29)
            .map(|day| weekday_of(days_from_civil(2026, 11, day)))
            .collect();
        assert_eq!(week, Weekday::ALL);
    }

    #[test]
    fn last_sundays_match_the_calendar() {
        assert_eq!(civil_from_days(last_sunday(2026, 3)), (2026, 3, 29));
        assert_eq!(civil_from_days(last_sunday(2026, 10)), (2026, 10, 25));
        // A month whose last day is itself a Sunday.
        assert_eq!(civil_from_days(last_sunday(2020, 5)), (2020, 5, 31));
        // December, whose next month is in the next year.
        assert_eq!(civil_from_days(last_sunday(2026, 12)), (2026, 12, 27));
    }

    #[test]
    fn winter_is_utc_plus_one() {
        let t = copenhagen(utc(2026, 11, 23, 10, 0));
        assert_eq!(
            (t.weekday, t.minute, t.summer_time),
            (Weekday::Mon, 11 * 60, false)
        );
    }

    #[test]
    fn summer_time_starts_at_one_utc_on_the_last_sunday_of_march() {
        let before = copenhagen(utc(2026, 3, 29, 0, 59));
        let after = copenhagen(utc(2026, 3, 29, 1, 0));
        assert_eq!((before.minute, before.summer_time), (60 + 59, false));
        assert_eq!((after.minute, after.summer_time), (3 * 60, true));
    }

    #[test]
    fn summer_time_ends_at_one_utc_on_the_last_sunday_of_october() {
        let before = copenhagen(utc(2026, 10, 25, 0, 59));
        let after = copenhagen(utc(2026, 10, 25, 1, 0));
        assert_eq!((before.minute, before.summer_time), (2 * 60 + 59, true));
        assert_eq!((after.minute, after.summer_time), (2 * 60, false));
    }

    #[test]
    fn local_midnight_changes_the_date_and_weekday() {
        let t = copenhagen(utc(2026, 11, 22, 23, 30));
        assert_eq!(
            (t.date, t.weekday, t.minute),
            ((2026, 11, 23), Weekday::Mon, 30)
        );
    }

    #[test]
    fn overnight_span_is_open_after_midnight_on_the_next_day() {
        let livslinien = Hours {
            always: false,
            weekly: vec![span(&Weekday::ALL, "11:00", "04:00")],
            holidays: HolidayHours::AsWeekday,
        };
        assert_eq!(
            status(&livslinien, local(Weekday::Tue, 3, 59)),
            open_until(0, Weekday::Tue, "04:00")
        );
        assert_eq!(
            status(&livslinien, local(Weekday::Tue, 23, 0)),
            open_until(1, Weekday::Wed, "04:00")
        );
        assert_eq!(
            status(&livslinien, local(Weekday::Tue, 4, 0)),
            closed_until(0, Weekday::Tue, ClockTime(660), false)
        );
    }

    #[test]
    fn closed_points_to_the_next_opening_day() {
        let hours = Hours {
            always: false,
            weekly: vec![span(&[Weekday::Tue, Weekday::Thu], "12:00", "15:00")],
            ..Hours::default()
        };
        assert_eq!(
            status(&hours, local(Weekday::Thu, 15, 0)),
            closed_until(5, Weekday::Tue, ClockTime(720), false)
        );
        assert_eq!(
            status(&hours, local(Weekday::Mon, 9, 0)),
            closed_until(1, Weekday::Tue, ClockTime(720), false)
        );
    }

    #[test]
    fn weekday_night_span_does_not_open_on_a_day_it_does_not_start() {
        // Lægevagten's weekday evening span starts Monday–Thursday; Friday evening belongs to the weekend rule.
        let hours = Hours {
            always: false,
            weekly: vec![span(&[Weekday::Mon], "16:00", "08:00")],
            ..Hours::default()
        };
        assert!(status(&hours, local(Weekday::Tue, 7, 59)).is_open());
        assert!(!status(&hours, local(Weekday::Wed, 7, 0)).is_open());
    }

    #[test]
    fn always_is_always_open() {
        let hours = Hours {
            always: true,
            ..Hours::default()
        };
        assert_eq!(
            status(&hours, local(Weekday::Sun, 3, 0)),
            OpenStatus::AlwaysOpen
        );
    }

    #[test]
    fn days_group_into_runs_of_consecutive_weekdays() {
        use Weekday::*;
        assert_eq!(day_runs(&[Tue, Wed, Thu]), [(Tue, Thu)]);
        assert_eq!(day_runs(&[Fri, Mon, Wed, Tue]), [(Mon, Wed), (Fri, Fri)]);
        assert_eq!(day_runs(&[Sat, Sun, Sat]), [(Sat, Sun)]);
        assert_eq!(day_runs(&Weekday::ALL), [(Mon, Sun)]);
        assert_eq!(day_runs(&[Tue, Thu]), [(Tue, Tue), (Thu, Thu)]);
        assert!(day_runs(&[]).is_empty());
    }

    #[test]
    fn a_span_from_midnight_after_a_day_open_until_midnight_continues_the_night() {
        use Weekday::*;
        let weekend = span(&[Sat, Sun], "00:00", "24:00");
        let monday_morning = span(&[Mon], "00:00", "08:00");
        let hours = Hours {
            weekly: vec![
                span(&[Mon, Tue, Wed, Thu, Fri], "16:00", "08:00"),
                weekend.clone(),
                monday_morning.clone(),
            ],
            ..Hours::default()
        };
        assert!(hours.continues_overnight(&monday_morning));
        // Saturday starts at midnight too, but Friday's span ends at 08.00 on Saturday, not at midnight.
        assert!(!hours.continues_overnight(&weekend));
        // Every day of the span must follow such a day: Tuesday follows a Monday that closes at 08.00.
        let hours = Hours {
            weekly: vec![weekend, span(&[Mon, Tue], "00:00", "08:00")],
            ..Hours::default()
        };
        assert!(!hours.continues_overnight(&hours.weekly[1]));
        // The day before each day of the week: Sunday for Monday, then Monday to Saturday.
        let previous: Vec<Weekday> = Weekday::ALL.into_iter().map(Weekday::previous).collect();
        assert_eq!(previous, [Sun, Mon, Tue, Wed, Thu, Fri, Sat]);
    }

    #[test]
    fn the_end_of_the_day_reads_as_24_00() {
        assert_eq!(ClockTime(24 * 60).hour_minute(), (24, 0));
        assert_eq!(ClockTime(0).hour_minute(), (0, 0));
        assert_eq!(ClockTime(8 * 60 + 30).hour_minute(), (8, 30));
    }

    #[test]
    fn clock_time_parses_only_well_formed_times() {
        assert_eq!(ClockTime::parse("09:30"), Some(ClockTime(570)));
        assert_eq!(ClockTime::parse("24:00"), Some(ClockTime(1440)));
        for bad in ["9:30", "24:01", "12:60", "ab:cd", "", "12:3", "-1:00"] {
            assert_eq!(ClockTime::parse(bad), None, "{bad}");
        }
    }

    /// The Copenhagen moment of a local date and time in winter (UTC+1) or summer (UTC+2).
    fn at(date: Date, hh: u16, mm: u16) -> LocalTime {
        let local_noon = utc(date.0, date.1, date.2, 12, 0);
        let t = copenhagen(local_noon);
        LocalTime {
            minute: hh * 60 + mm,
            ..t
        }
    }

    fn holidays_of(year: i64) -> Vec<(u32, u32)> {
        let first = days_from_civil(year, 1, 1);
        let last = days_from_civil(year, 12, 31);
        (first..=last)
            .map(civil_from_days)
            .filter(|&date| public_holiday(date))
            .map(|(_, m, d)| (m, d))
            .collect()
    }

    #[test]
    fn dates_must_exist() {
        assert_eq!(parse_date("2026-11-23"), Some((2026, 11, 23)));
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        for bad in [
            "2026-02-29",
            "2100-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-11-23-1",
            "26-11-23",
            "2026-1-23",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn easter_falls_on_the_known_dates() {
        for (year, month, day) in [
            (2008, 3, 23),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(civil_from_days(easter(year)), (year, month, day), "{year}");
        }
    }

    /// Easter Sunday by a second method that shares no step with [`easter`]: Oudin's (1940), as given in Claus
    /// Tøndering's calendar FAQ, whose one-letter names it keeps.
    fn easter_by_oudin(year: i64) -> Date {
        let (g, c) = (year % 19, year / 100);
        let h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
        let i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11));
        let j = (year + year / 4 + i + 2 - c + c / 4) % 7;
        let l = i - j;
        let month = 3 + (l + 40) / 44;
        let day = l + 28 - 31 * (month / 4);
        (year, month as u32, day as u32)
    }

    /// The known dates above are all in two centuries, where some steps of the method cancel out; every year
    /// from the first whole Gregorian one to 4099 reaches each step.
    #[test]
    fn easter_agrees_with_a_second_method_in_every_year() {
        for year in 1583..=4099 {
            assert_eq!(
                civil_from_days(easter(year)),
                easter_by_oudin(year),
                "{year}"
            );
        }
    }

    #[test]
    fn the_danish_public_holidays_of_2026() {
        assert_eq!(
            holidays_of(2026),
            vec![
                (1, 1),   // Nytårsdag
                (4, 2),   // Skærtorsdag
                (4, 3),   // Langfredag
                (4, 5),   // Påskedag
                (4, 6),   // 2. påskedag
                (5, 14),  // Kristi himmelfartsdag
                (5, 24),  // Pinsedag
                (5, 25),  // 2. pinsedag
                (12, 25), // Juledag
                (12, 26), // 2. juledag
            ]
        );
    }

    #[test]
    fn great_prayer_day_is_a_holiday_only_before_2024() {
        assert!(public_holiday((2023, 5, 5)));
        assert_eq!(holidays_of(2023).len(), 11);
        assert!(!public_holiday((2024, 4, 26)));
        // Christmas Eve, New Year's Eve and Constitution Day are ordinary days.
        for date in [(2026, 12, 24), (2026, 12, 31), (2026, 6, 5)] {
            assert!(!public_holiday(date), "{date:?}");
        }
    }

    fn office() -> Hours {
        Hours {
            weekly: vec![span(
                &[Weekday::Tue, Weekday::Wed, Weekday::Thu],
                "12:00",
                "15:00",
            )],
            ..Hours::default()
        }
    }

    #[test]
    fn on_a_holiday_the_source_does_not_cover_the_status_says_so_instead_of_guessing() {
        // Maundy Thursday 2026 at 13:00: a Thursday span, but a holiday.
        assert_eq!(
            status(&office(), at((2026, 4, 2), 13, 0)),
            OpenStatus::HolidayNotStated
        );
        assert!(!OpenStatus::HolidayNotStated.is_open());
    }

    #[test]
    fn closed_before_a_holiday_points_past_it_and_says_a_holiday_comes_first() {
        // Wednesday 1 April 2026 at 16:00: Thursday is Maundy Thursday; Easter Monday follows; next opening Tuesday.
        assert_eq!(
            status(&office(), at((2026, 4, 1), 16, 0)),
            closed_until(6, Weekday::Tue, ClockTime(720), true)
        );
    }

    #[test]
    fn holidays_closed_skips_them_without_doubt() {
        let hours = Hours {
            holidays: HolidayHours::Closed,
            ..office()
        };
        assert_eq!(
            status(&hours, at((2026, 4, 1), 16, 0)),
            closed_until(6, Weekday::Tue, ClockTime(720), false)
        );
        assert!(!status(&hours, at((2026, 4, 2), 13, 0)).is_open());
    }

    /// Lægevagten as shipped: weekdays 16–08, all day at weekends and on public holidays.
    fn laegevagten() -> Hours {
        let weekdays = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ];
        Hours {
            always: false,
            weekly: vec![
                span(&weekdays, "16:00", "08:00"),
                span(&[Weekday::Sat, Weekday::Sun], "00:00", "24:00"),
                span(&[Weekday::Mon], "00:00", "08:00"),
            ],
            holidays: HolidayHours::AllDay,
        }
    }

    #[test]
    fn all_day_on_holidays_opens_a_weekday_holiday_and_keeps_the_night_after_it() {
        // Good Friday and Easter Monday 2026 at 11:00 are open, though a weekday is not at that hour. From Good
        // Friday the holiday, the weekend and Easter Monday follow on without a break, and so does the weekday
        // night after Easter Monday: open until Tuesday 08.00, four days on.
        assert_eq!(
            status(&laegevagten(), at((2026, 4, 3), 11, 0)),
            open_until(4, Weekday::Tue, "08:00")
        );
        assert_eq!(
            status(&laegevagten(), at((2026, 4, 6), 11, 0)),
            open_until(1, Weekday::Tue, "08:00")
        );
        // The night after Easter Monday is an ordinary weekday night, 16–08.
        assert!(status(&laegevagten(), at((2026, 4, 7), 3, 0)).is_open());
        // Tuesday after Easter at 10:00 is an ordinary weekday: closed until 16:00.
        assert_eq!(
            status(&laegevagten(), at((2026, 4, 7), 10, 0)),
            closed_until(0, Weekday::Tue, ClockTime(960), false)
        );
    }

    #[test]
    fn spans_that_follow_on_without_a_break_close_as_one() {
        // Friday evening runs into the weekend and the night into Monday.
        assert_eq!(
            status(&laegevagten(), local(Weekday::Fri, 17, 0)),
            open_until(3, Weekday::Mon, "08:00")
        );
        // A weekday night closes the next morning.
        assert_eq!(
            status(&laegevagten(), local(Weekday::Tue, 6, 0)),
            open_until(0, Weekday::Tue, "08:00")
        );
        // Spans back to back, or one running across another's end, on one day.
        for second in [("12:00", "16:00"), ("11:00", "16:00")] {
            let hours = Hours {
                weekly: vec![
                    span(&[Weekday::Mon], "08:00", "12:00"),
                    span(&[Weekday::Mon], second.0, second.1),
                ],
                ..Hours::default()
            };
            assert_eq!(
                status(&hours, local(Weekday::Mon, 9, 0)),
                open_until(0, Weekday::Mon, "16:00")
            );
        }
        // A span to midnight with nothing after it closes at 24.00 that day.
        let evening = Hours {
            weekly: vec![span(&[Weekday::Mon], "18:00", "24:00")],
            ..Hours::default()
        };
        assert_eq!(
            status(&evening, local(Weekday::Mon, 23, 59)),
            open_until(0, Weekday::Mon, "24:00")
        );
    }

    #[test]
    fn a_closing_time_past_a_holiday_without_hours_or_a_week_on_is_not_claimed() {
        let all_day = |days: &[Weekday], holidays| Hours {
            weekly: vec![
                span(days, "00:00", "24:00"),
                span(&[Weekday::Sun], "00:00", "12:00"),
            ],
            holidays,
            ..Hours::default()
        };
        let wednesday_before_christmas = at((2026, 12, 23), 10, 0);
        let cases = [
            // Open today and Christmas Eve, but Christmas Day's hours are not given.
            (
                all_day(&Weekday::ALL, HolidayHours::NotStated),
                wednesday_before_christmas,
                OpenStatus::OpenUntil(None),
            ),
            // Open on every day, holidays too: still open a week on.
            (
                all_day(&Weekday::ALL, HolidayHours::AsWeekday),
                wednesday_before_christmas,
                OpenStatus::OpenUntil(None),
            ),
            // Open every day until Christmas Day, when it is closed: until Christmas Eve 24.00, six days on.
            (
                all_day(&Weekday::ALL, HolidayHours::Closed),
                at((2026, 12, 18), 10, 0),
                open_until(6, Weekday::Thu, "24:00"),
            ),
            // Open until the sixth day ahead is still said.
            (
                all_day(&Weekday::ALL[..6], HolidayHours::AsWeekday),
                local(Weekday::Mon, 10, 0),
                open_until(6, Weekday::Sun, "12:00"),
            ),
        ];
        for (hours, now, expected) in cases {
            assert_eq!(status(&hours, now), expected, "{hours:?}");
        }
    }

    #[test]
    fn an_overnight_span_from_a_holiday_the_source_does_not_cover_is_not_claimed() {
        let hours = Hours {
            weekly: vec![span(&Weekday::ALL, "20:00", "02:00")],
            ..Hours::default()
        };
        // 01:00 after Christmas Day (26 Dec is also a holiday, so take 27 Dec 2026, a Sunday): the span began on
        // Boxing Day, whose hours the source does not give.
        assert_eq!(
            status(&hours, at((2026, 12, 27), 1, 0)),
            OpenStatus::HolidayNotStated
        );
        // The same hour after an ordinary day is simply open.
        assert!(status(&hours, at((2026, 12, 28), 1, 0)).is_open());
    }

    /// The instants a browser's clock can report: `Date.now()` is within 8.64 × 10^15 ms of 1970 (ECMAScript's
    /// time value range). A device whose clock is set to any of them must get a sensible answer, never a panic;
    /// `cargo test` keeps overflow checks on, so an overflow in the calendar arithmetic fails here.
    const BROWSER_CLOCK_MS: std::ops::RangeInclusive<i64> =
        -8_640_000_000_000_000..=8_640_000_000_000_000;

    proptest::proptest! {
        #[test]
        fn any_instant_a_browser_can_report_is_a_wall_clock_time_one_or_two_hours_ahead_of_utc(
            unix_ms in BROWSER_CLOCK_MS,
        ) {
            let now = copenhagen(unix_ms);
            let (year, month, day) = now.date;
            proptest::prop_assert!((1..=12).contains(&month) && (1..=31).contains(&day), "{:?}", now.date);
            proptest::prop_assert!(now.minute < 1440);
            let today = days_from_civil(year, month, day);
            proptest::prop_assert_eq!(civil_from_days(today), now.date);
            proptest::prop_assert_eq!(weekday_of(today), now.weekday);
            let ahead_of_utc = today * 1440 + i64::from(now.minute) - unix_ms.div_euclid(60_000);
            proptest::prop_assert_eq!(ahead_of_utc, if now.summer_time { 120 } else { 60 });
        }

        #[test]
        fn any_instant_a_browser_can_report_has_the_right_opening_status(unix_ms in BROWSER_CLOCK_MS) {
            let now = copenhagen(unix_ms);
            let minute = now.minute;
            // Open 11–04 every night, as Livslinien.
            let nightly = Hours {
                weekly: vec![span(&Weekday::ALL, "11:00", "04:00")],
                holidays: HolidayHours::AsWeekday,
                ..Hours::default()
            };
            let expected = if minute < 240 {
                OpenStatus::OpenUntil(Some(Upcoming { days_ahead: 0, weekday: now.weekday, at: ClockTime(240) }))
            } else if minute >= 660 {
                let days = days_from_civil(now.date.0, now.date.1, now.date.2);
                OpenStatus::OpenUntil(Some(Upcoming { days_ahead: 1, weekday: weekday_of(days + 1), at: ClockTime(240) }))
            } else {
                closed_until(0, now.weekday, ClockTime(660), false)
            };
            proptest::prop_assert_eq!(status(&nightly, now), expected);
            // Open 9–15 on weekdays: closed at the weekend, and opening again within three days, at 9, on a weekday.
            let office = Hours {
                weekly: vec![span(&Weekday::ALL[..5], "09:00", "15:00")],
                holidays: HolidayHours::AsWeekday,
                ..Hours::default()
            };
            let weekday = now.weekday.index() < 5;
            match status(&office, now) {
                OpenStatus::OpenUntil(closes) => {
                    proptest::prop_assert!(weekday && (540..900).contains(&minute));
                    let today = Upcoming { days_ahead: 0, weekday: now.weekday, at: ClockTime(900) };
                    proptest::prop_assert_eq!(closes, Some(today));
                }
                OpenStatus::ClosedUntil { opens: Upcoming { days_ahead, weekday: opens, at }, .. } => {
                    proptest::prop_assert!(!(weekday && (540..900).contains(&minute)));
                    proptest::prop_assert!(days_ahead <= 3 && opens.index() < 5 && at == ClockTime(540));
                }
                other => proptest::prop_assert!(false, "{other:?}"),
            }
        }
    }
}
