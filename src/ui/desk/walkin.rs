//! Walk-in: book a free seat today for someone who came without a booking
//! (`POST /api/staff/booking`, the officer having checked the e-KTP), then show and print the
//! code with its QR code. The same rules as online: one active booking per NIK, capacity;
//! here, and only here, the store may give a seat held for the priority lane.

use super::api::Method;
use super::{day, title, today, Ctx};
use crate::domain::booking::api::OwnerView;
use crate::domain::booking::code::format_code;
use crate::domain::booking::{qr, regions};
use crate::domain::common::answer::Answer;
use crate::domain::common::json;
use crate::domain::common::language::Lang;
use crate::domain::common::routes::api;
use crate::domain::desk::request::{walk_in_input_id, WalkIn, WalkInField, WalkInProblem};
use crate::text::DeskStrings;
use crate::ui::shell::browser;
use leptos::prelude::*;

/// What the officer sees after booking: the code, the number, the time, the priority lane.
#[derive(Debug, Clone, PartialEq)]
struct Booked {
    view: OwnerView,
    priority: bool,
}

fn key() -> String {
    browser::random_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn screen(ctx: Ctx) -> impl IntoView {
    if ctx.day.get_untracked() != today()
        || ctx.data.with_untracked(|d| {
            d.as_ref()
                .is_none_or(|(day, r)| *day != today() || r.is_err())
        })
    {
        ctx.day.set(today());
        day::load(ctx);
    }
    let form = RwSignal::new(WalkIn::default());
    let problems = RwSignal::new(Vec::<(WalkInField, WalkInProblem)>::new());
    let sending = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    let booked = RwSignal::new(None::<Booked>);
    // One key per attempt: a retry after a lost answer cannot book twice.
    let attempt = StoredValue::new(key());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let f = form.get_untracked();
        let p = f.problems();
        if !p.is_empty() {
            problems.set(p);
            browser::focus("#walkin-errors");
            return;
        }
        problems.set(Vec::new());
        failed.set(None);
        let Some(body) = f.body() else { return };
        // A seat in the slot running now: the person is at the desk, so they are checked in at
        // once (a later slot leaves them "not arrived yet" until they come back).
        let here_now = ctx.data.with_untracked(|d| match d {
            Some((_, Ok((_, p)))) => p
                .slots
                .iter()
                .any(|x| x.id == f.slot && x.running(browser::now())),
            _ => false,
        });
        sending.set(true);
        leptos::task::spawn_local(async move {
            let k = attempt.get_value();
            let a =
                super::api::request(ctx, Method::Post, api::WALK_IN, Some(&body), Some(&k)).await;
            sending.set(false);
            let s = DeskStrings::get(ctx.lang.get_untracked());
            match &a {
                Answer::Status(200 | 201, text) => {
                    let parsed = json::parse(text).ok();
                    let view = parsed
                        .as_ref()
                        .and_then(<OwnerView as json::FromJson>::from_json);
                    let priority = parsed
                        .as_ref()
                        .and_then(|j| j.bool_field("priority"))
                        .unwrap_or(false);
                    match view {
                        Some(view) => {
                            attempt.set_value(key());
                            form.update(WalkIn::clear_person);
                            let code = view.code.clone();
                            booked.set(Some(Booked { view, priority }));
                            browser::focus("#walkin-done");
                            if here_now {
                                let body = crate::domain::desk::request::checkin_body(&code, false);
                                let _ = super::api::post(ctx, api::CHECK_IN, &body).await;
                            }
                            day::reload(ctx);
                        }
                        None => failed.set(Some(s.err_other)),
                    }
                }
                Answer::NoAnswer(_) => failed.set(Some(s.network_down)),
                _ => {
                    // A new key for a corrected attempt (only successes are remembered).
                    attempt.set_value(key());
                    failed.set(Some(s.api_error(&super::api::error_code(&a))));
                }
            }
            if failed.with_untracked(Option::is_some) {
                browser::focus("#walkin-errors");
            }
        });
    };
    move || {
        let l = ctx.lang.get();
        let s = DeskStrings::get(l);
        browser::set_title(s.walkin_title, l);
        if let Some(b) = booked.get() {
            return done(ctx, s, b, booked).into_any();
        }
        let now = browser::now();
        let slots: Vec<_> = ctx.data.with(|d| match d {
            Some((_, Ok((_, p)))) => p
                .slots
                .iter()
                .filter(|x| x.bookable(now))
                .cloned()
                .collect(),
            _ => Vec::new(),
        });
        let loading = ctx.data.with(Option::is_none);
        if form.with_untracked(|f| !slots.iter().any(|x| x.id == f.slot)) {
            let first = slots.first().map(|x| x.id.clone()).unwrap_or_default();
            form.update_untracked(|f| f.slot = first);
        }
        let err_of = move |field: WalkInField| {
            problems.with(|p| {
                p.iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, e)| s.walk_in_problem(e, l))
            })
        };
        let input = move |field: WalkInField,
                          label: &'static str,
                          kind: &'static str,
                          mode: Option<&'static str>,
                          auto: &'static str| {
            let id = walk_in_input_id(field);
            let err = err_of(field);
            let has = err.is_some();
            let value = form.with_untracked(|f| match field {
                WalkInField::Name => f.name.clone(),
                WalkInField::Nik => f.nik.clone(),
                _ => f.phone.clone(),
            });
            view! {
                <div class=if has { "field has-error" } else { "field" }>
                    <label class="label" for=id.clone()>{label}</label>
                    {err.map(|m| view! { <p id=format!("{id}-error") class="field-error">{m}</p> })}
                    <input id=id.clone() type=kind inputmode=mode autocomplete=auto spellcheck="false"
                        aria-describedby=has.then(|| format!("{id}-error")) aria-invalid=has.then_some("true")
                        prop:value=value
                        on:input:target=move |ev| {
                            let v = ev.target().value();
                            form.update_untracked(|f| match field {
                                WalkInField::Name => f.name = v,
                                WalkInField::Nik => f.nik = v,
                                _ => f.phone = v,
                            });
                        }/>
                </div>
            }
        };
        let slot_err = err_of(WalkInField::Slot);
        let region_err = err_of(WalkInField::Region);
        let ektp_err = err_of(WalkInField::Confirmed);
        let (slot_has, region_has, ektp_has) =
            (slot_err.is_some(), region_err.is_some(), ektp_err.is_some());
        let chosen_slot = form.with_untracked(|f| f.slot.clone());
        let chosen_region = form.with_untracked(|f| f.region_code.clone());
        let ektp = form.with_untracked(|f| f.ektp_checked);
        let chosen_problem = form.with_untracked(|f| f.problem.clone());
        view! {
            <section class="card desk-walkin">
                {title(s.walkin_title.to_owned())}
                <p>{s.walkin_intro}</p>
                <div id="walkin-errors" tabindex="-1">
                    {move || {
                        let p = problems.get();
                        let f = failed.get();
                        (!p.is_empty() || f.is_some()).then(|| view! {
                            <div class="error-summary" role="alert">
                                <h2>{s.errors_title}</h2>
                                <ul>
                                    {f.map(|m| view! { <li>{m}</li> })}
                                    {p.into_iter().map(|(field, e)| view! {
                                        <li><a href=format!("#{}", walk_in_input_id(field))>{s.walk_in_problem(&e, l)}</a></li>
                                    }).collect_view()}
                                </ul>
                            </div>
                        })
                    }}
                </div>
                {if loading {
                    view! { <p role="status">{s.loading}</p> }.into_any()
                } else if slots.is_empty() {
                    view! { <p class="notice">{s.no_free_slot}</p> }.into_any()
                } else {
                    view! {
                        <form novalidate on:submit=submit>
                            <div class=if slot_has { "field has-error" } else { "field" }>
                                <label class="label" for="walkin-slot">{s.slot_label}</label>
                                {slot_err.map(|m| view! { <p class="field-error">{m}</p> })}
                                <select id="walkin-slot" on:change:target=move |ev| { let v = ev.target().value(); form.update_untracked(|f| f.slot = v); }>
                                    {slots.into_iter().map(|x| {
                                        let t = crate::domain::booking::calendar::Moment::parse(&x.start).map(|m| m.wib_time()).unwrap_or_default();
                                        let selected = x.id == chosen_slot;
                                        let label = if x.running(now) {
                                            format!("{t} {} · {}", s.wib, s.slot_now)
                                        } else {
                                            format!("{t} {} · {} {}", s.wib, x.free, s.slot_free)
                                        };
                                        view! { <option value=x.id selected=selected>{label}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                            {input(WalkInField::Name, s.name_label, "text", None, "off")}
                            {input(WalkInField::Nik, s.nik_label, "text", Some("numeric"), "off")}
                            {input(WalkInField::Phone, s.phone_label, "tel", Some("tel"), "off")}
                            <div class=if region_has { "field has-error" } else { "field" }>
                                <label class="label" for="walkin-region">{s.region_label}</label>
                                {region_err.map(|m| view! { <p class="field-error">{m}</p> })}
                                <select id="walkin-region" on:change:target=move |ev| { let v = ev.target().value(); form.update_untracked(|f| f.region_code = v); }>
                                    <option value="" selected=chosen_region.is_empty()>{s.region_choose}</option>
                                    {regions::all().iter().map(|r| view! {
                                        <option value=r.code selected=r.code == chosen_region>{r.name}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label class="label" for="walkin-problem">{s.problem_label}</label>
                                <select id="walkin-problem" on:change:target=move |ev| { let v = ev.target().value(); form.update_untracked(|f| f.problem = v); }>
                                    <option value="" selected=chosen_problem.is_empty()>{s.problem_unknown}</option>
                                    {crate::domain::flow::triage::problems().iter().map(|p| view! {
                                        <option value=p.id selected=p.id == chosen_problem>{if l == Lang::En { p.title_en } else { p.title_id }}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class=if ektp_has { "field has-error" } else { "field" }>
                                {ektp_err.map(|m| view! { <p class="field-error">{m}</p> })}
                                <label class="check-box" for="walkin-ektp">
                                    <input id="walkin-ektp" type="checkbox" prop:checked=ektp
                                        on:change:target=move |ev| { let v = ev.target().checked(); form.update_untracked(|f| f.ektp_checked = v); }/>
                                    <span>{s.ektp_label}</span>
                                </label>
                            </div>
                            <div class="field">
                                <label class="label" for="walkin-note">{s.note_label}</label>
                                <textarea id="walkin-note" rows="2" maxlength="2000"
                                    on:input:target=move |ev| { let v = ev.target().value(); form.update_untracked(|f| f.note = v); }></textarea>
                            </div>
                            <button type="submit" class="button primary wide" disabled=move || sending.get()>
                                {move || if sending.get() { s.booking } else { s.book }}
                            </button>
                        </form>
                    }.into_any()
                }}
            </section>
        }
        .into_any()
    }
}

fn done(
    ctx: Ctx,
    s: &'static DeskStrings,
    b: Booked,
    booked: RwSignal<Option<Booked>>,
) -> impl IntoView {
    let code = b.view.code.clone();
    let svg = qr::encode(&code)
        .map(|q| q.to_svg(4, &format!("{}: {}", s.qr_label, format_code(&code))))
        .unwrap_or_default();
    let l = ctx.lang.get_untracked();
    let time = crate::text::booking::time_range(&b.view.slot.start, &b.view.slot.end, l);
    view! {
        <section class="card desk-booked confirmation" id="walkin-done" tabindex="-1" aria-labelledby="walkin-done-title">
            <h1 id="walkin-done-title">{s.booked_title}</h1>
            <div class="code-box">
                <span class="code-label">{s.booked_code}</span>
                <span class="booking-code">{format_code(&code)}</span>
            </div>
            <div class="qr" inner_html=svg></div>
            <dl class="booking-details">
                <dt>{s.booked_number}</dt><dd class="desk-queue-no">{b.view.queue_number}</dd>
                <dt>{s.slot_label}</dt><dd>{time}</dd>
                <dt>{s.tabs[3]}</dt><dd>{b.view.help_point.name.clone()}</dd>
            </dl>
            {b.priority.then(|| view! { <p class="badge prio">{s.booked_priority}</p> })}
            <div class="desk-actions no-print">
                <button type="button" class="button" on:click=move |_| { let _ = browser::window().print(); }>{s.print}</button>
                <button type="button" class="button primary" on:click=move |_| { booked.set(None); browser::focus("#walkin-slot"); }>{s.next_person}</button>
            </div>
        </section>
    }
}
