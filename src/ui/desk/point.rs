//! The help point's own details: street address (until there is one, the help point takes no
//! bookings), landmark, opening hours, seats per slot, map position (typed, or picked on a map
//! of East Java drawn here: no map service), and closed days (closing a day with bookings first
//! lists the people to contact). `GET`/`PATCH /api/staff/office`, `…/closed-days`.

use super::api::Method;
use super::{title, Ctx};
use crate::domain::common::answer::Answer;
use crate::domain::common::routes::api;
use crate::domain::desk::coordinate::fixed5;
use crate::domain::desk::map::{from_map, map_unit, to_map, MAP_H, MAP_W};
use crate::domain::desk::office::{
    self, close_day_body, decode_contacts, Contact, DetailProblem, DetailsForm, Office,
};
use crate::text::DeskStrings;
use crate::ui::shell::browser;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn problem_text(p: DetailProblem, s: &DeskStrings) -> String {
    match p {
        DetailProblem::Address => s.address_bad.to_owned(),
        DetailProblem::Landmark => s.landmark_bad.to_owned(),
        DetailProblem::Hours(i) => format!("{}: {}", s.weekdays[i], s.hours_bad),
        DetailProblem::Seats => s.seats_bad.to_owned(),
        DetailProblem::Position => s.position_bad.to_owned(),
    }
}

fn input_of(p: DetailProblem) -> String {
    match p {
        DetailProblem::Address => "point-address".into(),
        DetailProblem::Landmark => "point-landmark".into(),
        DetailProblem::Hours(i) => format!("point-hours-{i}"),
        DetailProblem::Seats => "point-seats".into(),
        DetailProblem::Position => "point-lat".into(),
    }
}

/// Other help points' positions, for the map (public availability: no addresses).
async fn positions(ctx: Ctx) -> Vec<(f64, f64)> {
    match super::api::get(ctx, &api::availability(1)).await {
        Answer::Status(200, t) => crate::domain::common::json::decode::<
            crate::domain::booking::availability::Availability,
        >(&t)
        .map(|a| {
            a.offices
                .iter()
                .filter_map(|o| Some((o.lat?, o.lng?)))
                .collect()
        })
        .unwrap_or_default(),
        _ => Vec::new(),
    }
}

