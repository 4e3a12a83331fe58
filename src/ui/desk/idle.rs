//! The desk's side of the shared idle clock (`crate::ui::shell::idle`): the officer's token is
//! refreshed on activity, and 30 minutes without a key press or a touch sign out.

use super::{sign_out, Ctx, SignedOut};
use crate::domain::common::routes::api;
use crate::domain::desk::session;
use crate::ui::shell::idle;
use leptos::prelude::*;

pub fn start(ctx: Ctx) {
    idle::watch(
        ctx.idle,
        move || ctx.session.with_untracked(Option::is_some),
        move || refresh_token(ctx),
        move || sign_out(ctx, SignedOut::Idle),
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

/// The warning in the last minute (a walk-in's half-filled form goes with the sign-out, as
/// every screen of the desk does).
pub fn warning(ctx: Ctx) -> impl IntoView {
    idle::warning(ctx.idle, ctx.lang, "desk-idle", || None)
}
