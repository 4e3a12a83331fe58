//! The booking page (`jadwal/`), its own wasm bundle: booking a slot at a help point after the
//! troubleshooter ended in "in-person help", and managing a booking (`jadwal/?kelola=1`).
//!
//! Same style as the main app: one reactive closure per screen over plain strings. The state
//! lives in [`Ctx`]; the step is in the query string (`?masalah=…&jejak=…&langkah=…`), so the
//! browser's back button works. Every rule is in `crate::domain::booking::form`.

mod check;
mod consent;
mod details;
mod done;
mod fields;
mod files;
mod geo;
mod handover;
mod manage;
mod point;
mod region;
mod send;
mod steps;
mod storage;
mod time;

use crate::domain::booking::api::ApiCode;
use crate::domain::booking::availability::{HelpPoint, Slot};
use crate::domain::booking::form::{BookingForm, FieldError};
use crate::domain::booking::retry::WaitReason;
use crate::domain::common::language::Lang;
use crate::domain::common::routes::{self, BookingQuery, Step};
use crate::domain::flow::content::{OutcomeKind, Problem};
use crate::text::BookingStrings;
use crate::ui::shell::browser;
use crate::ui::shell::fetch::LoadError;
use crate::ui::shell::page::{load_failed, loading, provide_shell, Frame};
use leptos::prelude::*;

/// The troubleshooter's result this booking is for.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseInfo {
    pub problem_id: String,
    pub title_id: String,
    pub title_en: String,
    pub summary: String,
    /// The anonymous "booked" event of this in-person outcome, recorded once the store confirms.
    pub booked: Option<crate::domain::flow::usage::Event>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gate {
    /// Direct visit, broken link, or a trail that does not end in in-person help.
    SelfHelpFirst,
    /// The flow file could not be fetched.
    LoadFailed,
}

/// Where a booking attempt stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Submit {
    Idle,
    Sending,
    Waiting(WaitReason),
    SlotTaken(Vec<Slot>),
    AlreadyBooked,
    Failed(ApiCode),
}

/// A help point's id and its slots, or why they could not be loaded.
pub type PointSlotsState = (String, Result<Vec<Slot>, LoadError>);

#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    pub query: RwSignal<BookingQuery>,
    /// Read untracked by screens (typing must not re-render them).
    pub form: RwSignal<BookingForm>,
    pub case: RwSignal<Option<Result<CaseInfo, Gate>>>,
    pub offices: RwSignal<Option<Result<Vec<HelpPoint>, LoadError>>>,
    /// (help point id, its slots)
    pub slots: RwSignal<Option<PointSlotsState>>,
    pub errors: RwSignal<Vec<FieldError>>,
    pub submit: RwSignal<Submit>,
    /// None: not asked; Some(None): asked, failed.
    pub pos: RwSignal<Option<Option<(f64, f64)>>>,
    pub day: RwSignal<Option<String>>,
    /// The NIK typed on the manage screen or carried from "already booked": memory only.
    pub manage_nik: RwSignal<String>,
    pub manage_code: RwSignal<String>,
}

pub use handover::mount;

/// Go to a step (a new history entry), clearing the previous screen's errors.
pub fn go(ctx: Ctx, step: Step, from_check: bool) {
    let q = ctx.query.get_untracked().with_step(step, from_check);
    browser::set_search(&q.to_search(), false);
    ctx.errors.set(Vec::new());
    ctx.query.set(q);
    browser::focus_heading();
}

/// "Lanjut" from a step: back to the check screen when the user came from an "Ubah" link.
pub fn go_next(ctx: Ctx, step: Step) {
    let from_check = ctx.query.get_untracked().from_check;
    match (from_check, step.next()) {
        (true, _) => go(ctx, Step::Check, false),
        (false, Some(n)) => go(ctx, n, false),
        _ => {}
    }
}

pub fn save_form(ctx: Ctx) {
    ctx.form.with_untracked(storage::save_draft);
}

/// "Lanjut" on a step's form: on to the next step, or the step's errors in the summary.
pub fn submit_step(ctx: Ctx, step: Step) {
    let errs = ctx.form.with_untracked(|f| f.errors(step));
    if errs.is_empty() {
        go_next(ctx, step)
    } else {
        show_errors(ctx, errs)
    }
}

/// Show `errors` in the summary and beside the fields, and move focus to the summary.
pub fn show_errors(ctx: Ctx, errors: Vec<FieldError>) {
    ctx.errors.set(errors);
    browser::focus("#error-summary");
}

