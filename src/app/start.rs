//! The start screen: free text with suggestions, links to browsing by stage and by message.

use super::load::use_settings;
use super::nav::{browse_href, flow_href, href};
use super::{browser, use_lang};
use crate::domain::content::Stage;
use crate::domain::i18n::Lang;
use crate::domain::strings::Strings;
use crate::domain::triage::{self, ProblemEntry};
use leptos::prelude::*;

/// A list of problems as large tappable links.
pub(super) fn problem_links(items: Vec<&'static ProblemEntry>, l: Lang) -> impl IntoView {
    view! {
        <ul class="choices">
            {items.into_iter().map(|p| view! {
                <li>
                    <a href=flow_href(p.id, "") class="choice">
                        <span class="choice-title">{p.title(l)}</span>
                        <span class="choice-sub">{p.summary(l)}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn StartPage() -> impl IntoView {
    let lang = use_lang();
    let settings = use_settings();
    let (query, set_query) = signal(browser::take_typed_early());
    let ranked = move || {
        let q = query.get();
        (q.trim().chars().count() >= 3).then(|| triage::rank(&q, 5))
    };
    // Build the search index in a quiet moment, before the first word is typed.
    set_timeout(triage::prepare, std::time::Duration::from_millis(50));
    let resume =
        browser::last_position().and_then(|(id, trail)| triage::problem(&id).map(|p| (p, trail)));

    let suggestions = move || {
        let s = Strings::get(lang.get());
        let l = lang.get();
        ranked().map(|ids| {
            if ids.is_empty() {
                view! { <p class="no-match">{s.no_match}</p> }.into_any()
            } else {
                let items = ids
                    .iter()
                    .filter_map(|(id, _)| triage::problem(id))
                    .collect();
                view! {
                    <h2 class="small-heading">{s.suggestions_title}</h2>
                    {problem_links(items, l)}
                }
                .into_any()
            }
        })
    };

    move || {
        let l = lang.get();
        let s = Strings::get(l);
        browser::set_title(s.start_title);
        let resume = resume.clone();
        view! {
            <section class="card intro">
                <h1 tabindex="-1" class="focus-target">{s.start_title}</h1>
                <p>{s.start_intro}</p>
                {move || settings.settings.get().map(|st| st.notices.iter().map(|n| {
                    view! { <p class="notice">{n.get(lang.get()).to_owned()}</p> }
                }).collect_view())}
                <form role="search" on:submit=move |ev| {
                    ev.prevent_default();
                    if let Some((first, _)) = ranked().and_then(|r| r.first().copied()) {
                        let _ = window().location().assign(&flow_href(first, ""));
                    }
                }>
                    <label for="q" class="label">{s.search_label}</label>
                    <p id="q-hint" class="hint">{s.search_hint}</p>
                    <input
                        id="q"
                        name="q"
                        type="search"
                        autocomplete="off"
                        aria-describedby="q-hint"
                        aria-controls="suggestions"
                        prop:value=move || query.get_untracked()
                        on:input:target=move |ev| set_query.set(ev.target().value())
                    />
                </form>
                <div id="suggestions" aria-live="polite">{suggestions}</div>
            </section>
            {resume.map(|(p, trail)| view! {
                <p class="resume">
                    {s.resume} " "
                    <a href=flow_href(p.id, &trail)>{p.title(l)}</a>
                </p>
            })}
            <section class="card">
                <h2>{s.browse_title}</h2>
                <ul class="choices stages">
                    {Stage::ALL.into_iter().map(|st| view! {
                        <li>
                            <a href=browse_href(&format!("tahap/{}", st.slug())) class="choice">
                                <span class="choice-title">{s.stage(st)}</span>
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
                <p><a href=browse_href("pilih-pesan") class="button secondary">{s.messages_link}</a></p>
            </section>
            <p class="manage-link"><a href=href("/jadwal/?kelola=1")>{s.manage_booking}</a></p>
            <p class="safety">{s.safety_note}</p>
        }
    }
}
