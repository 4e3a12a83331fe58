//! Manage a booking (`jadwal/?kelola=1`): look it up with code + NIK, cancel, reschedule.
//! The NIK typed here stays in memory only.

use super::fields::{error_summary, field_error};
use super::time::{fetch_slots, time_picker};
use super::{show_errors, storage, Ctx};
use crate::domain::booking::api::{classify, ApiCode, OwnerView, Reply};
use crate::domain::booking::availability::Slot;
use crate::domain::booking::code::{format_code, normalise_code};
use crate::domain::booking::confirmation::Confirmation;
use crate::domain::booking::form::{Field, FieldError, FieldProblem};
use crate::domain::booking::nik::check_nik;
use crate::domain::common::json::{object, Val};
use crate::domain::common::language::Lang;
use crate::domain::common::routes::api;
use crate::text::BookingStrings;
use crate::ui::shell::browser;
use crate::ui::shell::fetch::{to_store, LoadError, StoreRequest};
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Show,
    ConfirmCancel,
    Reschedule,
}

#[derive(Clone, Copy)]
struct State {
    view: RwSignal<Option<OwnerView>>,
    mode: RwSignal<Mode>,
    done: RwSignal<Option<&'static str>>,
    error: RwSignal<Option<&'static str>>,
    busy: RwSignal<bool>,
    slots: RwSignal<Option<Result<Vec<Slot>, LoadError>>>,
}

pub fn screen(ctx: Ctx) -> impl IntoView {
    let st = State {
        view: RwSignal::new(None),
        mode: RwSignal::new(Mode::Show),
        done: RwSignal::new(None),
        error: RwSignal::new(None),
        busy: RwSignal::new(false),
        slots: RwSignal::new(None),
    };
    let stored = storage::load_confirmation();
    if ctx.manage_code.get_untracked().is_empty() {
        if let Some(c) = &stored {
            ctx.manage_code.set(format_code(&c.code));
        }
    }
    // Came from "already booked" on a phone that holds the code: show the booking at once.
    if !ctx.manage_nik.get_untracked().is_empty() && !ctx.manage_code.get_untracked().is_empty() {
        lookup(ctx, st);
    }
    move || {
        let l = ctx.lang.get();
        let s = BookingStrings::get(l);
        browser::set_title(s.manage_title, l);
        view! {
            <section class="card">
                {error_summary(ctx)}
                <h1 tabindex="-1" class="focus-target">{s.manage_title}</h1>
                <p>{s.manage_hint}</p>
                {lookup_form(ctx, st, s)}
            </section>
            {move || st.view.get().map(|v| booking_card(ctx, st, v, ctx.lang.get()))}
        }
    }
}

fn lookup_form(ctx: Ctx, st: State, s: &'static BookingStrings) -> impl IntoView {
    let field = |f: Field,
                 label: &'static str,
                 hint: &'static str,
                 sig: RwSignal<String>,
                 inputmode: &'static str,
                 autocap: &'static str| {
        let id = f.input_id();
        let err = field_error(ctx, f);
        let has = err.is_some();
        view! {
            <div class=if has { "field has-error" } else { "field" }>
                <label class="label" for=id>{label}</label>
                <p id=format!("{id}-hint") class="hint">{hint}</p>
                {err.map(|m| view! { <p id=format!("{id}-error") class="field-error"><span class="visually-hidden">{s.error_prefix}" "</span>{m}</p> })}
                <input id=id name=id type="text" inputmode=inputmode autocomplete="off" autocapitalize=autocap spellcheck="false"
                    aria-describedby=if has { format!("{id}-hint {id}-error") } else { format!("{id}-hint") }
                    aria-invalid=has.then_some("true")
                    prop:value=sig.get_untracked()
                    on:input:target=move |ev| sig.set(ev.target().value())/>
            </div>
        }
    };
    view! {
        <form novalidate on:submit=move |ev| { ev.prevent_default(); lookup(ctx, st); }>
            {field(Field::Code, s.code_field, s.code_field_hint, ctx.manage_code, "text", "characters")}
            {field(Field::Nik, s.nik_label, s.nik_hint, ctx.manage_nik, "numeric", "off")}
            {move || st.error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <p><button type="submit" class="button primary wide" disabled=move || st.busy.get()>{s.lookup}</button></p>
        </form>
    }
}

