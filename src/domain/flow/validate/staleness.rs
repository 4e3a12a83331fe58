//! How old a node's facts are: the newest source it cites, and the nodes whose newest source
//! is more than two years old on a day the caller gives (the domain never reads the clock).

use crate::domain::common::date::day_number;
use crate::domain::flow::content::{Problem, SourceRef, Sources};

/// A node whose newest source is older than this many days is flagged as stale.
pub const STALE_AFTER_DAYS: i64 = 2 * 365;

/// The newest source a node cites, or `None` when none of them is known.
pub fn newest_source<'a>(ids: &[String], sources: &'a Sources) -> Option<&'a SourceRef> {
    ids.iter()
        .filter_map(|i| sources.get(i))
        .max_by_key(|s| day_number(&s.published))
}

/// Nodes whose newest source is older than [`STALE_AFTER_DAYS`] on `today` (YYYY-MM-DD):
/// (node id, date of its newest source). These need their sources checked again.
pub fn stale_nodes<'a>(
    p: &'a Problem,
    sources: &'a Sources,
    today: &str,
) -> Vec<(&'a str, &'a str)> {
    let Some(now) = day_number(today) else {
        return Vec::new();
    };
    p.nodes
        .iter()
        .filter_map(|n| {
            let s = newest_source(&n.sources, sources)?;
            let d = day_number(&s.published)?;
            (now - d > STALE_AFTER_DAYS).then_some((n.id.as_str(), s.published.as_str()))
        })
        .collect()
}
