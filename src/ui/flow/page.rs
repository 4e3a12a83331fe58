//! Walking a flow: one step per screen. The address (`masalah/<id>/#/<trail>`) is the state.

use super::nav::{home_href, problem_href};
use super::outcome::{outcome_screen, OutcomeData};
use super::rich::plain;
use super::{browser, use_lang};
use crate::domain::common::language::{Lang, Text};
use crate::domain::common::programme::{ProgrammeSource, StateKind};
use crate::domain::common::routes::step_href;
use crate::domain::common::settings::Settings;
use crate::domain::flow::content::{NodeKind, Problem};
use crate::domain::flow::walk::{earlier_answer, remembered_trail, walk, Answer};
use crate::text::schema::FlowStrings;
use crate::ui::shell::content;
use crate::ui::shell::fetch::LoadError;
use crate::ui::shell::page::{load_failed, loading, use_settings, NotFound};
use crate::ui::shell::problem_page::SCREEN_CLASS;
use crate::ui::shell::step::{step_card, StepView};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn FlowPage(id: String, trail: String) -> impl IntoView {
    let lang = use_lang();
    let state: RwSignal<Option<Result<Arc<Problem>, LoadError>>> =
        RwSignal::new(content::cached_problem(&id).map(Ok));
    let fetch = {
        let id = id.clone();
        move || {
            let id = id.clone();
            state.set(None);
            leptos::task::spawn_local(async move {
                // Only the catalogue's problems: another id is not found without a request.
                let got = match crate::domain::flow::triage::problem(&id) {
                    Some(_) => content::problem(&id).await,
                    None => Err(LoadError::NotFound),
                };
                state.set(Some(got))
            });
        }
    };
    if state.get_untracked().is_none() {
        fetch();
    }
    let settings = use_settings();
    // A pre-rendered problem page gives way once this screen can be drawn as it will stay: the
    // content and the settings (the programme's state, the usage note) are in.
    Effect::new(move |_| {
        let settled = settings.settings.get().is_some() || settings.broken.get();
        if settled && state.with(Option::is_some) {
            super::take_over();
        }
    });
    move || {
        let l = lang.get();
        let s = FlowStrings::get(l);
        let programme = programme(settings.settings.get());
        match state.get() {
            None => loading(s.loading).into_any(),
            Some(Err(LoadError::NotFound)) => view! { <NotFound/> }.into_any(),
            Some(Err(_)) => load_failed(s.load_failed, s.retry, fetch.clone()).into_any(),
            Some(Ok(p)) => flow_screen(&p, &trail, l, &programme),
        }
    }
}

/// The programme's state from `settings.json` (unknown until the settings have arrived, or
/// when its record is broken): the flows' words follow it without a rebuild.
struct ProgrammeNow {
    kind: StateKind,
    /// The start screen's line ("… · dicek 7 Des 2026") and the record's source.
    line: Option<Text>,
    source: Option<ProgrammeSource>,
}

fn programme(settings: Option<Arc<Settings>>) -> ProgrammeNow {
    let record = settings.as_ref().map(|s| s.programme()).unwrap_or_default();
    ProgrammeNow {
        kind: record.kind(),
        line: settings.and_then(|s| s.programme_line.clone()),
        source: record.source,
    }
}

/// Under a step whose words depend on the programme's state: the state as the province last
/// checked it, with its date and its source.
fn state_note(now: &ProgrammeNow, l: Lang) -> Option<impl IntoView> {
    let line = now.line.as_ref()?.get(l).to_owned();
    let source = now.source.clone();
    Some(view! {
        <p class="card programme">
            {line}
            {source.map(|src| view! {
                " · "<a href=src.url target="_blank" rel="noopener noreferrer external">{src.publisher}</a>
            })}
        </p>
    })
}