fn credentials(ctx: Ctx) -> Result<(String, String), Vec<FieldError>> {
    let code = normalise_code(&ctx.manage_code.get_untracked());
    let nik = check_nik(&ctx.manage_nik.get_untracked());
    let mut errs = Vec::new();
    if let Err(e) = &code {
        errs.push(FieldError {
            field: Field::Code,
            problem: FieldProblem::Code(e.clone()),
        });
    }
    if let Err(e) = &nik {
        errs.push(FieldError {
            field: Field::Nik,
            problem: FieldProblem::Nik(e.clone()),
        });
    }
    match (code, nik) {
        (Ok(c), Ok(n)) => Ok((c, n.as_str().to_owned())),
        _ => Err(errs),
    }
}

fn reply_error(s: &'static BookingStrings, reply: &Reply, lookup: bool) -> &'static str {
    match reply {
        Reply::Unreachable => s.err_network,
        Reply::Error {
            code: ApiCode::NotFound,
            ..
        } if lookup => s.err_lookup_not_found,
        Reply::Error {
            code: ApiCode::SlotClosed,
            ..
        } if !lookup => s.err_cannot_change,
        Reply::Error { code, .. } => s.api_error(*code),
        Reply::Ok(_) => "",
    }
}

fn lookup(ctx: Ctx, st: State) {
    let l = ctx.lang.get_untracked();
    let s = BookingStrings::get(l);
    let (code, nik) = match credentials(ctx) {
        Ok(x) => x,
        Err(errs) => return show_errors(ctx, errs),
    };
    ctx.errors.set(Vec::new());
    st.busy.set(true);
    st.error.set(None);
    st.done.set(None);
    leptos::task::spawn_local(async move {
        let body = object(&[("code", Val::S(&code)), ("nik", Val::S(&nik))]);
        let answer = to_store(StoreRequest::post(api::LOOKUP, &body)).await;
        st.busy.set(false);
        match classify(&answer) {
            Reply::Ok(v) => {
                st.mode.set(Mode::Show);
                st.view.set(Some(*v));
                browser::focus("#booking-title");
            }
            Reply::Error {
                code: ApiCode::InvalidNik,
                ..
            } => show_errors(
                ctx,
                vec![FieldError {
                    field: Field::Nik,
                    problem: FieldProblem::NoSuchBooking,
                }],
            ),
            r => {
                st.view.set(None);
                st.error.set(Some(reply_error(s, &r, true)));
            }
        }
    });
}

/// cancel or reschedule; `slot` only for reschedule.
fn change(ctx: Ctx, st: State, slot: Option<String>) {
    let l = ctx.lang.get_untracked();
    let s = BookingStrings::get(l);
    let Ok((code, nik)) = credentials(ctx) else {
        return;
    };
    st.busy.set(true);
    st.error.set(None);
    leptos::task::spawn_local(async move {
        let (path, body) = match &slot {
            Some(id) => (
                api::RESCHEDULE,
                object(&[
                    ("code", Val::S(&code)),
                    ("nik", Val::S(&nik)),
                    ("slot", Val::S(id)),
                ]),
            ),
            None => (
                api::CANCEL,
                object(&[("code", Val::S(&code)), ("nik", Val::S(&nik))]),
            ),
        };
        let answer = to_store(StoreRequest::post(path, &body)).await;
        st.busy.set(false);
        match classify(&answer) {
            Reply::Ok(v) => {
                // Keep this device's confirmation in step with the store.
                if let Some(c) = storage::load_confirmation().filter(|c| c.code == v.code) {
                    if v.status == "cancelled" {
                        storage::remove_confirmation();
                    } else {
                        storage::save_confirmation(&Confirmation::from_view(&v, &c.summary));
                    }
                }
                st.done.set(Some(if slot.is_some() {
                    s.rescheduled_done
                } else {
                    s.cancelled_done
                }));
                st.mode.set(Mode::Show);
                st.view.set(Some(*v));
                browser::focus("#booking-title");
            }
            r => {
                st.error.set(Some(reply_error(s, &r, false)));
                browser::focus("#change-error");
            }
        }
    });
}

fn booking_card(ctx: Ctx, st: State, v: OwnerView, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    let c = Confirmation::from_view(&v, "");
    let svg = super::done::qr_svg(&v.code, s);
    let active = v.status == "booked";
    let office = v.help_point.id.clone();
    let current_slot = v.slot.id.clone();
    view! {
        <section class="card booking-card" aria-labelledby="booking-title">
            {move || st.done.get().map(|d| view! { <p class="thanks" role="status">{d}</p> })}
            <h2 id="booking-title" tabindex="-1" class="focus-target-2">
                {s.code_label}" "<span class="booking-code">{format_code(&v.code)}</span>
            </h2>
            <p><strong>{s.status_label}": "</strong><span class=format!("status status-{}", v.status)>{s.status(&v.status)}</span></p>
            {active.then(|| view! { <div class="qr small" inner_html=svg></div> })}
            {super::done::details_list(&c, l)}
            {move || st.error.get().filter(|_| st.view.with(Option::is_some)).map(|e| view! { <p id="change-error" class="error" role="alert" tabindex="-1">{e}</p> })}
            {active.then(|| {
                let office = office.clone();
                let current_slot = current_slot.clone();
                move || match st.mode.get() {
                    Mode::Show => view! {
                        <div class="actions">
                            <button type="button" class="button" on:click={
                                let office = office.clone();
                                move |_| {
                                    st.mode.set(Mode::Reschedule);
                                    st.slots.set(None);
                                    ctx.day.set(None);
                                    let office = office.clone();
                                    leptos::task::spawn_local(async move { st.slots.set(Some(fetch_slots(&office).await)) });
                                }
                            }>{s.reschedule}</button>
                            <button type="button" class="button danger" on:click=move |_| { st.mode.set(Mode::ConfirmCancel); browser::focus("#cancel-confirm"); }>{s.cancel}</button>
                        </div>
                    }.into_any(),
                    Mode::ConfirmCancel => view! {
                        <div class="status-box" id="cancel-confirm" tabindex="-1" role="group" aria-labelledby="cancel-q">
                            <p id="cancel-q"><strong>{s.cancel_confirm}</strong></p>
                            <div class="actions">
                                <button type="button" class="button danger" disabled=move || st.busy.get() on:click=move |_| change(ctx, st, None)>{s.cancel_yes}</button>
                                <button type="button" class="button secondary" on:click=move |_| st.mode.set(Mode::Show)>{s.cancel_no}</button>
                            </div>
                        </div>
                    }.into_any(),
                    Mode::Reschedule => {
                        let current_slot = current_slot.clone();
                        view! {
                            <h2 class="small-heading" id="reschedule-title">{s.reschedule_title}</h2>
                            {move || match st.slots.get() {
                                None => view! { <p role="status">{s.loading}</p> }.into_any(),
                                Some(Err(_)) => view! { <p class="error" role="alert">{s.load_failed}</p> }.into_any(),
                                Some(Ok(slots)) => time_picker(ctx, slots, current_slot.clone(), move |slot: Slot| change(ctx, st, Some(slot.id))).into_any(),
                            }}
                            <p><button type="button" class="button secondary" on:click=move |_| st.mode.set(Mode::Show)>{s.cancel_no}</button></p>
                        }.into_any()
                    }
                }
            })}
            <p class="no-print"><a href="../">{s.home}</a></p>
        </section>
    }
}
