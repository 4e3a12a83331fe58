//! The end of a path: solved, information, an official channel, or in-person help.

use super::browser;
use super::nav::{booking_href, home_href};
use crate::domain::common::language::Lang;
use crate::domain::common::settings::tel_href;
use crate::domain::flow::content::{Channel, Outcome, OutcomeKind};
use crate::domain::flow::labels::{self, pick};
use crate::text::schema::FlowStrings;
use crate::ui::shell::content;
use crate::ui::shell::page::use_settings;
use leptos::prelude::*;

/// What an outcome screen shows, already in the chosen language.
pub struct OutcomeData {
    pub problem_id: String,
    pub problem_title: String,
    pub trail: String,
    pub outcome: Outcome,
    pub text: String,
    pub detail: Option<String>,
    pub case_summary: String,
    /// Source ids of the outcome node, shown with their own dates.
    pub sources: Vec<String>,
    /// The step whose "Ya, berhasil" led to a solved outcome: (node id, action).
    pub helped: Option<(String, String)>,
    /// Every fix tried on the way: (action, worked).
    pub steps_tried: Vec<(String, bool)>,
}

pub fn outcome_screen(d: OutcomeData, l: Lang) -> impl IntoView {
    let s = FlowStrings::get(l);
    let kind = d.outcome.kind;
    let class = match kind {
        OutcomeKind::Solved => "card outcome solved",
        OutcomeKind::Info => "card outcome info",
        OutcomeKind::Channel => "card outcome channel",
        OutcomeKind::InPerson => "card outcome in-person",
    };
    let body = match kind {
        OutcomeKind::Solved => what_helped(&d, l).into_any(),
        OutcomeKind::Info => ().into_any(),
        OutcomeKind::Channel => channel_details(&d.outcome, l).into_any(),
        OutcomeKind::InPerson => in_person(&d, l).into_any(),
    };
    view! {
        <section class=class>
            <p class="problem-name">{d.problem_title}</p>
            <p class="outcome-kind">{s.outcome_title(kind)}</p>
            <h1 tabindex="-1" class="focus-target">{super::rich::rich(&d.text, l)}</h1>
            {d.detail.map(|t| view! { <p class="detail">{super::rich::rich(&t, l)}</p> })}
            {super::sources::source_line(&d.sources, l)}
            {body}
            <nav class="flow-nav">
                <a href=home_href() class="other">{s.other_problem}</a>
            </nav>
        </section>
    }
}

/// One tap to say which step fixed it. Counted on this device only; no personal data.
fn what_helped(d: &OutcomeData, l: Lang) -> impl IntoView {
    let s = FlowStrings::get(l);
    let (node_id, step) = d.helped.clone()?;
    let key = format!("pp.helped.{}.{}", d.problem_id, node_id);
    let sent = RwSignal::new(false);
    Some(view! {
        <div class="feedback" aria-live="polite">
            {move || if sent.get() {
                view! { <p class="thanks">{s.helped_thanks}</p> }.into_any()
            } else {
                let key = key.clone();
                view! {
                    <p class="small-heading">{s.what_helped}</p>
                    <button type="button" class="button secondary" on:click=move |_| {
                        let n = browser::get_item(&key).and_then(|v| v.parse::<u32>().ok()).unwrap_or(0);
                        browser::set_item(&key, &(n + 1).to_string());
                        sent.set(true);
                    }>{step.clone()}</button>
                }.into_any()
            }}
        </div>
    })
}

