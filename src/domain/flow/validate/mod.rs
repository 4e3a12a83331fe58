//! Checks that the catalogue is complete, true and safe to show to citizens.
//!
//! Every rule exists because a broken flow strands a real person: a missing target is a dead
//! button, an unreachable node is content nobody sees, a cycle keeps someone clicking forever,
//! a missing translation shows an empty screen, an unsourced step may be untrue.
//!
//! One file per family of rules; this file only holds the findings and the entry points that
//! run the rules in order:
//! - `shape`: both languages on every text, phrases, unique ids, each node kind with exactly
//!   the fields it needs, every target existing, actions short enough for one screen;
//! - `graph`: every node reachable, every path ending in an outcome, no cycle;
//! - `channels`: `channels.json` itself;
//! - `sources`: `sources.json` (full addresses, dates), citations (a blog never alone) and
//!   the `compared` dates of nodes and channels;
//! - `reasons`: `reasons.json`, and in-person help only behind a recorded reason or wait;
//! - `glossary`: the words to avoid, in every text a citizen reads;
//! - `staleness`: the newest source of a node and nodes whose sources are old on a given day;
//! - `publishers`: a source is its publisher's own page (`publishers.json`), no mirror or copy;
//! - `programme`: a node that tells people to register, join a wave or wait for the next wave
//!   has words for a closed and an unknown programme (`programme-phrases.json`);
//! - `said`: a reason for in-person help says only what the person's answer said;
//! - `mentions`: another problem is named only as a link (`[[problem-id]]`), never as a quoted
//!   title, and every link names a problem of the catalogue.
//!
//! **Adding a rule** is one new file plus one line in an entry point here: a rule over one
//! problem (e.g. a node that tells people to register needs a variant per programme state) is
//! `pub(super) fn check(p: &Problem, r: &Refs, out: &mut Report)`, called from
//! [`validate_truth`]; a rule over `sources.json` (e.g. a source's host is its publisher's) is
//! `pub(super) fn check(s: &Sources, out: &mut Report)`, called from [`validate_sources`].
//! [`validate_catalogue`] runs every entry point, so `cargo test --test content` and the tools
//! pick the rule up. Nothing here reads a file or the clock: the loader is
//! `crate::native::catalogue`, and "today" is a parameter.

mod channels;
mod glossary;
mod graph;
mod mentions;
mod programme;
mod publishers;
mod reasons;
mod said;
mod shape;
mod sources;
mod staleness;
#[cfg(test)]
mod tests;

pub use glossary::{glossary_findings, glossary_misuse, shown_texts};
pub use graph::successors;
pub use programme::{programme_findings, ProgrammePhrases, NEEDS_WORDS_FOR};
pub use publishers::{
    host_matches, host_of, publisher_findings, publisher_name, Publisher, Publishers,
};
pub use shape::MAX_ACTION_CHARS;
pub use sources::{is_full_address, is_source_date};
pub use staleness::{newest_source, stale_nodes, STALE_AFTER_DAYS};

use crate::domain::common::language::Text;
use crate::domain::flow::content::{Channels, Glossary, Problem, Reasons, Sources};

/// One problem found in the content, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The problem id, or the name of the file (`channels.json`, `sources.json`, …).
    pub problem: String,
    /// The node, channel, source or reason inside it.
    pub node: Option<String>,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.node {
            Some(n) => write!(f, "{} / {}: {}", self.problem, n, self.message),
            None => write!(f, "{}: {}", self.problem, self.message),
        }
    }
}

/// The findings of one file (a problem id or a file name) as the rules add them.
pub struct Report<'a> {
    file: &'a str,
    found: Vec<Finding>,
}

impl<'a> Report<'a> {
    pub fn new(file: &'a str) -> Self {
        Report {
            file,
            found: Vec::new(),
        }
    }

    /// A finding at `node` (a node, channel, source or reason id), or about the whole file.
    pub fn add(&mut self, node: Option<&str>, message: impl Into<String>) {
        self.found.push(Finding {
            problem: self.file.to_owned(),
            node: node.map(str::to_owned),
            message: message.into(),
        });
    }

