//! Content text with its mentions (`[[id]]`, `domain::flow::mention`) as links: another problem
//! to its flow, named by its title; an official channel to its web address, by its name.

use crate::domain::common::language::Lang;
use crate::domain::common::routes::flow_fragment;
use crate::domain::flow::mention::{self, pieces, target, Piece, Target};
use leptos::prelude::*;

/// `s` with each mention as a link to that problem's first step.
pub(super) fn rich(s: &str, l: Lang) -> AnyView {
    pieces(s)
        .into_iter()
        .map(|p| match p {
            Piece::Words(w) => w.to_owned().into_any(),
            Piece::Problem(id) => match target(id, l) {
                Some(Target::Problem { title }) => {
                    view! { <a href=flow_fragment(id, "") class="mention">{title}</a> }.into_any()
                }
                Some(Target::Channel { name, url }) => view! {
                    <a href=url class="mention" target="_blank" rel="noopener noreferrer external">{name}</a>
                }
                .into_any(),
                None => ().into_any(),
            },
        })
        .collect_view()
        .into_any()
}

/// `s` as plain words, each mention as its title in quotes (page titles, answers, lists).
pub(super) fn plain(s: &str, l: Lang) -> String {
    mention::plain(s, l)
}
