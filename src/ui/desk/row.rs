//! One booking in the queue: time, queue number, name, region, priority, status, the case at a
//! glance (problem, each step tried with its result, why in person; a walk-in's problem from the
//! catalogue), once served what fixed it and the officer's note, on a later day the call and
//! WhatsApp links, the last change that worked, and the buttons the rules allow now
//! (`crate::domain::desk::status`).

use super::day::{change, row_id};
use super::Ctx;
use crate::domain::booking::code::format_code;
use crate::domain::desk::queue::DeskBooking;
use crate::domain::desk::status::{self, Action, Status};
use crate::text::DeskStrings;
use crate::ui::shell::browser;
use leptos::prelude::*;

pub fn row(ctx: Ctx, b: DeskBooking) -> impl IntoView {
    let l = ctx.lang.get_untracked();
    let s = DeskStrings::get(l);
    let error = RwSignal::new(None::<String>);
    let serving = RwSignal::new(false);
    let start = b.start_moment();
    let time = start.map(|m| m.wib_time()).unwrap_or_default();
    let mut case = b.case();
    if case.problem_title.is_empty() && !b.problem.is_empty() {
        // a walk-in: the problem the officer picked, by its title
        if let Some(p) = crate::domain::flow::triage::problem(&b.problem) {
            case.problem_title = if l == crate::domain::common::language::Lang::En {
                p.title_en
            } else {
                p.title_id
            }
            .to_owned();
        }
    }
    let contact =
        (b.status == Status::Booked && ctx.day.get_untracked() > super::today()).then(|| {
            let place = ctx.data.with_untracked(|d| match d {
                Some((_, Ok((_, p)))) => p.name.clone(),
                _ => String::new(),
            });
            let day = s.long_day(&ctx.day.get_untracked(), l);
            let msg = crate::domain::desk::contact::message(
                s.remind_message,
                &day,
                &time,
                &place,
                &format_code(&b.code),
            );
            super::contact::links(s, &b.name, &b.phone, &msg)
        });
    let actions = start
        .map(|m| status::offered(b.status, b.undo, m, browser::now()))
        .unwrap_or_default();
    let status_class = format!("desk-status status-{}", b.status.key());
    let id = row_id(&b);
    let heading_id = format!("{id}-name");
    let labelled = heading_id.clone();
    let b2 = b.clone();
    let b_id = b.id.clone();
    view! {
        <article id=id class=if b.status == Status::Cancelled { "desk-row cancelled" } else { "desk-row" }
            tabindex="-1" aria-labelledby=labelled>
            <div class="desk-row-head">
                <p class="desk-time"><span class="desk-clock">{time}</span>" "{s.wib}
                    <span class="desk-number"><abbr title=s.col_number>{s.number_short}</abbr>" "{b.queue_no}</span></p>
                <div class="desk-person">
                    <h3 id=heading_id>{b.name.clone()}</h3>
                    <p class="desk-region">{b.region.clone()}" · "<span class="desk-code">{format_code(&b.code)}</span></p>
                    <p class="desk-marks">
                        {b.priority.then(|| view! { <span class="badge prio">{s.priority}</span> })}
                        {(b.channel == "desk").then(|| view! { <span class="badge walkin">{s.walk_in_mark}</span> })}
                        {(b.channel == "phone").then(|| view! { <span class="badge walkin">{s.phone_mark}</span> })}
                    </p>
                </div>
                <p class=status_class><span class="visually-hidden">{s.col_status}": "</span>{s.status(b.status)}</p>
            </div>
            {case_view(s, &case)}
            {(b.status == Status::Served).then(|| served_view(ctx, &b))}
            {contact}
            {move || error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            {move || ctx.done.get().filter(|(id, _)| *id == b_id).map(|(_, m)| view! { <p class="status-box desk-done">{m}</p> })}
            {(!actions.is_empty()).then(|| {
                let b3 = b2.clone();
                view! {
                    <div class="desk-actions no-print">
                        {actions.iter().map(|&a| {
                            let b = b3.clone();
                            let cls = if a == Action::Undo { "button small secondary" } else { "button small" };
                            view! {
                                <button type="button" class=cls aria-expanded=move || (a == Action::Serve).then(|| serving.get().to_string())
                                    on:click=move |_| {
                                        error.set(None);
                                        if a == Action::Serve {
                                            serving.update(|x| *x = !*x);
                                            return;
                                        }
                                        change(ctx, &b, a, None, error);
                                    }>{s.action(a)}</button>
                            }
                        }).collect_view()}
                    </div>
                }
            })}
            {move || serving.get().then(|| super::serve::form(ctx, b2.clone(), serving, error))}
        </article>
    }
}

fn case_view(s: &'static DeskStrings, case: &crate::domain::desk::case::CaseView) -> impl IntoView {
    if case.is_empty() {
        return view! { <p class="desk-case none">{s.case_none}</p> }.into_any();
    }
    view! {
        <dl class="desk-case">
            {(!case.problem_title.is_empty()).then(|| view! {
                <div><dt>{s.case_problem}</dt><dd class="desk-problem">{case.problem_title.clone()}</dd></div>
            })}
            {(!case.steps.is_empty()).then(|| view! {
                <div><dt>{s.case_tried}</dt><dd><ol class="desk-steps">
                    {case.steps.iter().map(|st| view! {
                        <li class=if st.failed { "failed" } else { "" }>{st.text.clone()}" → "<strong>{st.result.clone()}</strong></li>
                    }).collect_view()}
                </ol></dd></div>
            })}
            {(!case.reason.is_empty()).then(|| view! {
                <div><dt>{s.case_reason}</dt><dd>{case.reason.clone()}</dd></div>
            })}
            {(!case.other.is_empty()).then(|| view! {
                <div><dt>{s.case_note}</dt><dd class="desk-note">{case.other.clone()}</dd></div>
            })}
        </dl>
    }
    .into_any()
}

/// A served booking: what fixed it (the step's words from the problem's flow, or "Cara lain")
/// and the officer's note.
fn served_view(ctx: Ctx, b: &DeskBooking) -> impl IntoView {
    let fix = RwSignal::new(None::<(String, String)>);
    let s = DeskStrings::get(ctx.lang.get_untracked());
    match b.fixed_by.as_str() {
        "" => {}
        "other" => fix.set(Some((s.serve_other.to_owned(), s.serve_other.to_owned()))),
        step => {
            let (problem, step) = (b.problem.clone(), step.to_owned());
            leptos::task::spawn_local(async move {
                let p = crate::ui::shell::content::problem(&problem).await.ok();
                let steps = super::serve::steps_of(std::slice::from_ref(&step), p.as_deref());
                if let Some((_, t_id, t_en)) = steps.into_iter().next() {
                    fix.set(Some((t_id, t_en)));
                }
            });
        }
    }
    let note = b.served_note.clone();
    move || {
        let l = ctx.lang.get();
        let s = DeskStrings::get(l);
        let fix_text = fix.get().map(|(i, e)| {
            if l == crate::domain::common::language::Lang::En {
                e
            } else {
                i
            }
        });
        view! {
            <dl class="desk-case desk-served">
                {fix_text.map(|t| view! { <div><dt>{s.served_fix}</dt><dd>{t}</dd></div> })}
                {(!note.is_empty()).then(|| view! { <div><dt>{s.served_note}</dt><dd class="desk-note">{note.clone()}</dd></div> })}
            </dl>
        }
    }
}
