//! Step 3: the day and time, with free seats; full days point to the next free one.

use super::fields::{error_line, field_error, title};
use super::{go, go_next, save_form, Ctx};
use crate::domain::booking::availability::*;
use crate::domain::booking::form::Field;
use crate::domain::common::answer::Answer;
use crate::domain::common::json::decode;
use crate::domain::common::language::Lang;
use crate::domain::common::routes::api;
use crate::domain::common::routes::Step;
use crate::text::booking::{long_date, short_date, time_range};
use crate::text::BookingStrings;
use crate::ui::shell::browser;
use crate::ui::shell::fetch::{to_store, LoadError, StoreRequest};
use leptos::prelude::*;

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

pub async fn fetch_slots(point_id: &str) -> Result<Vec<Slot>, LoadError> {
    match to_store(StoreRequest::get(&api::point_slots(point_id))).await {
        Answer::Status(200, t) => decode::<PointSlots>(&t)
            .map(|o| o.slots)
            .ok_or(LoadError::Malformed),
        _ => Err(LoadError::Network),
    }
}

/// Day buttons, then the times of the chosen day with their free seats. Full days and times
/// are shown but cannot be chosen; a full day points to the next day with a free seat.
pub fn time_picker(
    ctx: Ctx,
    slots: Vec<Slot>,
    selected: String,
    on_pick: impl Fn(Slot) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let today = browser::now().wib_day();
    let all_days = days(&slots);
    let first_free = next_free_day(&slots, &today);
    let selected_day = slots.iter().find(|s| s.id == selected).and_then(|s| {
        crate::domain::booking::calendar::Moment::parse(&s.start).map(|m| m.wib_day())
    });
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
            let label = short_date(&day, l);
            let sub = match (&d.closed_reason, d.remaining) {
                (Some(_), _) => s.closed.to_owned(),
                (None, 0) => s.full.to_owned(),
                (None, n) => format!("{} {n}", s.seats_left),
            };
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
        // a closed day says why (the officer's words); a full one that it is full
        let why = this_day
            .as_ref()
            .filter(|d| d.remaining == 0)
            .map(|d| match &d.closed_reason {
                Some(r) => format!("{}: {r}. {}", s.day_closed, s.next_free_day),
                None => s.day_full_next.to_owned(),
            });
        let full_note = why.zip(this_day.as_ref().and_then(|d| next_free_day(&slots, &d.day))).map(|(why, next)| {
            let n2 = next.clone();
            view! {
                <p class="notice">{why}" "
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
                            let why = if slot.closed { s.closed } else { s.full };
                            view! { <li><span class="time full"><span class="time-label">{label}</span><span class="time-seats">{why}</span></span></li> }.into_any()
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

pub fn time(ctx: Ctx, l: Lang) -> impl IntoView {
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
        Some((_, Err(_))) => {
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
