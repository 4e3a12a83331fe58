//! Browsing, part of the flow bundle (`masalah/#/tahap/<stage>`, `masalah/#/pilih-pesan`):
//! the problems of one registration stage, and the messages people see on screen.
//! They live here rather than in the start bundle to keep the first load small.

use super::nav::{flow_href, home_href};
use super::{browser, use_lang};
use crate::domain::common::language::Lang;
use crate::domain::flow::content::Stage;
use crate::domain::flow::triage::{self, ProblemEntry};
use crate::text::schema::FlowStrings;
use leptos::prelude::*;

/// A list of problems as large tappable links.
fn problem_links(items: Vec<&'static ProblemEntry>, l: Lang) -> impl IntoView {
    view! {
        <ul class="choices">
            {items.into_iter().map(|p| view! {
                <li>
                    <a href=flow_href(p.id, "", l) class="choice">
                        <span class="choice-title">{p.title(l)}</span>
                        <span class="choice-sub">{p.summary(l)}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn StagePage(stage: Stage) -> impl IntoView {
    let lang = use_lang();
    move || {
        let l = lang.get();
        let s = FlowStrings::get(l);
        browser::set_title(s.stage(stage), l);
        let items = triage::problems()
            .iter()
            .filter(|p| p.stage == stage)
            .collect();
        view! {
            <section class="card">
                <p class="crumbs"><a href=home_href()>{s.home}</a></p>
                <h1 tabindex="-1" class="focus-target">{s.stage(stage)}</h1>
                <p>{s.stage_intro}</p>
                {problem_links(items, l)}
            </section>
        }
    }
}

#[component]
pub fn MessagesPage() -> impl IntoView {
    let lang = use_lang();
    move || {
        let l = lang.get();
        let s = FlowStrings::get(l);
        browser::set_title(s.messages_title, l);
        view! {
            <section class="card">
                <p class="crumbs"><a href=home_href()>{s.home}</a></p>
                <h1 tabindex="-1" class="focus-target">{s.messages_title}</h1>
                <p>{s.messages_intro}</p>
                <ul class="choices">
                    {triage::problems().iter().flat_map(|p| p.messages().iter().map(move |m| (p, *m))).map(|(p, (id, en))| view! {
                        <li>
                            <a href=flow_href(p.id, "", l) class="choice message">
                                <span class="choice-title screen-text">{if l == Lang::Id { id } else { en }}</span>
                                {let text = if l == Lang::Id { id } else { en };
                                 (p.title(l) != text).then(|| view! { <span class="choice-sub">{p.title(l)}</span> })}
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    }
}
