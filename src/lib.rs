//! Hjælpeguiden: a client-side guide to Randers Kommune's social and health offers.
//!
//! `domain` is the pure core (catalogue, validation, questions, ranking, opening hours, encodings), tested with
//! plain `cargo test`. `ui` is a thin Leptos shell over it. Dependencies point one way: `ui → domain`.
//!
//! Nothing here may panic on data it is given: the domain reads untrusted input (the address bar, a list link,
//! stored answers, the embedded data's binary form, what people type into the search), and all of it runs on every
//! page. So clippy refuses every way to panic in the whole library: `unwrap`, `expect`, indexing, slicing a string,
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

pub mod domain;
pub mod ui;

/// The catalogue, questions and UI texts exactly as build.rs validated them, in postcard's compact form (read with
/// [`domain::bundle::Bundle::from_postcard`]). It lives here, not in `domain`, because build.rs compiles `domain`
/// itself, before this file exists.
pub const EMBEDDED_BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.postcard"));
