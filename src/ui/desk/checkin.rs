//! Check-in: the booking code typed (any case, with or without the dash) or read from the QR
//! code, looked up in the store (`POST /api/staff/checkin` with `look`: nothing changes), then
//! the booking's card: the officer matches the person and presses "Tandai datang" to check in
//! (booked → arrived at this help point, today), then the next buttons (served, undo).

use super::{day, row, title, today, Ctx};
use crate::domain::booking::code::normalise_code;
use crate::domain::common::answer::Answer;
use crate::domain::common::json;
use crate::domain::common::routes::api;
use crate::domain::desk::queue::{decode_changed, DeskBooking};
use crate::domain::desk::request::checkin_body;
use crate::domain::desk::status::Status;
use crate::text::{errors, DeskStrings};
use leptos::prelude::*;

/// The officer's words for a refused check-in.
fn refusal(answer: &Answer, s: &DeskStrings, l: crate::domain::common::language::Lang) -> String {
    let body = match answer {
        Answer::Status(_, b) => json::parse(b).ok(),
        Answer::NoAnswer(_) => return s.network_down.to_owned(),
    };
    let code = super::api::error_code(answer);
    match code.as_str() {
        "wrong_day" => {
            let start = body
                .as_ref()
                .and_then(|j| j.get("slot")?.str_field("start"))
                .unwrap_or_default();
            let when = format!(
                "{}, {}",
                crate::text::booking::slot_date(&start, l),
                crate::text::booking::time_range(&start, "", l)
            );
            s.err_wrong_day.replace("{date}", &when)
        }
        "status_not_allowed" => {
            let st = body
                .as_ref()
                .and_then(|j| j.str_field("booking_status"))
                .and_then(|x| Status::parse(&x))
                .map(|x| s.status(x))
                .unwrap_or("?");
            s.err_status_not_allowed.replace("{status}", st)
        }
        c => s.api_error(c).to_owned(),
    }
}

pub fn screen(ctx: Ctx) -> impl IntoView {
    // The check-in is always against today's queue.
    if ctx.day.get_untracked() != today() || ctx.data.with_untracked(Option::is_none) {
        ctx.day.set(today());
        day::load(ctx);
    }
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let refused = RwSignal::new(None::<String>);
    let found = RwSignal::new(None::<DeskBooking>);
    let sending = RwSignal::new(false);
    let look_up = move |text: String| {
        let l = ctx.lang.get_untracked();
        refused.set(None);
        found.set(None);
        ctx.done.set(None);
        let code = match normalise_code(&text) {
            Err(e) => {
                problem.set(Some(errors::code(&e, l)));
                crate::ui::shell::browser::focus("#checkin-code");
                return;
            }
            Ok(c) => c,
        };
        problem.set(None);
        sending.set(true);
        leptos::task::spawn_local(async move {
            let body = checkin_body(&code, true);
            let a = super::api::post(ctx, api::CHECK_IN, &body).await;
            sending.set(false);
            let l = ctx.lang.get_untracked();
            let s = DeskStrings::get(l);
            match &a {
                Answer::Status(200, text) => match decode_changed(text) {
                    Some(b) => {
                        ctx.live
                            .set(format!("{}: {}, {}", s.found, b.name, s.status(b.status)));
                        typed.set(String::new());
                        found.set(Some(b));
                    }
                    None => refused.set(Some(s.err_other.to_owned())),
                },
                other => {
                    refused.set(Some(refusal(other, s, l)));
                    crate::ui::shell::browser::focus("#checkin-result");
                }
            }
        });
    };
    // The booking found, as the queue has it once it has it (the buttons on the card change it
    // there). Redrawn only when that booking changes: the queue arriving or refreshing with the
    // same booking must not rebuild the card under the officer's focus.
    let shown = Memo::new(move |_| {
        found.get().map(|b| {
            ctx.data
                .with(|d| match d {
                    Some((_, Ok((items, _)))) => items.iter().find(|x| x.id == b.id).cloned(),
                    _ => None,
                })
                .unwrap_or(b)
        })
    });
    let focused = StoredValue::new(None::<(String, Status)>);
    let on_scan = move |text: String| {
        typed.set(text.clone());
        look_up(text);
    };
    move || {
        let l = ctx.lang.get();
        let s = DeskStrings::get(l);
        crate::ui::shell::browser::set_title(s.checkin_title, l);
        let has_err = problem.with(Option::is_some);
        view! {
            <section class="card desk-checkin">
                {title(s.checkin_title.to_owned())}
                <p>{s.checkin_intro}</p>
                <form novalidate on:submit=move |ev| { ev.prevent_default(); look_up(typed.get_untracked()); }>
                    <div class=if has_err { "field has-error" } else { "field" }>
                        <label class="label" for="checkin-code">{s.code_label}</label>
                        <p id="checkin-code-hint" class="hint">{s.code_hint}</p>
                        {move || problem.get().map(|m| view! { <p id="checkin-code-error" class="field-error" role="alert">{m}</p> })}
                        <div class="desk-inline">
                            <input id="checkin-code" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                                aria-describedby=if has_err { "checkin-code-hint checkin-code-error" } else { "checkin-code-hint" }
                                aria-invalid=has_err.then_some("true")
                                prop:value=move || typed.get()
                                on:input:target=move |ev| typed.set(ev.target().value())/>
                            <button type="submit" class="button primary" disabled=move || sending.get()>{s.find}</button>
                        </div>
                    </div>
                </form>
            </section>
            <div id="checkin-result" tabindex="-1">
                {move || refused.get().map(|m| view! { <p class="card field-error" role="alert">{m}</p> })}
                {move || shown.get().map(|b| {
                    // Focus goes to the card when it is found and when its status changes, not
                    // when the queue brings a fresher copy of the same booking.
                    let key = (b.id.clone(), b.status);
                    if focused.get_value().as_ref() != Some(&key) {
                        focused.set_value(Some(key));
                        day::focus_row(day::row_id(&b));
                    }
                    let waiting = b.status == Status::Booked;
                    view! {
                        <h2 class="desk-found">{s.found}</h2>
                        {waiting.then(|| view! { <p class="desk-confirm-hint">{s.confirm_hint}</p> })}
                        {row::row(ctx, b)}
                    }
                })}
            </div>
            <section class="card desk-scan-box">{super::scan::scanner(ctx, on_scan)}</section>
        }
    }
}
