//! The caller's words to a problem (`domain::flow::triage`, as on the start screen), then the
//! flow one node at a time, in the words of the programme's current state (`Node::shown`),
//! large for reading aloud. Each answer is sent as a usage event with the agent's token: the
//! store counts it under the phone channel.

use super::{request, title, Ctx};
use crate::domain::common::language::Lang;
use crate::domain::common::programme::StateKind;
use crate::domain::common::routes::api;
use crate::domain::flow::content::{NodeKind, OutcomeKind, Problem};
use crate::domain::flow::labels;
use crate::domain::flow::mention;
use crate::domain::flow::triage;
use crate::domain::flow::usage::{self, Event};
use crate::domain::flow::walk::{walk, Walk};
use crate::text::CallStrings;
use crate::ui::shell::browser;
use crate::ui::shell::content;
use crate::ui::shell::fetch::Method;
use leptos::prelude::*;

/// The complaint box and the problems that match it.
pub fn complaint(ctx: Ctx) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let failed = RwSignal::new(false);
    let pick = move |id: &'static str| {
        leptos::task::spawn_local(async move {
            match content::problem(id).await {
                Ok(p) => {
                    failed.set(false);
                    ctx.trail.set(String::new());
                    ctx.problem.set(Some(p));
                    browser::focus_heading();
                }
                Err(_) => failed.set(true),
            }
        });
    };
    move || {
        let l = ctx.lang.get();
        let s = CallStrings::get(l);
        view! {
            {title(s.complaint_title.to_owned())}
            <label for="call-complaint">{s.complaint_hint}</label>
            <input id="call-complaint" type="text" autocomplete="off" class="call-complaint"
                prop:value=move || typed.get_untracked()
                on:input=move |ev| typed.set(event_target_value(&ev)) />
            {move || failed.get().then(|| view! { <p class="error" role="alert">{s.load_failed}</p> })}
            {move || {
                let q = typed.get();
                if q.trim().is_empty() {
                    return None;
                }
                let found: Vec<&'static triage::ProblemEntry> = triage::rank(&q, 4)
                    .into_iter()
                    .filter_map(|(id, _)| triage::problem(id))
                    .collect();
                Some(if found.is_empty() {
                    view! { <p role="status">{s.no_match}</p> }.into_any()
                } else {
                    view! {
                        <h2>{s.matches}</h2>
                        <ul class="call-matches">
                            {found.into_iter().map(|e| {
                                let id = e.id;
                                view! {
                                    <li><button type="button" class="choice" on:click=move |_| pick(id)>
                                        <strong>{e.title(l)}</strong>
                                        <span class="hint">{e.summary(l)}</span>
                                    </button></li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })
            }}
        }
    }
}

/// The programme's state from `settings.json` (unknown until it is read).
fn state(ctx: Ctx) -> StateKind {
    ctx.settings
        .settings
        .get()
        .map(|s| s.programme().kind())
        .unwrap_or(StateKind::Unknown)
}

/// Send this call's events (the store marks them "phone" from the agent's token).
pub fn send_events(ctx: Ctx, events: Vec<Event>) {
    let on = ctx
        .settings
        .settings
        .get_untracked()
        .is_some_and(|s| s.usage_events);
    if events.is_empty() || !on {
        return;
    }
    let body = usage::request_body(&events, env!("CARGO_PKG_VERSION"), ctx.lang.get_untracked());
    leptos::task::spawn_local(async move {
        let _ = request(ctx, Method::Post, api::EVENTS, Some(&body)).await;
    });
}

fn answer(ctx: Ctx, problem: &Problem, c: char) {
    let before = ctx.trail.get_untracked();
    let now = format!("{before}{c}");
    send_events(ctx, usage::answered(problem, &before, &now, browser::now()));
    ctx.trail.set(now);
    browser::focus_heading();
}

/// Why the caller needs a help point: the outcome's own reason, or the one the last answer
/// recorded.
fn reason(w: &Walk, l: Lang) -> Option<&'static str> {
    let from_outcome = w.current.outcome.as_ref().and_then(|o| o.reason.clone());
    let recorded = w.visits.iter().rev().find_map(|v| match v.answer {
        crate::domain::flow::walk::Answer::Option(i) => v
            .node
            .options
            .get(i as usize)
            .and_then(|o| o.records.clone()),
        _ => None,
    });
    let id = from_outcome.or(recorded)?;
    labels::reason(&id).map(|r| labels::pick(r.label, l))
}

/// The node reached, to read aloud, with its answers.
pub fn step(ctx: Ctx) -> impl IntoView {
    move || {
        let l = ctx.lang.get();
        let s = CallStrings::get(l);
        let p = ctx.problem.get()?;
        let trail = ctx.trail.get();
        let w = walk(&p, &trail)?;
        let node = w.current;
        let shown = node.shown(state(ctx));
        let back = (!w.trail.is_empty()).then(|| {
            let up: String = w.trail[..w.trail.len() - 1].to_owned();
            view! {
                <button type="button" class="button secondary small" on:click=move |_| {
                    ctx.trail.set(up.clone());
                    browser::focus_heading();
                }>{s.back}</button>
            }
        });
        let answers = match node.kind {
            NodeKind::Step => {
                let (p1, p2) = (p.clone(), p.clone());
                view! {
                    <div class="call-answers">
                        <button type="button" class="button primary" on:click=move |_| answer(ctx, &p1, 'y')>{s.worked}</button>
                        <button type="button" class="button secondary" on:click=move |_| answer(ctx, &p2, 'n')>{s.not_worked}</button>
                    </div>
                }.into_any()
            }
            NodeKind::Question => view! {
                <ul class="call-answers">
                    {node.options.iter().enumerate().map(|(i, o)| {
                        let p = p.clone();
                        let c = char::from_digit(i as u32, 10).unwrap_or('0');
                        view! { <li><button type="button" class="choice" on:click=move |_| answer(ctx, &p, c)>{o.label.get(l).to_owned()}</button></li> }
                    }).collect_view()}
                </ul>
            }.into_any(),
            NodeKind::Outcome => {
                let in_person = node.outcome.as_ref().is_some_and(|o| o.kind == OutcomeKind::InPerson);
                if in_person {
                    let why = reason(&w, l);
                    view! {
                        <p class="call-outcome">{s.in_person}</p>
                        {why.map(|r| view! { <p><strong>{s.reason}": "</strong>{r}</p> })}
                        <button type="button" class="button primary" on:click=move |_| {
                            ctx.booking.set(true);
                            browser::focus_heading();
                        }>{s.book_for_caller}</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button primary" on:click=move |_| super::new_call(ctx)>{s.new_call}</button>
                    }.into_any()
                }
            }
        };
        Some(view! {
            <p class="hint">{p.title.get(l).to_owned()}</p>
            {title(s.read_aloud.to_owned())}
            // read aloud: a mention of another problem or a channel as its name, no link
            <p class="call-read" lang=l.code()>{mention::plain(shown.text.get(l), l)}</p>
            {shown.detail.map(|d| view! { <p class="call-detail">{mention::plain(d.get(l), l)}</p> })}
            {answers}
            {back}
        })
    }
}
