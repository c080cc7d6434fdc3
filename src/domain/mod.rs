//! The pure core of Hjælpeguiden.
//!
//! Everything here is plain Rust plus serde: no Leptos, no web-sys, no wasm-bindgen, no clock. That keeps every
//! rule (catalogue validation, question flow, ranking, opening hours, storage encodings) testable with plain
//! `cargo test`, and lets the build script compile this same module to reject a broken catalogue before any wasm
//! is built. Time always comes in as an argument.
//!
//! Modules refer to each other through `super::` only, so the build script can mount this tree as its own
//! `domain` module.
//!
//! Nothing here may panic on data it is given: much of it reads untrusted input (the address bar, a list link,
//! stored answers, the embedded data's binary form, what people type into the search), and the rest runs on every
//! page. So clippy refuses every way to panic in the whole tree: `unwrap`, `expect`, indexing, slicing a string,
//! `panic!` and `unreachable!`. What cannot be read is an error value or `None`, which the UI says in words; a
//! search that cannot use a word finds nothing, never the page shown when the app has failed. Arithmetic overflow
//! is left to the types and tests.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::panic,
    clippy::unreachable
)]
// The unit tests may assert by unwrapping, indexing and panicking: the lint above still holds for the code they test,
// which `make lint` also checks as it is built for the app.
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic
    )
)]

pub mod answers;
pub mod bundle;
pub mod catalogue;
pub mod compact;
pub mod crisis;
pub mod flow;
pub mod hours;
pub mod keyed;
pub mod order;
pub mod plain_page;
pub mod qr;
pub mod questions;
pub mod ranking;
pub mod readability;
pub mod route;
pub mod search;
pub mod shortcut;
pub mod shortlist;
pub mod speech;
pub mod text;
pub mod validate;
