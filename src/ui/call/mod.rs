//! The call centres' page (`telepon/`), its own wasm bundle: an agent signed in at the desk
//! with a call-centre account types what the caller says, walks the same flow with them (each
//! step large, to read aloud), and books for the caller when the flow ends at a help point.
//! The rules are in `crate::domain::call`, `flow` and `booking`; nothing here comes from the
//! other bundles' screens. The agent sees no queue and no NIK but the one typed for this call;
//! nothing of the page is cached by the service worker. The desk's idle clock
//! (`crate::ui::shell::idle`) runs here too: a warning in the last minute (naming the caller's
//! details that would be cleared), the end of the session at 30 minutes, said on the page.

mod book;
mod walk;

use crate::domain::common::answer::Answer;
use crate::domain::common::language::Lang;
use crate::domain::common::routes;
use crate::domain::desk::session::{self, Role, STORAGE_KEY};
use crate::domain::flow::content::Problem;
use crate::text::{CallStrings, IdleStrings};
use crate::ui::shell::browser::{self, Store};
use crate::ui::shell::fetch::{to_store, Method, StoreRequest};
use crate::ui::shell::idle::{self, Idle};
use crate::ui::shell::page::{provide_shell, Frame, SettingsCtx};
use leptos::prelude::*;
use std::sync::Arc;

/// One call: the flow walked with the caller, and whether the agent is booking.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    /// Held here: a task that resumes after a request has no context to look it up in.
    pub settings: SettingsCtx,
    pub token: StoredValue<String>,
    /// The idle clock: a warning in the last minute, the end at 30 minutes.
    pub idle: Idle,
    /// Set when the session ended by itself; the page then says so instead of the call.
    pub ended: RwSignal<Option<Ended>>,
    /// Some of the caller's details are typed in the booking form (and not yet sent).
    pub caller_typed: RwSignal<bool>,
    /// The session's end cleared a caller's details.
    pub cleared: RwSignal<bool>,
    pub problem: RwSignal<Option<Arc<Problem>>>,
    pub trail: RwSignal<String>,
    pub booking: RwSignal<bool>,
    /// Bumped by "Panggilan baru": the booking screen starts empty again.
    pub call: RwSignal<u32>,
}

pub fn mount() {
    browser::remove_boot_note();
    leptos::mount::mount_to_body(App);
}

/// One request to the store with the agent's token (a header, never an address). A refused
/// token ends the session, saying so.
pub async fn request(ctx: Ctx, method: Method, path: &str, body: Option<&str>) -> Answer {
    let token = ctx.token.get_value();
    let key = body.map(|_| new_key());
    let answer = to_store(StoreRequest {
        body,
        key: key.as_deref().filter(|_| path == routes::api::CALL_BOOKING),
        token: Some(&token),
        ..StoreRequest::new(method, path)
    })
    .await;
    let refused = match &answer {
        Answer::Status(401, _) => true,
        Answer::Status(403, body) => body.contains("\"forbidden\""),
        _ => false,
    };
    if refused {
        ended(ctx, Ended::Expired);
    }
    answer
}

/// On activity, at most once a minute (the shared idle clock decides), a new 30-minute token
/// for the same agent (`POST /api/collections/staff/auth-refresh`).
fn renew(ctx: Ctx) {
    let token = ctx.token.get_value();
    leptos::task::spawn_local(async move {
        let a = to_store(StoreRequest {
            body: Some("{}"),
            token: Some(&token),
            ..StoreRequest::new(Method::Post, routes::api::REFRESH_TOKEN)
        })
        .await;
        if let Answer::Status(200, body) = a {
            if let Some(s) = session::decode(&body) {
                if ctx.ended.with_untracked(Option::is_none) {
                    browser::set_in(Store::Session, STORAGE_KEY, &session::to_storage(&s));
                    ctx.token.set_value(s.token);
                }
            }
        }
    });
}

fn new_key() -> String {
    browser::random_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// "Keluar": forget the sign-in and go back to the desk's sign-in.
pub fn sign_out() {
    browser::remove_in(Store::Session, STORAGE_KEY);
    let _ = browser::window()
        .location()
        .replace(&routes::desk_href(&browser::site_root()));
}

/// Why the session ended by itself: 30 minutes without activity, or the store refused the token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Idle,
    Expired,
}

