//! Finding the problem: free text with suggestions, browse by stage, pick the message seen.

use super::{browser, load::use_settings, use_lang, use_strings};
use crate::domain::content::Stage;
use crate::domain::i18n::Lang;
use crate::domain::triage::{self, ProblemEntry};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::{use_navigate, use_params_map}};

fn title(p: &ProblemEntry, lang: Lang) -> &'static str {
    if lang == Lang::Id { p.title_id } else { p.title_en }
}

fn summary(p: &ProblemEntry, lang: Lang) -> &'static str {
    if lang == Lang::Id { p.summary_id } else { p.summary_en }
}

/// A list of problems as large tappable links.
#[component]
fn ProblemLinks(items: Vec<&'static ProblemEntry>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="choices">
            {items.into_iter().map(|p| view! {
                <li>
                    <A href=format!("/masalah/{}", p.id) attr:class="choice">
                        <span class="choice-title">{move || title(p, lang.get())}</span>
                        <span class="choice-sub">{move || summary(p, lang.get())}</span>
                    </A>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn StartPage() -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    let settings = use_settings();
    browser::set_title(move || s().start_title.to_owned());
    let (query, set_query) = signal(String::new());
    let ranked = Memo::new(move |_| {
        let q = query.get();
        if q.trim().chars().count() < 3 {
            return None;
        }
        Some(triage::rank(&q, 5).into_iter().map(|(id, _)| id).collect::<Vec<&'static str>>())
    });
    let navigate = use_navigate();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(Some(first)) = ranked.get_untracked().map(|r| r.first().copied()) {
            navigate(&format!("/masalah/{first}"), Default::default());
        }
    };
    let resume = browser::last_position()
        .and_then(|(id, trail)| triage::problem(&id).map(|p| (p, trail)));

    view! {
        <section class="card intro">
            <h1 tabindex="-1" class="focus-target">{move || s().start_title}</h1>
            <p>{move || s().start_intro}</p>
            {move || settings.settings.get().map(|st| st.notices.iter().map(|n| {
                let n = n.clone();
                view! { <p class="notice">{move || n.get(lang.get()).to_owned()}</p> }
            }).collect_view())}
            <form role="search" on:submit=on_submit>
                <label for="q" class="label">{move || s().search_label}</label>
                <p id="q-hint" class="hint">{move || s().search_hint}</p>
                <input
                    id="q"
                    name="q"
                    type="search"
                    autocomplete="off"
                    aria-describedby="q-hint"
                    aria-controls="suggestions"
                    prop:value=query
                    on:input:target=move |ev| set_query.set(ev.target().value())
                />
            </form>
            <div id="suggestions" aria-live="polite">
                {move || ranked.get().map(|ids| {
                    if ids.is_empty() {
                        view! { <p class="no-match">{move || s().no_match}</p> }.into_any()
                    } else {
                        let items: Vec<_> = ids.iter().filter_map(|id| triage::problem(id)).collect();
                        view! {
                            <h2 class="small-heading">{move || s().suggestions_title}</h2>
                            <ProblemLinks items/>
                        }.into_any()
                    }
                })}
            </div>
        </section>
        {resume.map(|(p, trail)| view! {
            <p class="resume">
                {move || s().resume} " "
                <A href=format!("/masalah/{}/{}", p.id, trail)>{move || title(p, lang.get())}</A>
            </p>
        })}
        <section class="card">
            <h2>{move || s().browse_title}</h2>
            <ul class="choices stages">
                {Stage::ALL.into_iter().map(|st| view! {
                    <li>
                        <A href=format!("/tahap/{}", st.slug()) attr:class="choice">
                            <span class="choice-title">{move || s().stage(st)}</span>
                        </A>
                    </li>
                }).collect_view()}
            </ul>
            <p><A href="/pilih-pesan" attr:class="button secondary">{move || s().messages_link}</A></p>
        </section>
        <p class="safety">{move || s().safety_note}</p>
    }
}

#[component]
pub fn StagePage() -> impl IntoView {
    let s = use_strings();
    let params = use_params_map();
    let stage = Memo::new(move |_| params.read().get("stage").and_then(|v| Stage::from_slug(&v)));
    browser::set_title(move || stage.get().map(|st| s().stage(st)).unwrap_or(s().not_found_title).to_owned());
    Effect::new(move |_| { stage.track(); browser::focus_heading(); });
    move || match stage.get() {
        None => view! { <super::NotFound/> }.into_any(),
        Some(st) => {
            let items: Vec<_> = triage::problems().iter().filter(|p| p.stage == st).collect();
            view! {
                <section class="card">
                    <p class="crumbs"><A href="/">{move || s().home}</A></p>
                    <h1 tabindex="-1" class="focus-target">{move || s().stage(st)}</h1>
                    <p>{move || s().stage_intro}</p>
                    <ProblemLinks items/>
                </section>
            }.into_any()
        }
    }
}

#[component]
pub fn MessagesPage() -> impl IntoView {
    let s = use_strings();
    let lang = use_lang();
    browser::set_title(move || s().messages_title.to_owned());
    Effect::new(move |_| browser::focus_heading());
    let messages: Vec<(&'static ProblemEntry, (&'static str, &'static str))> = triage::problems()
        .iter()
        .flat_map(|p| p.messages.iter().map(move |m| (p, *m)))
        .collect();
    view! {
        <section class="card">
            <p class="crumbs"><A href="/">{move || s().home}</A></p>
            <h1 tabindex="-1" class="focus-target">{move || s().messages_title}</h1>
            <p>{move || s().messages_intro}</p>
            <ul class="choices">
                {messages.into_iter().map(|(p, (id, en))| view! {
                    <li>
                        <A href=format!("/masalah/{}", p.id) attr:class="choice message">
                            <span class="choice-title screen-text">{move || if lang.get() == Lang::Id { id } else { en }}</span>
                            <span class="choice-sub">{move || title(p, lang.get())}</span>
                        </A>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
