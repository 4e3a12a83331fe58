//! Check-in: the booking code typed (any case, with or without the dash) or read from the QR
//! code, found in today's queue of this help point, shown as its card with its buttons.

use super::{queue, row, title, today, Ctx};
use crate::domain::booking::code::normalise_code;
use crate::domain::desk::queue::find_code;
use crate::text::{errors, DeskStrings};
use leptos::prelude::*;

pub fn screen(ctx: Ctx) -> impl IntoView {
    // The check-in is always against today's queue.
    if ctx.day.get_untracked() != today()
        || ctx.data.with_untracked(|d| {
            d.as_ref()
                .is_none_or(|(day, r)| *day != today() || r.is_err())
        })
    {
        ctx.day.set(today());
        queue::load(ctx);
    }
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let wanted = RwSignal::new(None::<String>);
    let look_up = move |text: String| {
        let l = ctx.lang.get_untracked();
        match normalise_code(&text) {
            Err(e) => {
                problem.set(Some(errors::code(&e, l)));
                wanted.set(None);
                crate::ui::shell::browser::focus("#checkin-code");
            }
            Ok(code) => {
                problem.set(None);
                wanted.set(Some(code));
                queue::reload(ctx);
            }
        }
    };
    let on_scan = move |text: String| {
        typed.set(text.clone());
        look_up(text);
    };
    move || {
        let l = ctx.lang.get();
        let s = DeskStrings::get(l);
        crate::ui::shell::browser::set_title(s.checkin_title, l);
        let has_err = problem.with(Option::is_some);
        view! {
            <section class="card desk-checkin">
                {title(s.checkin_title.to_owned())}
                <p>{s.checkin_intro}</p>
                <form novalidate on:submit=move |ev| { ev.prevent_default(); look_up(typed.get_untracked()); }>
                    <div class=if has_err { "field has-error" } else { "field" }>
                        <label class="label" for="checkin-code">{s.code_label}</label>
                        <p id="checkin-code-hint" class="hint">{s.code_hint}</p>
                        {move || problem.get().map(|m| view! { <p id="checkin-code-error" class="field-error" role="alert">{m}</p> })}
                        <div class="desk-inline">
                            <input id="checkin-code" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                                aria-describedby=if has_err { "checkin-code-hint checkin-code-error" } else { "checkin-code-hint" }
                                aria-invalid=has_err.then_some("true")
                                prop:value=move || typed.get()
                                on:input:target=move |ev| typed.set(ev.target().value())/>
                            <button type="submit" class="button primary">{s.find}</button>
                        </div>
                    </div>
                </form>
                {super::scan::scanner(ctx, on_scan)}
            </section>
            {move || wanted.get().map(|code| {
                ctx.data.with(|d| match d {
                    None => view! { <p class="card loading" role="status">{s.loading}</p> }.into_any(),
                    Some((_, Err(_))) => view! { <p class="card" role="alert">{s.network_down}</p> }.into_any(),
                    Some((_, Ok((items, _)))) => match find_code(items, &code) {
                        Some(b) => {
                            let b = b.clone();
                            let id = row::row_id(&b);
                            row::focus_row(id);
                            view! {
                                <h2 class="desk-found">{s.found}</h2>
                                {row::row(ctx, b)}
                            }.into_any()
                        }
                        None => view! { <p class="card field-error" role="alert">{s.code_not_today}</p> }.into_any(),
                    },
                })
            })}
        }
    }
}
