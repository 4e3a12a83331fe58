//! Requests with the browser's `fetch`: one implementation, in callback style ([`send_then`],
//! which the start bundle uses without an async runtime) with an async face ([`send`]) for the
//! Leptos bundles. Text files next to `index.html` (settings, content) come through
//! [`fetch_text`] / [`fetch_text_then`].

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Why a file could not be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No connection, or the server answered with an error.
    Network,
    /// The file does not exist (unknown problem id).
    NotFound,
    /// The file is not what we expect.
    Malformed,
}

/// An answer: (HTTP status, body), or `Err` when none came back.
pub type Answer = Result<(u16, String), ()>;

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A promise seen as something with `then(ok, err)`.
    type Thenable;
    #[wasm_bindgen(method, js_name = then)]
    fn then_both(this: &Thenable, ok: &js_sys::Function, err: &js_sys::Function);
}

/// `promise.then(ok, err)` with one-shot Rust callbacks.
fn then_both(
    p: &js_sys::Promise,
    ok: impl FnOnce(JsValue) + 'static,
    err: impl FnOnce() + 'static,
) {
    let ok = Closure::once_into_js(ok);
    let err = Closure::once_into_js(move |_: JsValue| err());
    p.unchecked_ref::<Thenable>()
        .then_both(ok.unchecked_ref(), err.unchecked_ref());
}

type Done = Rc<RefCell<Option<Box<dyn FnOnce(Answer)>>>>;

fn finish(done: &Done, answer: Answer) {
    if let Some(f) = done.borrow_mut().take() {
        f(answer);
    }
}

/// Send one request and call `done` once with the answer.
pub fn send_then(url: &str, init: &web_sys::RequestInit, done: impl FnOnce(Answer) + 'static) {
    let done: Done = Rc::new(RefCell::new(Some(Box::new(done))));
    let (d, failed) = (done.clone(), done);
    then_both(
        &super::browser::window().fetch_with_str_and_init(url, init),
        move |resp| {
            let resp: web_sys::Response = resp.unchecked_into();
            let status = resp.status();
            match resp.text() {
                Ok(text) => {
                    let d2 = d.clone();
                    then_both(
                        &text,
                        move |t| finish(&d2, Ok((status, t.as_string().unwrap_or_default()))),
                        move || finish(&d, Err(())),
                    );
                }
                Err(_) => finish(&d, Err(())),
            }
        },
        move || finish(&failed, Err(())),
    );
}

/// [`send_then`] for async code.
pub async fn send(url: &str, init: &web_sys::RequestInit) -> Answer {
    let answer: Rc<RefCell<Option<Answer>>> = Rc::default();
    let slot = answer.clone();
    let arrived = js_sys::Promise::new(&mut |resolve, _| {
        let slot = slot.clone();
        send_then(url, init, move |a| {
            *slot.borrow_mut() = Some(a);
            let _ = resolve.call0(&JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(arrived).await;
    let a = answer.borrow_mut().take();
    a.unwrap_or(Err(()))
}

/// A text file's answer: the text, or why there is none.
fn text_of(answer: Answer) -> Result<String, LoadError> {
    match answer {
        Ok((200, text)) => Ok(text),
        Ok((404, _)) => Err(LoadError::NotFound),
        _ => Err(LoadError::Network),
    }
}

/// GET a text file.
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    text_of(send(url, &web_sys::RequestInit::new()).await)
}

/// GET a text file and call `done` with the result, once.
pub fn fetch_text_then(url: &str, done: impl FnOnce(Result<String, LoadError>) + 'static) {
    send_then(url, &web_sys::RequestInit::new(), move |a| done(text_of(a)));
}

/// Load `settings.json` at the site root and call `done` with it, or with `None` when the file
/// is missing or malformed (the app then shows its clear error screen). Without a connection
/// `done` is never called: the screen stays as it is. Used by every bundle's start.
pub fn settings_then(done: impl FnOnce(Option<crate::domain::common::settings::Settings>) + 'static) {
    let url = format!("{}/settings.json", super::browser::site_root());
    fetch_text_then(&url, move |result| match result {
        Ok(text) => done(crate::domain::common::settings::Settings::parse(&text).ok()),
        Err(LoadError::Network) if !super::browser::online() => {}
        Err(_) => done(None),
    });
}
