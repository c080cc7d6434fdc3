//! Helpers shared by the native test files.
#![allow(dead_code)] // Each test crate uses a different subset.

use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::catalogue::Offer;
#[cfg(not(target_arch = "wasm32"))]
use {
    hjaelpeguiden::domain::answers::Age, hjaelpeguiden::domain::questions::Who,
    proptest::prelude::*,
};

/// The shipped data, parsed.
pub fn bundle() -> Bundle {
    Bundle::parse_embedded().expect("the embedded data parses")
}

/// The shipped offer with this id, to change or break.
pub fn offer_mut<'a>(bundle: &'a mut Bundle, id: &str) -> &'a mut Offer {
    let offers = &mut bundle.catalogue.offers;
    offers.iter_mut().find(|o| o.id == id).unwrap()
}

/// How many cases each property tries: `default` unless PROPTEST_CASES says otherwise, which `make fuzz` raises and
/// `make mutants` lowers. `ProptestConfig::default()` reads the variable too, but a block that sets its own count
/// does not.
#[cfg(not(target_arch = "wasm32"))]
pub fn proptest_cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(default)
}

/// Any asker, or none.
#[cfg(not(target_arch = "wasm32"))]
pub fn any_who() -> impl Strategy<Value = Option<Who>> {
    proptest::option::of(prop_oneof![
        Just(Who::Me),
        Just(Who::Relative),
        Just(Who::Professional)
    ])
}

/// Any valid age answer, or none.
#[cfg(not(target_arch = "wasm32"))]
pub fn any_age() -> impl Strategy<Value = Option<Age>> {
    proptest::option::of(prop_oneof![
        Just(Age::DontKnow),
        (0u8..=120).prop_map(Age::Years)
    ])
}
