//! One booking in the queue: time, queue number, name, region, priority, status, the case at a
//! glance (problem, each step tried with its result, why in person), and the buttons the rules
//! allow now (`crate::domain::desk::status`).

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
    let case = b.case();
    let actions = start
        .map(|m| status::offered(b.status, b.undo, m, browser::now()))
        .unwrap_or_default();
    let status_class = format!("desk-status status-{}", b.status.key());
    let id = row_id(&b);
    let heading_id = format!("{id}-name");
    let labelled = heading_id.clone();
    let b2 = b.clone();
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
            {move || error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
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
