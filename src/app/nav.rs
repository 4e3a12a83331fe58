//! A small router: the current path is one signal; links are ordinary `<a href>` elements
//! whose clicks are turned into History API navigations; browser back and forward update
//! the signal. (leptos_router alone costs 44 KB brotli, two thirds of the first-load budget.)

use super::browser::{base_path, site_root};
use crate::domain::route::{flow_fragment, strip_base, Route};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current path relative to the base, e.g. `/masalah/otp-not-received/n`.
#[derive(Clone, Copy)]
pub struct Nav(pub RwSignal<String>);

fn current_path() -> String {
    let pathname = window().location().pathname().unwrap_or_default();
    strip_base(&pathname, &base_path()).to_owned()
}

/// The full address of a path of the site, for `href` attributes.
pub fn href(path: &str) -> String {
    format!("{}{}", site_root(), path)
}

/// The address of a flow step: the flow bundle lives in `masalah/`, its state in the fragment.
pub fn flow_href(id: &str, trail: &str) -> String {
    format!("{}/masalah/{}", site_root(), flow_fragment(id, trail))
}

pub fn provide_nav() -> Nav {
    let nav = Nav(RwSignal::new(current_path()));
    provide_context(nav);
    window_event_listener(leptos::ev::popstate, move |_| nav.0.set(current_path()));
    window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(a) = super::browser::clicked_link(&ev) else {
            return;
        };
        if a.has_attribute("target")
            || a.has_attribute("download")
            || a.get_attribute("rel")
                .is_some_and(|r| r.contains("external"))
        {
            return;
        }
        let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
            return;
        };
        let here = window().location();
        if a.origin() != here.origin().unwrap_or_default() {
            return;
        }
        let pathname = a.pathname();
        let base = base_path();
        // Only the start bundle's own screens are handled here; flows and booking are
        // separate bundles and load as ordinary pages.
        if !pathname.starts_with(&base)
            || !matches!(
                Route::parse(strip_base(&pathname, &base)),
                Route::Start | Route::Stage(_) | Route::Messages
            )
        {
            return;
        }
        ev.prevent_default();
        go(
            nav,
            &format!("{}{}", strip_base(&pathname, &base), a.search()),
        );
    });
    nav
}

/// Go to a path of the start bundle, adding a history entry.
fn go(nav: Nav, path: &str) {
    if let Ok(h) = window().history() {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href(path)));
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
    nav.0
        .set(path.split(['?', '#']).next().unwrap_or("/").to_owned());
}
