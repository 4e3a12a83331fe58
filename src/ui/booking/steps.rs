//! The booking steps: region → help point → day and time → details → consent → check → send.
//! One screen per file; this one puts the current step in its card with progress and "back".

use super::fields::{error_summary, progress};
use super::{check, consent, details, go, point, region, time, CaseInfo, Ctx};
use crate::domain::common::routes::Step;
use crate::text::BookingStrings;
use crate::ui::shell::browser;
use leptos::prelude::*;

pub fn screen(ctx: Ctx, step: Step, case: CaseInfo) -> impl IntoView {
    move || {
        let l = ctx.lang.get();
        let s = BookingStrings::get(l);
        browser::set_title(s.step_names[step as usize], l);
        let body = match step {
            Step::Region => region::region(ctx, l).into_any(),
            Step::Point => point::point(ctx, l).into_any(),
            Step::Time => time::time(ctx, l).into_any(),
            Step::Details => details::details(ctx, l).into_any(),
            Step::Consent => consent::consent(ctx, l).into_any(),
            Step::Check | Step::Done => check::check(ctx, l, &case).into_any(),
        };
        let back = step.prev().map(|p| {
            let href = ctx.query.get_untracked().with_step(p, false).to_search();
            view! {
                <nav class="flow-nav" aria-label=s.back>
                    <a class="back" href=href on:click=move |ev| { ev.prevent_default(); go(ctx, p, false); }>{s.back}</a>
                </nav>
            }
        });
        view! {
            <section class="card booking-step">
                {progress(s, step)}
                {error_summary(ctx)}
                {body}
                {back}
            </section>
        }
    }
}
