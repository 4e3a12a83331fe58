//! The booking steps: region → help point → day and time → details → consent → check → send.

use super::{
    error_summary, field_error, go, go_next, progress, save_form, show_errors, web, CaseInfo, Ctx,
    Submit,
};
use crate::domain::booking::form::*;
use crate::text::booking::BookingStrings;
use crate::domain::common::language::{format_date, Lang};
use crate::domain::booking::nik::check_nik;
use crate::domain::booking::regions;
use leptos::prelude::*;
use std::cell::Cell;

pub fn screen(ctx: Ctx, step: Step, case: CaseInfo) -> impl IntoView {
    move || {
        let l = ctx.lang.get();
        let s = BookingStrings::get(l);
        web::set_title(s.step_names[step as usize]);
        let body = match step {
            Step::Region => region(ctx, l).into_any(),
            Step::Point => point(ctx, l).into_any(),
            Step::Time => time(ctx, l).into_any(),
            Step::Details => details(ctx, l).into_any(),
            Step::Consent => consent(ctx, l).into_any(),
            Step::Check | Step::Done => check(ctx, l, &case).into_any(),
        };
        let back = step.prev().map(|p| {
            let href = ctx.query.get_untracked().with_step(p, false).to_search();
            view! {
                <nav class="flow-nav" aria-label=s.back>
                    <a class="back" href=href on:click=move |ev| { ev.prevent_default(); go(ctx, p, false); }>{s.back}</a>
                </nav>
            }
        });
        view! {
            <section class="card booking-step">
                {progress(s, step)}
                {error_summary(ctx)}
                {body}
                {back}
            </section>
        }
    }
}

fn title(text: &'static str) -> impl IntoView {
    view! { <h1 tabindex="-1" class="focus-target">{text}</h1> }
}

/// `aria-describedby` for a field: its hint, plus its error when there is one.
fn described(id: &str, has_error: bool) -> String {
    if has_error {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-hint")
    }
}

fn error_line(id: &str, msg: Option<String>, s: &'static BookingStrings) -> impl IntoView {
    msg.map(|m| view! {
        <p id=format!("{id}-error") class="field-error"><span class="visually-hidden">{s.error_prefix}" "</span>{m}</p>
    })
}

// ---------------------------------------------------------------------------------------------

fn region(ctx: Ctx, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    let f = ctx.form.get_untracked();
    let suggestion = check_nik(&f.nik)
        .ok()
        .and_then(|n| regions::suggest_from_nik(&n))
        .filter(|r| r.code != f.region_code);
    let err = field_error(ctx, Field::Region);
    let has_err = err.is_some();
    view! {
        <form novalidate on:submit=move |ev| {
            ev.prevent_default();
            let errs = ctx.form.with_untracked(|f| f.errors(Step::Region, ctx.lang.get_untracked()));
            if errs.is_empty() { go_next(ctx, Step::Region) } else { show_errors(ctx, errs) }
        }>
            {title(s.region_title)}
            <div class=if has_err { "field has-error" } else { "field" }>
                <label class="label" for="region">{s.region_label}</label>
                <p id="region-hint" class="hint">{s.region_hint}</p>
                {error_line("region", err, s)}
                <select id="region" name="region" aria-describedby=described("region", has_err) aria-invalid=has_err.then_some("true")
                    on:change:target=move |ev| {
                        let v = ev.target().value();
                        ctx.form.update_untracked(|f| f.region_code = v);
                        save_form(ctx);
                    }>
                    <option value="" selected=f.region_code.is_empty()>{s.region_choose}</option>
                    {regions::all().iter().map(|r| view! {
                        <option value=r.code selected=r.code == f.region_code>{r.name}</option>
                    }).collect_view()}
                </select>
            </div>
            {suggestion.map(|r| view! {
                <p class="suggest">
                    {s.region_suggest}" "<strong>{r.name}</strong>" "
                    <button type="button" class="button secondary small" on:click=move |_| {
                        ctx.form.update_untracked(|f| f.region_code = r.code.to_owned());
                        save_form(ctx);
                        go_next(ctx, Step::Region);
                    }>{s.region_suggest_button}</button>
                    <span class="hint">{s.region_suggest_note}</span>
                </p>
            })}
            <p><button type="submit" class="button primary wide">{s.next}</button></p>
        </form>
    }
}

