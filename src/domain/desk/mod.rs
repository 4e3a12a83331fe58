//! The help point desk (`petugas/`): what officers see and do, in plain Rust. The queue of a
//! day and its counts, which status changes are allowed when, the idle sign-out clock, the case
//! summary read back into its parts, the walk-in request, CSV for the province's exports, and
//! the call and WhatsApp links to reach a person about their booking.
//! Booking codes are `crate::domain::booking::code`'s; the store checks every rule again.

pub mod case;
pub mod contact;
pub mod coordinate;
pub mod csv;
pub mod idle;
pub mod map;
pub mod office;
pub mod programme;
pub mod province;
pub mod queue;
pub mod request;
pub mod session;
pub mod status;
