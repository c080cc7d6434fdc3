//! The one place the UI reads the device's clock. The domain never does: it gets the moment as an argument, so tests
//! can stand on a public holiday or a year after the last check.

use crate::domain::hours::{LocalTime, copenhagen};
use leptos::prelude::*;
use std::time::Duration;

/// How often the ticking clock looks at the device's clock: an "Åben nu" is at most this late after a line closes.
/// Looking costs next to nothing, since the signal only changes when the minute does.
const LOOK_EVERY: Duration = Duration::from_secs(15);

/// Now, on the Copenhagen wall clock.
pub fn now() -> LocalTime {
    copenhagen(js_sys::Date::now() as i64)
}

/// Now, as a signal that moves on with the minute, for what changes in the course of a day: whether a line is open
/// and until when. A page can stay open for hours (a counter at an outreach site, a phone put away with the crisis
/// page on it), and its "Åben nu – til kl. 16.00" must not outlive 16.00. A text may read it directly, since only a
/// text that changed is written; what decides which elements exist reads it through a `Memo` of what it decides (the
/// lines' states), so elements are rebuilt when an answer changes, not every minute, and focus on a link is kept.
///
/// What changes only with the date (a fact due for a check, an ended project, the results) is worked out when the
/// page is shown, with [`now`].
pub fn ticking() -> ReadSignal<LocalTime> {
    let (moment, set_moment) = signal(now());
    set_interval(
        move || {
            let next = now();
            if moment.get_untracked() != next {
                set_moment.set(next);
            }
        },
        LOOK_EVERY,
    );
    moment
}