// ---------------------------------------------------------------------------------------------

pub fn load_offices(ctx: Ctx) {
    if matches!(ctx.offices.get_untracked(), Some(Ok(_))) {
        return;
    }
    ctx.offices.set(None);
    leptos::task::spawn_local(async move {
        let r = web::api_get("/api/availability?days=14")
            .await
            .and_then(|t| crate::domain::booking::api::decode::<Availability>(&t).ok_or(()))
            .map(|a| a.offices)
            // a store that is still starting answers with no help points: offer a retry
            .and_then(|o| {
                if o.iter().any(|x| x.active) {
                    Ok(o)
                } else {
                    Err(())
                }
            });
        ctx.offices.set(Some(r));
    });
}

fn point(ctx: Ctx, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    load_offices(ctx);
    let err = field_error(ctx, Field::Office);
    let list = move || {
        let region = ctx.form.with_untracked(|f| f.region_code.clone());
        let pos = ctx.pos.get();
        match ctx.offices.get() {
            None => view! { <p role="status">{s.loading}</p> }.into_any(),
            Some(Err(())) => view! {
                <div role="alert">
                    <p class="error">{s.load_failed}</p>
                    <button type="button" class="button" on:click=move |_| { ctx.offices.set(None); load_offices(ctx) }>{s.retry}</button>
                </div>
            }.into_any(),
            Some(Ok(offices)) => {
                let points = order_points(&offices, pos.flatten(), &region);
                let quiet = least_crowded_nearby(&points);
                let chosen = ctx.form.with_untracked(|f| f.office_id.clone());
                let item = move |p: PointChoice| {
                    let o = p.office.clone();
                    let is_quiet = quiet.as_deref() == Some(o.id.as_str());
                    let seats = if o.remaining > 0 { format!("{} {}", o.remaining, s.seats_free_14) } else { s.point_full.to_owned() };
                    let dist = p.distance_km.map(|d| format!("{:.1} {}", d, s.km_away));
                    let pressed = chosen == o.id;
                    view! {
                        <li>
                            <button type="button" class=if is_quiet { "choice point quiet" } else { "choice point" } aria-pressed=pressed.then_some("true")
                                on:click=move |_| {
                                    ctx.form.update_untracked(|f| f.choose_office(&o.id, &o.name, &o.kind));
                                    save_form(ctx);
                                    ctx.day.set(None);
                                    go_next(ctx, Step::Point);
                                }>
                                <span class="choice-title">{p.office.name.clone()}</span>
                                <span class="choice-sub">{format!("{} · {}", s.kind_name(&p.office.kind), p.office.region)}</span>
                                <span class="choice-sub">{seats}{dist.map(|d| format!(" · {d}"))}</span>
                                {is_quiet.then(|| view! { <span class="badge">{s.least_crowded}</span> })}
                            </button>
                        </li>
                    }
                };
                if pos.flatten().is_some() {
                    view! {
                        <p class="hint">{s.location_used}</p>
                        <ul id="points" class="choices">{points.into_iter().map(item).collect_view()}</ul>
                    }.into_any()
                } else {
                    let (near, rest): (Vec<_>, Vec<_>) = points.into_iter().partition(|p| p.in_region);
                    let item2 = item.clone();
                    let has_near = !near.is_empty();
                    let near_view = has_near.then(move || view! {
                        <h2 class="small-heading">{s.in_region}</h2>
                        <ul id="points" class="choices">{near.into_iter().map(item2).collect_view()}</ul>
                    });
                    let rest_view = (!rest.is_empty()).then(move || view! {
                        <h2 class="small-heading">{s.other_points}</h2>
                        <ul id=(!has_near).then_some("points") class="choices">{rest.into_iter().map(item).collect_view()}</ul>
                    });
                    view! { {near_view} {rest_view} }.into_any()
                }
            }
        }
    };
    view! {
        {title(s.point_title)}
        <p id="points-hint" class="hint">{s.point_hint}</p>
        {error_line("points", err, s)}
        <div class="locate">
            <button type="button" class="button secondary" on:click=move |_| {
                web::locate(move |p| ctx.pos.set(Some(p)));
            }>{s.use_location}</button>
            <p class="hint">{s.location_note}</p>
            {move || (ctx.pos.get() == Some(None)).then(|| view! { <p class="notice" role="status">{s.location_failed}</p> })}
        </div>
        {list}
    }
}

