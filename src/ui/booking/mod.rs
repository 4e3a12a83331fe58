//! The booking page (`jadwal/`), its own wasm bundle: booking a slot at a help point after the
//! troubleshooter ended in "in-person help", and managing a booking (`jadwal/?kelola=1`).
//!
//! Same style as the main app: one reactive closure per screen over plain strings. The state
//! lives in [`Ctx`]; the step is in the query string (`?masalah=…&jejak=…&langkah=…`), so the
//! browser's back button works. Every rule is in `crate::domain::booking::form`.

mod done;
mod manage;
mod steps;
mod web;

use crate::domain::booking::form::*;
use crate::text::booking::BookingStrings;
use crate::domain::flow::content::{OutcomeKind, Problem};
use crate::domain::common::language::Lang;
use leptos::prelude::*;

/// The troubleshooter's result this booking is for.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseInfo {
    pub problem_id: String,
    pub title_id: String,
    pub title_en: String,
    pub summary: String,
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
    SlotTaken(Vec<AvailSlot>),
    AlreadyBooked,
    Failed(ApiCode),
}

#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    pub query: RwSignal<BookingQuery>,
    /// Read untracked by screens (typing must not re-render them).
    pub form: RwSignal<BookingForm>,
    pub case: RwSignal<Option<Result<CaseInfo, Gate>>>,
    pub offices: RwSignal<Option<Result<Vec<AvailOffice>, ()>>>,
    /// (office id, its slots)
    pub slots: RwSignal<Option<(String, Result<Vec<AvailSlot>, ()>)>>,
    pub errors: RwSignal<Vec<FieldError>>,
    pub submit: RwSignal<Submit>,
    /// None: not asked; Some(None): asked, failed.
    pub pos: RwSignal<Option<Option<(f64, f64)>>>,
    pub day: RwSignal<Option<String>>,
    /// The NIK typed on the manage screen or carried from "already booked": memory only.
    pub manage_nik: RwSignal<String>,
    pub manage_code: RwSignal<String>,
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

pub fn mount() {
    if let Some(el) = document().get_element_by_id("boot") {
        el.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// Go to a step (a new history entry), clearing the previous screen's errors.
pub fn go(ctx: Ctx, step: Step, from_check: bool) {
    let q = ctx.query.get_untracked().with_step(step, from_check);
    web::set_search(&q.to_search(), false);
    ctx.errors.set(Vec::new());
    ctx.query.set(q);
    web::focus("main .focus-target");
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
    ctx.form.with_untracked(web::save_draft);
}

/// Show `errors` in the summary and beside the fields, and move focus to the summary.
pub fn show_errors(ctx: Ctx, errors: Vec<FieldError>) {
    ctx.errors.set(errors);
    web::focus("#error-summary");
}

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(web::stored_lang());
    web::store_lang(lang.get_untracked());
    let mut form = web::load_draft().unwrap_or_default();
    let mut query = BookingQuery::parse(&web::search());
    // An attempt that was never confirmed (closed tab, lost connection): restore and resend.
    let pending = web::load_pending();
    if let Some((_, Some(f), search)) = &pending {
        if form.first_incomplete() != Step::Check {
            form = f.clone();
        }
        if query.problem.is_none() && !query.manage {
            query = BookingQuery::parse(search);
        }
        if !query.manage {
            query.step = Some(Step::Check);
            web::set_search(&query.to_search(), true);
        }
    }
    let ctx = Ctx {
        lang,
        query: RwSignal::new(query.clone()),
        form: RwSignal::new(form),
        case: RwSignal::new(None),
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
    load_case(ctx);
    window_event_listener(leptos::ev::popstate, move |_| {
        ctx.errors.set(Vec::new());
        ctx.query.set(BookingQuery::parse(&web::search()));
        web::focus("main .focus-target");
    });
    // Back online: send the waiting attempt again, with the same key.
    window_event_listener(leptos::ev::online, move |_| steps::resend_pending(ctx));
    if let Some((p, _, _)) = pending {
        if !query.manage {
            steps::send(ctx, p);
        }
    }

    view! {
        <a class="skip" href="#main">{move || BookingStrings::get(lang.get()).skip_to_content}</a>
        {move || {
            let s = BookingStrings::get(lang.get());
            view! {
                <header class="site-header">
                    <a class="brand" href="../">
                        <span class="brand-name">{s.app_name}</span>
                        <span class="brand-tag">{s.page_title}</span>
                    </a>
                    <LangSwitch/>
                </header>
            }
        }}
        <main id="main" tabindex="-1">{move || screen(ctx)}</main>
        <footer class="site-footer">
            <p>{move || BookingStrings::get(lang.get()).footer}</p>
        </footer>
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
        None => view! { <p class="card loading" role="status">{move || BookingStrings::get(ctx.lang.get()).loading}</p> }.into_any(),
        Some(Err(Gate::LoadFailed)) => view! {
            {move || {
                let s = BookingStrings::get(ctx.lang.get());
                view! {
                    <section class="card" role="alert">
                        <h1 tabindex="-1" class="focus-target">{s.load_failed}</h1>
                        <p><button type="button" class="button" on:click=move |_| load_case(ctx)>{s.retry}</button></p>
                    </section>
                }
            }}
        }.into_any(),
        Some(Err(Gate::SelfHelpFirst)) => gate(ctx).into_any(),
        Some(Ok(case)) => {
            let wanted = q.step.unwrap_or(Step::Region);
            let allowed = ctx.form.with_untracked(|f| f.allowed_step(wanted));
            if allowed != wanted && q.step.is_some() {
                let fixed = q.with_step(allowed, false);
                web::set_search(&fixed.to_search(), true);
            }
            steps::screen(ctx, allowed, case).into_any()
        }
    }
}

/// A direct visit: self-help comes first.
fn gate(ctx: Ctx) -> impl IntoView {
    move || {
        let s = BookingStrings::get(ctx.lang.get());
        web::set_title(s.gate_title);
        let have = web::load_confirmation();
        view! {
            <section class="card">
                <h1 tabindex="-1" class="focus-target">{s.gate_title}</h1>
                <p>{s.gate_body}</p>
                <p><a class="button primary" href="../">{s.gate_link}</a></p>
            </section>
            {have.map(|c| view! {
                <p class="card">{s.have_booking}" "<strong>{crate::domain::booking::calendar::format_code(&c.code)}</strong>" "
                    <a href="?langkah=selesai" on:click=move |ev| { ev.prevent_default(); go(ctx, Step::Done, false); }>{s.view_booking}</a>
                </p>
            })}
            <p class="manage-link"><a href="?kelola=1" on:click=move |ev| { ev.prevent_default(); open_manage(ctx); }>{s.manage_link}</a></p>
        }
    }
}

pub fn open_manage(ctx: Ctx) {
    let q = BookingQuery {
        manage: true,
        ..Default::default()
    };
    web::set_search(&q.to_search(), false);
    ctx.errors.set(Vec::new());
    ctx.query.set(q);
    web::focus("main .focus-target");
}

/// Fetch the flow named in the address, walk the trail, and accept only an in-person outcome.
fn load_case(ctx: Ctx) {
    let q = ctx.query.get_untracked();
    let Some(id) = q.problem.clone() else {
        ctx.case.set(Some(Err(Gate::SelfHelpFirst)));
        return;
    };
    ctx.case.set(None);
    leptos::task::spawn_local(async move {
        let result = match web::fetch_text(&format!("../content/problems/{id}.json")).await {
            Ok((200, text)) => match crate::domain::common::json::decode::<Problem>(&text) {
                Some(p) => case_from(&p, &q.trail).ok_or(Gate::SelfHelpFirst),
                None => Err(Gate::SelfHelpFirst),
            },
            Ok((404, _)) => Err(Gate::SelfHelpFirst),
            _ => Err(Gate::LoadFailed),
        };
        ctx.case.set(Some(result));
    });
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
    })
}