fn channel_details(o: &Outcome, l: Lang) -> impl IntoView {
    let s = FlowStrings::get(l);
    let id = o.channel.clone().unwrap_or_default();
    let state = RwSignal::new(content::cached_channels().map(Ok));
    if state.get_untracked().is_none() {
        leptos::task::spawn_local(async move { state.set(Some(content::channels().await)) });
    }
    let attach: Vec<String> = o.attach.iter().map(|a| a.get(l).to_owned()).collect();
    view! {
        {o.subject.as_ref().map(|t| view! {
            <p class="subject"><strong>{s.channel_subject}": "</strong>{t.get(l).to_owned()}</p>
        })}
        {(!attach.is_empty()).then(|| view! {
            <h2 class="small-heading">{s.channel_attach}</h2>
            <ul class="attach">{attach.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul>
        })}
        {move || match state.get() {
            None => view! { <p role="status">{s.loading}</p> }.into_any(),
            Some(Err(_)) => view! { <p class="error" role="alert">{s.load_failed}</p> }.into_any(),
            Some(Ok(list)) => list.get(&id).map(|c| channel_card(c, l).into_any()).unwrap_or_else(|| ().into_any()),
        }}
    }
}

fn contact_href(kind: &str, value: &str) -> String {
    match kind {
        "email" => format!("mailto:{value}"),
        "phone" => tel_href(value),
        "whatsapp" => {
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            format!(
                "https://wa.me/{}",
                digits
                    .strip_prefix('0')
                    .map(|d| format!("62{d}"))
                    .unwrap_or(digits)
            )
        }
        _ => value.to_owned(),
    }
}

fn channel_card(c: &Channel, l: Lang) -> impl IntoView {
    let s = FlowStrings::get(l);
    view! {
        <div class="channel-card">
            <h2>{c.name.get(l).to_owned()}</h2>
            <ul class="contacts">
                {c.contacts.iter().map(|k| view! {
                    <li>
                        {k.label.as_ref().map(|t| format!("{}: ", t.get(l)))}
                        <a href=contact_href(&k.kind, &k.value) rel="noopener noreferrer external">{k.value.clone()}</a>
                    </li>
                }).collect_view()}
            </ul>
            <h3 class="small-heading">{s.channel_how}</h3>
            <ol class="how">{c.how.iter().map(|h| view! { <li>{h.get(l).to_owned()}</li> }).collect_view()}</ol>
            {c.hours.as_ref().map(|h| view! { <p><strong>{s.channel_hours}": "</strong>{h.get(l).to_owned()}</p> })}
            {c.note.as_ref().map(|n| view! { <p class="note">{n.get(l).to_owned()}</p> })}
        </div>
    }
}

fn in_person(d: &OutcomeData, l: Lang) -> impl IntoView {
    let s = FlowStrings::get(l);
    let settings = use_settings();
    let by_phone = labels::phone_can_help(&d.outcome);
    view! {
        {d.outcome.reason.as_deref().and_then(labels::reason).map(|r| view! {
            <p class="reason">{pick(r.label, l)}</p>
            <p>{pick(r.officer_can, l)}</p>
            <h2 class="small-heading">{s.bring_title}</h2>
            <ul class="bring">{r.bring.iter().map(|b| view! { <li>{pick(*b, l)}</li> }).collect_view()}</ul>
        })}
        <p>{s.in_person_intro}</p>
        // a reason for in-person help can come before any fix was tried: then no empty heading
        {(!d.steps_tried.is_empty()).then(|| view! {
            <h2 class="small-heading">{s.steps_tried}</h2>
            <ol class="tried">
                {d.steps_tried.iter().map(|(t, worked)| view! {
                    <li>{format!("{t} — ")}<strong>{if *worked { s.worked } else { s.not_worked }}</strong></li>
                }).collect_view()}
            </ol>
        })}
        <details class="case-summary">
            <summary>{s.case_summary_title}</summary>
            <pre>{d.case_summary.clone()}</pre>
        </details>
        <p>
            <a href=booking_href(&d.problem_id, &d.trail) class="button primary" rel="external">
                {s.book_button}
            </a>
        </p>
        // the call centre only where a phone call can do what the officer does
        {move || settings.settings.get().filter(|st| by_phone && !st.call_centres.is_empty()).map(|st| view! {
            <div class="call-centre">
                <p>{s.call_centre_alt}</p>
                <ul>
                    {st.call_centres.iter().map(|c| view! {
                        <li>{format!("{}: ", c.label.get(l))}<a href=tel_href(&c.number)>{c.number.clone()}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        })}
    }
}
