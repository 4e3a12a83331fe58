//! Links of the flow bundle, from the one list of addresses (`crate::domain::common::routes`)
//! and the site root this page is served under. Links are ordinary `<a href>` elements; there
//! is no client-side router (leptos_router alone costs 44 KB brotli).

use super::browser::site_root;
use crate::domain::common::language::Lang;
use crate::domain::common::routes;

/// The start screen.
pub fn home_href() -> String {
    routes::start_href(&site_root())
}

/// A problem's page in `lang` (with its trail in the fragment after the first step).
pub fn flow_href(id: &str, trail: &str, lang: Lang) -> String {
    routes::flow_href(&site_root(), id, trail, lang)
}

/// This problem's page in `lang`, which every answer links to with a longer trail.
pub fn problem_href(id: &str, lang: Lang) -> String {
    routes::problem_href(&site_root(), id, lang)
}

/// Booking a help point for this flow's result.
pub fn booking_href(problem: &str, trail: &str) -> String {
    routes::booking_href(&site_root(), problem, trail)
}
