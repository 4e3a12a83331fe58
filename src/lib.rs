//! Pendamping Prakerja Jatim: a self-help assistant for Kartu Prakerja registration problems.
//!
//! `domain` holds every rule and is plain Rust. In the browser (wasm32) there are three
//! bundles: the start screen (`start_page` + `start_web`, no UI framework, for the 64 KiB
//! first-load budget), and the Leptos screens of the flow and booking pages (`app`,
//! `booking_app`, behind the default `app` feature). `web` is browser plumbing they share.

pub mod domain;

/// The start screen as HTML: pre-rendered into `index.html`, re-rendered in the browser.
pub mod start_page;

#[cfg(target_arch = "wasm32")]
pub mod web;

/// The start bundle in the browser: the start screen without a UI framework.
#[cfg(target_arch = "wasm32")]
pub mod start_web;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod app;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod booking_app;
