//! Requests with the browser's `fetch`: one implementation, in callback style ([`send_then`],
//! which the start bundle uses without an async runtime) with an async face ([`send`]) for the
//! Leptos bundles. Every request has a time limit: a stalled connection ends as
//! [`NoAnswer::Timeout`] and the screen offers its retry. Requests to the booking store are
//! built in one place ([`StoreRequest`], sent by [`to_store`]) for the booking bundle, the desk
//! and the usage events. Text files next to `index.html` (settings, content) come through
//! [`fetch_text`] / [`fetch_text_then`]; `settings.json` is read once per page by
//! [`settings_then`], the one settings loader.

use crate::domain::common::answer::{Answer, NoAnswer};
use crate::domain::common::settings::Settings;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How long a request may take before the app gives up on it (slow 3G included).
pub const TIMEOUT_MS: i32 = 20_000;

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

/// Answer once: whichever of the reply, the failure and the timer comes first wins.
fn finish(done: &Done, answer: Answer) {
    if let Some(f) = done.borrow_mut().take() {
        f(answer);
    }
}

/// Send one request and call `done` once with the answer, or with [`NoAnswer::Timeout`]
/// after [`TIMEOUT_MS`] (the request is then aborted).
pub fn send_then(url: &str, init: &web_sys::RequestInit, done: impl FnOnce(Answer) + 'static) {
    send_boxed(url, init, Box::new(done));
}

/// [`send_then`]'s body, once for every caller (not once per callback type: bytes of the start
/// bundle).
fn send_boxed(url: &str, init: &web_sys::RequestInit, done: Box<dyn FnOnce(Answer)>) {
    let done: Done = Rc::new(RefCell::new(Some(done)));
    let abort = web_sys::AbortController::new().ok();
    if let Some(a) = &abort {
        init.set_signal(Some(&a.signal()));
    }
    let timer_done = done.clone();
    let on_timeout = Closure::once_into_js(move || {
        if let Some(a) = abort {
            a.abort();
        }
        finish(&timer_done, Answer::NoAnswer(NoAnswer::Timeout));
    });
    let _ = super::browser::window().set_timeout_with_callback_and_timeout_and_arguments_0(
        on_timeout.unchecked_ref(),
        TIMEOUT_MS,
    );
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
                        move |t| {
                            finish(
                                &d2,
                                Answer::Status(status, t.as_string().unwrap_or_default()),
                            )
                        },
                        move || finish(&d, Answer::NoAnswer(NoAnswer::Network)),
                    );
                }
                Err(_) => finish(&d, Answer::NoAnswer(NoAnswer::Network)),
            }
        },
        move || finish(&failed, Answer::NoAnswer(NoAnswer::Network)),
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
    a.unwrap_or(Answer::NoAnswer(NoAnswer::Network))
}

/// How a request acts on the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Patch,
    Delete,
}

/// One request to the booking store: the only place its headers are written.
#[derive(Debug, Clone, Copy)]
pub struct StoreRequest<'a> {
    pub method: Method,
    /// One of `routes::api`; the store's address from `settings.json` goes in front.
    pub path: &'a str,
    /// A JSON body.
    pub body: Option<&'a str>,
    /// The `Idempotency-Key` of a booking: sent again, it is answered, not booked twice.
    pub key: Option<&'a str>,
    /// An officer's token (`Authorization`): in a header, never in an address.
    pub token: Option<&'a str>,
    /// Let the request finish when the page goes away (the usage events).
    pub keepalive: bool,
}

impl<'a> StoreRequest<'a> {
    /// `method` on `path` with nothing else.
    pub fn new(method: Method, path: &'a str) -> Self {
        StoreRequest {
            method,
            path,
            body: None,
            key: None,
            token: None,
            keepalive: false,
        }
    }
    pub fn get(path: &'a str) -> Self {
        Self::new(Method::Get, path)
    }
    /// POST a JSON body.
    pub fn post(path: &'a str, body: &'a str) -> Self {
        StoreRequest {
            body: Some(body),
            ..Self::new(Method::Post, path)
        }
    }

