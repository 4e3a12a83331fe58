//! In-person help only where an officer can really help: `content/reasons.json` (every reason
//! says what the officer can do and what to bring; a wait is a published time), answers that
//! record a known reason or wait, and every in-person outcome behind exactly one of them, with
//! no path to it that skips the answer recording it.

use super::sources::cited;
use super::{text_ok, Refs, Report};
use crate::domain::flow::content::{Choice, Node, Outcome, OutcomeKind, Problem, Reasons, Sources};
use std::collections::{BTreeMap, BTreeSet};

/// Every reason and wait of `reasons.json`: unique ids, both languages, cited.
pub(super) fn check_file(r: &Reasons, sources: &Sources, out: &mut Report) {
    let mut seen = BTreeSet::new();
    for x in &r.reasons {
        if !seen.insert(x.id.as_str()) {
            out.at(&x.id, "duplicate reason id");
        }
        if !text_ok(&x.label) || !text_ok(&x.officer_can) {
            out.at(&x.id, "label and officer_can need Indonesian and English");
        }
        if x.bring.is_empty() || !x.bring.iter().all(text_ok) {
            out.at(
                &x.id,
                "every reason says what to bring, in Indonesian and English",
            );
        }
        cited(&x.sources, sources, |m| out.at(&x.id, m));
    }
    for w in &r.waits {
        if !seen.insert(w.id.as_str()) {
            out.at(&w.id, "duplicate wait id");
        }
        if w.hours == 0 || !text_ok(&w.after) {
            out.at(
                &w.id,
                "a wait needs hours and what it follows, in both languages",
            );
        }
        cited(&w.sources, sources, |m| out.at(&w.id, m));
    }
}

/// The answers and in-person outcomes of one problem.
pub(super) fn check(p: &Problem, r: &Refs, out: &mut Report) {
    for n in &p.nodes {
        for c in &n.options {
            answer(&n.id, c, r.reasons, out);
        }
        match &n.outcome {
            Some(o) if o.kind == OutcomeKind::InPerson => in_person(p, n, o, r.reasons, out),
            Some(o) if o.reason.is_some() || o.wait.is_some() => {
                out.at(&n.id, "only in-person outcomes carry a reason or a wait")
            }
            _ => {}
        }
    }
}

/// An answer records a known reason, or a known wait that is the complaint form's answer time.
fn answer(at: &str, c: &Choice, reasons: &Reasons, out: &mut Report) {
    if let Some(x) = &c.records {
        if reasons.reason(x).is_none() {
            out.at(at, format!("records unknown reason '{x}'"));
        }
    }
    if let Some(w) = &c.waited {
        match reasons.wait(w) {
            None => out.at(at, format!("waited for unknown wait '{w}'")),
            Some(w) if w.answer_of.as_deref() != Some("complaint-form") => {
                let m = format!(
                    "wait '{}' is not a published answer time of the complaint form",
                    w.id
                );
                out.at(at, m)
            }
            _ => {}
        }
    }
}

/// Exactly one known reason or wait, and no path to the outcome that skips recording it.
fn in_person(p: &Problem, n: &Node, o: &Outcome, reasons: &Reasons, out: &mut Report) {
    match (&o.reason, &o.wait) {
        (Some(x), None) if reasons.reason(x).is_some() => {}
        (Some(x), None) => out.at(&n.id, format!("in-person reason '{x}' is not in reasons.json")),
        (None, Some(w)) if reasons.wait(w).is_some() => {}
        (None, Some(w)) => out.at(&n.id, format!("wait '{w}' is not in reasons.json")),
        _ => out.at(&n.id, "in-person outcome needs exactly one of 'reason' (why self-help cannot work) or 'wait' (complaint form sent, no answer in the published time)"),
    }
    if let Some(via) = shortcut(p, n, o) {
        let why = o.reason.as_deref().or(o.wait.as_deref()).unwrap_or("?");
        let m = format!("reachable without recording why: a path via '{via}' reaches this help point without the answer that records '{why}'");
        out.at(&n.id, m);
    }
}

/// A path from the start to in-person outcome `target` that crosses no answer recording its
/// reason (or its wait): returns the last node before `target` on such a path.
fn shortcut<'a>(p: &'a Problem, target: &Node, o: &Outcome) -> Option<&'a str> {
    let by_id: BTreeMap<&str, &Node> = p.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let gate = |c: &Choice| match (&o.reason, &o.wait) {
        (Some(r), _) => c.records.as_ref() == Some(r),
        (None, Some(w)) => c.waited.as_ref() == Some(w),
        _ => false,
    };
    let mut seen = BTreeSet::new();
    let mut stack = vec![p.start.as_str()];
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        let Some(n) = by_id.get(id) else { continue };
        let open = n
            .options
            .iter()
            .filter(|c| !gate(c))
            .map(|c| c.next.as_str());
        for t in n
            .yes
            .iter()
            .chain(n.no.iter())
            .map(String::as_str)
            .chain(open)
        {
            if t == target.id {
                return Some(id);
            }
            stack.push(t);
        }
    }
    None
}
