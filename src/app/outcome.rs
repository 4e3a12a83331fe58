//! The end of a path: solved, information, an official channel, or in-person help.

use super::load::{self, use_settings};
use super::{browser, use_lang, use_strings};
use crate::domain::content::{Channel, Outcome, OutcomeKind, Text};
use crate::domain::settings::tel_href;
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, PartialEq)]
pub struct OutcomeData {
    pub problem_id: String,
    pub problem_title: Text,
    pub trail: String,
    pub outcome: Outcome,
    pub case_summary: String,
    /// The step whose "Ya, berhasil" led to a solved outcome.
    pub helped: Option<(String, Text)>,
    /// Every fix tried on the way: (action, worked).
    pub steps_tried: Vec<(Text, bool)>,
}

#[component]
pub fn OutcomeScreen(data: OutcomeData, text: Text, detail: Option<Text>) -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    let kind = data.outcome.kind;
    let class = match kind {
        OutcomeKind::Solved => "card outcome solved",
        OutcomeKind::Info => "card outcome info",
        OutcomeKind::Channel => "card outcome channel",
        OutcomeKind::InPerson => "card outcome in-person",
    };
    let title = data.problem_title.clone();
    view! {
        <section class=class>
            <p class="problem-name">{move || title.get(lang.get()).to_owned()}</p>
            <p class="outcome-kind">{move || s().outcome_title(kind)}</p>
            <h1 tabindex="-1" class="focus-target">{let t = text.clone(); move || t.get(lang.get()).to_owned()}</h1>
            {detail.map(|d| view! { <p class="detail">{move || d.get(lang.get()).to_owned()}</p> })}
            {match kind {
                OutcomeKind::Solved => view! { <WhatHelped data=data.clone()/> }.into_any(),
                OutcomeKind::Info => ().into_any(),
                OutcomeKind::Channel => view! { <ChannelDetails outcome=data.outcome.clone()/> }.into_any(),
                OutcomeKind::InPerson => view! { <InPersonHelp data=data.clone()/> }.into_any(),
            }}
            <nav class="flow-nav">
                <A href="/" attr:class="other">{move || s().other_problem}</A>
            </nav>
        </section>
    }
}

/// One tap to say which step fixed it. Counted on this device only; no personal data.
#[component]
fn WhatHelped(data: OutcomeData) -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    let (sent, set_sent) = signal(false);
    let Some((node_id, step)) = data.helped.clone() else { return ().into_any() };
    let key = format!("pp.helped.{}.{}", data.problem_id, node_id);
    view! {
        <div class="feedback" aria-live="polite">
            <Show
                when=move || sent.get()
                fallback=move || {
                    let key = key.clone();
                    let step = step.clone();
                    view! {
                        <p class="small-heading">{move || s().what_helped}</p>
                        <button type="button" class="button secondary" on:click=move |_| {
                            let n = browser::get_item(&key).and_then(|v| v.parse::<u32>().ok()).unwrap_or(0);
                            browser::set_item(&key, &(n + 1).to_string());
                            set_sent.set(true);
                        }>
                            {move || step.get(lang.get()).to_owned()}
                        </button>
                    }
                }
            >
                <p class="thanks">{move || s().helped_thanks}</p>
            </Show>
        </div>
    }
    .into_any()
}

#[component]
fn ChannelDetails(outcome: Outcome) -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    let id = outcome.channel.clone().unwrap_or_default();
    let channels = LocalResource::new(load::channels);
    let subject = outcome.subject.clone();
    let attach = outcome.attach.clone();
    view! {
        {subject.map(|t| view! {
            <p class="subject"><strong>{move || s().channel_subject}": "</strong>{move || t.get(lang.get()).to_owned()}</p>
        })}
        {(!attach.is_empty()).then(|| view! {
            <h2 class="small-heading">{move || s().channel_attach}</h2>
            <ul class="attach">
                {attach.into_iter().map(|a| view! { <li>{move || a.get(lang.get()).to_owned()}</li> }).collect_view()}
            </ul>
        })}
        <Suspense fallback=move || view! { <p role="status">{move || s().loading}</p> }>
            {move || {
                let id = id.clone();
                Suspend::new(async move {
                    match channels.await {
                        Ok(list) => list.get(&id).cloned().map(|c| view! { <ChannelCard channel=c/> }.into_any())
                            .unwrap_or_else(|| ().into_any()),
                        Err(_) => view! { <p class="error" role="alert">{move || s().load_failed}</p> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn ChannelCard(channel: Channel) -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    let name = channel.name.clone();
    view! {
        <div class="channel-card">
            <h2>{move || name.get(lang.get()).to_owned()}</h2>
            <ul class="contacts">
                {channel.contacts.iter().map(|c| {
                    let href = match c.kind.as_str() {
                        "email" => format!("mailto:{}", c.value),
                        "phone" => tel_href(&c.value),
                        "whatsapp" => format!("https://wa.me/{}", c.value.chars().filter(char::is_ascii_digit).collect::<String>().replacen('0', "62", 1)),
                        _ => c.value.clone(),
                    };
                    let label = c.label.clone();
                    let value = c.value.clone();
                    view! {
                        <li>
                            {label.map(|l| view! { <span class="contact-label">{move || l.get(lang.get()).to_owned()}": "</span> })}
                            <a href=href rel="noopener noreferrer">{value}</a>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h3 class="small-heading">{move || s().channel_how}</h3>
            <ol class="how">
                {channel.how.iter().cloned().map(|h| view! { <li>{move || h.get(lang.get()).to_owned()}</li> }).collect_view()}
            </ol>
            {channel.hours.clone().map(|h| view! {
                <p><strong>{move || s().channel_hours}": "</strong>{move || h.get(lang.get()).to_owned()}</p>
            })}
            {channel.note.clone().map(|n| view! { <p class="note">{move || n.get(lang.get()).to_owned()}</p> })}
        </div>
    }
}

#[component]
fn InPersonHelp(data: OutcomeData) -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    let settings = use_settings();
    let reason = data.outcome.reason;
    let steps = data.steps_tried.clone();
    let summary = data.case_summary.clone();
    view! {
        {reason.map(|r| view! { <p class="reason">{move || s().in_person_reason(r)}</p> })}
        <p>{move || s().in_person_intro}</p>
        <h2 class="small-heading">{move || s().steps_tried}</h2>
        <ol class="tried">
            {steps.into_iter().map(|(t, worked)| view! {
                <li>
                    {move || t.get(lang.get()).to_owned()}
                    " — "
                    <strong>{move || if worked { s().worked } else { s().not_worked }}</strong>
                </li>
            }).collect_view()}
        </ol>
        <details class="case-summary">
            <summary>{move || s().case_summary_title}</summary>
            <pre>{summary}</pre>
        </details>
        <p>
            <A href=format!("/jadwal/{}/{}", data.problem_id, data.trail) attr:class="button primary">
                {move || s().book_button}
            </A>
        </p>
        {move || settings.settings.get().filter(|st| !st.call_centres.is_empty()).map(|st| view! {
            <div class="call-centre">
                <p>{move || s().call_centre_alt}</p>
                <ul>
                    {st.call_centres.iter().map(|c| {
                        let label = c.label.clone();
                        view! {
                            <li>
                                {move || label.get(lang.get()).to_owned()}": "
                                <a href=tel_href(&c.number)>{c.number.clone()}</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        })}
    }
}
