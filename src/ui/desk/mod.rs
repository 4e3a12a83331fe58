//! The help point desk (`petugas/`), its own wasm bundle: officers sign in, see their help
//! point's queue with each case, check people in by code or QR, mark them served or absent, and
//! book walk-ins. One component per file; the rules are in `crate::domain::desk`.
//!
//! The session (token and officer) lives in memory and in this tab's sessionStorage only, so a
//! reload keeps it and a closed tab forgets it; after 30 minutes without a key press or a touch
//! the desk signs out by itself. Nothing of the desk is cached by the service worker.

mod api;
mod bar;
mod checkin;
mod contact;
mod day;
mod idle;
mod notices;
mod point;
mod programme;
mod province;
mod queue;
mod row;
mod scan;
mod serve;
mod signin;
mod walkin;

use crate::domain::common::language::Lang;
use crate::domain::desk::queue::{DeskBooking, PointDay};
use crate::domain::desk::session::{self, Role, Session};
use crate::text::DeskStrings;
use crate::ui::shell::browser::{self, Store};
use crate::ui::shell::fetch::LoadError;
use crate::ui::shell::idle::Idle;
use crate::ui::shell::page::{provide_shell, Frame};
use leptos::prelude::*;

const SESSION_KEY: &str = session::STORAGE_KEY;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Queue,
    CheckIn,
    WalkIn,
    Point,
    Province,
}

impl Tab {
    /// The screens of an officer, and of the province's team.
    pub const OFFICER: [Tab; 4] = [Tab::Queue, Tab::CheckIn, Tab::WalkIn, Tab::Point];
    pub const PROVINCE: [Tab; 1] = [Tab::Province];
    pub fn label(self, s: &DeskStrings) -> &'static str {
        s.tabs[match self {
            Tab::Queue => 0,
            Tab::CheckIn => 1,
            Tab::WalkIn => 2,
            Tab::Point => 3,
            Tab::Province => 4,
        }]
    }
}

/// Why the sign-in screen shows: the officer left, the idle clock ran out, or the store
/// refused the token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedOut {
    Manual,
    Idle,
    Expired,
}

/// The loaded day: its bookings and its slots (the help point's name with them).
pub type DayState = Result<(Vec<DeskBooking>, PointDay), LoadError>;

#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    pub session: RwSignal<Option<Session>>,
    pub signed_out: RwSignal<Option<SignedOut>>,
    pub tab: RwSignal<Tab>,
    /// The WIB day shown, "YYYY-MM-DD".
    pub day: RwSignal<String>,
    /// (day, its state); None while loading.
    pub data: RwSignal<Option<(String, DayState)>>,
    /// What just happened, read out by screen readers (a polite live region).
    pub live: RwSignal<String>,
    /// The idle clock, and the seconds before the sign-out while the warning shows.
    pub idle: Idle,
    /// The booking to show first (after a check-in by code).
    pub focus_code: RwSignal<Option<String>>,
    /// The last change that worked, shown on its card: (booking id, what was saved).
    pub done: RwSignal<Option<(String, String)>>,
}

pub fn today() -> String {
    browser::now().wib_day()
}

pub fn mount() {
    browser::remove_boot_note();
    leptos::mount::mount_to_body(App);
}

/// Signed in: keep the session for this tab only and open today's queue.
pub fn signed_in(ctx: Ctx, s: Session) {
    browser::set_in(Store::Session, SESSION_KEY, &session::to_storage(&s));
    if s.role == Role::CallCentre {
        to_call_page();
        return;
    }
    ctx.idle.restart();
    ctx.signed_out.set(None);
    let province = s.role == Role::Province;
    ctx.session.set(Some(s));
    ctx.day.set(today());
    if province {
        ctx.tab.set(Tab::Province);
    } else {
        ctx.tab.set(Tab::Queue);
        day::load(ctx);
    }
    browser::focus_heading();
}

/// Forget the token and every booking shown (names, NIKs, phones), and empty the screen
/// reader's message (it may name a citizen), and go back to sign-in.
pub fn sign_out(ctx: Ctx, why: SignedOut) {
    browser::remove_in(Store::Session, SESSION_KEY);
    ctx.session.set(None);
    ctx.data.set(None);
    ctx.live.set(String::new());
    ctx.done.set(None);
    ctx.focus_code.set(None);
    ctx.idle.left.set(None);
    ctx.signed_out.set(Some(why));
    browser::focus_heading();
}

/// A call-centre agent works on their own page (`telepon/`), with the same sign-in.
fn to_call_page() {
    let href = crate::domain::common::routes::call_href(&browser::site_root());
    let _ = browser::window().location().replace(&href);
}

#[component]
pub fn App() -> impl IntoView {
    let (lang, _) = provide_shell();
    let stored = browser::get_in(Store::Session, SESSION_KEY).and_then(|t| session::decode(&t));
    let province = stored.as_ref().is_some_and(|s| s.role == Role::Province);
    let agent = stored.as_ref().is_some_and(|s| s.role == Role::CallCentre);
    if agent {
        to_call_page();
    }
    let ctx = Ctx {
        lang,
        session: RwSignal::new(stored.clone()),
        signed_out: RwSignal::new(None),
        tab: RwSignal::new(if province { Tab::Province } else { Tab::Queue }),
        day: RwSignal::new(today()),
        data: RwSignal::new(None),
        live: RwSignal::new(String::new()),
        idle: Idle::from_now(),
        focus_code: RwSignal::new(None),
        done: RwSignal::new(None),
    };
    provide_context(ctx);
    idle::start(ctx);
    let signed = Memo::new(move |_| ctx.session.with(Option::is_some));
    if stored.is_some() && !province && !agent {
        day::load(ctx);
    }
    view! {
        <Frame tagline=|l| DeskStrings::get(l).tagline>
            <p class="visually-hidden" role="status" aria-live="polite">{move || ctx.live.get()}</p>
            {move || match signed.get() {
                false => signin::screen(ctx).into_any(),
                true => view! {
                    {bar::bar(ctx)}
                    {idle::warning(ctx)}
                    {move || match ctx.tab.get() {
                        Tab::Queue => queue::screen(ctx).into_any(),
                        Tab::CheckIn => checkin::screen(ctx).into_any(),
                        Tab::WalkIn => walkin::screen(ctx).into_any(),
                        Tab::Point => point::screen(ctx).into_any(),
                        Tab::Province => province::screen(ctx).into_any(),
                    }}
                }.into_any(),
            }}
        </Frame>
    }
}

pub fn title(text: String) -> impl IntoView {
    view! { <h1 tabindex="-1" class="focus-target">{text}</h1> }
}
