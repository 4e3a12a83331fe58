//! Content text with its mentions of other problems (`[[problem-id]]`) as links to their flows,
//! named by their titles (`domain::flow::mention`).

use crate::domain::common::language::Lang;
use crate::domain::common::routes::flow_fragment;
use crate::domain::flow::mention::{self, pieces, Piece};
use leptos::prelude::*;

/// `s` with each mention as a link to that problem's first step.
pub(super) fn rich(s: &str, l: Lang) -> AnyView {
    pieces(s)
        .into_iter()
        .map(|p| match p {
            Piece::Words(w) => w.to_owned().into_any(),
            Piece::Problem(id) => {
                let title = mention::title(id, l).unwrap_or_default();
                view! { <a href=flow_fragment(id, "") class="mention">{title}</a> }.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// `s` as plain words, each mention as its title in quotes (page titles, answers, lists).
pub(super) fn plain(s: &str, l: Lang) -> String {
    mention::plain(s, l)
}
