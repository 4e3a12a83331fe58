//! Pendamping Prakerja Jatim: a self-help assistant for Kartu Prakerja registration problems.
//!
//! `domain` holds every rule and is plain Rust. `app` holds the Leptos components and is
//! compiled only for the browser (wasm32).

pub mod domain;

/// The start screen as static HTML, written into `index.html` at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

#[cfg(target_arch = "wasm32")]
pub mod app;

#[cfg(target_arch = "wasm32")]
pub mod booking_app;
