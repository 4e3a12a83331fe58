//! Sending a booking: one attempt with its Idempotency-Key kept on the device until the store
//! answers, resent after a lost connection, and what each answer leads to.

use super::{go, show_errors, storage, Ctx, Submit};
use crate::domain::booking::api::*;
use crate::domain::booking::availability::alternatives;
use crate::domain::booking::form::{BookingForm, FieldError, FieldProblem};
use crate::domain::booking::retry::*;
use crate::domain::common::json::ToJson;
use crate::domain::common::routes::{api, Step};
use crate::ui::shell::browser;
use crate::ui::shell::fetch::{to_store, StoreRequest};
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    static IN_FLIGHT: Cell<bool> = const { Cell::new(false) };
}

pub fn submit(ctx: Ctx) {
    let (summary, problem) = match ctx.case.get_untracked() {
        Some(Ok(c)) => (c.summary, c.problem_id),
        _ => Default::default(),
    };
    let form = ctx.form.get_untracked();
    let Some(request) = form.request(&summary, &problem) else {
        let step = form.first_incomplete();
        go(ctx, step, true);
        show_errors(ctx, form.errors(step));
        return;
    };
    // The same attempt keeps its key; a changed request is a new attempt.
    let pending = match storage::load_pending() {
        Some((p, _, _)) if p.request == request => p,
        _ => PendingBooking {
            key: idempotency_key(&browser::random_bytes()),
            request,
            summary,
            attempts: 0,
        },
    };
    storage::save_pending(
        &pending,
        &form,
        &ctx.query
            .get_untracked()
            .with_step(Step::Check, false)
            .to_search(),
    );
    send(ctx, pending);
}

/// Send the attempt kept on the device again (back online, retry timer, "Coba kirim sekarang").
pub fn resend_pending(ctx: Ctx) {
    if let Some((p, _, _)) = storage::load_pending() {
        send(ctx, p);
    }
}

pub fn send(ctx: Ctx, mut pending: PendingBooking) {
    if IN_FLIGHT.with(|f| f.replace(true)) {
        return;
    }
    ctx.submit.set(Submit::Sending);
    leptos::task::spawn_local(async move {
        pending.attempts += 1;
        let body = pending.request.to_json();
        let answer = to_store(StoreRequest {
            key: Some(&pending.key),
            ..StoreRequest::post(api::BOOK, &body)
        })
        .await;
        IN_FLIGHT.with(|f| f.set(false));
        let reply = classify(&answer);
        if storage::load_pending().is_none_or(|(p, _, _)| p.key != pending.key)
            && !matches!(reply, Reply::Ok(_))
        {
            // "Hapus data saya" or another tab finished this attempt meanwhile.
            ctx.submit.set(Submit::Idle);
            return;
        }
        match after_reply(reply, &pending) {
            Next::Confirmed(c) => {
                if let Some(Ok(case)) = ctx.case.get_untracked() {
                    crate::ui::shell::usage::record_booked(case.booked);
                }
                storage::save_confirmation(&c);
                storage::clear_personal();
                ctx.form.update_untracked(BookingForm::clear_personal);
                ctx.submit.set(Submit::Idle);
                go(ctx, Step::Done, false);
            }
            Next::Retry(reason) => {
                let reason = reason.given_connection(browser::online());
                ctx.form.with_untracked(|f| {
                    storage::save_pending(
                        &pending,
                        f,
                        &storage::load_pending().map(|p| p.2).unwrap_or_default(),
                    )
                });
                ctx.submit.set(Submit::Waiting(reason));
                let delay = if reason != WaitReason::Busy {
                    10_000
                } else {
                    15_000
                };
                gloo::timers::callback::Timeout::new(delay, move || {
                    if matches!(ctx.submit.get_untracked(), Submit::Waiting(_)) && browser::online()
                    {
                        resend_pending(ctx);
                    }
                })
                .forget();
            }
            Next::SlotTaken => {
                storage::clear_pending();
                let (office, wanted, old) = ctx.form.with_untracked(|f| {
                    (f.office_id.clone(), f.slot_start.clone(), f.slot_id.clone())
                });
                let slots = super::time::fetch_slots(&office).await.unwrap_or_default();
                ctx.slots.set(Some((office, Ok(slots.clone()))));
                ctx.submit
                    .set(Submit::SlotTaken(alternatives(&slots, &wanted, &old, 3)));
                browser::focus(".submit-status .status-box");
            }
            Next::AlreadyBooked => {
                storage::clear_pending();
                ctx.submit.set(Submit::AlreadyBooked);
                browser::focus(".submit-status .status-box");
            }
            Next::FixField(field, code) => {
                storage::clear_pending();
                ctx.submit.set(Submit::Idle);
                let problem = ctx
                    .form
                    .with_untracked(|f| f.field_problem(field))
                    .unwrap_or(FieldProblem::Refused(code));
                go(ctx, field.step(), true);
                show_errors(ctx, vec![FieldError { field, problem }]);
            }
            Next::NewKey => {
                storage::clear_pending();
                ctx.submit.set(Submit::Failed(ApiCode::IdempotencyConflict));
            }
            Next::Failed(code) => {
                storage::clear_pending();
                ctx.submit.set(Submit::Failed(code));
            }
        }
    });
}
