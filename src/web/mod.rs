//! Browser plumbing without a UI framework, shared by the start bundle (`crate::start_web`)
//! and the Leptos bundles (`crate::app`, `crate::booking_app`): storage, document, address,
//! embedding in the provincial site, fetching text files.

pub mod browser;
pub mod embed;
pub mod fetch;
