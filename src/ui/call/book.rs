//! Booking for the caller at any help point that takes bookings: the agent reads the consent
//! aloud, types the caller's name, NIK and phone, and books through `POST /api/call/booking`
//! (the citizen's rules: one active booking per NIK, seats, no priority lane). Then the code is
//! read back from the store and spelled character by character. Nothing of the caller stays
//! in the form after the booking.

use super::{request, title, Ctx};
use crate::domain::booking::api::{classify, ApiCode, Reply};
use crate::domain::booking::availability::{Availability, HelpPoint, PointSlots, Slot};
use crate::domain::booking::calendar::Moment;
use crate::domain::booking::code::format_code;
use crate::domain::booking::regions;
use crate::domain::call::{self, CallBooking, CallField, CallProblem, ReadBack};
use crate::domain::common::answer::Answer;
use crate::domain::common::json;
use crate::domain::common::language::{format_date, Lang};
use crate::domain::common::routes::api;
use crate::domain::flow::usage;
use crate::domain::flow::walk::walk;
use crate::text::{errors, CallStrings};
use crate::ui::shell::browser;
use crate::ui::shell::fetch::Method;
use leptos::prelude::*;

/// "Sel, 9 Des 2026 08:00" in WIB.
fn when(start: &str, l: Lang) -> String {
    match Moment::parse(start) {
        Some(m) => format!("{} {} WIB", format_date(&m.wib_day(), l), m.wib_time()),
        None => start.to_owned(),
    }
}

fn problem_text(p: &CallProblem, s: &CallStrings, l: Lang) -> String {
    match p {
        CallProblem::SlotMissing => s.slot_missing.to_owned(),
        CallProblem::Name(e) => errors::name(e, l),
        CallProblem::Nik(e) => errors::nik(e, l),
        CallProblem::Phone(e) => errors::phone(e, l),
        CallProblem::RegionMissing => s.region_missing.to_owned(),
        CallProblem::NotConfirmed => s.consent_missing.to_owned(),
    }
}