pub fn screen(ctx: Ctx) -> impl IntoView {
    let office = RwSignal::new(None::<Result<Office, ()>>);
    let form = RwSignal::new(DetailsForm::default());
    // The details as loaded: only what differs is sent.
    let loaded = RwSignal::new(DetailsForm::default());
    let changed_contacts = RwSignal::new(Vec::<Contact>::new());
    let problems = RwSignal::new(Vec::<DetailProblem>::new());
    let saved = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let dots = RwSignal::new(Vec::<(f64, f64)>::new());
    let load = move || {
        office.set(None);
        leptos::task::spawn_local(async move {
            let got = match super::api::get(ctx, api::OFFICE).await {
                Answer::Status(200, t) => office::decode(&t).ok_or(()),
                _ => Err(()),
            };
            if let Ok(o) = &got {
                form.set(DetailsForm::from_office(o));
                loaded.set(DetailsForm::from_office(o));
            }
            office.set(Some(got));
            dots.set(positions(ctx).await);
        });
    };
    load();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let f = form.get_untracked();
        let p = f.problems();
        saved.set(None);
        if !p.is_empty() {
            problems.set(p);
            browser::focus("#point-status");
            return;
        }
        problems.set(Vec::new());
        let Some(body) = f.body(&loaded.get_untracked()) else {
            return;
        };
        saving.set(true);
        leptos::task::spawn_local(async move {
            let a = super::api::request(ctx, Method::Patch, api::OFFICE, Some(&body), None).await;
            saving.set(false);
            let s = DeskStrings::get(ctx.lang.get_untracked());
            match &a {
                Answer::Status(200, t) => {
                    if let Some(o) = office::decode(t) {
                        loaded.set(DetailsForm::from_office(&o));
                        office.set(Some(Ok(o)));
                    }
                    // Slots closed by new hours that had bookings: the people to contact.
                    changed_contacts.set(decode_contacts(t));
                    saved.set(Some(s.details_saved.to_owned()));
                }
                Answer::NoAnswer(_) => saved.set(Some(s.network_down.to_owned())),
                _ => saved.set(Some(s.api_error(&super::api::error_code(&a)).to_owned())),
            }
            browser::focus("#point-status");
        });
    };
    move || {
        let l = ctx.lang.get();
        let s = DeskStrings::get(l);
        browser::set_title(s.point_title, l);
        let o = match office.get() {
            None => return view! { {title(s.point_title.to_owned())}<p class="card loading" role="status">{s.loading}</p> }.into_any(),
            Some(Err(())) => return view! {
                {title(s.point_title.to_owned())}
                <div class="card" role="alert"><p>{s.network_down}</p>
                <button type="button" class="button" on:click=move |_| load()>{s.retry}</button></div>
            }.into_any(),
            Some(Ok(o)) => o,
        };
        let place = o.name.clone();
        let f = form.get_untracked();
        let p = problems.get();
        let err = |x: DetailProblem| p.contains(&x);
        let text_input = move |id: &'static str,
                               label: &'static str,
                               hint: Option<&'static str>,
                               value: String,
                               bad: bool,
                               set: fn(&mut DetailsForm, String)| {
            let described = match (hint.is_some(), bad) {
                (true, _) => Some(format!("{id}-hint")),
                _ => None,
            };
            view! {
                <div class=if bad { "field has-error" } else { "field" }>
                    <label class="label" for=id>{label}</label>
                    {hint.map(|h| view! { <p id=format!("{id}-hint") class="hint">{h}</p> })}
                    <input id=id type="text" prop:value=value aria-invalid=bad.then_some("true") aria-describedby=described
                        on:input:target=move |ev| { let v = ev.target().value(); form.update_untracked(|f| set(f, v)); }/>
                </div>
            }
        };
        view! {
            <section class="card desk-point">
                {title(s.point_title.to_owned())}
                <p>{s.point_intro}</p>
                {(!o.bookable).then(|| view! { <p class="notice">{s.not_bookable}</p> })}
                <div id="point-status" tabindex="-1">
                    {(!p.is_empty()).then(|| view! {
                        <div class="error-summary" role="alert"><h2>{s.errors_title}</h2><ul>
                            {p.iter().map(|x| view! { <li><a href=format!("#{}", input_of(*x))>{problem_text(*x, s)}</a></li> }).collect_view()}
                        </ul></div>
                    })}
                    {move || saved.get().map(|m| view! { <p class="status-box" role="status">{m}</p> })}
                    {move || {
                        let list = changed_contacts.get();
                        let place = place.clone();
                        (!list.is_empty()).then(|| view! {
                            <div class="status-box">
                                <p class="small-heading">{s.contacts_title}</p>
                                {contact_list(s, list, l, &place)}
                            </div>
                        })
                    }}
                </div>
                <form novalidate on:submit=save>
                    {text_input("point-address", s.address_label, Some(s.address_hint), f.address.clone(), err(DetailProblem::Address), |f, v| f.address = v)}
                    {text_input("point-landmark", s.landmark_label, None, f.landmark.clone(), err(DetailProblem::Landmark), |f, v| f.landmark = v)}
                    <fieldset class="desk-hours" aria-describedby="point-hours-hint">
                        <legend class="label">{s.hours_label}</legend>
                        <p id="point-hours-hint" class="hint">{s.hours_hint}</p>
                        {(0..7).map(|i| {
                            let id = format!("point-hours-{i}");
                            let bad = err(DetailProblem::Hours(i));
                            view! {
                                <div class=if bad { "desk-hour has-error" } else { "desk-hour" }>
                                    <label for=id.clone()>{s.weekdays[i]}</label>
                                    <input id=id type="text" prop:value=f.hours[i].clone() aria-invalid=bad.then_some("true")
                                        on:input:target=move |ev| { let v = ev.target().value(); form.update_untracked(|f| f.hours[i] = v); }/>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                    <div class=if err(DetailProblem::Seats) { "field has-error" } else { "field" }>
                        <label class="label" for="point-seats">{s.seats_label}</label>
                        <input id="point-seats" type="text" inputmode="numeric" class="desk-short" prop:value=f.seats.clone()
                            aria-invalid=err(DetailProblem::Seats).then_some("true")
                            on:input:target=move |ev| { let v = ev.target().value(); form.update_untracked(|f| f.seats = v); }/>
                    </div>
                    <fieldset class="desk-position" aria-describedby="point-map-hint">
                        <legend class="label">{s.map_legend}</legend>
                        <p id="point-map-hint" class="hint">{s.map_hint}</p>
                        <div class="desk-coords">
                            {text_input("point-lat", s.lat_label, None, f.lat.clone(), err(DetailProblem::Position), |f, v| f.lat = v)}
                            {text_input("point-lng", s.lng_label, None, f.lng.clone(), err(DetailProblem::Position), |f, v| f.lng = v)}
                        </div>
                        {map(s, form, dots)}
                    </fieldset>
                    <button type="submit" class="button primary" disabled=move || saving.get()>
                        {move || if saving.get() { s.saving } else { s.save_details }}
                    </button>
                </form>
            </section>
            {closed_days(ctx, o.closed_days.clone(), o.name.clone(), office)}
        }.into_any()
    }
}

/// The coast of East Java (Java's eastern part, Madura and the small islands; derived once from
/// Natural Earth by tools/map-outline.mjs: `coast.path`), the other help points as grey dots and
/// this one as a blue circle. A click sets the position fields (typing them is the keyboard way).
const COAST: &str = include_str!("coast.path");

fn map(
    s: &'static DeskStrings,
    form: RwSignal<DetailsForm>,
    dots: RwSignal<Vec<(f64, f64)>>,
) -> impl IntoView {
    let here = RwSignal::new(form.with_untracked(|f| f.position().ok().flatten()));
    let click = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        // The map's children take no pointer events (desk.css): the offset is within the map.
        let (w, h) = (el.client_width() as f64, el.client_height() as f64);
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        let x = ev.offset_x() as f64 / w * MAP_W;
        let y = ev.offset_y() as f64 / h * MAP_H;
        let (lat, lng) = from_map(x, y);
        form.update_untracked(|f| {
            f.lat = fixed5(lat);
            f.lng = fixed5(lng);
        });
        for (id, v) in [("point-lat", lat), ("point-lng", lng)] {
            if let Some(i) = browser::document()
                .get_element_by_id(id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                i.set_value(&fixed5(v));
            }
        }
        here.set(Some((lat, lng)));
    };
    view! {
        <svg class="desk-map" viewBox=format!("0 0 {} {}", map_unit(MAP_W), map_unit(MAP_H)) role="img" aria-label=s.map_label on:click=click>
            <rect x="0" y="0" width=map_unit(MAP_W).to_string() height=map_unit(MAP_H).to_string() class="map-box"></rect>
            <path d=COAST.trim_end() class="map-coast"></path>
            {move || dots.get().into_iter().map(|(lat, lng)| {
                let (x, y) = to_map(lat, lng);
                view! { <circle cx=map_unit(x).to_string() cy=map_unit(y).to_string() r="3" class="map-dot"></circle> }
            }).collect_view()}
            {move || here.get().map(|(lat, lng)| {
                let (x, y) = to_map(lat, lng);
                view! { <circle cx=map_unit(x).to_string() cy=map_unit(y).to_string() r="7" class="map-here"></circle> }
            })}
        </svg>
    }
}

fn closed_days(
    ctx: Ctx,
    days: Vec<office::ClosedDay>,
    place: String,
    office: RwSignal<Option<Result<Office, ()>>>,
) -> impl IntoView {
    let s = DeskStrings::get(ctx.lang.get_untracked());
    let date = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let contacts = RwSignal::new(None::<Vec<Contact>>);
    let message = RwSignal::new(None::<String>);
    let refresh = move || {
        leptos::task::spawn_local(async move {
            if let Answer::Status(200, t) = super::api::get(ctx, api::OFFICE).await {
                if let Some(o) = office::decode(&t) {
                    office.set(Some(Ok(o)));
                }
            }
        });
    };
    let send = move |confirm: bool| {
        let (d, r) = (date.get_untracked(), reason.get_untracked());
        let n = r.trim().chars().count();
        if crate::domain::booking::calendar::add_days(&d, 0).is_none() || !(2..=200).contains(&n) {
            message.set(Some(s.reason_bad.to_owned()));
            return;
        }
        let body = close_day_body(&d, &r, confirm);
        leptos::task::spawn_local(async move {
            let a = super::api::post(ctx, api::CLOSED_DAYS, &body).await;
            match &a {
                Answer::Status(200, _) => {
                    contacts.set(None);
                    // the form is empty again for the next day to close
                    date.set(String::new());
                    reason.set(String::new());
                    message.set(Some(s.day_closed.to_owned()));
                    refresh();
                }
                Answer::Status(409, t) if super::api::error_code(&a) == "day_has_bookings" => {
                    contacts.set(Some(decode_contacts(t)));
                    browser::focus("#closed-contacts");
                }
                Answer::NoAnswer(_) => message.set(Some(s.network_down.to_owned())),
                _ => message.set(Some(s.api_error(&super::api::error_code(&a)).to_owned())),
            }
        });
    };
    let l = ctx.lang.get_untracked();
    view! {
        <section class="card desk-closed">
            <h2>{s.closed_title}</h2>
            {if days.is_empty() {
                view! { <p>{s.closed_none}</p> }.into_any()
            } else {
                view! {
                    <ul class="desk-closed-list">
                        {days.into_iter().map(|d| {
                            let when = crate::text::booking::long_date(&d.date, l);
                            let date2 = d.date.clone();
                            view! {
                                <li><span><strong>{when}</strong>" · "{d.reason}</span>
                                    <button type="button" class="button small secondary" on:click=move |_| {
                                        let path = api::closed_day(&date2);
                                        leptos::task::spawn_local(async move {
                                            let _ = super::api::request(ctx, Method::Delete, &path, None, None).await;
                                            refresh();
                                        });
                                    }>{s.reopen}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <form class="desk-close-form" novalidate on:submit=move |ev| { ev.prevent_default(); contacts.set(None); send(false); }>
                <div class="field">
                    <label class="label" for="closed-date">{s.closed_date}</label>
                    <input id="closed-date" type="date" prop:value=move || date.get() on:change:target=move |ev| date.set(ev.target().value())/>
                </div>
                <div class="field">
                    <label class="label" for="closed-reason">{s.closed_reason}</label>
                    <input id="closed-reason" type="text" maxlength="200" prop:value=move || reason.get() on:input:target=move |ev| reason.set(ev.target().value())/>
                </div>
                <button type="submit" class="button">{s.close_day}</button>
            </form>
            {move || message.get().map(|m| view! { <p class="status-box" role="status">{m}</p> })}
            <div id="closed-contacts" tabindex="-1">
                {move || contacts.get().map(|list| view! {
                    <div class="status-box" role="alert">
                        <p class="small-heading">{s.contacts_title}</p>
                        {contact_list(s, list, l, &place)}
                        <button type="button" class="button danger" on:click=move |_| send(true)>{s.close_anyway}</button>
                    </div>
                })}
            </div>
        </section>
    }
}

/// The people to contact: name, phone, code, day and time, with a call link and a WhatsApp
/// link whose message says the day is closed (sent only when the officer presses send).
fn contact_list(
    s: &'static DeskStrings,
    list: Vec<Contact>,
    l: crate::domain::common::language::Lang,
    place: &str,
) -> impl IntoView {
    view! {
        <ul class="desk-contacts">
            {list.into_iter().map(|c| {
                let code = crate::domain::booking::code::format_code(&c.code);
                let day = crate::text::booking::slot_date(&c.start, l);
                let time = crate::domain::booking::calendar::Moment::parse(&c.start).map(|m| m.wib_time()).unwrap_or_default();
                let msg = crate::domain::desk::contact::message(s.closed_message, &day, &time, place, &code);
                let links = super::contact::links(s, &c.name, &c.phone, &msg);
                view! {
                    <li><strong>{c.name}</strong>" · "<span class="desk-phone">{c.phone}</span>" · "
                        <span class="desk-code">{code}</span>" · "
                        {day}", "{crate::text::booking::time_range(&c.start, "", l)}
                        {links}</li>
                }
            }).collect_view()}
        </ul>
    }
}