// ---------------------------------------------------------------------------------------------

pub fn load_slots(ctx: Ctx, office_id: String) {
    if matches!(ctx.slots.get_untracked(), Some((id, Ok(_))) if id == office_id) {
        return;
    }
    ctx.slots.set(None);
    leptos::task::spawn_local(async move {
        let r = fetch_slots(&office_id).await;
        ctx.slots.set(Some((office_id, r)));
    });
}

pub async fn fetch_slots(office_id: &str) -> Result<Vec<AvailSlot>, ()> {
    web::api_get(&format!("/api/availability/{office_id}?days=14"))
        .await
        .and_then(|t| crate::domain::booking::api::decode::<OfficeSlots>(&t).ok_or(()))
        .map(|o| o.slots)
}

/// Day buttons, then the times of the chosen day with their free seats. Full days and times
/// are shown but cannot be chosen; a full day points to the next day with a free seat.
pub fn time_picker(
    ctx: Ctx,
    slots: Vec<AvailSlot>,
    selected: String,
    on_pick: impl Fn(AvailSlot) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let today = web::today();
    let all_days = days(&slots);
    let first_free = next_free_day(&slots, &today);
    let selected_day = slots
        .iter()
        .find(|s| s.id == selected)
        .and_then(|s| crate::domain::booking::calendar::Moment::parse(&s.start).map(|m| m.wib_day()));
    if ctx.day.get_untracked().is_none() {
        ctx.day.set(
            selected_day
                .or(first_free.clone())
                .or_else(|| all_days.first().map(|d| d.day.clone())),
        );
    }
    move || {
        let l = ctx.lang.get();
        let s = BookingStrings::get(l);
        let current = ctx.day.get().unwrap_or_default();
        if first_free.is_none() {
            return view! { <p class="notice" role="status">{s.no_slots}</p> }.into_any();
        }
        let day_buttons = all_days.iter().map(|d| {
            let day = d.day.clone();
            let pressed = day == current;
            let label = short_day(&day, l);
            let sub = if d.remaining > 0 { format!("{} {}", s.seats_left, d.remaining) } else { s.full.to_owned() };
            view! {
                <li>
                    <button type="button" class=if d.remaining == 0 { "day full" } else { "day" } aria-pressed=if pressed { "true" } else { "false" }
                        on:click=move |_| ctx.day.set(Some(day.clone()))>
                        <span class="day-name">{label}</span>
                        <span class="day-seats">{sub}</span>
                    </button>
                </li>
            }
        }).collect_view();
        let this_day = all_days.iter().find(|d| d.day == current).cloned();
        let full_note = this_day.as_ref().filter(|d| d.remaining == 0).and_then(|d| next_free_day(&slots, &d.day)).map(|next| {
            let n2 = next.clone();
            view! {
                <p class="notice">{s.day_full_next}" "
                    <button type="button" class="button secondary small" on:click=move |_| ctx.day.set(Some(n2.clone()))>{long_date(&next, l)}</button>
                </p>
            }
        });
        let times = this_day.map(|d| {
            let on_pick = on_pick.clone();
            view! {
                <h2 class="small-heading" id="times-title">{format!("{} · {}", s.time_label, long_date(&d.day, l))}</h2>
                <ul class="times" aria-labelledby="times-title">
                    {d.slots.into_iter().map(|slot| {
                        let label = time_range(&slot.start, &slot.end, l);
                        let is_sel = slot.id == selected;
                        if slot.open() {
                            let on_pick = on_pick.clone();
                            let seats = format!("{} {}", s.seats_left, slot.remaining);
                            view! {
                                <li><button type="button" class="time" aria-pressed=if is_sel { "true" } else { "false" }
                                    on:click=move |_| on_pick(slot.clone())>
                                    <span class="time-label">{label}</span><span class="time-seats">{seats}</span>
                                </button></li>
                            }.into_any()
                        } else {
                            view! { <li><span class="time full"><span class="time-label">{label}</span><span class="time-seats">{s.full}</span></span></li> }.into_any()
                        }
                    }).collect_view()}
                </ul>
            }
        });
        view! {
            <h2 class="small-heading" id="days-title">{s.day_label}</h2>
            <ul id="days" class="days" aria-labelledby="days-title" tabindex="-1">{day_buttons}</ul>
            {full_note}
            {times}
        }
        .into_any()
    }
}