/// The booking page. `chosen`: the regency chosen on the pre-rendered step 1 before "Lanjut"
/// (`handover`), carried into the form; the page then goes on as if "Lanjut" was pressed here.
/// `case`: the case already read while the pre-rendered page was in use.
#[component]
pub fn App(chosen: Option<String>, case: Option<Result<CaseInfo, Gate>>) -> impl IntoView {
    let (lang, settings) = provide_shell();
    Effect::new(move |_| {
        if settings.settings.get().is_some() {
            crate::ui::shell::usage::send_waiting();
        }
    });
    let mut form = storage::load_draft().unwrap_or_default();
    if let Some(code) = chosen.as_ref().filter(|c| !c.is_empty()) {
        form.region_code = code.clone();
    }
    let mut query = BookingQuery::parse(&browser::search());
    // An attempt that was never confirmed (closed tab, lost connection): restore and resend.
    let pending = storage::load_pending();
    if let Some((_, Some(f), search)) = &pending {
        if form.first_incomplete() != Step::Check {
            form = f.clone();
        }
        if query.problem.is_none() && !query.manage {
            query = BookingQuery::parse(search);
        }
        if !query.manage {
            query.step = Some(Step::Check);
            browser::set_search(&query.to_search(), true);
        }
    }
    let ctx = Ctx {
        lang,
        query: RwSignal::new(query.clone()),
        form: RwSignal::new(form),
        case: RwSignal::new(case.clone()),
        offices: RwSignal::new(None),
        slots: RwSignal::new(None),
        errors: RwSignal::new(Vec::new()),
        submit: RwSignal::new(Submit::Idle),
        pos: RwSignal::new(None),
        day: RwSignal::new(None),
        manage_nik: RwSignal::new(String::new()),
        manage_code: RwSignal::new(String::new()),
    };
    provide_context(ctx);
    if chosen.is_some() {
        save_form(ctx);
        // Once the case is read: the HTML page gives way, and "Lanjut" is carried out here.
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) {
                return true;
            }
            let Some(case) = ctx.case.get() else {
                return false;
            };
            let ok = case.is_ok();
            handover::take_over(move || {
                if ok {
                    submit_step(ctx, Step::Region);
                }
            });
            true
        });
    }
    if case.is_none() {
        load_case(ctx);
    }
    window_event_listener(leptos::ev::popstate, move |_| {
        ctx.errors.set(Vec::new());
        ctx.query.set(BookingQuery::parse(&browser::search()));
        browser::focus_heading();
    });
    // Back online: send the waiting attempt again, with the same key.
    window_event_listener(leptos::ev::online, move |_| send::resend_pending(ctx));
    if let Some((p, _, _)) = pending {
        if !query.manage {
            send::send(ctx, p);
        }
    }

    view! {
        <Frame tagline=|l| BookingStrings::get(l).page_title>
            {move || screen(ctx)}
        </Frame>
    }
}

fn screen(ctx: Ctx) -> AnyView {
    let q = ctx.query.get();
    if q.manage {
        return manage::screen(ctx).into_any();
    }
    if q.step == Some(Step::Done) {
        return done::screen(ctx).into_any();
    }
    match ctx.case.get() {
        None => loading(BookingStrings::get(ctx.lang.get()).loading).into_any(),
        Some(Err(Gate::LoadFailed)) => {
            let s = BookingStrings::get(ctx.lang.get());
            load_failed(s.load_failed, s.retry, move || load_case(ctx)).into_any()
        }
        Some(Err(Gate::SelfHelpFirst)) => gate(ctx).into_any(),
        Some(Ok(case)) => {
            let wanted = q.step.unwrap_or(Step::Region);
            let allowed = ctx.form.with_untracked(|f| f.allowed_step(wanted));
            if allowed != wanted && q.step.is_some() {
                let fixed = q.with_step(allowed, false);
                browser::set_search(&fixed.to_search(), true);
            }
            steps::screen(ctx, allowed, case).into_any()
        }
    }
}

/// A direct visit: self-help comes first.
fn gate(ctx: Ctx) -> impl IntoView {
    move || {
        let s = BookingStrings::get(ctx.lang.get());
        browser::set_title(s.gate_title, ctx.lang.get());
        let have = storage::load_confirmation();
        view! {
            <section class="card">
                <h1 tabindex="-1" class="focus-target">{s.gate_title}</h1>
                <p>{s.gate_body}</p>
                <p><a class="button primary" href=routes::start_href(&browser::site_root())>{s.gate_link}</a></p>
            </section>
            {have.map(|c| view! {
                <p class="card">{s.have_booking}" "<strong>{crate::domain::booking::code::format_code(&c.code)}</strong>" "
                    <a href="?langkah=selesai" on:click=move |ev| { ev.prevent_default(); go(ctx, Step::Done, false); }>{s.view_booking}</a>
                </p>
            })}
            <p class="manage-link"><a href=routes::manage_search() on:click=move |ev| { ev.prevent_default(); open_manage(ctx); }>{s.manage_link}</a></p>
        }
    }
}

pub fn open_manage(ctx: Ctx) {
    let q = BookingQuery {
        manage: true,
        ..BookingQuery::default()
    };
    browser::set_search(&q.to_search(), false);
    ctx.errors.set(Vec::new());
    ctx.query.set(q);
    browser::focus_heading();
}

/// Fetch the flow named in the address, walk the trail, and accept only an in-person outcome.
fn load_case(ctx: Ctx) {
    let q = ctx.query.get_untracked();
    ctx.case.set(None);
    leptos::task::spawn_local(async move {
        ctx.case.set(Some(read_case(&q).await));
    });
}

/// The case the address names, or why there is none to book for.
pub(crate) async fn read_case(q: &BookingQuery) -> Result<CaseInfo, Gate> {
    let Some(id) = q.problem.clone() else {
        return Err(Gate::SelfHelpFirst);
    };
    match crate::ui::shell::content::problem(&id).await {
        Ok(p) => case_from(&p, &q.trail).ok_or(Gate::SelfHelpFirst),
        Err(LoadError::NotFound) => Err(Gate::SelfHelpFirst),
        Err(_) => Err(Gate::LoadFailed),
    }
}

fn case_from(p: &Problem, trail: &str) -> Option<CaseInfo> {
    let w = crate::domain::flow::walk::walk(p, trail)?;
    if w.trail != trail || w.current.outcome.as_ref()?.kind != OutcomeKind::InPerson {
        return None;
    }
    Some(CaseInfo {
        problem_id: p.id.clone(),
        title_id: p.title.id.clone(),
        title_en: p.title.en.clone(),
        summary: w.case_summary(2000),
        booked: crate::domain::flow::usage::booked(p, trail, browser::now()),
    })
}
