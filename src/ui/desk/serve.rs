//! "Selesai dilayani": what fixed it (one of the problem's steps, from the catalogue, or
//! "something else") and a short note, then the status change.

use super::day::change;
use super::Ctx;
use crate::domain::common::language::Lang;
use crate::domain::desk::queue::DeskBooking;
use crate::domain::desk::request::{Fix, NOTE_MAX};
use crate::domain::desk::status::Action;
use crate::domain::flow::content::{NodeKind, Problem};
use crate::domain::flow::mention;
use crate::text::DeskStrings;
use leptos::prelude::*;

/// (node id, its text in both languages) of the choices the store allows for this booking, in
/// its order; the texts come from the problem's content (the id alone if that cannot be read).
type Steps = Vec<(String, String, String)>;

pub(super) fn steps_of(allowed: &[String], p: Option<&Problem>) -> Steps {
    allowed
        .iter()
        .map(|id| {
            let node = p.and_then(|p| {
                p.nodes
                    .iter()
                    .find(|n| &n.id == id && n.kind == NodeKind::Step)
            });
            match node {
                Some(n) => (
                    id.clone(),
                    mention::plain(&n.text.id, Lang::Id),
                    mention::plain(&n.text.en, Lang::En),
                ),
                None => (id.clone(), id.clone(), id.clone()),
            }
        })
        .collect()
}

pub fn form(
    ctx: Ctx,
    b: DeskBooking,
    open: RwSignal<bool>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let steps = RwSignal::new(None::<Steps>);
    let problem = b.problem.clone();
    let allowed = b.steps.clone();
    if !allowed.is_empty() {
        leptos::task::spawn_local(async move {
            let p = crate::ui::shell::content::problem(&problem).await.ok();
            steps.set(Some(steps_of(&allowed, p.as_deref())));
        });
    } else {
        steps.set(Some(Vec::new()));
    }
    let chosen = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let base = format!("serve-{}", b.id);
    let legend_id = format!("{base}-legend");
    let note_id = format!("{base}-note");
    let b2 = b.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(fix) = Fix::parse(&chosen.get_untracked()) else {
            missing.set(true);
            return;
        };
        open.set(false);
        change(
            ctx,
            &b2,
            Action::Serve,
            Some((note.get_untracked(), fix)),
            error,
        );
    };
    move || {
        let l = ctx.lang.get();
        let s = DeskStrings::get(l);
        let base = base.clone();
        let note_id = note_id.clone();
        let legend_id = legend_id.clone();
        let (l1, l2, l3) = (legend_id.clone(), legend_id.clone(), legend_id);
        view! {
            <form class="desk-serve" novalidate on:submit=submit.clone()>
                <fieldset aria-describedby=move || missing.get().then(|| format!("{l1}-error"))>
                    <legend id=l2 class="label">{s.serve_fix}</legend>
                    {move || missing.get().then(|| view! {
                        <p id=format!("{}-error", l3.clone()) class="field-error" role="alert">{s.serve_fix_missing}</p>
                    })}
                    {move || match steps.get() {
                        None => view! { <p role="status">{s.loading}</p> }.into_any(),
                        Some(list) => {
                            let base = base.clone();
                            let options = list.into_iter().map(|(id, t_id, t_en)| {
                                let text = if l == Lang::Id { t_id } else { t_en };
                                (id, text)
                            }).chain(std::iter::once(("other".to_owned(), s.serve_other.to_owned())));
                            view! {
                                <div class="desk-fixes">
                                    {options.enumerate().map(|(i, (value, text))| {
                                        let input_id = format!("{base}-fix-{i}");
                                        let for_id = input_id.clone();
                                        let v2 = value.clone();
                                        view! {
                                            <label class="check-box" for=for_id>
                                                <input type="radio" id=input_id name=format!("{base}-fix") value=value
                                                    on:change=move |_| { chosen.set(v2.clone()); missing.set(false); }/>
                                                <span>{text}</span>
                                            </label>
                                        }
                                    }).collect_view()}
                                </div>
                            }.into_any()
                        }
                    }}
                </fieldset>
                <div class="field">
                    <label class="label" for=note_id.clone()>{s.serve_note}</label>
                    <textarea id=note_id rows="2" maxlength=NOTE_MAX.to_string()
                        on:input:target=move |ev| note.set(ev.target().value())></textarea>
                </div>
                <div class="desk-actions">
                    <button type="submit" class="button small primary">{s.serve_save}</button>
                    <button type="button" class="button small secondary" on:click=move |_| open.set(false)>{s.cancel}</button>
                </div>
            </form>
        }
    }
}
