//! The programme's state, recorded by the province (records API `programme_states`): a form
//! filled with the state in force, checked with the same rules every browser applies, the start
//! screen's line written with it, and the log of changes with who and when.

use super::Ctx;
use crate::domain::common::answer::Answer;
use crate::domain::common::language::Text;
use crate::domain::common::programme::{Programme, StateKind};
use crate::domain::common::routes::api;
use crate::domain::desk::programme::{body, decode_changes, Change, FormField, ProgrammeForm};
use crate::text::programme::line;
use crate::text::ProgrammeStrings;
use leptos::prelude::*;

pub fn editor(ctx: Ctx) -> impl IntoView {
    let log = RwSignal::new(None::<Vec<Change>>);
    let form = RwSignal::new(None::<ProgrammeForm>);
    let problem = RwSignal::new(None::<FormField>);
    let message = RwSignal::new(None::<&'static str>);
    let load = move |refill: bool| {
        leptos::task::spawn_local(async move {
            if let Answer::Status(200, t) = super::api::get(ctx, api::PROGRAMME_LOG).await {
                let changes = decode_changes(&t).unwrap_or_default();
                if refill || form.get_untracked().is_none() {
                    // the state in force: the newest change, else the one settings.json carries
                    match changes.first().and_then(|c| c.record.clone()) {
                        Some(current) => {
                            form.set(Some(ProgrammeForm::from_record(&current, &super::today())))
                        }
                        None => crate::ui::shell::fetch::settings_then(move |settings| {
                            let current = settings.map(|s| s.programme()).unwrap_or_default();
                            form.set(Some(ProgrammeForm::from_record(&current, &super::today())));
                        }),
                    }
                }
                log.set(Some(changes));
            }
        });
    };
    load(true);
    let save = move || {
        let Some(f) = form.get_untracked() else {
            return;
        };
        let p: Programme = match f.record() {
            Ok(p) => p,
            Err(field) => {
                problem.set(Some(field));
                message.set(None);
                return;
            }
        };
        problem.set(None);
        let text = Text {
            id: line(&p, crate::domain::common::language::Lang::Id),
            en: line(&p, crate::domain::common::language::Lang::En),
        };
        let request = body(&p, &text);
        leptos::task::spawn_local(async move {
            let s = ProgrammeStrings::get(ctx.lang.get_untracked());
            match super::api::post(ctx, api::PROGRAMME_STATES, &request).await {
                Answer::Status(200, _) => {
                    message.set(Some(s.saved));
                    load(false);
                }
                _ => message.set(Some(s.not_saved)),
            }
        });
    };
    move || {
        let l = ctx.lang.get();
        let s = ProgrammeStrings::get(l);
        let Some(f) = form.get() else {
            return view! { <section class="card desk-programme"><h2>{s.form_title}</h2></section> }
                .into_any();
        };
        let changes = log.get().unwrap_or_default();
        let now = changes.first().map(|c| c.line.get(l).to_owned());
        let open = f.state == StateKind::Open;
        let with_wave = f.state != StateKind::Unknown;
        let error = move |field: FormField, id: &'static str| {
            (problem.get() == Some(field)).then(|| {
                view! { <p id=format!("{id}-error") class="field-error">{field_problem(s, field)}</p> }
            })
        };
        let described = move |field: FormField, id: &'static str| {
            (problem.get() == Some(field)).then(|| format!("{id}-error"))
        };
        let input = move |id: &'static str,
                          label: &'static str,
                          field: FormField,
                          value: String,
                          set: fn(&mut ProgrammeForm, String)| {
            view! {
                <div class="field">
                    <label class="label" for=id>{label}</label>
                    <input id=id type="text" prop:value=value
                        aria-invalid=move || (problem.get() == Some(field)).then_some("true")
                        aria-describedby=move || described(field, id)
                        on:input:target=move |ev| {
                            let v = ev.target().value();
                            form.update_untracked(|f| if let Some(f) = f { set(f, v) });
                        }/>
                    {move || error(field, id)}
                </div>
            }
        };
        view! {
            <section class="card desk-programme">
                <h2>{s.form_title}</h2>
                <p>{s.form_intro}</p>
                {now.map(|n| view! { <p class="programme"><strong>{s.now}</strong>" "{n}</p> })}
                <form class="desk-programme-form" novalidate on:submit=move |ev| { ev.prevent_default(); save(); }>
                    <fieldset class="desk-period">
                        <legend class="label">{s.state_label}</legend>
                        {StateKind::ALL.into_iter().zip(s.state_names).map(|(k, name)| view! {
                            <label class="desk-radio"><input type="radio" name="programme-state"
                                prop:checked=f.state == k
                                on:change=move |_| form.update(|f| if let Some(f) = f { f.state = k })/>" "{name}</label>
                        }).collect_view()}
                    </fieldset>
                    {with_wave.then(|| view! {
                        {input("programme-wave", if open { s.wave_open } else { s.wave_closed }, FormField::Wave, f.wave.clone(), |f, v| f.wave = v)}
                        {input("programme-date", if open { s.date_open } else { s.date_closed }, FormField::Date, f.date.clone(), |f, v| f.date = v)}
                    })}
                    {input("programme-known-id", s.known_id, FormField::Known, f.known_id.clone(), |f, v| f.known_id = v)}
                    {input("programme-known-en", s.known_en, FormField::Known, f.known_en.clone(), |f, v| f.known_en = v)}
                    {input("programme-url", s.source_url, FormField::Source, f.url.clone(), |f, v| f.url = v)}
                    {input("programme-publisher", s.source_publisher, FormField::Publisher, f.publisher.clone(), |f, v| f.publisher = v)}
                    {input("programme-published", s.source_published, FormField::Published, f.published.clone(), |f, v| f.published = v)}
                    {input("programme-checked", s.checked_label, FormField::Checked, f.checked.clone(), |f, v| f.checked = v)}
                    <button type="submit" class="button primary">{s.save}</button>
                </form>
                {move || message.get().map(|m| view! { <p class="status-box" role="status">{m}</p> })}
                {(!changes.is_empty()).then(|| view! {
                    <h3>{s.log_title}</h3>
                    <ul class="desk-programme-log">
                        {changes.into_iter().map(|c| view! {
                            <li>{format!("{} · {} · {}", c.at, c.by, c.line.get(l))}</li>
                        }).collect_view()}
                    </ul>
                })}
            </section>
        }
        .into_any()
    }
}

fn field_problem(s: &'static ProgrammeStrings, f: FormField) -> &'static str {
    match f {
        FormField::Wave => s.bad_wave,
        FormField::Date => s.bad_date,
        FormField::Known => s.bad_known,
        FormField::Source => s.bad_source,
        FormField::Publisher => s.bad_publisher,
        FormField::Published => s.bad_published,
        FormField::Checked => s.bad_checked,
    }
}
