//! The queue of a day: counts at the top, then every booking by time with its case. Today by
//! default, any other day by the date field.

use super::day::load;
use super::{row, title, today, Ctx};
use crate::domain::desk::queue::counts;
use crate::text::DeskStrings;
use leptos::prelude::*;

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
            let figures = [c.booked, c.waiting, c.arrived, c.served, c.no_show, c.free];
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
