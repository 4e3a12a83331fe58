//! Every rule of the service, in plain Rust: no Leptos, no browser. Tested natively with
//! `cargo test`. Imports run one way: `flow` and `booking` use `common`, never each other
//! (except where a booking carries a flow's case summary), and nothing here uses `crate::text`
//! or `crate::ui`.

pub mod booking;
pub mod common;
pub mod desk;
pub mod flow;
