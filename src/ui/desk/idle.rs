//! The idle clock in the browser: every key press, click or touch counts as activity (and
//! refreshes the token now and then); a tick each second shows the warning in the last minute
//! and signs out at 30 minutes. The rules are `crate::domain::desk::idle`.

use super::{sign_out, Ctx, SignedOut};
use crate::domain::common::routes::api;
use crate::domain::desk::idle::IdleState;
use crate::domain::desk::session;
use crate::text::DeskStrings;
use leptos::prelude::*;

pub fn start(ctx: Ctx) {
    let activity = move || {
        if ctx.session.get_untracked().is_none() {
            return;
        }
        let now = js_sys::Date::now();
        let mut clock = ctx.clock.get_value();
        let refresh = clock.touch(now);
        ctx.clock.set_value(clock);
        if ctx.idle_left.get_untracked().is_some() {
            ctx.idle_left.set(None);
        }
        if refresh {
            refresh_token(ctx);
        }
    };
    window_event_listener(leptos::ev::keydown, move |_| activity());
    window_event_listener(leptos::ev::pointerdown, move |_| activity());
    let _ = set_interval_with_handle(
        move || {
            if ctx.session.get_untracked().is_none() {
                return;
            }
            match ctx.clock.get_value().state(js_sys::Date::now()) {
                IdleState::Active => {
                    if ctx.idle_left.get_untracked().is_some() {
                        ctx.idle_left.set(None)
                    }
                }
                IdleState::Warning(n) => ctx.idle_left.set(Some(n)),
                IdleState::Expired => sign_out(ctx, SignedOut::Idle),
            }
        },
        std::time::Duration::from_secs(1),
    );
}

/// A new token for the same officer (`POST /api/collections/staff/auth-refresh`).
fn refresh_token(ctx: Ctx) {
    leptos::task::spawn_local(async move {
        let a = super::api::post(ctx, api::REFRESH_TOKEN, "{}").await;
        if let crate::domain::common::answer::Answer::Status(200, body) = a {
            if let Some(s) = session::decode(&body) {
                if ctx.session.get_untracked().is_some() {
                    crate::ui::shell::browser::set_in(
                        crate::ui::shell::browser::Store::Session,
                        super::SESSION_KEY,
                        &session::to_storage(&s),
                    );
                    ctx.session.set(Some(s));
                }
            }
        }
    });
}

/// The warning in the last minute, with a button that counts as activity. Announced once when
/// it appears; the countdown itself is not read out every second.
pub fn warning(ctx: Ctx) -> impl IntoView {
    let shown = Memo::new(move |_| ctx.idle_left.with(Option::is_some));
    move || {
        let s = DeskStrings::get(ctx.lang.get());
        shown.get().then(|| {
            view! {
                <div class="status-box desk-idle">
                    <p role="alert">{s.idle_warning}" "
                        <span aria-live="off">{move || ctx.idle_left.get().unwrap_or(0)}</span>
                        " "{s.seconds}"."</p>
                    <button type="button" class="button small">{s.stay_signed_in}</button>
                </div>
            }
        })
    }
}
