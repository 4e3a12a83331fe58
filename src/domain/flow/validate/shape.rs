//! A problem's shape: both languages on every text, the search phrases, unique ids, an
//! existing start and existing targets, and each kind of node with exactly the fields it needs.

use super::graph::successors;
use super::{text_ok, Finding, Report};
use crate::domain::flow::content::{Channels, Node, NodeKind, Outcome, OutcomeKind, Problem};
use std::collections::BTreeSet;

/// Longest text (characters) allowed for a step's main action, so it fits a phone screen.
pub const MAX_ACTION_CHARS: usize = 220;

/// The file `<file>.json` holds the problem whose id is `file`.
pub(super) fn file_name(file: &str, p: &Problem) -> Option<Finding> {
    (file != p.id).then(|| Finding {
        problem: format!("{file}.json"),
        node: None,
        message: format!("id is '{}', must equal the file name", p.id),
    })
}

/// Title, summary, the words people use for it, the on-screen messages.
pub(super) fn header(p: &Problem, out: &mut Report) {
    if !text_ok(&p.title) {
        out.add(None, "title must have Indonesian and English");
    }
    if !text_ok(&p.summary) {
        out.add(None, "summary must have Indonesian and English");
    }
    if p.phrases.is_empty() {
        out.add(None, "needs the words people use for it (phrases)");
    }
    for m in &p.messages {
        if !text_ok(m) {
            out.add(None, "every on-screen message needs Indonesian and English");
        }
    }
}

/// Unique node ids, a start that exists, and every target that exists.
pub(super) fn ids(p: &Problem, out: &mut Report) {
    let mut seen = BTreeSet::new();
    for n in &p.nodes {
        if !seen.insert(n.id.as_str()) {
            out.at(&n.id, "duplicate node id");
        }
    }
    if !seen.contains(p.start.as_str()) {
        out.add(None, format!("start node '{}' does not exist", p.start));
    }
    for n in &p.nodes {
        for t in successors(n) {
            if !seen.contains(t) {
                out.at(&n.id, format!("target '{t}' does not exist"));
            }
        }
    }
}

/// Every node: its texts in both languages and the fields of its kind.
pub(super) fn nodes(p: &Problem, channels: &Channels, out: &mut Report) {
    for n in &p.nodes {
        texts(n, out);
        match n.kind {
            NodeKind::Step => step(n, out),
            NodeKind::Question => question(n, out),
            NodeKind::Outcome => match &n.outcome {
                None => out.at(&n.id, "outcome node without 'outcome'"),
                Some(o) => outcome(n, o, channels, out),
            },
        }
    }
}

fn texts(n: &Node, out: &mut Report) {
    if !text_ok(&n.text) {
        out.at(&n.id, "text must have Indonesian and English");
    }
    for (name, t) in [("detail", &n.detail), ("limit", &n.limit)] {
        if t.as_ref().is_some_and(|t| !text_ok(t)) {
            out.at(&n.id, format!("{name} must have Indonesian and English"));
        }
    }
}

/// One action, a source, and "yes" and "no" leading to different nodes.
fn step(n: &Node, out: &mut Report) {
    if n.sources.is_empty() {
        out.at(&n.id, "step has no source");
    }
    if n.yes.is_none() || n.no.is_none() {
        out.at(&n.id, "step needs both 'yes' and 'no'");
    }
    if n.yes.is_some() && n.yes == n.no {
        out.at(&n.id, "'yes' and 'no' lead to the same node");
    }
    if !n.options.is_empty() || n.outcome.is_some() {
        out.at(&n.id, "step must not have options or an outcome");
    }
    if n.text.id.chars().count() > MAX_ACTION_CHARS {
        out.at(
            &n.id,
            "step action is too long for one screen; move detail to 'detail'",
        );
    }
}

/// A source and 2 to 10 labelled options.
fn question(n: &Node, out: &mut Report) {
    if n.sources.is_empty() {
        out.at(&n.id, "question has no source");
    }
    if n.options.len() < 2 || n.options.len() > 10 {
        out.at(&n.id, "question needs 2 to 10 options");
    }
    for o in &n.options {
        if !text_ok(&o.label) {
            out.at(&n.id, "option label must have Indonesian and English");
        }
    }
    if n.yes.is_some() || n.no.is_some() || n.outcome.is_some() {
        out.at(&n.id, "question must not have yes/no or an outcome");
    }
}

/// Leads nowhere; a channel outcome names a channel that exists, others none; an in-person
/// outcome says why; attachments and the subject in both languages.
fn outcome(n: &Node, o: &Outcome, channels: &Channels, out: &mut Report) {
    if n.yes.is_some() || n.no.is_some() || !n.options.is_empty() {
        out.at(&n.id, "outcome must not lead anywhere");
    }
    match (o.kind, &o.channel) {
        (OutcomeKind::Channel, None) => out.at(&n.id, "channel outcome without a channel"),
        (OutcomeKind::Channel, Some(c)) if channels.get(c).is_none() => {
            out.at(&n.id, format!("channel '{c}' is not in channels.json"))
        }
        (OutcomeKind::Channel, Some(_)) => {}
        (_, Some(_)) => out.at(&n.id, "only channel outcomes name a channel"),
        (_, None) => {}
    }
    if o.kind == OutcomeKind::InPerson && o.reason.is_none() && o.wait.is_none() {
        out.at(&n.id, "in-person outcome must say why an officer can help");
    }
    for a in &o.attach {
        if !text_ok(a) {
            out.at(&n.id, "attachment text must have Indonesian and English");
        }
    }
    if o.subject.as_ref().is_some_and(|s| !text_ok(s)) {
        out.at(&n.id, "subject must have Indonesian and English");
    }
}
