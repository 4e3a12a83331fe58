//! Every rule of the service, in plain Rust: no Leptos, no browser. Tested natively with
//! `cargo test`. Imports run one way: `flow` and `booking` use `common`, never each other
//! (except where a booking carries a flow's case summary), and nothing here uses `crate::text`
//! or `crate::ui`. Nothing here reads a file or the clock either: that is `crate::native`, for
//! the tools and tests; a rule that needs "today" takes it as a parameter.

pub mod booking;
pub mod call;
pub mod common;
pub mod desk;
pub mod flow;
