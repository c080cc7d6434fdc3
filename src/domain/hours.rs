//! Opening hours per contact channel, evaluated in Europe/Copenhagen time.
//!
//! The clock is injected: callers pass the instant as Unix milliseconds, so tests can stand on either side of a
//! summer-time switch or midnight. Denmark follows the EU rule: summer time (UTC+2) from 01:00 UTC on the last
//! Sunday of March to 01:00 UTC on the last Sunday of October, otherwise UTC+1. Public holidays are not modelled;
//! texts that depend on them say so in words.

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

    /// The day `n` days later.
    pub fn plus(self, n: usize) -> Weekday {
        Weekday::ALL[(self.index() + n) % 7]
    }
}

/// A time of day in minutes after midnight, written `"HH:MM"` in the data (`"24:00"` allowed as an end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClockTime(pub u16);

impl ClockTime {
    /// Parses `"HH:MM"`; `None` for anything else.
    pub fn parse(text: &str) -> Option<ClockTime> {
        let (h, m) = text.split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        let minutes = h * 60 + m;
        (m < 60 && minutes <= 24 * 60).then_some(ClockTime(minutes))
    }

    /// The hour and minute, as shown ("11.00" style is left to the UI).
    pub fn hour_minute(self) -> (u16, u16) {
        (self.0 / 60 % 24, self.0 % 60)
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

impl Span {
    fn overnight(&self) -> bool {
        self.to <= self.from
    }

    /// Length in minutes.
    fn length(&self) -> u32 {
        let (from, to) = (u32::from(self.from.0), u32::from(self.to.0));
        if self.overnight() {
            to + 1440 - from
        } else {
            to - from
        }
    }
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
}

/// A moment on the Copenhagen wall clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    /// Calendar year, month (1–12), day (1–31).
    pub date: (i64, u32, u32),
    /// Day of the week.
    pub weekday: Weekday,
    /// Minutes after local midnight.
    pub minute: u16,
    /// True in summer time (UTC+2).
    pub summer_time: bool,
}

/// Whether a channel is open at a moment, and what changes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open around the clock.
    AlwaysOpen,
    /// Open now, until the given time.
    OpenUntil(ClockTime),
    /// Closed now; opens `days_ahead` days from today (0 = later today) at the given time.
    ClosedUntil {
        /// 0 for today, 1 for tomorrow …
        days_ahead: usize,
        /// The weekday it opens.
        weekday: Weekday,
        /// The time it opens.
        at: ClockTime,
    },
}

