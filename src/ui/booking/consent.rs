//! Step 5: what happens with the data, and the citizen's consent.

use super::fields::{described, error_line, field_error, title};
use super::{save_form, submit_step, Ctx};
use crate::domain::booking::form::Field;
use crate::domain::common::language::Lang;
use crate::domain::common::routes::Step;
use crate::text::BookingStrings;
use leptos::prelude::*;

pub fn consent(ctx: Ctx, l: Lang) -> impl IntoView {
    let s = BookingStrings::get(l);
    let err = field_error(ctx, Field::Consent);
    let has_err = err.is_some();
    let checked = ctx.form.with_untracked(|f| f.consent);
    view! {
        <form novalidate on:submit=move |ev| { ev.prevent_default(); submit_step(ctx, Step::Consent) }>
            {title(s.consent_title)}
            <dl class="consent-text">
                <dt>{s.consent_what_h}</dt><dd>{s.consent_what}</dd>
                <dt>{s.consent_why_h}</dt><dd>{s.consent_why}</dd>
                <dt>{s.consent_who_h}</dt><dd>{s.consent_who}</dd>
                <dt>{s.consent_contact_h}</dt><dd>{s.consent_contact}</dd>
                <dt>{s.consent_how_long_h}</dt><dd>{s.consent_how_long}</dd>
            </dl>
            <p id="consent-hint" class="hint">{s.consent_law}</p>
            <div class=if has_err { "field has-error" } else { "field" }>
                {error_line("consent", err, s)}
                <label class="check-box" for="consent">
                    <input type="checkbox" id="consent" name="consent" prop:checked=checked
                        aria-describedby=described("consent", has_err) aria-invalid=has_err.then_some("true")
                        on:change:target=move |ev| {
                            let v = ev.target().checked();
                            ctx.form.update_untracked(|f| f.consent = v);
                            save_form(ctx);
                        }/>
                    <span>{s.consent_label}</span>
                </label>
            </div>
            <p><button type="submit" class="button primary wide">{s.next}</button></p>
        </form>
    }
}
