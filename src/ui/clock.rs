//! The one place the UI reads the device's clock. The domain never does: it gets the moment as an argument, so tests
//! can stand on a public holiday or a year after the last check.

use crate::domain::hours::{LocalTime, copenhagen};

/// Now, on the Copenhagen wall clock.
pub fn now() -> LocalTime {
    copenhagen(js_sys::Date::now() as i64)
}
