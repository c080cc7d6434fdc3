//! The pure core of Hjælpeguiden.
//!
//! Everything here is plain Rust plus serde: no Leptos, no web-sys, no wasm-bindgen, no clock. That keeps every
//! rule (catalogue validation, question flow, ranking, opening hours, storage encodings) testable with plain
//! `cargo test`, and lets the build script compile this same module to reject a broken catalogue before any wasm
//! is built. Time always comes in as an argument.
//!
//! Modules refer to each other through `super::` only, so the build script can mount this tree as its own
//! `domain` module.

/// Declares the modules that read untrusted input: the address bar, a list link, stored answers, the embedded
/// data's binary form with its maps, and what people type into the search, with the crisis check and the text
/// rules it reads it by. Clippy refuses in them every way to panic on input that does not fit: `unwrap`,
/// `expect`, indexing, slicing a string, `panic!` and `unreachable!`. What cannot be read is an error value or
/// `None`, which the UI says in words; a search finds nothing, never the page shown when the app has failed.
macro_rules! untrusted_input {
    ($($name:ident),*) => {
        $(
            #[deny(
                clippy::unwrap_used,
                clippy::expect_used,
                clippy::indexing_slicing,
                clippy::string_slice,
                clippy::panic,
                clippy::unreachable
            )]
            pub mod $name;
        )*
    };
}

untrusted_input!(
    answers, compact, crisis, keyed, route, search, shortlist, text
);
pub mod bundle;
pub mod catalogue;
pub mod flow;
pub mod hours;
pub mod order;
pub mod plain_page;
pub mod qr;
pub mod questions;
pub mod ranking;
pub mod readability;
pub mod shortcut;
pub mod speech;
pub mod validate;