#[component]
fn LangSwitch() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let l = ctx.lang.get();
        let s = BookingStrings::get(l);
        view! {
            <button type="button" class="lang" lang=if l == Lang::Id { "en" } else { "id" } aria-label=s.other_language_aria
                on:click=move |_| {
                    let next = if l == Lang::Id { Lang::En } else { Lang::Id };
                    web::store_lang(next);
                    ctx.lang.set(next);
                    // messages already shown were written in the old language
                    if !ctx.errors.get_untracked().is_empty() {
                        let step = ctx.query.get_untracked().step.unwrap_or(Step::Region);
                        let errs = ctx.form.with_untracked(|f| f.errors(step, next));
                        ctx.errors.set(errs);
                    }
                }>
                {s.other_language}
            </button>
        }
    }
}

/// The error summary at the top of a screen (GOV.UK pattern): each message links to its field.
pub fn error_summary(ctx: Ctx) -> impl IntoView {
    move || {
        let errs = ctx.errors.get();
        let s = BookingStrings::get(ctx.lang.get());
        (!errs.is_empty()).then(|| view! {
            <div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{s.error_summary_title}</h2>
                <ul>
                    {errs.into_iter().map(|e| {
                        let id = e.field.input_id();
                        view! {
                            <li><a href=format!("#{id}") on:click=move |ev| {
                                ev.prevent_default();
                                if let Some(el) = document().get_element_by_id(id) {
                                    use wasm_bindgen::JsCast;
                                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                        let _ = el.focus();
                                        el.scroll_into_view();
                                    }
                                }
                            }>{e.message}</a></li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        })
    }
}

/// The message beside one field, if it has an error.
pub fn field_error(ctx: Ctx, f: Field) -> Option<String> {
    ctx.errors
        .with(|e| e.iter().find(|x| x.field == f).map(|x| x.message.clone()))
}

pub fn progress(s: &'static BookingStrings, step: Step) -> impl IntoView {
    let n = step.number();
    let total = Step::INPUT_STEPS;
    view! {
        <p class="progress">
            <span>{format!("{} · {}", s.progress(n, total), s.step_names[n - 1])}</span>
            <span class="bar" aria-hidden="true"><span style=format!("width:{}%", n * 100 / total)></span></span>
        </p>
    }
}
