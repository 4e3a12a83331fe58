//! The source line under an outcome: the same HTML as under a step (`ui::shell::step`), each
//! source with its own date, newest first, so nobody mistakes a 2020 article for today's rule.

use crate::domain::common::language::Lang;
use leptos::prelude::*;

pub(super) fn source_line(ids: &[String], l: Lang) -> Option<impl IntoView> {
    crate::ui::shell::step::source_line(ids, l)
        .map(|html| view! { <div class="source-line" inner_html=html></div> })
}
