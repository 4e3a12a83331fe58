//! Troubleshooting: the catalogue's schema, its validator (one file per family of rules),
//! walking a flow along the trail in the address, and triage (finding the problem from typed
//! words).

pub mod catalogue;
pub mod content;
pub mod labels;
pub mod mention;
pub mod services;
pub mod triage;
pub mod usage;
pub mod validate;
pub mod variant;
pub mod walk;