/// The session ended by itself: forget the token and the call (a half-filled booking goes with
/// the screen, as at the desk), and say so, and whether a caller's details were cleared.
fn ended(ctx: Ctx, why: Ended) {
    if ctx.ended.with_untracked(Option::is_some) {
        return;
    }
    browser::remove_in(Store::Session, STORAGE_KEY);
    ctx.token.set_value(String::new());
    ctx.idle.left.set(None);
    ctx.cleared.set(ctx.caller_typed.get_untracked());
    ctx.ended.set(Some(why));
    new_call(ctx);
}

/// A new call: nothing of the last one stays on screen.
pub fn new_call(ctx: Ctx) {
    ctx.booking.set(false);
    ctx.problem.set(None);
    ctx.trail.set(String::new());
    ctx.caller_typed.set(false);
    ctx.call.update(|n| *n += 1);
    browser::focus_heading();
}

/// After the session ended by itself: why, what happened to the caller's details, and the way
/// back to the sign-in.
fn signed_out(ctx: Ctx, why: Ended) -> impl IntoView {
    let href = StoredValue::new(routes::desk_href(&browser::site_root()));
    move || {
        let l = ctx.lang.get();
        let (s, i) = (CallStrings::get(l), IdleStrings::get(l));
        let note = match why {
            Ended::Idle => i.signed_out_idle,
            Ended::Expired => i.session_expired,
        };
        view! {
            {title(s.signed_out_title.to_owned())}
            <p class="notice" role="status">{note}</p>
            {ctx.cleared.get().then(|| view! { <p>{s.caller_cleared}</p> })}
            <p><a class="button primary" href=href.get_value()>{s.to_sign_in}</a></p>
        }
    }
}

pub fn title(text: String) -> impl IntoView {
    view! { <h1 tabindex="-1" class="focus-target">{text}</h1> }
}

#[component]
pub fn App() -> impl IntoView {
    let (lang, settings) = provide_shell();
    let agent = browser::get_in(Store::Session, STORAGE_KEY)
        .and_then(|t| session::decode(&t))
        .filter(|s| s.role == Role::CallCentre);
    let Some(agent) = agent else {
        let href = StoredValue::new(routes::desk_href(&browser::site_root()));
        return view! {
            <Frame tagline=|l| CallStrings::get(l).tagline>
                {move || {
                    let s = CallStrings::get(lang.get());
                    view! {
                        {title(s.not_signed_in.to_owned())}
                        <p><a href=href.get_value()>{s.to_sign_in}</a></p>
                    }
                }}
            </Frame>
        }
        .into_any();
    };
    let ctx = Ctx {
        lang,
        settings,
        token: StoredValue::new(agent.token.clone()),
        idle: Idle::from_now(),
        ended: RwSignal::new(None),
        caller_typed: RwSignal::new(false),
        cleared: RwSignal::new(false),
        problem: RwSignal::new(None),
        trail: RwSignal::new(String::new()),
        booking: RwSignal::new(false),
        call: RwSignal::new(0),
    };
    let name = StoredValue::new(agent.name.clone());
    idle::watch(
        ctx.idle,
        move || ctx.ended.with_untracked(Option::is_none),
        move || renew(ctx),
        move || ended(ctx, Ended::Idle),
    );
    let clears = move || {
        ctx.caller_typed
            .get()
            .then(|| CallStrings::get(ctx.lang.get()).caller_will_clear)
    };
    view! {
        <Frame tagline=|l| CallStrings::get(l).tagline>
            {move || match ctx.ended.get() {
                Some(why) => signed_out(ctx, why).into_any(),
                None => view! {
            <div class="call-bar">
                <span>{name.get_value()}</span>
                <button type="button" class="button secondary small" on:click=move |_| new_call(ctx)>
                    {move || CallStrings::get(lang.get()).new_call}
                </button>
                <button type="button" class="button secondary small" on:click=move |_| sign_out()>
                    {move || CallStrings::get(lang.get()).sign_out}
                </button>
            </div>
            {idle::warning(ctx.idle, lang, "call-idle", clears)}
            {move || {
                ctx.call.track();
                match (ctx.problem.with(Option::is_some), ctx.booking.get()) {
                    (false, _) => walk::complaint(ctx).into_any(),
                    (true, false) => walk::step(ctx).into_any(),
                    (true, true) => book::screen(ctx).into_any(),
                }
            }}
                }.into_any(),
            }}
        </Frame>
    }
    .into_any()
}