fn flow_screen(p: &Problem, requested: &str, l: Lang, now: &ProgrammeNow) -> AnyView {
    let s = FlowStrings::get(l);
    // Every answer is a link to this problem's page with a longer trail: the same document, so
    // the browser keeps the history and the bundle stays loaded.
    let page = problem_href(&p.id, l);
    let flow_path = |_: &str, trail: &str| step_href(&page, trail);
    let Some(w) = walk(p, requested) else {
        return view! { <NotFound/> }.into_any();
    };
    if w.trail != requested {
        // A link made before the content changed: show the valid part and fix the address.
        let fixed = flow_path(&p.id, &w.trail);
        request_animation_frame(move || {
            let _ = window().location().replace(&fixed);
        });
    }
    let remembered = browser::last_position()
        .filter(|(id, _)| *id == p.id)
        .map(|(_, t)| t)
        .unwrap_or_default();
    let earlier = earlier_answer(&remembered, &w.trail);
    browser::store_position(&p.id, &remembered_trail(&remembered, &w.trail));
    crate::ui::shell::usage::saw(p, &w.trail);
    let n = w.current;
    // what the node says in the programme's state, and whether that state changes its words
    let shown = n.shown(now.kind);
    let note = (!n.variants.is_empty())
        .then(|| state_note(now, l))
        .flatten();
    browser::set_title(
        &plain(shown.text.get(l), l)
            .chars()
            .take(60)
            .collect::<String>(),
        l,
    );

    // "Jawabanmu": every answer so far, each with a change link.
    let rows: Vec<(String, String, String)> = w
        .visits
        .iter()
        .map(|v| {
            let answer = match v.answer {
                Answer::Yes => s.yes_worked.to_owned(),
                Answer::No => s.no_not_yet.to_owned(),
                Answer::Option(i) => v
                    .node
                    .options
                    .get(i as usize)
                    .map(|o| plain(o.label.get(l), l))
                    .unwrap_or_default(),
            };
            (
                plain(v.node.shown(now.kind).text.get(l), l),
                answer,
                flow_path(&p.id, &v.trail),
            )
        })
        .collect();
    let is_outcome = w.is_outcome();
    let summary = (!rows.is_empty()).then(|| view! {
        <section class="card answers-summary">
            <details open=is_outcome>
                <summary><h2>{format!("{} ({})", s.your_answers, rows.len())}</h2></summary>
                <dl>
                    {rows.into_iter().map(|(q, a, change)| view! {
                        <div class="answer-row">
                            <dt>{q.clone()}</dt>
                            <dd>
                                <span>{a}</span>
                                <a href=change.clone() class="change">
                                    {s.change}<span class="visually-hidden">{format!(": {q}")}</span>
                                </a>
                            </dd>
                        </div>
                    }).collect_view()}
                </dl>
                <p><a href=flow_path(&p.id, "") class="button secondary">{s.start_again}</a></p>
            </details>
        </section>
    });

    if let Some(o) = n.outcome.as_ref() {
        let data = OutcomeData {
            problem_id: p.id.clone(),
            problem_title: p.title.get(l).to_owned(),
            trail: w.trail.clone(),
            outcome: o.clone(),
            text: shown.text.get(l).to_owned(),
            detail: shown.detail.map(|d| d.get(l).to_owned()),
            case_summary: w.case_summary(2000),
            sources: shown.sources.to_vec(),
            helped: w
                .step_that_helped()
                .map(|h| (h.id.clone(), plain(h.text.get(l), l))),
            steps_tried: w
                .visits
                .iter()
                .filter(|v| v.node.kind == NodeKind::Step)
                .map(|v| {
                    (
                        plain(v.node.shown(now.kind).text.get(l), l),
                        v.answer == Answer::Yes,
                    )
                })
                .collect(),
        };
        return view! { {outcome_screen(data, l)} {note} {summary} }.into_any();
    }

    // The card is the same HTML the problem's page was built with (`ui::shell::step`).
    let card = step_card(
        &w,
        &StepView {
            lang: l,
            state: now.kind,
            page: &page,
            home: &home_href(),
            earlier,
            usage_note: usage_on(),
        },
    );
    view! {
        <div class=SCREEN_CLASS inner_html=card></div>
        {note}
        {summary}
    }
    .into_any()
}

/// Whether `settings.json` lets the app count answers (anonymous usage events).
fn usage_on() -> bool {
    crate::ui::shell::page::use_settings()
        .settings
        .get()
        .is_some_and(|s| s.usage_events)
}
