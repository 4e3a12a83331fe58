//! What only the native tools and tests do, kept out of `domain`: reading the catalogue from
//! `content/` and reading the system clock. Not built for the browser (wasm32).

pub mod catalogue;
pub mod clock;
