//! The bar above every desk screen: who is signed in, at which help point, the menu, and
//! "Keluar".

use super::{sign_out, Ctx, SignedOut, Tab};
use crate::text::DeskStrings;
use leptos::prelude::*;

pub fn bar(ctx: Ctx) -> impl IntoView {
    // A refreshed token is a new session value for the same officer: nothing to redraw.
    let who = Memo::new(move |_| {
        ctx.session.with(|x| {
            x.as_ref()
                .map(|x| {
                    if x.name.is_empty() {
                        x.email.clone()
                    } else {
                        x.name.clone()
                    }
                })
                .unwrap_or_default()
        })
    });
    let point = Memo::new(move |_| {
        ctx.data.with(|d| match d {
            Some((_, Ok((_, p)))) => p.name.clone(),
            _ => String::new(),
        })
    });
    move || {
        let s = DeskStrings::get(ctx.lang.get());
        let who = who.get();
        let point = point.get();
        let province = ctx.session.with_untracked(|x| {
            x.as_ref()
                .is_some_and(|x| x.role == crate::domain::desk::session::Role::Province)
        });
        let tabs: &[Tab] = if province {
            &Tab::PROVINCE
        } else {
            &Tab::OFFICER
        };
        view! {
            <div class="desk-bar no-print">
                <p class="desk-who">
                    <span>{s.signed_in_as}" "<strong>{who}</strong></span>
                    {(!point.is_empty()).then(|| view! { <span class="desk-point">{point}</span> })}
                </p>
                <button type="button" class="button small" on:click=move |_| sign_out(ctx, SignedOut::Manual)>{s.sign_out}</button>
            </div>
            <nav class="desk-tabs no-print" aria-label=s.nav_label>
                <ul>
                    {tabs.iter().copied().map(|t| {
                        let current = move || ctx.tab.get() == t;
                        view! {
                            <li><button type="button" class="desk-tab" aria-current=move || current().then_some("page")
                                on:click=move |_| {
                                    ctx.tab.set(t);
                                    crate::ui::shell::browser::focus_heading();
                                }>{t.label(s)}</button></li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
        }
    }
}
