//! Sign in with a staff account (`POST /api/collections/staff/auth-with-password`). The
//! password is read from the field when the form is sent and kept nowhere.

use super::{signed_in, Ctx, SignedOut};
use crate::domain::common::answer::Answer;
use crate::domain::common::routes::api;
use crate::domain::desk::session;
use crate::text::{DeskStrings, IdleStrings};
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Sending,
    Wrong,
    Missing,
    Network,
}

pub fn screen(ctx: Ctx) -> impl IntoView {
    let state = RwSignal::new(State::Idle);
    let email = NodeRef::<leptos::html::Input>::new();
    let password = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if state.get_untracked() == State::Sending {
            return;
        }
        let (Some(e), Some(p)) = (email.get_untracked(), password.get_untracked()) else {
            return;
        };
        let (e, pw) = (e.value(), p.value());
        if e.trim().is_empty() || pw.is_empty() {
            state.set(State::Missing);
            crate::ui::shell::browser::focus("#signin-status");
            return;
        }
        state.set(State::Sending);
        let body = session::sign_in_body(&e, &pw);
        leptos::task::spawn_local(async move {
            let a = super::api::post(ctx, api::SIGN_IN, &body).await;
            match a {
                Answer::Status(200, text) => match session::decode(&text) {
                    Some(s) => {
                        state.set(State::Idle);
                        signed_in(ctx, s)
                    }
                    None => state.set(State::Wrong),
                },
                Answer::Status(400 | 401 | 403 | 404, _) => state.set(State::Wrong),
                _ => state.set(State::Network),
            }
            if state.get_untracked() != State::Idle {
                if let Some(p) = password.get_untracked() {
                    p.set_value("");
                }
                crate::ui::shell::browser::focus("#signin-status");
            }
        });
    };
    move || {
        let l = ctx.lang.get();
        let s = DeskStrings::get(l);
        crate::ui::shell::browser::set_title(s.sign_in_title, l);
        let note = ctx.signed_out.get().map(|w| match w {
            SignedOut::Manual => s.signed_out,
            SignedOut::Idle => IdleStrings::get(l).signed_out_idle,
            SignedOut::Expired => IdleStrings::get(l).session_expired,
        });
        let problem = move || match state.get() {
            State::Wrong => Some(s.sign_in_wrong),
            State::Missing => Some(s.sign_in_missing),
            State::Network => Some(s.network_down),
            _ => None,
        };
        view! {
            <section class="card desk-signin">
                {super::title(s.sign_in_title.to_owned())}
                {note.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <p>{s.sign_in_intro}</p>
                <div id="signin-status" tabindex="-1">
                    {move || problem().map(|m| view! { <p class="error-summary" role="alert">{m}</p> })}
                </div>
                <form novalidate on:submit=submit>
                    <div class="field">
                        <label class="label" for="desk-email">{s.email}</label>
                        <input id="desk-email" type="email" name="email" autocomplete="username" spellcheck="false" node_ref=email/>
                    </div>
                    <div class="field">
                        <label class="label" for="desk-password">{s.password}</label>
                        <input id="desk-password" type="password" name="password" autocomplete="current-password" node_ref=password/>
                    </div>
                    <button type="submit" class="button primary wide" disabled=move || state.get() == State::Sending>
                        {move || if state.get() == State::Sending { s.signing_in } else { s.sign_in }}
                    </button>
                </form>
            </section>
        }
    }
}
