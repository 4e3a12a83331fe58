//! The start screen ("Apa kendalamu?"): `page` renders it as HTML (at build time and in the
//! browser), `web` wires it up in the start bundle, which carries no UI framework; `services`
//! writes, at build time, its answers for the services people confuse with Prakerja.

pub mod page;
pub mod services;
#[cfg(target_arch = "wasm32")]
pub mod web;
