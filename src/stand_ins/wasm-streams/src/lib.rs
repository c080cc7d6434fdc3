//! A stand-in for [wasm-streams](https://crates.io/crates/wasm-streams) 0.5, which Hjælpeguiden's Cargo.toml
//! patches in.
//!
//! Why: Leptos 0.8 always turns on server_fn's browser client, and that client depends on wasm-streams for
//! streaming server functions. wasm-streams exports three classes to JavaScript (`IntoUnderlyingSource`,
//! `IntoUnderlyingByteSource`, `IntoUnderlyingSink`). A wasm export is a root that no linker or optimiser may
//! remove, so these classes, the futures machinery behind them and their JavaScript glue shipped with every build:
//! 5.7 KB brotli of every first visit, on phones where each kilobyte counts.
//!
//! Hjælpeguiden has no server, so it has no server functions, and nothing ever streams to or from one. This crate
//! keeps the two calls server_fn compiles against, without exports. Should a streaming server function ever be
//! added, its first call stops with the message below rather than misbehaving quietly; remove the patch then.

use futures_util::Stream;
use wasm_bindgen::JsValue;

/// What a call tells the developer who adds a streaming server function.
const NO_STREAMING: &str =
    "Hjælpeguiden has no server: wasm-streams is a stand-in (see the patch in Cargo.toml)";

/// A browser `ReadableStream`, as server_fn uses it.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// Wraps a browser stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// The browser stream inside.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// Would turn a Rust stream into a browser stream (a streaming request); not available here.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        panic!("{NO_STREAMING}")
    }

    /// Would read the browser stream as a Rust stream (a streaming response); not available here.
    pub fn into_stream(self) -> futures_util::stream::Empty<Result<JsValue, JsValue>> {
        panic!("{NO_STREAMING}")
    }
}
