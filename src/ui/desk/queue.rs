//! The queue of a day: counts at the top, then every booking by time with its case. Today by
//! default, any other day by the date field.

use super::{row, title, today, Ctx, DayState};
use crate::domain::common::answer::Answer;
use crate::domain::desk::queue::{self, counts};
use crate::text::DeskStrings;
use crate::ui::shell::fetch::LoadError;
use leptos::prelude::*;

/// Load the day in `ctx.day` (`GET /api/staff/queue?date=…`: the store gives an officer their
/// own help point only).
pub fn load(ctx: Ctx) {
    let day = ctx.day.get_untracked();
    ctx.data.set(None);
    leptos::task::spawn_local(async move {
        let result = fetch_day(ctx, &day).await;
        // A later pick of another day wins; a sign-out meanwhile drops the answer.
        if ctx.day.get_untracked() == day && ctx.session.with_untracked(Option::is_some) {
            ctx.data.set(Some((day, result)));
        }
    });
}

/// Load again without blanking the screen (after a change).
pub fn reload(ctx: Ctx) {
    let day = ctx.day.get_untracked();
    leptos::task::spawn_local(async move {
        let result = fetch_day(ctx, &day).await;
        if ctx.day.get_untracked() == day
            && result.is_ok()
            && ctx.session.with_untracked(Option::is_some)
        {
            ctx.data.set(Some((day, result)));
        }
    });
}

async fn fetch_day(ctx: Ctx, day: &str) -> DayState {
    let Some(path) = queue::day_path(day) else {
        return Err(LoadError::NotFound);
    };
    match super::api::get(ctx, &path).await {
        Answer::Status(200, text) => queue::decode(&text).ok_or(LoadError::Network),
        Answer::Status(404, _) => Err(LoadError::NotFound),
        _ => Err(LoadError::Network),
    }
}

pub fn screen(ctx: Ctx) -> impl IntoView {
    move || {
        let l = ctx.lang.get();
        let s = DeskStrings::get(l);
        let day = ctx.day.get();
        let t = today();
        let heading = s.day_title(&day, &t, l);
        crate::ui::shell::browser::set_title(&heading, l);
        view! {
            <section class="desk-queue">
                <div class="desk-head">
                    {title(heading)}
                    <form class="desk-day no-print" on:submit=move |ev| { ev.prevent_default(); load(ctx); }>
                        <label class="label" for="desk-day">{s.day_label}</label>
                        <input id="desk-day" type="date" prop:value=day.clone()
                            on:change:target=move |ev| {
                                let v = ev.target().value();
                                if crate::domain::booking::calendar::add_days(&v, 0).is_some() {
                                    ctx.day.set(v);
                                    load(ctx);
                                }
                            }/>
                        {(day != t).then(|| view! {
                            <button type="button" class="button small" on:click=move |_| { ctx.day.set(today()); load(ctx); }>{s.today}</button>
                        })}
                        <button type="submit" class="button small">{s.refresh}</button>
                    </form>
                </div>
                {move || body(ctx)}
            </section>
        }
    }
}

fn body(ctx: Ctx) -> AnyView {
    let l = ctx.lang.get();
    let s = DeskStrings::get(l);
    match ctx.data.get() {
        None => view! { <p class="card loading" role="status">{s.loading}</p> }.into_any(),
        Some((_, Err(_))) => view! {
            <div class="card" role="alert">
                <p>{s.network_down}</p>
                <button type="button" class="button" on:click=move |_| load(ctx)>{s.retry}</button>
            </div>
        }
        .into_any(),
        Some((_, Ok((items, point)))) => {
            let c = counts(&items, &point.slots, crate::ui::shell::browser::now());
            let figures = [c.booked, c.arrived, c.served, c.no_show, c.free];
            view! {
                <h2 class="visually-hidden">{s.counts_label}</h2>
                <ul class="desk-counts">
                    {figures.into_iter().zip(s.counts).enumerate().map(|(i, (n, label))| view! {
                        <li class=format!("count count-{i}")><span class="count-n">{n}</span><span class="count-label">{label}</span></li>
                    }).collect_view()}
                </ul>
                {if items.is_empty() {
                    view! { <p class="card">{s.empty_day}</p> }.into_any()
                } else {
                    view! {
                        <ol class="desk-list">
                            {items.into_iter().map(|b| view! { <li>{row::row(ctx, b)}</li> }).collect_view()}
                        </ol>
                    }.into_any()
                }}
            }
            .into_any()
        }
    }
}
