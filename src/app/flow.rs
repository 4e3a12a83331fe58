//! Walking a flow: one step per screen. The URL (`/masalah/<id>/<trail>`) is the state.

use super::load::{self, LoadError};
use super::outcome::{OutcomeScreen, OutcomeData};
use super::{browser, use_lang, use_strings};
use crate::domain::content::{NodeKind, Problem, Source, Text};
use crate::domain::flow::{earlier_answer, remembered_trail, walk, Answer};
use crate::domain::i18n::{format_date, host_of};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::{use_navigate, use_params_map}, NavigateOptions};
use std::sync::Arc;

fn flow_href(id: &str, trail: &str) -> String {
    if trail.is_empty() { format!("/masalah/{id}") } else { format!("/masalah/{id}/{trail}") }
}

#[component]
pub fn FlowPage() -> impl IntoView {
    let s = use_strings();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let trail = Memo::new(move |_| params.read().get("trail").unwrap_or_default());
    let (attempt, set_attempt) = signal(0u32);
    let problem = LocalResource::new(move || {
        attempt.track();
        load::problem(id.get())
    });
    view! {
        <Suspense fallback=move || view! { <p class="card loading" role="status">{move || s().loading}</p> }>
            {move || Suspend::new(async move {
                match problem.await {
                    Ok(p) => view! { <FlowScreen problem=p trail/> }.into_any(),
                    Err(LoadError::NotFound) => view! { <super::NotFound/> }.into_any(),
                    Err(_) => view! {
                        <section class="card" role="alert">
                            <h1 tabindex="-1" class="focus-target">{move || s().load_failed}</h1>
                            <p><button type="button" class="button" on:click=move |_| set_attempt.update(|n| *n += 1)>
                                {move || s().retry}
                            </button></p>
                        </section>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Everything a screen needs, copied out of the walk so views own their data.
#[derive(Clone, PartialEq)]
struct Screen {
    id: String,
    trail: String,
    kind: NodeKind,
    text: Text,
    detail: Option<Text>,
    limit: Option<Text>,
    source: Option<Source>,
    progress: Option<(usize, usize)>,
    yes: Option<String>,
    no: Option<String>,
    options: Vec<(Text, String)>,
    back: Option<String>,
    earlier: Option<Answer>,
    answers: Vec<AnswerRow>,
    outcome: Option<OutcomeData>,
}

#[derive(Clone, PartialEq)]
pub struct AnswerRow {
    pub question: Text,
    pub answer: Text,
    pub change_href: String,
    pub is_step: bool,
    pub worked: bool,
}

fn screen(p: &Problem, requested: &str) -> Option<Screen> {
    let w = walk(p, requested)?;
    let remembered = browser::last_position()
        .filter(|(id, _)| *id == p.id)
        .map(|(_, t)| t)
        .unwrap_or_default();
    let earlier = earlier_answer(&remembered, &w.trail);
    browser::store_position(&p.id, &remembered_trail(&remembered, &w.trail));
    let s_id = crate::domain::strings::Strings::get(crate::domain::i18n::Lang::Id);
    let s_en = crate::domain::strings::Strings::get(crate::domain::i18n::Lang::En);
    let answers = w
        .visits
        .iter()
        .map(|v| {
            let answer = match v.answer {
                Answer::Yes => Text { id: s_id.yes_worked.into(), en: s_en.yes_worked.into() },
                Answer::No => Text { id: s_id.no_not_yet.into(), en: s_en.no_not_yet.into() },
                Answer::Option(i) => v.node.options.get(i as usize).map(|o| o.label.clone()).unwrap_or_default(),
            };
            AnswerRow {
                question: v.node.text.clone(),
                answer,
                change_href: flow_href(&p.id, &v.trail),
                is_step: v.node.kind == NodeKind::Step,
                worked: v.answer == Answer::Yes,
            }
        })
        .collect();
    let n = w.current;
    let outcome = n.outcome.as_ref().map(|o| OutcomeData {
        problem_id: p.id.clone(),
        problem_title: p.title.clone(),
        trail: w.trail.clone(),
        outcome: o.clone(),
        case_summary: w.case_summary(2000),
        helped: w.step_that_helped().map(|h| (h.id.clone(), h.text.clone())),
        steps_tried: w
            .visits
            .iter()
            .filter(|v| v.node.kind == NodeKind::Step)
            .map(|v| (v.node.text.clone(), v.answer == Answer::Yes))
            .collect(),
    });
    Some(Screen {
        id: p.id.clone(),
        trail: w.trail.clone(),
        kind: n.kind,
        text: n.text.clone(),
        detail: n.detail.clone(),
        limit: n.limit.clone(),
        source: n.source.clone(),
        progress: w.progress(),
        yes: w.trail_with(Answer::Yes),
        no: w.trail_with(Answer::No),
        options: n
            .options
            .iter()
            .enumerate()
            .filter_map(|(i, o)| w.trail_with(Answer::Option(i as u8)).map(|t| (o.label.clone(), t)))
            .collect(),
        back: w.back_trail(),
        earlier,
        answers,
        outcome,
    })
}

#[component]
fn FlowScreen(problem: Arc<Problem>, trail: Memo<String>) -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    let navigate = use_navigate();
    let title = problem.title.clone();
    let current = Memo::new({
        let problem = problem.clone();
        move |_| screen(&problem, &trail.get()).map(Arc::new)
    });
    // A link made before the content changed: show the valid part and fix the address.
    Effect::new(move |_| {
        if let Some(sc) = current.get() {
            if sc.trail != trail.get_untracked() {
                navigate(&flow_href(&sc.id, &sc.trail), NavigateOptions { replace: true, ..Default::default() });
            }
        }
    });
    Effect::new(move |_| {
        current.track();
        browser::focus_heading();
    });
    browser::set_title(move || current.get().map(|sc| sc.text.get(lang.get()).chars().take(60).collect()).unwrap_or_default());
    let t2 = title.clone();
    move || {
        let Some(sc) = current.get() else { return view! { <super::NotFound/> }.into_any() };
        let title = t2.clone();
        if let Some(o) = sc.outcome.clone() {
            return view! {
                <OutcomeScreen data=o text=sc.text.clone() detail=sc.detail.clone()/>
                <AnswersSummary rows=sc.answers.clone() open=true id=sc.id.clone()/>
            }.into_any();
        }
        let sc2 = (*sc).clone();
        view! {
            <section class="card step">
                {sc.progress.map(|(n, total)| view! {
                    <p class="progress">
                        <span>{move || s().progress(n, total)}</span>
                        <span class="bar" aria-hidden="true"><span style=format!("width:{}%", n * 100 / total.max(1))></span></span>
                    </p>
                })}
                <p class="problem-name">{move || title.get(lang.get()).to_owned()}</p>
                <h1 tabindex="-1" class="focus-target">{let t = sc.text.clone(); move || t.get(lang.get()).to_owned()}</h1>
                {sc.detail.clone().map(|d| view! { <p class="detail">{move || d.get(lang.get()).to_owned()}</p> })}
                {sc.limit.clone().map(|l| view! {
                    <p class="limit"><strong>{move || s().limit}": "</strong>{move || l.get(lang.get()).to_owned()}</p>
                })}
                {sc.source.clone().map(|src| view! { <SourceLine source=src/> })}
                {if sc.kind == NodeKind::Step { view! { <StepAnswers sc=sc2/> }.into_any() } else { view! { <QuestionAnswers sc=sc2/> }.into_any() }}
                <nav class="flow-nav" aria-label=move || s().back>
                    {sc.back.clone().map(|b| view! { <A href=flow_href(&sc.id, &b) attr:class="back">{move || s().back}</A> })}
                    {(!sc.answers.is_empty()).then(|| view! { <A href=flow_href(&sc.id, "") attr:class="restart">{move || s().start_again}</A> })}
                    <A href="/" attr:class="other">{move || s().other_problem}</A>
                </nav>
            </section>
            {(!sc.answers.is_empty()).then(|| view! { <AnswersSummary rows=sc.answers.clone() open=false id=sc.id.clone()/> })}
        }.into_any()
    }
}

#[component]
fn SourceLine(source: Source) -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    let host = host_of(&source.url).to_owned();
    let checked = source.checked.clone();
    view! {
        <p class="source">
            {move || s().source}": "
            <a href=source.url.clone() target="_blank" rel="noopener noreferrer">{host}</a>
            " · "{move || s().checked_on}" "{move || format_date(&checked, lang.get())}
        </p>
    }
}

#[component]
fn StepAnswers(sc: Screen) -> impl IntoView {
    let s = use_strings();
    let earlier = sc.earlier;
    let badge = move |a: Answer| (earlier == Some(a)).then(|| view! { <span class="earlier">{move || s().previous_answer}</span> });
    view! {
        <h2 class="did-it-work">{move || s().did_it_work}</h2>
        <div class="answers">
            {sc.yes.map(|t| view! {
                <A href=flow_href(&sc.id, &t) attr:class="button primary answer">{move || s().yes_worked}{badge(Answer::Yes)}</A>
            })}
            {sc.no.map(|t| view! {
                <A href=flow_href(&sc.id, &t) attr:class="button answer">{move || s().no_not_yet}{badge(Answer::No)}</A>
            })}
        </div>
    }
}

#[component]
fn QuestionAnswers(sc: Screen) -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    let earlier = sc.earlier;
    view! {
        <p class="hint">{move || s().choose_one}</p>
        <ul class="choices answers">
            {sc.options.into_iter().enumerate().map(|(i, (label, t))| {
                let was = earlier == Some(Answer::Option(i as u8));
                view! {
                    <li>
                        <A href=flow_href(&sc.id, &t) attr:class="choice answer">
                            <span class="choice-title">{move || label.get(lang.get()).to_owned()}</span>
                            {was.then(|| view! { <span class="earlier">{move || s().previous_answer}</span> })}
                        </A>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// "Jawabanmu": every answer so far, each with a change link.
#[component]
fn AnswersSummary(rows: Vec<AnswerRow>, open: bool, id: String) -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    view! {
        <section class="card answers-summary">
            <details open=open>
                <summary><h2>{move || s().your_answers}" ("{rows.len()}")"</h2></summary>
                <dl>
                    {rows.into_iter().map(|r| {
                        let q = r.question.clone();
                        let a = r.answer.clone();
                        let q2 = r.question.clone();
                        view! {
                            <div class="answer-row">
                                <dt>{move || q.get(lang.get()).to_owned()}</dt>
                                <dd>
                                    <span>{move || a.get(lang.get()).to_owned()}</span>
                                    <A href=r.change_href.clone() attr:class="change">
                                        {move || s().change}
                                        <span class="visually-hidden">{move || format!(": {}", q2.get(lang.get()))}</span>
                                    </A>
                                </dd>
                            </div>
                        }
                    }).collect_view()}
                </dl>
                <p><A href=flow_href(&id, "") attr:class="button secondary">{move || s().start_again}</A></p>
            </details>
        </section>
    }
}
