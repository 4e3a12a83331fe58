//! Sources: `content/sources.json` itself (one full https address per page, a real date), and
//! the citations of nodes, channels and reasons (each source exists, a blog never stands alone)
//! with the date each text was last compared with them.

use super::{Refs, Report};
pub use crate::domain::common::address::is_full_address;
use crate::domain::common::date::{day_number, parse_day};
use crate::domain::flow::content::{Channels, Grade, Problem, SourceRef, Sources};
use std::collections::BTreeSet;

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date between the years 1900 and 2999.
pub fn is_source_date(s: &str) -> bool {
    let year = s.get(..4).and_then(|y| y.parse::<u32>().ok());
    day_number(s).is_some() && year.is_some_and(|y| (1900..=2999).contains(&y))
}

/// Every entry of `sources.json`: a unique id, a full address, a date, what it is.
pub(super) fn check_file(s: &Sources, out: &mut Report) {
    let mut seen = BTreeSet::new();
    for src in &s.sources {
        if !seen.insert(src.id.as_str()) {
            out.at(&src.id, "duplicate source id");
        }
        source(src, out);
    }
}

fn source(src: &SourceRef, out: &mut Report) {
    if !is_full_address(&src.url) {
        let m = format!("'{}' is not a full https address of one page", src.url);
        out.at(&src.id, m);
    }
    if !is_source_date(&src.published) {
        let m = format!(
            "publication date '{}' is not YYYY, YYYY-MM or YYYY-MM-DD",
            src.published
        );
        out.at(&src.id, m);
    }
    for (what, v) in [
        ("title", &src.title),
        ("publisher", &src.publisher),
        ("supports", &src.supports),
    ] {
        if v.trim().is_empty() {
            out.at(
                &src.id,
                format!("source needs a {what} (what it is cited for)"),
            );
        }
    }
}

/// The sources named by `ids` must exist, there must be at least one, and sources graded BLOG
/// never stand alone.
pub(super) fn cited(ids: &[String], sources: &Sources, mut push: impl FnMut(String)) {
    if ids.is_empty() {
        push("cites no source".into());
        return;
    }
    let mut all_blog = true;
    for id in ids {
        match sources.get(id) {
            None => {
                push(format!("source '{id}' is not in sources.json"));
                all_blog = false;
            }
            Some(s) => all_blog &= s.grade == Grade::Blog,
        }
    }
    if all_blog {
        push("only BLOG sources: a blog never stands alone behind a rule".into());
    }
}

/// Every node of a problem cites its sources and the real day it was compared with them.
pub(super) fn check(p: &Problem, r: &Refs, out: &mut Report) {
    for n in &p.nodes {
        cited(&n.sources, r.sources, |m| out.at(&n.id, m));
        if parse_day(&n.compared).is_none() {
            let m = format!(
                "'compared' ('{}') must be the YYYY-MM-DD date the text was last compared with its sources",
                n.compared
            );
            out.at(&n.id, m);
        }
    }
}

/// Every channel cites its sources and the real day it was compared with them.
pub(super) fn check_channels(c: &Channels, sources: &Sources, out: &mut Report) {
    for ch in &c.channels {
        cited(&ch.sources, sources, |m| out.at(&ch.id, m));
        if parse_day(&ch.compared).is_none() {
            out.at(&ch.id, "'compared' must be a YYYY-MM-DD date");
        }
    }
}
