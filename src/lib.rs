//! Hjælpeguiden: a client-side guide to Randers Kommune's social and health offers.
//!
//! `domain` is the pure core (catalogue, validation, questions, ranking, opening hours, encodings), tested with
//! plain `cargo test`. `ui` is a thin Leptos shell over it. Dependencies point one way: `ui → domain`.

pub mod domain;
pub mod ui;

/// The catalogue, questions and UI texts exactly as build.rs validated them, in postcard's compact form (read with
/// [`domain::bundle::Bundle::from_postcard`]). It lives here, not in `domain`, because build.rs compiles `domain`
/// itself, before this file exists.
pub const EMBEDDED_BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.postcard"));