fn short_day(day: &str, l: Lang) -> String {
    let s = BookingStrings::get(l);
    let w = weekday(day).map(|w| s.weekdays[w]).unwrap_or("");
    let date = format_date(day, l);
    // "Sen 30 Nov": weekday abbreviated, year dropped
    let short: String = w.chars().take(3).collect();
    let no_year = date
        .rsplit_once(' ')
        .map(|(a, _)| a.to_owned())
        .unwrap_or(date);
    format!("{short} {no_year}")
}

fn time(ctx: Ctx, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    let office = ctx.form.with_untracked(|f| f.office_id.clone());
    load_slots(ctx, office.clone());
    let err = field_error(ctx, Field::Slot);
    let office_name = ctx.form.with_untracked(|f| f.office_name.clone());
    let body = move || match ctx.slots.get() {
        Some((id, Ok(slots))) if id == office => {
            let selected = ctx.form.with_untracked(|f| f.slot_id.clone());
            time_picker(ctx, slots, selected, move |slot| {
                ctx.form.update_untracked(|f| f.choose_slot(&slot));
                save_form(ctx);
                go_next(ctx, Step::Time);
            })
            .into_any()
        }
        Some((_, Err(()))) => {
            let office = office.clone();
            view! {
            <div role="alert">
                <p class="error">{s.load_failed}</p>
                <button type="button" class="button" on:click=move |_| { ctx.slots.set(None); load_slots(ctx, office.clone()) }>{s.retry}</button>
            </div>
        }.into_any()
        }
        _ => view! { <p role="status">{s.loading}</p> }.into_any(),
    };
    view! {
        {title(s.time_title)}
        <p class="problem-name">{office_name}</p>
        <p id="days-hint" class="hint">{s.time_hint}</p>
        {error_line("days", err, s)}
        {body}
        <p><a href=ctx.query.get_untracked().with_step(Step::Point, false).to_search() class="button secondary" on:click=move |ev| { ev.prevent_default(); go(ctx, Step::Point, false); }>{s.choose_other_point}</a></p>
    }
}

// ---------------------------------------------------------------------------------------------

fn text_field(
    ctx: Ctx,
    s: &'static BookingStrings,
    field: Field,
    label: &'static str,
    hint: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let id = field.input_id();
    let err = field_error(ctx, field);
    let has_err = err.is_some();
    let value = ctx.form.with_untracked(|f| match field {
        Field::Name => f.name.clone(),
        Field::Nik => f.nik.clone(),
        _ => f.phone.clone(),
    });
    view! {
        <div class=if has_err { "field has-error" } else { "field" }>
            <label class="label" for=id>{label}</label>
            <p id=format!("{id}-hint") class="hint">{hint}</p>
            {error_line(id, err, s)}
            <input id=id name=id type=kind autocomplete=autocomplete inputmode=inputmode spellcheck="false"
                aria-describedby=described(id, has_err) aria-invalid=has_err.then_some("true")
                prop:value=value
                on:input:target=move |ev| {
                    let v = ev.target().value();
                    ctx.form.update_untracked(|f| match field {
                        Field::Name => f.name = v,
                        Field::Nik => f.nik = v,
                        _ => f.phone = v,
                    });
                    save_form(ctx);
                }/>
        </div>
    }
}

