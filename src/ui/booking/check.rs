//! Step 6: everything on one screen, each row with "Ubah", then sending and what came back.

use super::fields::title;
use super::send::{resend_pending, submit};
use super::{go, save_form, Ctx};
use super::{CaseInfo, Submit};
use crate::domain::booking::nik::check_nik;
use crate::domain::booking::regions;
use crate::domain::booking::retry::WaitReason;
use crate::domain::common::language::Lang;
use crate::domain::common::routes::Step;
use crate::text::booking::{slot_date, time_range};
use crate::text::BookingStrings;
use crate::ui::shell::browser;
use leptos::prelude::*;

pub fn check(ctx: Ctx, l: Lang, case: &CaseInfo) -> impl IntoView {
    let s = BookingStrings::get(l);
    let f = ctx.form.get_untracked();
    let region = regions::by_code(&f.region_code)
        .map(|r| r.name)
        .unwrap_or("");
    let date = slot_date(&f.slot_start, l);
    let rows: Vec<(&'static str, String, Step)> = vec![
        (s.row_region, region.to_owned(), Step::Region),
        (s.row_point, f.office_name.clone(), Step::Point),
        (s.row_date, date, Step::Time),
        (
            s.row_time,
            time_range(&f.slot_start, &f.slot_end, l),
            Step::Time,
        ),
        (s.name_label, f.name.trim().to_owned(), Step::Details),
        (
            s.nik_label,
            check_nik(&f.nik)
                .map(|n| n.as_str().to_owned())
                .unwrap_or_else(|_| f.nik.clone()),
            Step::Details,
        ),
        (
            s.phone_label,
            crate::domain::booking::phone::check_phone(&f.phone)
                .map(|p| p.display())
                .unwrap_or_else(|_| f.phone.clone()),
            Step::Details,
        ),
        (s.row_consent, s.consent_given.to_owned(), Step::Consent),
    ];
    let summary = case.summary.clone();
    let title_text = if l == Lang::Id {
        case.title_id.clone()
    } else {
        case.title_en.clone()
    };
    view! {
        {title(s.check_title)}
        <p>{s.check_hint}</p>
        <dl class="check-list">
            {rows.into_iter().map(|(label, value, step)| {
                let href = ctx.query.get_untracked().with_step(step, true).to_search();
                view! {
                    <div class="answer-row">
                        <dt>{label}</dt>
                        <dd>
                            <span class="value">{value}</span>
                            <a class="change" href=href on:click=move |ev| { ev.prevent_default(); go(ctx, step, true); }>
                                {s.change}<span class="visually-hidden">{format!(": {label}")}</span>
                            </a>
                        </dd>
                    </div>
                }
            }).collect_view()}
        </dl>
        <details class="case-summary">
            <summary>{s.case_title}</summary>
            <p class="problem-name">{title_text}</p>
            <pre>{summary}</pre>
        </details>
        <div class="submit-status" aria-live="polite">{move || submit_status(ctx)}</div>
        <p>
            <button type="button" class="button primary wide" id="submit"
                disabled=move || ctx.submit.get() == Submit::Sending
                on:click=move |_| submit(ctx)>
                {move || if ctx.submit.get() == Submit::Sending { s.sending } else { s.submit }}
            </button>
        </p>
    }
}

fn submit_status(ctx: Ctx) -> AnyView {
    let l = ctx.lang.get();
    let s = BookingStrings::get(l);
    match ctx.submit.get() {
        Submit::Idle | Submit::Sending => ().into_any(),
        Submit::Waiting(r) => view! {
            <div class="status-box" role="status" tabindex="-1">
                <h2 class="small-heading">{match r {
                    WaitReason::Offline => s.offline_title,
                    WaitReason::NoAnswer => s.no_answer_title,
                    WaitReason::Busy => s.err_internal,
                }}</h2>
                <p>{match r {
                    WaitReason::Offline => s.offline_body,
                    WaitReason::NoAnswer => s.no_answer_body,
                    WaitReason::Busy => s.busy_body,
                }}</p>
                <button type="button" class="button secondary" on:click=move |_| resend_pending(ctx)>{s.retry_now}</button>
            </div>
        }.into_any(),
        Submit::SlotTaken(alts) => view! {
            <div class="status-box" role="alert" tabindex="-1">
                <h2 class="small-heading">{s.slot_taken_title}</h2>
                <p>{s.slot_taken_body}</p>
                {(!alts.is_empty()).then(|| view! { <p>{s.alternatives}</p> })}
                <ul class="times">
                    {alts.into_iter().map(|slot| {
                        let label = format!("{}, {}", slot_date(&slot.start, l), time_range(&slot.start, &slot.end, l));
                        view! {
                            <li><button type="button" class="time alt" on:click=move |_| {
                                ctx.form.update_untracked(|f| f.choose_slot(&slot));
                                save_form(ctx);
                                ctx.submit.set(Submit::Idle);
                                // re-render the check list with the new time
                                ctx.query.update(|_| {});
                                browser::focus_heading();
                            }>{label}</button></li>
                        }
                    }).collect_view()}
                </ul>
                <p><a href=ctx.query.get_untracked().with_step(Step::Time, true).to_search() class="button secondary" on:click=move |ev| { ev.prevent_default(); ctx.submit.set(Submit::Idle); ctx.day.set(None); go(ctx, Step::Time, true); }>{s.time_title}</a></p>
            </div>
        }.into_any(),
        Submit::AlreadyBooked => view! {
            <div class="status-box" role="alert" tabindex="-1">
                <h2 class="small-heading">{s.already_title}</h2>
                <p>{s.already_body}</p>
                <p><a href=crate::domain::common::routes::manage_search() class="button primary" on:click=move |ev| {
                    ev.prevent_default();
                    ctx.manage_nik.set(ctx.form.with_untracked(|f| f.nik.clone()));
                    ctx.submit.set(Submit::Idle);
                    super::open_manage(ctx);
                }>{s.already_show}</a></p>
            </div>
        }.into_any(),
        Submit::Failed(code) => view! {
            <div class="status-box" role="alert" tabindex="-1"><p class="error">{s.api_error(code)}</p></div>
        }.into_any(),
    }
}
