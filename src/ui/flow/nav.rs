//! Addresses. Every screen is a page of one of three bundles: the start screen (`/`), the
//! flow bundle (`masalah/`, whose screens live in the URL fragment) and the booking bundle
//! (`jadwal/`). Links are ordinary `<a href>` elements; there is no client-side router
//! (leptos_router alone costs 44 KB brotli, two thirds of the first-load budget).

use super::browser::site_root;

/// The full address of a path of the site, for `href` attributes.
pub fn href(path: &str) -> String {
    format!("{}{}", site_root(), path)
}

/// The address of a flow step: the flow bundle lives in `masalah/`, its state in the fragment.
pub fn flow_href(id: &str, trail: &str) -> String {
    crate::ui::start::page::flow_href(&site_root(), id, trail)
}
