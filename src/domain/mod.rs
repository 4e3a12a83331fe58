//! Domain logic: plain Rust, no Leptos, no browser. Tested natively with `cargo test`.

pub mod content;
pub mod i18n;
pub mod validate;
#[cfg(not(target_arch = "wasm32"))]
pub mod catalogue;
pub mod flow;
pub mod strings;
pub mod strings_en;
pub mod strings_id;
pub mod nik;
pub mod phone;
pub mod regions;
pub mod booking;
pub mod settings;
pub mod triage;
pub mod route;
pub mod json;
pub mod booking_strings;
pub mod booking_form;
pub mod qr;
