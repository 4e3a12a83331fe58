//! Embedded mode: the app runs in an iframe on the provincial site (see `embed/embed.js`).
//!
//! The host page says `{type: "pendamping:hello"}`. If its origin is this app's own origin or is
//! listed in `settings.json` `embed_origins`, the app answers with
//! `{type: "pendamping:height", height}`, posted to that origin only, now and every time the
//! content's height changes (a ResizeObserver on `<body>`, so new steps, opened details and
//! language switches all count). Messages from other origins are ignored. Links to other sites
//! open in a new tab, not inside the frame.

//!
//! No Leptos here: the start bundle (`crate::ui::start::web`) and the Leptos shell (`crate::app`) both call [`start`].

use super::browser::{document, window};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    type ResizeObserver;
    #[wasm_bindgen(constructor)]
    fn new(callback: &js_sys::Function) -> ResizeObserver;
    #[wasm_bindgen(method)]
    fn observe(this: &ResizeObserver, target: &web_sys::Element);
}

thread_local! {
    /// The host page's origin, once it has said hello and is allowed.
    static PARENT: RefCell<Option<String>> = const { RefCell::new(None) };
    static WARNED: RefCell<bool> = const { RefCell::new(false) };
}

const HELLO: &str = "pendamping:hello";
const HEIGHT: &str = "pendamping:height";

/// Start listening for the host page. `allowed` gives the `embed_origins` of `settings.json`,
/// or `None` while the settings are still loading. Does nothing when the app is not embedded.
pub fn start(allowed: impl Fn() -> Option<Vec<String>> + 'static) {
    if !super::browser::is_embedded() {
        return;
    }
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            let kind = js_sys::Reflect::get(&data, &JsValue::from_str("type"))
                .ok()
                .and_then(|v| v.as_string());
            if kind.as_deref() != Some(HELLO) {
                return;
            }
            let origin = ev.origin();
            // Settings not loaded yet: the host repeats its hello, answer a later one.
            let Some(origins) = allowed() else {
                return;
            };
            let own = window().location().origin().unwrap_or_default();
            if origin != own && !origins.contains(&origin) {
                warn_once(&origin);
                return;
            }
            let first = PARENT.with(|p| p.borrow_mut().replace(origin).is_none());
            if first {
                observe_height();
            }
            post_height();
        });
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(open_other_sites_outside);
    let w = window();
    let _ = w.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    let _ = w.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // The listeners live as long as the page.
    on_message.forget();
    on_click.forget();
}

/// Links to other sites (the complaint form, prakerja.go.id) would open inside the frame, where
/// most of them refuse to load: open them in a new tab instead.
fn open_other_sites_outside(ev: web_sys::MouseEvent) {
    let Some(a) = super::browser::clicked_link(&ev) else {
        return;
    };
    if a.has_attribute("target") {
        return;
    }
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return;
    };
    let web = a.protocol() == "https:" || a.protocol() == "http:";
    if web && a.origin() != window().location().origin().unwrap_or_default() {
        a.set_target("_blank");
        a.set_rel("noopener noreferrer external");
    }
}

fn warn_once(origin: &str) {
    if WARNED.with(|w| w.replace(true)) {
        return;
    }
    web_sys::console::warn_1(&JsValue::from_str(&format!(
        "Pendamping Prakerja: {origin} is not in settings.json embed_origins; not sending the page height."
    )));
}

fn observe_height() {
    let Some(body) = document().body() else {
        return;
    };
    // The stylesheet stretches <body> to the viewport; inside a frame sized to the content that
    // would only ever grow. Let the body be as tall as its content (a class, not a style
    // attribute: the Content-Security-Policy allows no inline styles).
    let _ = body.class_list().add_1("framed");
    let callback = Closure::<dyn FnMut()>::new(post_height);
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref());
    observer.observe(&body);
    callback.forget();
    std::mem::forget(observer);
}

fn post_height() {
    let Some(origin) = PARENT.with(|p| p.borrow().clone()) else {
        return;
    };
    let Some(body) = document().body() else {
        return;
    };
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &JsValue::from_str("type"), &JsValue::from_str(HEIGHT));
    let _ = js_sys::Reflect::set(
        &msg,
        &JsValue::from_str("height"),
        &JsValue::from(body.offset_height()),
    );
    let _ = parent.post_message(&msg, &origin);
}