pub fn screen(ctx: Ctx) -> impl IntoView {
    let form = RwSignal::new(CallBooking::default());
    let points = RwSignal::new(None::<Result<Vec<HelpPoint>, ()>>);
    let slots = RwSignal::new(Vec::<Slot>::new());
    // a help point was chosen and its times have come
    let slots_loaded = RwSignal::new(false);
    let problems = RwSignal::new(Vec::<(CallField, CallProblem)>::new());
    let failed = RwSignal::new(None::<&'static str>);
    let sending = RwSignal::new(false);
    let done = RwSignal::new(None::<ReadBack>);
    // the idle warning says that a sign-out clears what is typed here
    let typed = move || {
        ctx.caller_typed
            .set(form.with_untracked(CallBooking::has_caller))
    };
    leptos::task::spawn_local(async move {
        let a = request(ctx, Method::Get, &api::availability(api::DAYS_AHEAD), None).await;
        let got = match a {
            Answer::Status(200, text) => json::decode::<Availability>(&text)
                .map(|av| {
                    av.offices
                        .into_iter()
                        .filter(|p| p.bookable() && p.remaining > 0)
                        .collect()
                })
                .ok_or(()),
            _ => Err(()),
        };
        points.set(Some(got));
    });
    let choose_point = move |id: String| {
        form.update(|f| f.slot.clear());
        slots.set(Vec::new());
        slots_loaded.set(false);
        if id.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            if let Answer::Status(200, text) =
                request(ctx, Method::Get, &api::point_slots(&id), None).await
            {
                if let Some(ps) = json::decode::<PointSlots>(&text) {
                    slots.set(ps.slots.into_iter().filter(Slot::open).collect());
                    slots_loaded.set(true);
                }
            }
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let (Some(p), trail) = (ctx.problem.get_untracked(), ctx.trail.get_untracked()) else {
            return;
        };
        form.update(|f| {
            f.problem = p.id.clone();
            f.summary = walk(&p, &trail)
                .map(|w| w.case_summary(2000))
                .unwrap_or_default();
        });
        let f = form.get_untracked();
        let found = f.problems();
        if !found.is_empty() {
            problems.set(found);
            browser::focus("#call-errors");
            return;
        }
        problems.set(Vec::new());
        failed.set(None);
        let Some(body) = f.body() else { return };
        sending.set(true);
        leptos::task::spawn_local(async move {
            let s = CallStrings::get(ctx.lang.get_untracked());
            let a = request(ctx, Method::Post, api::CALL_BOOKING, Some(&body)).await;
            let id = match (&a, classify(&a)) {
                (Answer::Status(_, text), Reply::Ok(_)) => call::created_id(text),
                (
                    _,
                    Reply::Error {
                        code: ApiCode::AlreadyBooked,
                        ..
                    },
                ) => {
                    failed.set(Some(s.already_booked));
                    None
                }
                (
                    _,
                    Reply::Error {
                        code: ApiCode::SlotFull | ApiCode::SlotClosed | ApiCode::NotBookable,
                        ..
                    },
                ) => {
                    failed.set(Some(s.slot_taken));
                    None
                }
                (_, Reply::Unreachable) => {
                    failed.set(Some(s.unreachable));
                    None
                }
                _ => {
                    failed.set(Some(s.failed));
                    None
                }
            };
            let Some(id) = id else {
                sending.set(false);
                browser::focus("#call-failed");
                return;
            };
            // the caller's details leave the page as soon as the store has them
            form.update(CallBooking::forget_caller);
            ctx.caller_typed.set(false);
            if let Some(e) = usage::booked(&p, &trail, browser::now()) {
                super::walk::send_events(ctx, vec![e]);
            }
            let rb = request(
                ctx,
                Method::Post,
                api::CALL_READBACK,
                Some(&call::readback_body(&id)),
            )
            .await;
            sending.set(false);
            match rb {
                Answer::Status(200, text) => match call::decode_readback(&text) {
                    Some(r) => {
                        done.set(Some(r));
                        browser::focus_heading();
                    }
                    None => failed.set(Some(s.failed)),
                },
                _ => failed.set(Some(s.unreachable)),
            }
        });
    };
    move || {
        let l = ctx.lang.get();
        let s = CallStrings::get(l);
        if let Some(r) = done.get() {
            return readback(ctx, &r, s, l).into_any();
        }
        let field_error = move |f: CallField| {
            problems.with(|v| {
                v.iter()
                    .find(|(x, _)| *x == f)
                    .map(|(_, p)| problem_text(p, s, l))
            })
        };
        view! {
            {title(s.book_title.to_owned())}
            {move || (!problems.with(Vec::is_empty)).then(|| view! {
                <div id="call-errors" class="error-summary" tabindex="-1" role="alert">
                    <p>{s.fix_these}</p>
                    <ul>{problems.get().into_iter().map(|(f, p)| view! {
                        <li><a href=format!("#{}", call::input_id(f))>{problem_text(&p, s, l)}</a></li>
                    }).collect_view()}</ul>
                </div>
            })}
            <form class="call-form" on:submit=submit novalidate>
                <label for="call-point">{s.point}</label>
                {move || match points.get() {
                    None => view! { <p role="status">{s.loading}</p> }.into_any(),
                    Some(Err(())) => view! { <p class="error">{s.load_failed}</p> }.into_any(),
                    Some(Ok(list)) => view! {
                        <select id="call-point" on:change=move |ev| choose_point(event_target_value(&ev))>
                            <option value="">{s.choose}</option>
                            {list.into_iter().map(|p| view! {
                                <option value=p.id.clone()>{format!("{} ({})", p.name, p.region)}</option>
                            }).collect_view()}
                        </select>
                    }.into_any(),
                }}
                {move || (slots_loaded.get() && slots.with(Vec::is_empty)).then(|| view! { <p role="status">{s.no_slots}</p> })}
                <label for="call-slot">{s.slot}</label>
                <select id="call-slot" aria-invalid=move || field_error(CallField::Slot).is_some().to_string()
                    on:change=move |ev| form.update(|f| f.slot = event_target_value(&ev))>
                    <option value="">{s.choose}</option>
                    {move || slots.get().into_iter().map(|sl| view! {
                        <option value=sl.id.clone()>{when(&sl.start, l)}</option>
                    }).collect_view()}
                </select>
                <label for="call-name">{s.name}</label>
                <input id="call-name" type="text" autocomplete="off"
                    prop:value=move || form.with(|f| f.name.clone())
                    on:input=move |ev| { form.update(|f| f.name = event_target_value(&ev)); typed() } />
                <label for="call-nik">{s.nik}</label>
                <input id="call-nik" type="text" inputmode="numeric" autocomplete="off"
                    prop:value=move || form.with(|f| f.nik.clone())
                    on:input=move |ev| { form.update(|f| f.nik = event_target_value(&ev)); typed() } />
                <label for="call-phone">{s.phone}</label>
                <input id="call-phone" type="tel" autocomplete="off"
                    prop:value=move || form.with(|f| f.phone.clone())
                    on:input=move |ev| { form.update(|f| f.phone = event_target_value(&ev)); typed() } />
                <label for="call-region">{s.region}</label>
                <select id="call-region" on:change=move |ev| form.update(|f| f.region_code = event_target_value(&ev))>
                    <option value="">{s.choose}</option>
                    {regions::all().iter().map(|r| view! { <option value=r.code>{r.name}</option> }).collect_view()}
                </select>
                <h2>{s.consent_title}</h2>
                <p class="call-read">{s.consent_text}</p>
                <p class="check">
                    <input id="call-consent" type="checkbox"
                        prop:checked=move || form.with(|f| f.consent_read)
                        on:change=move |ev| form.update(|f| f.consent_read = event_target_checked(&ev)) />
                    <label for="call-consent">{s.consent_agreed}</label>
                </p>
                {move || failed.get().map(|m| view! { <p id="call-failed" class="error" role="alert" tabindex="-1">{m}</p> })}
                <button type="submit" class="button primary" disabled=move || sending.get()>
                    {move || if sending.get() { s.sending } else { s.send }}
                </button>
            </form>
        }
        .into_any()
    }
}

/// The code, spelled for the phone, with when and where.
fn readback(ctx: Ctx, r: &ReadBack, s: &'static CallStrings, l: Lang) -> impl IntoView {
    let spelled = call::spell(&r.code, &s.letters);
    let place = [
        r.point_name.as_str(),
        r.address.as_str(),
        r.landmark.as_str(),
    ]
    .iter()
    .filter(|x| !x.is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join(", ");
    view! {
        {title(s.booked_title.to_owned())}
        <p class="call-code" id="call-code"><span class="visually-hidden">{s.code}": "</span>{format_code(&r.code)}</p>
        <h2>{s.spelled}</h2>
        <ol class="call-spelled">
            {spelled.into_iter().map(|group| view! {
                <li>{group.into_iter().map(|(c, w)| format!("{c} – {w}")).collect::<Vec<_>>().join(", ")}</li>
            }).collect_view()}
        </ol>
        <dl class="call-facts">
            <dt>{s.when}</dt><dd>{when(&r.start, l)}</dd>
            <dt>{s.place}</dt><dd>{place}</dd>
            <dt>{s.queue_number}</dt><dd>{r.queue_number}</dd>
        </dl>
        <button type="button" class="button primary" on:click=move |_| super::new_call(ctx)>{s.new_call}</button>
    }
}
