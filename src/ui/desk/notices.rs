//! The programme notices shown at the top of the citizen's start screen, each with an end date:
//! listed, added, edited and deleted by the province (records API `notices`). A delete asks
//! first: the notice disappears for everyone in the province.

use super::api::Method;
use super::Ctx;
use crate::domain::common::answer::Answer;
use crate::domain::common::routes::api;
use crate::domain::desk::province::{decode_notices, Notice};
use crate::text::DeskStrings;
use leptos::prelude::*;

pub fn editor(ctx: Ctx) -> impl IntoView {
    let list = RwSignal::new(None::<Vec<Notice>>);
    let message = RwSignal::new(None::<&'static str>);
    // The notice whose delete waits for a second press.
    let asking = RwSignal::new(None::<String>);
    let load = move || {
        leptos::task::spawn_local(async move {
            if let Answer::Status(200, t) = super::api::get(ctx, api::NOTICE_LIST).await {
                list.set(decode_notices(&t));
            }
        });
    };
    load();
    let save = move |n: Notice| {
        let s = DeskStrings::get(ctx.lang.get_untracked());
        if !n.valid() {
            message.set(Some(s.notice_bad));
            return;
        }
        leptos::task::spawn_local(async move {
            let (method, path) = if n.id.is_empty() {
                (Method::Post, api::NOTICES.to_owned())
            } else {
                (Method::Patch, api::notice(&n.id))
            };
            let a = super::api::request(ctx, method, &path, Some(&n.body()), None).await;
            message.set(Some(match a {
                Answer::Status(200, _) => s.saved,
                Answer::NoAnswer(_) => s.network_down,
                _ => s.notice_bad,
            }));
            load();
        });
    };
    let remove = move |id: String| {
        asking.set(None);
        leptos::task::spawn_local(async move {
            let s = DeskStrings::get(ctx.lang.get_untracked());
            let path = api::notice(&id);
            let a = super::api::request(ctx, Method::Delete, &path, None, None).await;
            message.set(Some(match a {
                Answer::Status(200 | 204, _) => s.notice_deleted,
                Answer::NoAnswer(_) => s.network_down,
                _ => s.err_other,
            }));
            load();
        });
    };
    move || {
        let s = DeskStrings::get(ctx.lang.get());
        let items = list.get().unwrap_or_default();
        view! {
            <section class="card desk-notices">
                <h2>{s.notices_title}</h2>
                <p>{s.notices_intro}</p>
                {move || message.get().map(|m| view! { <p class="status-box" role="status">{m}</p> })}
                {items.is_empty().then(|| view! { <p>{s.notices_none}</p> })}
                {items.into_iter().chain(std::iter::once(Notice::default())).enumerate().map(|(i, n)| {
                    let new = n.id.is_empty();
                    let current = RwSignal::new(n.clone());
                    let id = n.id.clone();
                    let f = |k: &str| format!("notice-{i}-{k}");
                    view! {
                        <form class="desk-notice" novalidate on:submit=move |ev| { ev.prevent_default(); save(current.get_untracked()); }>
                            {new.then(|| view! { <h3>{s.notice_add}</h3> })}
                            <div class="field"><label class="label" for=f("id")>{s.notice_id}</label>
                                <input id=f("id") type="text" maxlength="300" prop:value=n.text_id.clone()
                                    on:input:target=move |ev| { let v = ev.target().value(); current.update_untracked(|c| c.text_id = v); }/></div>
                            <div class="field"><label class="label" for=f("en")>{s.notice_en}</label>
                                <input id=f("en") type="text" lang="en" maxlength="300" prop:value=n.text_en.clone()
                                    on:input:target=move |ev| { let v = ev.target().value(); current.update_untracked(|c| c.text_en = v); }/></div>
                            <div class="field"><label class="label" for=f("ends")>{s.notice_ends}</label>
                                <input id=f("ends") type="date" class="desk-date" prop:value=n.ends_on.clone()
                                    on:change:target=move |ev| { let v = ev.target().value(); current.update_untracked(|c| c.ends_on = v); }/></div>
                            <div class="desk-actions">
                                <button type="submit" class="button small primary">{if new { s.notice_add } else { s.notice_save }}</button>
                                {(!new).then(|| { let (id, id2) = (id.clone(), id.clone()); view! {
                                    <button type="button" class="button small danger" aria-expanded=move || (asking.get().as_deref() == Some(id2.as_str())).to_string()
                                        on:click=move |_| asking.set(Some(id.clone()))>{s.notice_delete}</button>
                                }})}
                            </div>
                            {move || (!new && asking.get().as_deref() == Some(n.id.as_str())).then(|| { let id = n.id.clone(); view! {
                                <div class="status-box desk-ask" role="alert">
                                    <p>{s.notice_delete_ask}</p>
                                    <div class="desk-actions">
                                        <button type="button" class="button small danger" on:click=move |_| remove(id.clone())>{s.notice_delete_yes}</button>
                                        <button type="button" class="button small secondary" on:click=move |_| asking.set(None)>{s.cancel}</button>
                                    </div>
                                </div>
                            }})}
                        </form>
                    }
                }).collect_view()}
            </section>
        }
    }
}