    /// A finding at one entry of the file.
    pub fn at(&mut self, node: &str, message: impl Into<String>) {
        self.add(Some(node), message);
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    pub fn into_findings(self) -> Vec<Finding> {
        self.found
    }
}

/// What the flows are checked against besides their own shape.
pub struct Refs<'a> {
    pub channels: &'a Channels,
    pub sources: &'a Sources,
    pub reasons: &'a Reasons,
    pub glossary: &'a Glossary,
    /// `content/publishers.json`: each publisher's own hosts.
    pub publishers: &'a Publishers,
    /// `content/programme-phrases.json`: words that send people to registration or a wave.
    pub phrases: &'a ProgrammePhrases,
}

/// A text has both its Indonesian and its English.
fn text_ok(t: &Text) -> bool {
    !t.id.trim().is_empty() && !t.en.trim().is_empty()
}

/// The shape of one problem against the channel list. Every finding, empty when fine. The
/// graph rules run only on a well-formed flow (they follow its targets).
pub fn validate_problem(p: &Problem, channels: &Channels) -> Vec<Finding> {
    let mut out = Report::new(&p.id);
    shape::header(p, &mut out);
    shape::ids(p, &mut out);
    shape::nodes(p, channels, &mut out);
    if out.is_empty() {
        graph::reachable(p, &mut out);
        graph::ends(p, &mut out);
        graph::acyclic(p, &mut out);
    }
    out.into_findings()
}

/// The truth rules of one problem: every node cites sources (never only a blog) and carries
/// the date its text was last compared with them; in-person help only behind a recorded reason
/// or a sourced wait after the complaint form; the glossary's words.
pub fn validate_truth(p: &Problem, r: &Refs) -> Vec<Finding> {
    let mut out = Report::new(&p.id);
    sources::check(p, r, &mut out);
    reasons::check(p, r, &mut out);
    glossary::check(p, r, &mut out);
    programme::check(p, r, &mut out);
    said::check(p, r, &mut out);
    out.into_findings()
}

/// The channel list itself.
pub fn validate_channels(c: &Channels) -> Vec<Finding> {
    let mut out = Report::new("channels.json");
    channels::check(c, &mut out);
    out.into_findings()
}

/// `content/sources.json` itself.
pub fn validate_sources(s: &Sources) -> Vec<Finding> {
    let mut out = Report::new("sources.json");
    sources::check_file(s, &mut out);
    out.into_findings()
}

/// The reasons and waits of `content/reasons.json`, with their citations.
pub fn validate_reasons(r: &Reasons, s: &Sources) -> Vec<Finding> {
    let mut out = Report::new("reasons.json");
    reasons::check_file(r, s, &mut out);
    out.into_findings()
}

/// Channels cite sources and use the glossary's words too.
pub fn validate_channel_sources(c: &Channels, r: &Refs) -> Vec<Finding> {
    let mut out = Report::new("channels.json");
    sources::check_channels(c, r.sources, &mut out);
    glossary::check_channels(c, r.glossary, &mut out);
    out.into_findings()
}

/// Every rule over the whole catalogue (`problems` as (file stem, problem)); empty when it is
/// fit to publish.
pub fn validate_catalogue(problems: &[(String, Problem)], r: &Refs) -> Vec<Finding> {
    let mut f = validate_channels(r.channels);
    f.extend(validate_sources(r.sources));
    f.extend(publisher_findings(r.sources, r.publishers));
    f.extend(validate_reasons(r.reasons, r.sources));
    f.extend(validate_channel_sources(r.channels, r));
    let mut out = Report::new("reasons.json");
    glossary::check_reasons(r.reasons, r.glossary, &mut out);
    f.extend(out.into_findings());
    f.extend(mentions::check(problems, r.channels));
    for (file, p) in problems {
        f.extend(shape::file_name(file, p));
        f.extend(validate_problem(p, r.channels));
        f.extend(validate_truth(p, r));
    }
    f
}
