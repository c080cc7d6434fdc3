//! The quick-exit keyboard shortcut, after GOV.UK's "Exit this page": Shift pressed three times on its own within
//! five seconds.
//!
//! "On its own" is the point. Keyboard and screen-reader users press Shift+Tab all the time to go back through a
//! form; if those presses counted, three steps back would throw them out of the app and wipe their answers. So, as
//! GOV.UK does, the shortcut looks at key releases: a Shift that was only a modifier for another key does not
//! count, and any other key starts the count again.

/// Lone Shift presses that trigger the exit.
pub const PRESSES: usize = 3;
/// The window, in milliseconds, in which they must fall.
pub const WINDOW_MS: f64 = 5000.0;

/// Counts lone Shift presses from key releases.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExitShortcut {
    /// When the counted presses happened (milliseconds, any clock).
    presses: Vec<f64>,
    /// Whether Shift was held when the previous key was released, i.e. that key was typed with Shift.
    last_key_was_modified: bool,
}

impl ExitShortcut {
    /// Takes one key release: whether the released key is Shift, whether Shift was still held as it was released,
    /// and when. Returns how many lone Shift presses now count; [`PRESSES`] means leave.
    pub fn key_up(&mut self, key_is_shift: bool, shift_held: bool, now_ms: f64) -> usize {
        if key_is_shift && !self.last_key_was_modified {
            self.presses.retain(|&at| now_ms - at < WINDOW_MS);
            self.presses.push(now_ms);
        } else {
            self.presses.clear();
        }
        self.last_key_was_modified = shift_held;
        self.presses.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shift pressed and released on its own.
    fn shift(shortcut: &mut ExitShortcut, at: f64) -> usize {
        shortcut.key_up(true, false, at)
    }

    /// Shift+Tab as browsers report it: Tab is released while Shift is held, then Shift is released.
    fn shift_tab(shortcut: &mut ExitShortcut, at: f64) -> usize {
        shortcut.key_up(false, true, at);
        shortcut.key_up(true, false, at + 50.0)
    }

    #[test]
    fn three_lone_presses_within_the_window_count_to_three() {
        let mut shortcut = ExitShortcut::default();
        assert_eq!(shift(&mut shortcut, 0.0), 1);
        assert_eq!(shift(&mut shortcut, 1000.0), 2);
        assert_eq!(shift(&mut shortcut, 2000.0), PRESSES);
    }

    #[test]
    fn shift_tab_never_counts() {
        let mut shortcut = ExitShortcut::default();
        for step in 0..10 {
            assert_eq!(shift_tab(&mut shortcut, f64::from(step) * 300.0), 0);
        }
    }

    #[test]
    fn any_other_key_starts_the_count_again() {
        let mut shortcut = ExitShortcut::default();
        shift(&mut shortcut, 0.0);
        shift(&mut shortcut, 100.0);
        assert_eq!(shortcut.key_up(false, false, 200.0), 0);
        assert_eq!(shift(&mut shortcut, 300.0), 1);
        // Shift+Tab between lone presses also breaks the run.
        shift_tab(&mut shortcut, 400.0);
        assert_eq!(shift(&mut shortcut, 600.0), 1);
    }

    #[test]
    fn presses_older_than_the_window_drop_out() {
        let mut shortcut = ExitShortcut::default();
        shift(&mut shortcut, 0.0);
        shift(&mut shortcut, 3000.0);
        assert_eq!(shift(&mut shortcut, 5500.0), 2);
        assert_eq!(shift(&mut shortcut, 12_000.0), 1);
    }

    #[test]
    fn a_press_exactly_one_window_later_no_longer_counts_the_first() {
        let mut shortcut = ExitShortcut::default();
        shift(&mut shortcut, 0.0);
        shift(&mut shortcut, 1000.0);
        assert_eq!(shift(&mut shortcut, WINDOW_MS), 2);
    }
}