fn details(ctx: Ctx, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    let note = RwSignal::new(ctx.form.with_untracked(|f| f.nik_region_note()));
    view! {
        <form novalidate on:submit=move |ev| {
            ev.prevent_default();
            let errs = ctx.form.with_untracked(|f| f.errors(Step::Details, ctx.lang.get_untracked()));
            if errs.is_empty() { go_next(ctx, Step::Details) } else { show_errors(ctx, errs) }
        }>
            {title(s.details_title)}
            <p>{s.details_hint}</p>
            {text_field(ctx, s, Field::Name, s.name_label, s.name_hint, "text", "name", None)}
            <div on:change=move |_| note.set(ctx.form.with_untracked(|f| f.nik_region_note()))>
                {text_field(ctx, s, Field::Nik, s.nik_label, s.nik_hint, "text", "off", Some("numeric"))}
            </div>
            {move || note.get().map(|r| view! { <p class="hint nik-note">{format!("{} {}. {}", s.nik_issued_in, r.name, s.nik_other_region)}</p> })}
            {text_field(ctx, s, Field::Phone, s.phone_label, s.phone_hint, "tel", "tel", Some("tel"))}
            <p><button type="submit" class="button primary wide">{s.next}</button></p>
        </form>
    }
}

fn consent(ctx: Ctx, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    let err = field_error(ctx, Field::Consent);
    let has_err = err.is_some();
    let checked = ctx.form.with_untracked(|f| f.consent);
    view! {
        <form novalidate on:submit=move |ev| {
            ev.prevent_default();
            let errs = ctx.form.with_untracked(|f| f.errors(Step::Consent, ctx.lang.get_untracked()));
            if errs.is_empty() { go_next(ctx, Step::Consent) } else { show_errors(ctx, errs) }
        }>
            {title(s.consent_title)}
            <dl class="consent-text">
                <dt>{s.consent_what_h}</dt><dd>{s.consent_what}</dd>
                <dt>{s.consent_why_h}</dt><dd>{s.consent_why}</dd>
                <dt>{s.consent_who_h}</dt><dd>{s.consent_who}</dd>
                <dt>{s.consent_how_long_h}</dt><dd>{s.consent_how_long}</dd>
            </dl>
            <p id="consent-hint" class="hint">{s.consent_law}</p>
            <div class=if has_err { "field has-error" } else { "field" }>
                {error_line("consent", err, s)}
                <label class="check-box" for="consent">
                    <input type="checkbox" id="consent" name="consent" prop:checked=checked
                        aria-describedby=described("consent", has_err) aria-invalid=has_err.then_some("true")
                        on:change:target=move |ev| {
                            let v = ev.target().checked();
                            ctx.form.update_untracked(|f| f.consent = v);
                            save_form(ctx);
                        }/>
                    <span>{s.consent_label}</span>
                </label>
            </div>
            <p><button type="submit" class="button primary wide">{s.next}</button></p>
        </form>
    }
}

// ---------------------------------------------------------------------------------------------

