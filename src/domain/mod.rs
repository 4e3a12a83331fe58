//! Domain logic: plain Rust, no Leptos, no browser. Tested natively with `cargo test`.

pub mod content;
pub mod i18n;
