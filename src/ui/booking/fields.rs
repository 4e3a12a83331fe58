//! Parts every booking form screen uses: the heading, the error summary (GOV.UK pattern), the
//! message beside a field, and the progress line.

use super::Ctx;
use crate::domain::booking::form::Field;
use crate::domain::common::routes::Step;
use crate::text::{errors, BookingStrings};
use leptos::prelude::*;

pub fn title(text: &'static str) -> impl IntoView {
    view! { <h1 tabindex="-1" class="focus-target">{text}</h1> }
}

/// `aria-describedby` for a field: its hint, plus its error when there is one.
pub fn described(id: &str, has_error: bool) -> String {
    if has_error {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-hint")
    }
}

pub fn error_line(id: &str, msg: Option<String>, s: &'static BookingStrings) -> impl IntoView {
    msg.map(|m| view! {
        <p id=format!("{id}-error") class="field-error"><span class="visually-hidden">{s.error_prefix}" "</span>{m}</p>
    })
}

/// The error summary at the top of a screen (GOV.UK pattern): each message links to its field.
pub fn error_summary(ctx: Ctx) -> impl IntoView {
    move || {
        let errs = ctx.errors.get();
        let s = BookingStrings::get(ctx.lang.get());
        (!errs.is_empty()).then(|| view! {
            <div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{s.error_summary_title}</h2>
                <ul>
                    {errs.into_iter().map(|e| {
                        let id = e.field.input_id();
                        view! {
                            <li><a href=format!("#{id}") on:click=move |ev| {
                                ev.prevent_default();
                                if let Some(el) = crate::ui::shell::browser::document().get_element_by_id(id) {
                                    use wasm_bindgen::JsCast;
                                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                        let _ = el.focus();
                                        el.scroll_into_view();
                                    }
                                }
                            }>{errors::field(&e.problem, ctx.lang.get_untracked())}</a></li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        })
    }
}

/// The message beside one field, if it has an error.
pub fn field_error(ctx: Ctx, f: Field) -> Option<String> {
    let l = ctx.lang.get_untracked();
    ctx.errors.with(|e| {
        e.iter()
            .find(|x| x.field == f)
            .map(|x| errors::field(&x.problem, l))
    })
}

pub fn progress(s: &'static BookingStrings, step: Step) -> impl IntoView {
    let n = step.number();
    let total = Step::INPUT_STEPS;
    view! {
        <p class="progress">
            <span>{format!("{} · {}", s.progress(n, total), s.step_names[n - 1])}</span>
            <span class="bar" aria-hidden="true"><span style:width=format!("{}%", n * 100 / total)></span></span>
        </p>
    }
}
