//! Sending the anonymous usage events (`crate::domain::flow::usage`): kept in local storage
//! until sent: in one request when a flow ends, with `navigator.sendBeacon` when the page is
//! hidden or left, or on the next start. Nothing is kept or sent when `settings.json` says
//! `"usage_events": false`.

use super::browser::{self, get_item, remove_in, set_item, Store};
use super::fetch::{send_then, settings_now, StoreRequest};
use crate::domain::common::answer::Answer;
use crate::domain::common::language::Lang;
use crate::domain::common::routes::api::EVENTS;
use crate::domain::flow::content::Problem;
use crate::domain::flow::usage::{self, Event};
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

const QUEUE_KEY: &str = "pp.usage";

thread_local! {
    /// The flow and trail this page showed last (only a new single answer is an event).
    static LAST: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

fn enabled() -> bool {
    settings_now().is_some_and(|s| s.usage_events)
}

fn queue() -> Vec<Event> {
    get_item(QUEUE_KEY)
        .map(|t| usage::from_store_text(&t))
        .unwrap_or_default()
}

fn store(q: &[Event]) {
    if q.is_empty() {
        remove_in(Store::Local, QUEUE_KEY);
    } else {
        set_item(QUEUE_KEY, &usage::store_text(q));
    }
}

fn keep(events: Vec<Event>) {
    store(&usage::queue_with(queue(), events, browser::now()));
}

/// The flow screen shows `trail` of `problem`: record the answer that led here, if it is new.
pub fn saw(problem: &Problem, trail: &str) {
    let before = LAST.with(|l| {
        l.borrow_mut()
            .replace((problem.id.clone(), trail.to_owned()))
    });
    let Some((id, before)) = before else {
        return;
    };
    if id != problem.id || !enabled() {
        return;
    }
    let events = usage::answered(problem, &before, trail, browser::now());
    let ended = events.iter().any(|e| e.answer == "end");
    if !events.is_empty() {
        keep(events);
        listen();
    }
    // The end of a flow is a natural batch: sent now, while the page is surely still open.
    if ended {
        send_waiting();
    }
}

/// The store confirmed a booking made from an in-person outcome: its "booked" event (made
/// when the booking page opened), counted in this hour.
pub fn record_booked(event: Option<Event>) {
    if let (true, Some(mut e)) = (enabled(), event) {
        e.hour = usage::hour_of(browser::now());
        keep(vec![e]);
        send_waiting();
    }
}

/// The oldest waiting events (week-old ones dropped), at most one request's worth, and the rest;
/// `None` when nothing waits.
fn next_batch() -> Option<(Vec<Event>, Vec<Event>)> {
    let mut q = usage::queue_with(queue(), Vec::new(), browser::now());
    if q.is_empty() {
        return None;
    }
    let rest = q.split_off(q.len().min(usage::BATCH));
    Some((q, rest))
}

fn body(events: &[Event], lang: Lang) -> String {
    usage::request_body(events, env!("CARGO_PKG_VERSION"), lang)
}

fn lang() -> Lang {
    browser::stored_lang().unwrap_or_default()
}

/// Send what waits (at start, what an earlier visit left; at the end of a flow, its events),
/// or forget it when events are turned off. The batch leaves the device before it is sent, so
/// a page that goes away meanwhile (`keepalive` lets the request finish) or a beacon cannot
/// send it twice; it is put back unless [`usage::batch_done`].
pub fn send_waiting() {
    let Some(settings) = settings_now() else {
        return;
    };
    if !settings.usage_events {
        remove_in(Store::Local, QUEUE_KEY);
        return;
    }
    let Some((batch, rest)) = next_batch() else {
        return;
    };
    store(&rest);
    let text = body(&batch, lang());
    let request = StoreRequest {
        keepalive: true,
        ..StoreRequest::post(EVENTS, &text)
    };
    let Some(init) = request.init() else {
        return keep(batch);
    };
    send_then(&settings.api_url(EVENTS), &init, move |a| {
        if !matches!(a, Answer::Status(s, _) if usage::batch_done(s)) {
            keep(batch);
        }
    });
}

/// When the page is hidden or left, send the queue with `sendBeacon` (the browser delivers
/// it even as the page goes away); it stays queued if the browser refuses.
fn listen() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let on_hide = Closure::<dyn Fn()>::new(|| {
        if !browser::document().hidden() {
            return;
        }
        beacon();
    });
    let doc = browser::document();
    let target: &web_sys::EventTarget = doc.as_ref();
    let _ = target
        .add_event_listener_with_callback("visibilitychange", on_hide.as_ref().unchecked_ref());
    on_hide.forget();
    let on_leave = Closure::<dyn Fn()>::new(beacon);
    let _ = browser::window()
        .add_event_listener_with_callback("pagehide", on_leave.as_ref().unchecked_ref());
    on_leave.forget();
}

fn beacon() {
    let Some(settings) = settings_now() else {
        return;
    };
    if !settings.usage_events {
        return;
    }
    let Some((batch, rest)) = next_batch() else {
        return;
    };
    let parts = js_sys::Array::of1(&body(&batch, lang()).into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let accepted = browser::window()
        .navigator()
        .send_beacon_with_opt_blob(&settings.api_url(EVENTS), Some(&blob))
        .unwrap_or(false);
    if accepted {
        store(&rest);
    }
}
