//! Hjælpeguiden: a client-side guide to Randers Kommune's social and health offers.
//!
//! `domain` is the pure core (catalogue, validation, questions, ranking, opening hours, encodings), tested with
//! plain `cargo test`. `ui` is a thin Leptos shell over it. Dependencies point one way: `ui → domain`.

pub mod domain;
pub mod ui;