impl OpenStatus {
    /// True when the channel takes contact now.
    pub fn is_open(self) -> bool {
        !matches!(self, OpenStatus::ClosedUntil { .. })
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
fn civil_from_days(days: i64) -> (i64, u32, u32) {
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
    Weekday::ALL[(days + 3).rem_euclid(7) as usize]
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

/// Evaluates `hours` at a local moment.
pub fn status(hours: &Hours, now: LocalTime) -> OpenStatus {
    if hours.always {
        return OpenStatus::AlwaysOpen;
    }
    let minute = u32::from(now.minute);
    // A span that started yesterday (or earlier today) may still be running.
    for (days_back, day) in [(1usize, now.weekday.plus(6)), (0, now.weekday)] {
        for span in hours.weekly.iter().filter(|s| s.days.contains(&day)) {
            let start = u32::from(span.from.0);
            let elapsed = (minute + 1440 * days_back as u32).checked_sub(start);
            if elapsed.is_some_and(|e| e < span.length()) {
                return OpenStatus::OpenUntil(span.to);
            }
        }
    }
    // Otherwise the earliest start in the coming week.
    (0..=7)
        .flat_map(|ahead| {
            let day = now.weekday.plus(ahead);
            hours
                .weekly
                .iter()
                .filter(move |s| s.days.contains(&day))
                .map(move |s| (ahead, day, s.from))
        })
        .filter(|(ahead, _, from)| *ahead > 0 || u32::from(from.0) > minute)
        .min_by_key(|(ahead, _, from)| (*ahead, *from))
        .map(|(days_ahead, weekday, at)| OpenStatus::ClosedUntil {
            days_ahead,
            weekday,
            at,
        })
        .unwrap_or(OpenStatus::ClosedUntil {
            days_ahead: 0,
            weekday: now.weekday,
            at: ClockTime(0),
        })
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

    fn local(weekday: Weekday, hh: u16, mm: u16) -> LocalTime {
        LocalTime {
            date: (2026, 1, 1),
            weekday,
            minute: hh * 60 + mm,
            summer_time: false,
        }
    }

    #[test]
    fn civil_round_trip_and_known_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(
            civil_from_days(days_from_civil(2026, 11, 23)),
            (2026, 11, 23)
        );
        assert_eq!(weekday_of(days_from_civil(2026, 11, 23)), Weekday::Mon);
        assert_eq!(weekday_of(days_from_civil(2024, 2, 29)), Weekday::Thu);
    }

    #[test]
    fn last_sundays_match_the_calendar() {
        assert_eq!(civil_from_days(last_sunday(2026, 3)), (2026, 3, 29));
        assert_eq!(civil_from_days(last_sunday(2026, 10)), (2026, 10, 25));
        // A month whose last day is itself a Sunday.
        assert_eq!(civil_from_days(last_sunday(2020, 5)), (2020, 5, 31));
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
        };
        assert_eq!(
            status(&livslinien, local(Weekday::Tue, 3, 59)),
            OpenStatus::OpenUntil(ClockTime(240))
        );
        assert_eq!(
            status(&livslinien, local(Weekday::Tue, 23, 0)),
            OpenStatus::OpenUntil(ClockTime(240))
        );
        assert_eq!(
            status(&livslinien, local(Weekday::Tue, 4, 0)),
            OpenStatus::ClosedUntil {
                days_ahead: 0,
                weekday: Weekday::Tue,
                at: ClockTime(660)
            }
        );
    }

    #[test]
    fn closed_points_to_the_next_opening_day() {
        let hours = Hours {
            always: false,
            weekly: vec![span(&[Weekday::Tue, Weekday::Thu], "12:00", "15:00")],
        };
        assert_eq!(
            status(&hours, local(Weekday::Thu, 15, 0)),
            OpenStatus::ClosedUntil {
                days_ahead: 5,
                weekday: Weekday::Tue,
                at: ClockTime(720)
            }
        );
        assert_eq!(
            status(&hours, local(Weekday::Mon, 9, 0)),
            OpenStatus::ClosedUntil {
                days_ahead: 1,
                weekday: Weekday::Tue,
                at: ClockTime(720)
            }
        );
    }

    #[test]
    fn weekday_night_span_does_not_open_on_a_day_it_does_not_start() {
        // Lægevagten's weekday evening span starts Monday–Thursday; Friday evening belongs to the weekend rule.
        let hours = Hours {
            always: false,
            weekly: vec![span(&[Weekday::Mon], "16:00", "08:00")],
        };
        assert!(status(&hours, local(Weekday::Tue, 7, 59)).is_open());
        assert!(!status(&hours, local(Weekday::Wed, 7, 0)).is_open());
    }

    #[test]
    fn always_is_always_open() {
        let hours = Hours {
            always: true,
            weekly: vec![],
        };
        assert_eq!(
            status(&hours, local(Weekday::Sun, 3, 0)),
            OpenStatus::AlwaysOpen
        );
    }

    #[test]
    fn clock_time_parses_only_well_formed_times() {
        assert_eq!(ClockTime::parse("09:30"), Some(ClockTime(570)));
        assert_eq!(ClockTime::parse("24:00"), Some(ClockTime(1440)));
        for bad in ["9:30", "24:01", "12:60", "ab:cd", "", "12:3", "-1:00"] {
            assert_eq!(ClockTime::parse(bad), None, "{bad}");
        }
    }
}
