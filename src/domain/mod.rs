//! Domain logic: plain Rust, no Leptos, no browser. Tested natively with `cargo test`.

pub mod content;
pub mod i18n;
pub mod validate;
// Not gated to native: `cargo test --target wasm32 --test web` also builds the native bins
// (flow-diagram uses it). Unused by the browser bundles, so it adds nothing to them.
pub mod booking;
pub mod booking_form;
pub mod booking_json;
pub mod booking_strings;
pub mod catalogue;
pub mod flow;
pub mod json;
pub mod nik;
pub mod phone;
pub mod qr;
pub mod regions;
pub mod route;
pub mod settings;
pub mod strings;
pub mod strings_en;
pub mod strings_id;
pub mod triage;
pub mod triage_text;
