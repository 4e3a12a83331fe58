//! Step 4: name, NIK and phone, each checked with a message beside it.

use super::fields::{described, error_line, field_error, title};
use super::{save_form, submit_step, Ctx};
use crate::domain::booking::form::Field;
use crate::domain::common::language::Lang;
use crate::domain::common::routes::Step;
use crate::text::BookingStrings;
use leptos::prelude::*;

#[allow(clippy::too_many_arguments)] // one call per field, each argument a plain attribute
fn text_field(
    ctx: Ctx,
    s: &'static BookingStrings,
    field: Field,
    label: &'static str,
    hint: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let id = field.input_id();
    let err = field_error(ctx, field);
    let has_err = err.is_some();
    let value = ctx.form.with_untracked(|f| match field {
        Field::Name => f.name.clone(),
        Field::Nik => f.nik.clone(),
        _ => f.phone.clone(),
    });
    view! {
        <div class=if has_err { "field has-error" } else { "field" }>
            <label class="label" for=id>{label}</label>
            <p id=format!("{id}-hint") class="hint">{hint}</p>
            {error_line(id, err, s)}
            <input id=id name=id type=kind autocomplete=autocomplete inputmode=inputmode spellcheck="false"
                aria-describedby=described(id, has_err) aria-invalid=has_err.then_some("true")
                prop:value=value
                on:input:target=move |ev| {
                    let v = ev.target().value();
                    ctx.form.update_untracked(|f| match field {
                        Field::Name => f.name = v,
                        Field::Nik => f.nik = v,
                        _ => f.phone = v,
                    });
                    save_form(ctx);
                }/>
        </div>
    }
}

pub fn details(ctx: Ctx, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    let note = RwSignal::new(ctx.form.with_untracked(|f| f.nik_region_note()));
    view! {
        <form novalidate on:submit=move |ev| { ev.prevent_default(); submit_step(ctx, Step::Details) }>
            {title(s.details_title)}
            <p>{s.details_hint}</p>
            {text_field(ctx, s, Field::Name, s.name_label, s.name_hint, "text", "name", None)}
            <div on:change=move |_| note.set(ctx.form.with_untracked(|f| f.nik_region_note()))>
                {text_field(ctx, s, Field::Nik, s.nik_label, s.nik_hint, "text", "off", Some("numeric"))}
            </div>
            {move || note.get().map(|r| view! { <p class="hint nik-note">{format!("{} {}. {}", s.nik_issued_in, r.name, s.nik_other_region)}</p> })}
            {text_field(ctx, s, Field::Phone, s.phone_label, s.phone_hint, "tel", "tel", Some("tel"))}
            <p><button type="submit" class="button primary wide">{s.next}</button></p>
        </form>
    }
}
