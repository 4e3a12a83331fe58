//! Step 1: the regency or city (suggested from the NIK when it is already known).

use super::fields::{described, error_line, field_error, title};
use super::{go_next, save_form, submit_step, Ctx};
use crate::domain::booking::form::Field;
use crate::domain::booking::nik::check_nik;
use crate::domain::booking::regions;
use crate::domain::common::language::Lang;
use crate::domain::common::routes::Step;
use crate::text::BookingStrings;
use leptos::prelude::*;

pub fn region(ctx: Ctx, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    let f = ctx.form.get_untracked();
    let suggestion = check_nik(&f.nik)
        .ok()
        .and_then(|n| regions::suggest_from_nik(&n))
        .filter(|r| r.code != f.region_code);
    let err = field_error(ctx, Field::Region);
    let has_err = err.is_some();
    view! {
        <form novalidate on:submit=move |ev| { ev.prevent_default(); submit_step(ctx, Step::Region) }>
            {title(s.region_title)}
            <div class=if has_err { "field has-error" } else { "field" }>
                <label class="label" for="region">{s.region_label}</label>
                <p id="region-hint" class="hint">{s.region_hint}</p>
                {error_line("region", err, s)}
                <select id="region" name="region" aria-describedby=described("region", has_err) aria-invalid=has_err.then_some("true")
                    on:change:target=move |ev| {
                        let v = ev.target().value();
                        ctx.form.update_untracked(|f| f.region_code = v);
                        save_form(ctx);
                    }>
                    <option value="" selected=f.region_code.is_empty()>{s.region_choose}</option>
                    {regions::all().iter().map(|r| view! {
                        <option value=r.code selected=r.code == f.region_code>{r.name}</option>
                    }).collect_view()}
                </select>
            </div>
            {suggestion.map(|r| view! {
                <p class="suggest">
                    {s.region_suggest}" "<strong>{r.name}</strong>" "
                    <button type="button" class="button secondary small" on:click=move |_| {
                        ctx.form.update_untracked(|f| f.region_code = r.code.to_owned());
                        save_form(ctx);
                        go_next(ctx, Step::Region);
                    }>{s.region_suggest_button}</button>
                    <span class="hint">{s.region_suggest_note}</span>
                </p>
            })}
            <p><button type="submit" class="button primary wide">{s.next}</button></p>
        </form>
    }
}
