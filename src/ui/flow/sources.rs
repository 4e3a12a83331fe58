//! The source line under a step or an outcome: each source with its own date.

use crate::domain::common::language::Lang;
use crate::domain::flow::labels;
use crate::text::schema::FlowStrings;
use leptos::prelude::*;

/// "Menurut prakerja.go.id, 6 Nov 2023; Kompas.com, 22 Feb 2021": each source with its
/// own date, newest first, so nobody mistakes a 2020 article for today's rule.
pub(super) fn source_line(ids: &[String], l: Lang) -> Option<impl IntoView> {
    let s = FlowStrings::get(l);
    let list = labels::sources_newest_first(ids);
    (!list.is_empty()).then(|| {
        let n = list.len();
        view! {
            <p class="source">
                {format!("{} ", s.according_to)}
                {list.into_iter().enumerate().map(|(i, src)| view! {
                    <a href=src.url target="_blank" rel="noopener noreferrer external">{src.cite(l)}</a>
                    {(i + 1 < n).then_some("; ")}
                }).collect_view()}
            </p>
        }
    })
}
