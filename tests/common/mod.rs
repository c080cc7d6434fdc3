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
