//! Pendamping Prakerja Jatim: a self-help assistant for Kartu Prakerja registration problems.
//!
//! Three layers, imports running one way: `ui` (the browser) uses `text` (every string a person
//! reads) and `domain` (every rule, plain Rust); `text` uses `domain`; `domain` uses neither.
//! In the browser there are four bundles: the start screen (`ui::start`, no UI framework, for
//! the 64 KiB first-load budget) and the Leptos screens of the flow and booking pages and the
//! officers' desk (`ui::flow`, `ui::booking`, `ui::desk`, behind the default `app` feature).
//! `native` (not in the browser) reads the catalogue's files and the clock for the tools and
//! tests, so that `domain` never does.

pub mod domain;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
pub mod text;
pub mod ui;
