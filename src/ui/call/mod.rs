//! The call centres' page (`telepon/`), its own wasm bundle: an agent signed in at the desk
//! with a call-centre account types what the caller says, walks the same flow with them (each
//! step large, to read aloud), and books for the caller when the flow ends at a help point.
//! The rules are in `crate::domain::call`, `flow` and `booking`; nothing here comes from the
//! other bundles' screens. The agent sees no queue and no NIK but the one typed for this call;
//! nothing of the page is cached by the service worker.

mod book;
mod walk;

use crate::domain::common::answer::Answer;
use crate::domain::common::language::Lang;
use crate::domain::common::routes;
use crate::domain::desk::session::{self, Role, STORAGE_KEY};
use crate::domain::flow::content::Problem;
use crate::text::CallStrings;
use crate::ui::shell::browser::{self, Store};
use crate::ui::shell::fetch::{to_store, Method, StoreRequest};
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
    /// When the token was last renewed (ms): a call that goes on keeps its sign-in.
    pub renewed: StoredValue<f64>,
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
/// token goes back to the sign-in.
pub async fn request(ctx: Ctx, method: Method, path: &str, body: Option<&str>) -> Answer {
    renew(ctx);
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
        sign_out();
    }
    answer
}

/// At most every 5 minutes of work, a new 30-minute token for the same agent
/// (`POST /api/collections/staff/auth-refresh`): 30 minutes without a request sign out.
fn renew(ctx: Ctx) {
    let now = js_sys::Date::now();
    if now - ctx.renewed.get_value() < 5.0 * 60_000.0 {
        return;
    }
    ctx.renewed.set_value(now);
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
                browser::set_in(Store::Session, STORAGE_KEY, &session::to_storage(&s));
                ctx.token.set_value(s.token);
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

/// Forget the sign-in and go back to the desk's sign-in.
pub fn sign_out() {
    browser::remove_in(Store::Session, STORAGE_KEY);
    let _ = browser::window()
        .location()
        .replace(&routes::desk_href(&browser::site_root()));
}

/// A new call: nothing of the last one stays on screen.
pub fn new_call(ctx: Ctx) {
    ctx.booking.set(false);
    ctx.problem.set(None);
    ctx.trail.set(String::new());
    ctx.call.update(|n| *n += 1);
    browser::focus_heading();
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
        renewed: StoredValue::new(js_sys::Date::now()),
        problem: RwSignal::new(None),
        trail: RwSignal::new(String::new()),
        booking: RwSignal::new(false),
        call: RwSignal::new(0),
    };
    let name = StoredValue::new(agent.name.clone());
    view! {
        <Frame tagline=|l| CallStrings::get(l).tagline>
            <div class="call-bar">
                <span>{name.get_value()}</span>
                <button type="button" class="button secondary small" on:click=move |_| new_call(ctx)>
                    {move || CallStrings::get(lang.get()).new_call}
                </button>
                <button type="button" class="button secondary small" on:click=move |_| sign_out()>
                    {move || CallStrings::get(lang.get()).sign_out}
                </button>
            </div>
            {move || {
                ctx.call.track();
                match (ctx.problem.with(Option::is_some), ctx.booking.get()) {
                    (false, _) => walk::complaint(ctx).into_any(),
                    (true, false) => walk::step(ctx).into_any(),
                    (true, true) => book::screen(ctx).into_any(),
                }
            }}
        </Frame>
    }
    .into_any()
}
