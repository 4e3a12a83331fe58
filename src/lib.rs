//! Pendamping Prakerja Jatim: a self-help assistant for Kartu Prakerja registration problems.
//!
//! `domain` holds every rule and is plain Rust. `app` holds the Leptos components and is
//! compiled only for the browser (wasm32).

pub mod domain;

/// The start screen as HTML: pre-rendered into `index.html`, re-rendered in the browser.
pub mod start_page;

/// The start bundle in the browser: the start screen without a UI framework.
#[cfg(target_arch = "wasm32")]
pub mod start_web;

#[cfg(target_arch = "wasm32")]
pub mod app;

#[cfg(target_arch = "wasm32")]
pub mod booking_app;
