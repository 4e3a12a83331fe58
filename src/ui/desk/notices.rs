//! The programme notices shown at the top of the citizen's start screen, each with an end date:
//! listed, added, edited and deleted by the province (records API `notices`). A delete asks
//! first: the notice disappears for everyone in the province.

use super::api::Method;
use super::Ctx;
use crate::domain::common::answer::Answer;
use crate::domain::common::routes::api;
use crate::domain::desk::province::{decode_notices, Notice, NoticeField, NOTICE_MAX};
use crate::text::DeskStrings;
use leptos::prelude::*;

/// The id ending of a field's input.
fn key(f: NoticeField) -> &'static str {
    match f {
        NoticeField::TextId => "id",
        NoticeField::TextEn => "en",
        NoticeField::EndsOn => "ends",
    }
}

fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let el = crate::ui::shell::browser::document().get_element_by_id(id);
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// A notice's text in one language: several lines, as long as the notice (at most
/// [`NOTICE_MAX`] characters), with its error beside it after a press that broke the rule.
fn text_field(
    s: &'static DeskStrings,
    wrong: RwSignal<Vec<NoticeField>>,
    id: String,
    field: NoticeField,
    value: String,
    set: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (label, lang) = match field {
        NoticeField::TextEn => (s.notice_en, "en"),
        _ => (s.notice_id, "id"),
    };
    let bad = move || wrong.with(|w| w.contains(&field));
    let error = StoredValue::new(format!("{id}-error"));
    view! {
        <div class=move || if bad() { "field has-error" } else { "field" }>
            <label class="label" for=id.clone()>{label}</label>
            {move || bad().then(|| view! { <p id=error.get_value() class="field-error">{s.notice_text_bad}</p> })}
            <textarea id=id class="desk-notice-text" lang=lang rows="5" maxlength=NOTICE_MAX.to_string()
                aria-invalid=move || bad().then_some("true") aria-describedby=move || bad().then(|| error.get_value())
                prop:value=value
                on:input:target=move |ev| set(ev.target().value())></textarea>
        </div>
    }
}

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
                    // the fields that broke a rule at the last press, named beside each
                    let wrong = RwSignal::new(Vec::<NoticeField>::new());
                    let id = n.id.clone();
                    let f = move |k: &str| format!("notice-{i}-{k}");
                    let submit = move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        let n = current.get_untracked();
                        let p = n.problems();
                        wrong.set(p.clone());
                        if let Some(first) = p.first() {
                            message.set(Some(DeskStrings::get(ctx.lang.get_untracked()).notice_bad));
                            focus_by_id(&format!("notice-{i}-{}", key(*first)));
                            return;
                        }
                        save(n);
                    };
                    view! {
                        <form class="desk-notice" novalidate on:submit=submit>
                            {new.then(|| view! { <h3>{s.notice_add}</h3> })}
                            {text_field(s, wrong, f("id"), NoticeField::TextId, n.text_id.clone(), move |v| current.update_untracked(|c| c.text_id = v))}
                            {text_field(s, wrong, f("en"), NoticeField::TextEn, n.text_en.clone(), move |v| current.update_untracked(|c| c.text_en = v))}
                            {
                                let bad = move || wrong.with(|w| w.contains(&NoticeField::EndsOn));
                                let (id, error) = (f("ends"), f("ends-error"));
                                let error2 = error.clone();
                                view! {
                                    <div class=move || if bad() { "field has-error" } else { "field" }><label class="label" for=id.clone()>{s.notice_ends}</label>
                                        {move || bad().then(|| view! { <p id=error.clone() class="field-error">{s.notice_ends_bad}</p> })}
                                        <input id=id type="date" class="desk-date" prop:value=n.ends_on.clone()
                                            aria-invalid=move || bad().then_some("true") aria-describedby=move || bad().then(|| error2.clone())
                                            on:change:target=move |ev| { let v = ev.target().value(); current.update_untracked(|c| c.ends_on = v); }/></div>
                                }
                            }
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