fn check(ctx: Ctx, l: Lang, case: &CaseInfo) -> impl IntoView {
    let s = BookingStrings::get(l);
    let f = ctx.form.get_untracked();
    let region = regions::by_code(&f.region_code)
        .map(|r| r.name)
        .unwrap_or("");
    let date = crate::domain::booking::calendar::Moment::parse(&f.slot_start)
        .map(|m| long_date(&m.wib_day(), l))
        .unwrap_or_default();
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
                <h2 class="small-heading">{if r == WaitReason::Offline { s.offline_title } else { s.err_internal }}</h2>
                <p>{if r == WaitReason::Offline { s.offline_body } else { s.busy_body }}</p>
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
                        let label = format!("{}, {}", long_date(&crate::domain::booking::calendar::Moment::parse(&slot.start).map(|m| m.wib_day()).unwrap_or_default(), l), time_range(&slot.start, &slot.end, l));
                        view! {
                            <li><button type="button" class="time alt" on:click=move |_| {
                                ctx.form.update_untracked(|f| f.choose_slot(&slot));
                                save_form(ctx);
                                ctx.submit.set(Submit::Idle);
                                // re-render the check list with the new time
                                ctx.query.update(|_| {});
                                web::focus("main .focus-target");
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
                <p><a href="?kelola=1" class="button primary" on:click=move |ev| {
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

// ---------------------------------------------------------------------------------------------
// Sending

thread_local! {
    static IN_FLIGHT: Cell<bool> = const { Cell::new(false) };
}

fn submit(ctx: Ctx) {
    let l = ctx.lang.get_untracked();
    let summary = match ctx.case.get_untracked() {
        Some(Ok(c)) => c.summary,
        _ => String::new(),
    };
    let form = ctx.form.get_untracked();
    let Some(request) = form.request(&summary) else {
        let step = form.first_incomplete();
        go(ctx, step, true);
        show_errors(ctx, form.errors(step, l));
        return;
    };
    // The same attempt keeps its key; a changed request is a new attempt.
    let pending = match web::load_pending() {
        Some((p, _, _)) if p.request == request => p,
        _ => PendingBooking {
            key: web::random_key(),
            request,
            summary,
            attempts: 0,
        },
    };
    web::save_pending(
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
    if let Some((p, _, _)) = web::load_pending() {
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
        let body = crate::domain::booking::api::ToJson::to_json(&pending.request);
        let (status, text) = web::api_post("/api/booking", &body, Some(&pending.key)).await;
        IN_FLIGHT.with(|f| f.set(false));
        if web::load_pending().is_none_or(|(p, _, _)| p.key != pending.key) {
            // "Hapus data saya" or another tab finished this attempt meanwhile.
            if status != 201 && status != 200 {
                ctx.submit.set(Submit::Idle);
                return;
            }
        }
        let l = ctx.lang.get_untracked();
        match after_reply(classify(status, &text), &pending) {
            Next::Confirmed(c) => {
                web::save_confirmation(&c);
                web::clear_personal();
                ctx.form.update_untracked(BookingForm::clear_personal);
                ctx.submit.set(Submit::Idle);
                go(ctx, Step::Done, false);
            }
            Next::Retry(reason) => {
                ctx.form.with_untracked(|f| {
                    web::save_pending(
                        &pending,
                        f,
                        &web::load_pending().map(|p| p.2).unwrap_or_default(),
                    )
                });
                ctx.submit.set(Submit::Waiting(reason));
                let delay = if reason == WaitReason::Offline {
                    10_000
                } else {
                    15_000
                };
                gloo::timers::callback::Timeout::new(delay, move || {
                    if matches!(ctx.submit.get_untracked(), Submit::Waiting(_)) && web::online() {
                        resend_pending(ctx);
                    }
                })
                .forget();
            }
            Next::SlotTaken => {
                web::clear_pending();
                let (office, wanted, old) = ctx.form.with_untracked(|f| {
                    (f.office_id.clone(), f.slot_start.clone(), f.slot_id.clone())
                });
                let slots = super::steps::fetch_slots(&office).await.unwrap_or_default();
                ctx.slots.set(Some((office, Ok(slots.clone()))));
                ctx.submit
                    .set(Submit::SlotTaken(alternatives(&slots, &wanted, &old, 3)));
                web::focus(".submit-status .status-box");
            }
            Next::AlreadyBooked => {
                web::clear_pending();
                ctx.submit.set(Submit::AlreadyBooked);
                web::focus(".submit-status .status-box");
            }
            Next::FixField(field, code) => {
                web::clear_pending();
                ctx.submit.set(Submit::Idle);
                let message = ctx
                    .form
                    .with_untracked(|f| f.field_error(field, l))
                    .unwrap_or_else(|| BookingStrings::get(l).api_error(code).to_owned());
                go(ctx, field.step(), true);
                show_errors(ctx, vec![FieldError { field, message }]);
            }
            Next::NewKey => {
                web::clear_pending();
                ctx.submit.set(Submit::Failed(ApiCode::IdempotencyConflict));
            }
            Next::Failed(code) => {
                web::clear_pending();
                ctx.submit.set(Submit::Failed(code));
            }
        }
    });
}
