//! The services people confuse with Prakerja (`masalah/#/layanan-lain`): each with the agency
//! that runs it, what to do instead and its official channels (`content/other-services.json`).
//! The start screen links here when a complaint fits no problem of ours.

use super::nav::home_href;
use super::{browser, use_lang};
use crate::domain::common::language::Lang;
use crate::domain::flow::services::Service;
use crate::text::schema::FlowStrings;
use crate::ui::shell::content;
use crate::ui::shell::fetch::LoadError;
use crate::ui::shell::page::{load_failed, loading};
use leptos::prelude::*;

#[component]
pub fn OtherServicesPage() -> impl IntoView {
    let lang = use_lang();
    let state: RwSignal<Option<Result<Vec<Service>, LoadError>>> = RwSignal::new(None);
    let fetch = move || {
        state.set(None);
        leptos::task::spawn_local(async move { state.set(Some(content::other_services().await)) });
    };
    fetch();
    move || {
        let l = lang.get();
        let s = FlowStrings::get(l);
        browser::set_title(s.other_services_title, l);
        let body = match state.get() {
            None => loading(s.loading).into_any(),
            Some(Err(_)) => load_failed(s.load_failed, s.retry, fetch).into_any(),
            Some(Ok(list)) => view! {
                <ul class="services">
                    {list.iter().map(|v| service(v, l)).collect_view()}
                </ul>
            }
            .into_any(),
        };
        view! {
            <section class="card">
                <p class="crumbs"><a href=home_href()>{s.home}</a></p>
                <h1 tabindex="-1" class="focus-target">{s.other_services_title}</h1>
                <p>{s.other_services_intro}</p>
                {body}
            </section>
        }
    }
}

/// One service: its name, who runs it, what to do, and each channel (a link where it opens).
fn service(v: &Service, l: Lang) -> impl IntoView {
    let s = FlowStrings::get(l);
    view! {
        <li class="service">
            <h2>{v.name.get(l).to_owned()}</h2>
            <p>{format!("{}: {}", s.run_by, v.agency.get(l))}</p>
            <p>{v.next.get(l).to_owned()}</p>
            <ul>
                {v.contacts.iter().map(|c| {
                    let label = format!("{}: ", c.label.get(l));
                    let value = c.value.clone();
                    view! {
                        <li>
                            {label}
                            {match c.href() {
                                Some(href) => view! {
                                    <a href=href target="_blank" rel="noopener noreferrer external">{value}</a>
                                }.into_any(),
                                None => view! { <strong>{value}</strong> }.into_any(),
                            }}
                            {super::sources::source_line(&c.sources, l)}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </li>
    }
}
