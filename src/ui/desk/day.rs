//! The day on the desk: loading it from the store, and sending a change to one of its bookings
//! (the queue, a card and the served form all use these; none of them owns the day).

use super::{Ctx, DayState};
use crate::domain::common::answer::Answer;
use crate::domain::common::routes::api;
use crate::domain::desk::queue::{self, DeskBooking};
use crate::domain::desk::request::{self, Fix};
use crate::domain::desk::status::{self, Action};
use crate::text::DeskStrings;
use crate::ui::shell::browser;
use crate::ui::shell::fetch::LoadError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Load the day in `ctx.day` (`GET /api/staff/queue?date=…`: the store gives an officer their
/// own help point only).
pub fn load(ctx: Ctx) {
    let day = ctx.day.get_untracked();
    ctx.data.set(None);
    leptos::task::spawn_local(async move {
        let result = fetch_day(ctx, &day).await;
        // A later pick of another day wins; a sign-out meanwhile drops the answer.
        if ctx.day.get_untracked() == day && ctx.session.with_untracked(Option::is_some) {
            ctx.data.set(Some((day, result)));
        }
    });
}

/// Load again without blanking the screen (after a change).
pub fn reload(ctx: Ctx) {
    let day = ctx.day.get_untracked();
    leptos::task::spawn_local(async move {
        let result = fetch_day(ctx, &day).await;
        if ctx.day.get_untracked() == day
            && result.is_ok()
            && ctx.session.with_untracked(Option::is_some)
        {
            ctx.data.set(Some((day, result)));
        }
    });
}

async fn fetch_day(ctx: Ctx, day: &str) -> DayState {
    let Some(path) = queue::day_path(day) else {
        return Err(LoadError::NotFound);
    };
    match super::api::get(ctx, &path).await {
        Answer::Status(200, text) => queue::decode(&text).ok_or(LoadError::Network),
        Answer::Status(404, _) => Err(LoadError::NotFound),
        _ => Err(LoadError::Network),
    }
}

pub fn row_id(b: &DeskBooking) -> String {
    format!("booking-{}", b.id)
}

/// Focus a booking's card (after a change, or a check-in by code).
pub fn focus_row(id: String) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(el) = browser::document().get_element_by_id(&id) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
                el.scroll_into_view();
            }
        }
    });
    let _ = browser::window().request_animation_frame(cb.unchecked_ref());
}

/// Send a status change or an undo; on success the queue shows the booking as the store
/// answered it, and its card keeps the focus.
pub fn change(
    ctx: Ctx,
    b: &DeskBooking,
    action: Action,
    served: Option<(String, Fix)>,
    error: RwSignal<Option<String>>,
) {
    let id = b.id.clone();
    let to = b
        .start_moment()
        .and_then(|start| status::check(b.status, b.undo, action, start, browser::now()).ok());
    let (path, body) = match (action, to) {
        (Action::Undo, _) => (api::UNDO, request::undo_body(&id)),
        (_, Some(to)) => (
            api::STATUS,
            request::status_body(&id, to, served.as_ref().map(|(n, f)| (n.as_str(), f))),
        ),
        _ => return,
    };
    leptos::task::spawn_local(async move {
        let a = super::api::post(ctx, path, &body).await;
        let s = DeskStrings::get(ctx.lang.get_untracked());
        match &a {
            Answer::Status(200, text) => match queue::decode_changed(text) {
                Some(changed) => {
                    let msg = format!(
                        "{}: {}, {}",
                        s.saved,
                        changed.name,
                        s.status(changed.status)
                    );
                    ctx.data.update(|d| {
                        if let Some((_, Ok((items, _)))) = d {
                            queue::replace(items, changed);
                        }
                    });
                    ctx.live.set(msg.clone());
                    ctx.done.set(Some((id.clone(), msg)));
                    focus_row(format!("booking-{id}"));
                }
                None => reload(ctx),
            },
            Answer::NoAnswer(_) => error.set(Some(s.save_failed.to_owned())),
            _ => error.set(Some(s.api_error(&super::api::error_code(&a)).to_owned())),
        }
    });
}