    /// The browser's request: method, headers and body. Never from the HTTP cache (the store's
    /// answers are live). `None` when the browser cannot make headers.
    pub fn init(&self) -> Option<web_sys::RequestInit> {
        let headers = web_sys::Headers::new().ok()?;
        if self.body.is_some() {
            headers.set("Content-Type", "application/json").ok()?;
        }
        if let Some(k) = self.key {
            headers.set("Idempotency-Key", k).ok()?;
        }
        if let Some(t) = self.token {
            headers.set("Authorization", t).ok()?;
        }
        let init = web_sys::RequestInit::new();
        init.set_method(match self.method {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        });
        init.set_headers(&headers);
        init.set_cache(web_sys::RequestCache::NoStore);
        if let Some(b) = self.body {
            init.set_body(&JsValue::from_str(b));
        }
        if self.keepalive {
            let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &true.into());
        }
        Some(init)
    }
}

/// Send `request` to the booking store (its address from `settings.json`'s `booking_api`, or
/// this site when that is missing), with the time limit, and give the typed answer.
pub async fn to_store(request: StoreRequest<'_>) -> Answer {
    let url = match settings().await {
        Some(s) => s.api_url(request.path),
        None => request.path.to_owned(),
    };
    match request.init() {
        Some(init) => send(&url, &init).await,
        None => Answer::NoAnswer(NoAnswer::Network),
    }
}

/// A text file's answer: the text, or why there is none.
fn text_of(answer: Answer) -> Result<String, LoadError> {
    match answer {
        Answer::Status(200, text) => Ok(text),
        Answer::Status(404, _) => Err(LoadError::NotFound),
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

thread_local! {
    /// `settings.json`, once read.
    static SETTINGS: RefCell<Option<Arc<Settings>>> = const { RefCell::new(None) };
}

/// The settings, if they have been read already.
pub fn settings_now() -> Option<Arc<Settings>> {
    SETTINGS.with(|s| s.borrow().clone())
}

/// Load `settings.json` at the site root (once per page) and call `done` with it, or with
/// `None` when the file is missing or malformed (the page then shows its clear error screen).
/// Without a connection `done` is never called: the screen stays as it is.
pub fn settings_then(done: impl FnOnce(Option<Arc<Settings>>) + 'static) {
    if let Some(s) = settings_now() {
        return done(Some(s));
    }
    let url = crate::domain::common::routes::settings_file(&super::browser::site_root());
    fetch_text_then(&url, move |result| match result {
        Ok(text) => {
            let parsed = Settings::parse(&text).ok().map(Arc::new);
            if let Some(s) = &parsed {
                SETTINGS.with(|slot| *slot.borrow_mut() = Some(s.clone()));
            }
            done(parsed)
        }
        Err(LoadError::Network) if !super::browser::online() => {}
        Err(_) => done(None),
    });
}

/// [`settings_then`] for async code: `None` when the file is broken or unreachable.
pub async fn settings() -> Option<Arc<Settings>> {
    if let Some(s) = settings_now() {
        return Some(s);
    }
    let got: Rc<RefCell<Option<Arc<Settings>>>> = Rc::default();
    let slot = got.clone();
    let arrived = js_sys::Promise::new(&mut |resolve, _| {
        let slot = slot.clone();
        let resolve2 = resolve.clone();
        settings_then(move |s| {
            *slot.borrow_mut() = s;
            let _ = resolve.call0(&JsValue::NULL);
        });
        // Offline, `settings_then` never answers: do not wait longer than a request may.
        let give_up = Closure::once_into_js(move || {
            let _ = resolve2.call0(&JsValue::NULL);
        });
        let _ = super::browser::window().set_timeout_with_callback_and_timeout_and_arguments_0(
            give_up.unchecked_ref(),
            TIMEOUT_MS,
        );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(arrived).await;
    let s = got.borrow_mut().take();
    s
}
