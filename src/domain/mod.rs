//! The pure core of Hjælpeguiden.
//!
//! Everything here is plain Rust plus serde: no Leptos, no web-sys, no wasm-bindgen, no clock. That keeps every
//! rule (catalogue validation, question flow, ranking, opening hours, storage encodings) testable with plain
//! `cargo test`, and lets the build script compile this same module to reject a broken catalogue before any wasm
//! is built. Time always comes in as an argument.
//!
//! Modules refer to each other through `super::` only, so the build script can mount this tree as its own
//! `domain` module. Nothing here may panic on data it is given, by lint (see `src/lib.rs`).

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
