//! Step 2: the help point, nearest first when the citizen shares their position, with the
//! least crowded one nearby marked.

use super::fields::{error_line, field_error, title};
use super::geo;
use super::{go_next, save_form, Ctx};
use crate::domain::booking::availability::*;
use crate::domain::booking::form::Field;
use crate::domain::common::answer::Answer;
use crate::domain::common::json::decode;
use crate::domain::common::language::Lang;
use crate::domain::common::routes::api;
use crate::domain::common::routes::Step;
use crate::text::booking::opening_hours;
use crate::text::BookingStrings;
use crate::ui::shell::fetch::{to_store, LoadError, StoreRequest};
use leptos::prelude::*;

pub fn load_offices(ctx: Ctx) {
    if matches!(ctx.offices.get_untracked(), Some(Ok(_))) {
        return;
    }
    ctx.offices.set(None);
    leptos::task::spawn_local(async move {
        let r = match to_store(StoreRequest::get(&api::availability(api::DAYS_AHEAD))).await {
            Answer::Status(200, t) => decode::<Availability>(&t)
                .map(|a| a.offices)
                .ok_or(LoadError::Malformed),
            _ => Err(LoadError::Network),
        }
        // a store that is still starting answers with no help points: offer a retry
        .and_then(|o| {
            if o.iter().any(HelpPoint::bookable) {
                Ok(o)
            } else {
                Err(LoadError::Network)
            }
        });
        ctx.offices.set(Some(r));
    });
}

pub fn point(ctx: Ctx, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    load_offices(ctx);
    let err = field_error(ctx, Field::Office);
    let list = move || {
        let region = ctx.form.with_untracked(|f| f.region_code.clone());
        let pos = ctx.pos.get();
        match ctx.offices.get() {
            None => view! { <p role="status">{s.loading}</p> }.into_any(),
            Some(Err(_)) => view! {
                <div role="alert">
                    <p class="error">{s.load_failed}</p>
                    <button type="button" class="button" on:click=move |_| { ctx.offices.set(None); load_offices(ctx) }>{s.retry}</button>
                </div>
            }.into_any(),
            Some(Ok(offices)) => {
                let points = order_points(&offices, pos.flatten(), &region);
                let quiet = least_crowded_nearby(&points);
                let chosen = ctx.form.with_untracked(|f| f.office_id.clone());
                let all = offices.clone();
                let item = move |p: PointChoice| {
                    if !p.office.bookable() {
                        return not_bookable(ctx, s, &p.office, nearest_bookable(&all, &p.office).cloned(), l).into_any();
                    }
                    let o = p.office.clone();
                    let is_quiet = quiet.as_deref() == Some(o.id.as_str());
                    let seats = if o.remaining > 0 { format!("{} {}", o.remaining, s.seats_free_14) } else { s.point_full.to_owned() };
                    // Tenths by hand: `{:.1}` on f64 pulls in core's float formatting (6 KB br).
                    let dist = p.distance_km.map(|d| {
                        let t = (d * 10.0 + 0.5) as u64;
                        format!("{}.{} {}", t / 10, t % 10, s.km_away)
                    });
                    let pressed = chosen == o.id;
                    view! {
                        <li>
                            <button type="button" class=if is_quiet { "choice point quiet" } else { "choice point" } aria-pressed=pressed.then_some("true")
                                on:click=move |_| choose(ctx, &o)>
                                <span class="choice-title">{p.office.name.clone()}</span>
                                <span class="choice-sub">{format!("{} · {}", s.kind_name(&p.office.kind), p.office.region)}</span>
                                <span class="choice-sub">{seats}{dist.map(|d| format!(" · {d}"))}</span>
                                {is_quiet.then(|| view! { <span class="badge">{s.least_crowded}</span> })}
                            </button>
                        </li>
                    }.into_any()
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
                geo::locate(move |p| ctx.pos.set(Some(p)));
            }>{s.use_location}</button>
            <p class="hint">{s.location_note}</p>
            {move || (ctx.pos.get() == Some(None)).then(|| view! { <p class="notice" role="status">{s.location_failed}</p> })}
        </div>
        {list}
    }
}

fn choose(ctx: Ctx, o: &HelpPoint) {
    ctx.form
        .update_untracked(|f| f.choose_office(&o.id, &o.name, &o.kind));
    save_form(ctx);
    ctx.day.set(None);
    go_next(ctx, Step::Point);
}

/// A listed help point that takes no booking: why, and the nearest one that does.
fn not_bookable(
    ctx: Ctx,
    s: &'static BookingStrings,
    o: &HelpPoint,
    nearest: Option<HelpPoint>,
    l: Lang,
) -> impl IntoView {
    // its opening hours in the same sentence: one text node, no extra view to build
    let hours = match opening_hours(&o.hours, l) {
        h if h.is_empty() => h,
        h => format!(" {}: {h}.", s.hours_label),
    };
    let pointer = match nearest {
        Some(n) => {
            let label = format!("{} {} ({})", s.choose_nearest, n.name, n.region);
            view! {
                <p class="choice-sub">{s.nearest_bookable}</p>
                <button type="button" class="button secondary" on:click=move |_| choose(ctx, &n)>{label}</button>
            }
            .into_any()
        }
        None => view! { <p class="choice-sub">{s.no_nearest_bookable}</p> }.into_any(),
    };
    view! {
        <li>
            <div class="choice point off">
                <span class="choice-title">{o.name.clone()}</span>
                <span class="choice-sub">{format!("{} · {}", s.kind_name(&o.kind), o.region)}</span>
                <p class="choice-sub"><strong>{s.not_bookable}</strong>{". "}{s.not_bookable_plain}{hours}</p>
                {pointer}
            </div>
        </li>
    }
}
