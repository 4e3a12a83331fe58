//! The start screen ("Apa kendalamu?"): `page` renders it as HTML (at build time and in the
//! browser), `web` wires it up in the start bundle, which carries no UI framework.

pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod web;
