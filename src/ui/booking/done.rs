//! The confirmation: code, QR code, the help point's address (revealed only now), date, time,
//! queue number, what to bring, the case summary; save as image, print, add to calendar.
//! Only this (no name, NIK or phone) stays on the device; "Hapus data saya" removes it too.

use super::{files, storage, Ctx};
use crate::domain::booking::code::format_code;
use crate::domain::booking::confirmation::Confirmation;
use crate::domain::common::language::Lang;
use crate::domain::common::routes;
use crate::text::booking::{opening_hours, slot_date, time_range};
use crate::text::BookingStrings;
use crate::ui::shell::browser;
use leptos::prelude::*;

pub fn screen(ctx: Ctx) -> impl IntoView {
    let conf = RwSignal::new(storage::load_confirmation());
    let deleted = RwSignal::new(false);
    // The code stays on screen (in memory only) after "hapus data saya", so it can be noted.
    let code = conf.get_untracked().map(|c| c.code).unwrap_or_default();
    move || {
        let l = ctx.lang.get();
        let s = BookingStrings::get(l);
        browser::set_title(s.done_title, l);
        if deleted.get() {
            return view! {
                <section class="card">
                    <h1 tabindex="-1" class="focus-target">{s.deleted}</h1>
                    <p class="code-box"><span class="code-label">{s.code_label}</span><span class="booking-code">{format_code(&code)}</span></p>
                    <p><a class="button" href=routes::start_href(&browser::site_root())>{s.home}</a></p>
                </section>
            }.into_any();
        }
        match conf.get() {
            None => view! {
                <section class="card">
                    <h1 tabindex="-1" class="focus-target">{s.manage_title}</h1>
                    <p>{s.manage_hint}</p>
                    <p><a class="button primary" href=routes::manage_search() on:click=move |ev| { ev.prevent_default(); super::open_manage(ctx); }>{s.manage_link}</a></p>
                </section>
            }.into_any(),
            Some(c) => confirmation(ctx, c, l, deleted, conf).into_any(),
        }
    }
}

pub fn qr_svg(code: &str, s: &BookingStrings) -> String {
    crate::domain::booking::qr::encode(code)
        .map(|q| q.to_svg(4, &format!("{}: {}", s.qr_label, format_code(code))))
        .unwrap_or_default()
}

/// The booking as a definition list (used here and on the manage screen).
pub fn details_list(c: &Confirmation, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    let mut rows = vec![(
        s.row_point,
        format!("{} ({})", c.office_name, s.kind_name(&c.office_kind)),
    )];
    if !c.address.is_empty() {
        rows.push((s.row_address, c.address.clone()));
    }
    if !c.region.is_empty() {
        rows.push((s.region_label, c.region.clone()));
    }
    let hours = opening_hours(&c.hours, l);
    if !hours.is_empty() {
        rows.push((s.hours_label, hours));
    }
    rows.push((s.row_date, slot_date(&c.start, l)));
    rows.push((s.row_time, time_range(&c.start, &c.end, l)));
    rows.push((s.row_queue, c.queue_number.to_string()));
    let map = (!c.map.is_empty()).then(|| {
        view! { <p class="map-link"><a href=c.map.clone() rel="noopener noreferrer" referrerpolicy="no-referrer">{s.map_link}</a></p> }
    });
    view! {
        <dl class="booking-details">
            {rows.into_iter().map(|(k, v)| view! { <div class="answer-row"><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
        </dl>
        {map}
    }
}

fn confirmation(
    ctx: Ctx,
    c: Confirmation,
    l: Lang,
    deleted: RwSignal<bool>,
    conf: RwSignal<Option<Confirmation>>,
) -> impl IntoView {
    let s = BookingStrings::get(l);
    let svg = qr_svg(&c.code, s);
    let (c1, c2) = (c.clone(), c.clone());
    view! {
        <section class="card outcome solved confirmation">
            <h1 tabindex="-1" class="focus-target">{s.done_title}</h1>
            <div class="code-box">
                <span class="code-label">{s.code_label}</span>
                <span class="booking-code" id="booking-code">{format_code(&c.code)}</span>
                <span class="hint">{s.code_hint}</span>
            </div>
            <div class="qr" inner_html=svg></div>
            {details_list(&c, l)}
            {let things = crate::text::booking::bring(&c, l); (!things.is_empty()).then(|| view! {
                <h2 class="small-heading">{s.bring_title}</h2>
                <ul class="bring">{things.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul>
            })}
            {(!c.summary.is_empty()).then(|| view! {
                <details class="case-summary">
                    <summary>{s.case_title}</summary>
                    <pre>{c.summary.clone()}</pre>
                </details>
            })}
            <div class="actions no-print">
                <button type="button" class="button" on:click=move |_| files::download_png(&c1, ctx.lang.get_untracked())>{s.save_image}</button>
                <button type="button" class="button" on:click=move |_| files::print()>{s.print}</button>
                <button type="button" class="button" on:click=move |_| files::download_ics(&c2, ctx.lang.get_untracked())>{s.add_calendar}</button>
            </div>
        </section>
        <section class="card no-print">
            <p>{s.privacy_done}</p>
            <p><button type="button" class="button secondary" on:click=move |_| {
                storage::delete_everything();
                ctx.form.set(Default::default());
                conf.set(None);
                deleted.set(true);
                browser::focus_heading();
            }>{s.delete_data}</button></p>
            <p><a href=routes::manage_search() on:click=move |ev| { ev.prevent_default(); super::open_manage(ctx); }>{s.manage_link}</a></p>
        </section>
    }
}
