//! Checks that a troubleshooting flow is complete and safe to show to citizens.
//!
//! Every rule here exists because a broken flow strands a real person: a missing target is
//! a dead button, an unreachable node is content nobody sees, a cycle without exit keeps
//! someone clicking forever, a missing translation shows an empty screen.

use crate::domain::flow::content::{Channels, NodeKind, OutcomeKind, Problem, Text};
use std::collections::{BTreeMap, BTreeSet};

/// One problem found in the content, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub problem: String,
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

/// Longest text (characters) allowed for a step's main action, so it fits a phone screen.
pub const MAX_ACTION_CHARS: usize = 220;

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

fn text_ok(t: &Text) -> bool {
    !t.id.trim().is_empty() && !t.en.trim().is_empty()
}

/// Validate one problem against the channel list. Returns every finding, empty when fine.
pub fn validate_problem(p: &Problem, channels: &Channels) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |node: Option<&str>, msg: String| {
        out.push(Finding {
            problem: p.id.clone(),
            node: node.map(str::to_owned),
            message: msg,
        })
    };

    if !text_ok(&p.title) {
        push(None, "title must have Indonesian and English".into());
    }
    if !text_ok(&p.summary) {
        push(None, "summary must have Indonesian and English".into());
    }
    if p.phrases.is_empty() {
        push(None, "needs the words people use for it (phrases)".into());
    }
    for m in &p.messages {
        if !text_ok(m) {
            push(
                None,
                "every on-screen message needs Indonesian and English".into(),
            );
        }
    }

    // Unique ids.
    let mut seen = BTreeSet::new();
    for n in &p.nodes {
        if !seen.insert(n.id.as_str()) {
            push(Some(&n.id), "duplicate node id".into());
        }
    }
    let ids: BTreeSet<&str> = p.nodes.iter().map(|n| n.id.as_str()).collect();
    if !ids.contains(p.start.as_str()) {
        push(None, format!("start node '{}' does not exist", p.start));
    }

    // Per-node shape.
    for n in &p.nodes {
        let at = Some(n.id.as_str());
        if !text_ok(&n.text) {
            push(at, "text must have Indonesian and English".into());
        }
        for (name, t) in [("detail", &n.detail), ("limit", &n.limit)] {
            if let Some(t) = t {
                if !text_ok(t) {
                    push(at, format!("{name} must have Indonesian and English"));
                }
            }
        }
        if let Some(s) = &n.source {
            if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
                push(at, format!("source url '{}' is not a web address", s.url));
            }
            if !is_iso_date(&s.checked) {
                push(
                    at,
                    format!("checked date '{}' is not YYYY-MM-DD", s.checked),
                );
            }
        }
        match n.kind {
            NodeKind::Step => {
                if n.source.is_none() {
                    push(at, "step has no source".into());
                }
                if n.yes.is_none() || n.no.is_none() {
                    push(at, "step needs both 'yes' and 'no'".into());
                }
                if n.yes.is_some() && n.yes == n.no {
                    push(at, "'yes' and 'no' lead to the same node".into());
                }
                if !n.options.is_empty() || n.outcome.is_some() {
                    push(at, "step must not have options or an outcome".into());
                }
                if n.text.id.chars().count() > MAX_ACTION_CHARS {
                    push(
                        at,
                        "step action is too long for one screen; move detail to 'detail'".into(),
                    );
                }
            }
            NodeKind::Question => {
                if n.source.is_none() {
                    push(at, "question has no source".into());
                }
                if n.options.len() < 2 || n.options.len() > 10 {
                    push(at, "question needs 2 to 10 options".into());
                }
                for o in &n.options {
                    if !text_ok(&o.label) {
                        push(at, "option label must have Indonesian and English".into());
                    }
                }
                if n.yes.is_some() || n.no.is_some() || n.outcome.is_some() {
                    push(at, "question must not have yes/no or an outcome".into());
                }
            }
            NodeKind::Outcome => match &n.outcome {
                None => push(at, "outcome node without 'outcome'".into()),
                Some(o) => {
                    if n.yes.is_some() || n.no.is_some() || !n.options.is_empty() {
                        push(at, "outcome must not lead anywhere".into());
                    }
                    match o.kind {
                        OutcomeKind::Channel => match &o.channel {
                            None => push(at, "channel outcome without a channel".into()),
                            Some(c) if channels.get(c).is_none() => {
                                push(at, format!("channel '{c}' is not in channels.json"))
                            }
                            _ => {}
                        },
                        OutcomeKind::InPerson if o.reason.is_none() => {
                            push(
                                at,
                                "in-person outcome must say why an officer can help".into(),
                            );
                        }
                        _ => {}
                    }
                    if o.kind != OutcomeKind::Channel && o.channel.is_some() {
                        push(at, "only channel outcomes name a channel".into());
                    }
                    for a in &o.attach {
                        if !text_ok(a) {
                            push(
                                at,
                                "attachment text must have Indonesian and English".into(),
                            );
                        }
                    }
                    if let Some(s) = &o.subject {
                        if !text_ok(s) {
                            push(at, "subject must have Indonesian and English".into());
                        }
                    }
                }
            },
        }
        for t in successors(n) {
            if !ids.contains(t) {
                push(at, format!("target '{t}' does not exist"));
            }
        }
    }

    if !out.is_empty() {
        return out;
    }

    // Reachability from start.
    let by_id: BTreeMap<&str, &crate::domain::flow::content::Node> =
        p.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let mut reached = BTreeSet::new();
    let mut stack = vec![p.start.as_str()];
    while let Some(id) = stack.pop() {
        if reached.insert(id) {
            stack.extend(successors(by_id[id]));
        }
    }
    for n in &p.nodes {
        if !reached.contains(n.id.as_str()) {
            out.push(Finding {
                problem: p.id.clone(),
                node: Some(n.id.clone()),
                message: "not reachable from the start".into(),
            });
        }
    }

    // Every node must be able to reach an outcome (no dead ends, no cycle without exit).
    let mut can_end: BTreeSet<&str> = p
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Outcome)
        .map(|n| n.id.as_str())
        .collect();
    loop {
        let before = can_end.len();
        for n in &p.nodes {
            if successors(n).any(|t| can_end.contains(t)) {
                can_end.insert(n.id.as_str());
            }
        }
        if can_end.len() == before {
            break;
        }
    }
    for n in &p.nodes {
        if !can_end.contains(n.id.as_str()) {
            out.push(Finding {
                problem: p.id.clone(),
                node: Some(n.id.clone()),
                message: "no path from here ends in an outcome (dead end or closed loop)".into(),
            });
        }
    }
    // Cycles are not allowed at all: the progress count and the URL trail assume a DAG.
    if has_cycle(p) {
        out.push(Finding {
            problem: p.id.clone(),
            node: None,
            message: "the flow has a cycle".into(),
        });
    }
    out
}

/// The nodes a node can lead to.
pub fn successors(n: &crate::domain::flow::content::Node) -> impl Iterator<Item = &str> {
    n.yes
        .iter()
        .chain(n.no.iter())
        .map(String::as_str)
        .chain(n.options.iter().map(|o| o.next.as_str()))
}

fn has_cycle(p: &Problem) -> bool {
    // 0 = new, 1 = on stack, 2 = done
    let idx: BTreeMap<&str, usize> = p
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let mut state = vec![0u8; p.nodes.len()];
    fn visit(i: usize, p: &Problem, idx: &BTreeMap<&str, usize>, st: &mut [u8]) -> bool {
        st[i] = 1;
        for t in successors(&p.nodes[i]) {
            let Some(&j) = idx.get(t) else { continue };
            if st[j] == 1 || (st[j] == 0 && visit(j, p, idx, st)) {
                return true;
            }
        }
        st[i] = 2;
        false
    }
    (0..p.nodes.len()).any(|i| state[i] == 0 && visit(i, p, &idx, &mut state))
}

/// Validate the channel list itself.
pub fn validate_channels(c: &Channels) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for ch in &c.channels {
        let mut push = |m: &str| {
            out.push(Finding {
                problem: "channels.json".into(),
                node: Some(ch.id.clone()),
                message: m.into(),
            })
        };
        if !seen.insert(ch.id.clone()) {
            push("duplicate channel id");
        }
        if !text_ok(&ch.name) {
            push("name must have Indonesian and English");
        }
        if ch.how.is_empty() || !ch.how.iter().all(text_ok) {
            push("'how' needs at least one step, in Indonesian and English");
        }
        if !is_iso_date(&ch.source.checked) || !ch.source.url.starts_with("http") {
            push("source needs a web address and a YYYY-MM-DD checked date");
        }
        for t in ch.hours.iter().chain(ch.note.iter()) {
            if !text_ok(t) {
                push("hours/note must have Indonesian and English");
            }
        }
        for k in &ch.contacts {
            if !matches!(k.kind.as_str(), "url" | "email" | "phone" | "whatsapp")
                || k.value.is_empty()
            {
                push("contact kind must be url, email, phone or whatsapp, with a value");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::flow::content::*;

    fn t(s: &str) -> Text {
        Text {
            id: s.into(),
            en: s.into(),
        }
    }
    fn src() -> Option<Source> {
        Some(Source {
            url: "https://www.prakerja.go.id/".into(),
            checked: "2026-11-27".into(),
        })
    }
    fn step(id: &str, yes: &str, no: &str) -> Node {
        Node {
            id: id.into(),
            kind: NodeKind::Step,
            text: t(id),
            detail: None,
            limit: None,
            source: src(),
            yes: Some(yes.into()),
            no: Some(no.into()),
            options: vec![],
            outcome: None,
        }
    }
    fn end(id: &str, kind: OutcomeKind) -> Node {
        Node {
            id: id.into(),
            kind: NodeKind::Outcome,
            text: t(id),
            detail: None,
            limit: None,
            source: None,
            yes: None,
            no: None,
            options: vec![],
            outcome: Some(Outcome {
                kind,
                channel: None,
                subject: None,
                attach: vec![],
                reason: if kind == OutcomeKind::InPerson {
                    Some(InPersonReason::AllFixesFailed)
                } else {
                    None
                },
            }),
        }
    }
    fn problem(nodes: Vec<Node>) -> Problem {
        Problem {
            id: "p".into(),
            stage: Stage::Account,
            title: t("T"),
            summary: t("S"),
            phrases: vec!["x".into()],
            messages: vec![],
            start: "a".into(),
            nodes,
        }
    }
    fn none() -> Channels {
        Channels { channels: vec![] }
    }

    #[test]
    fn a_complete_flow_passes() {
        let p = problem(vec![
            step("a", "ok", "b"),
            step("b", "ok", "help"),
            end("ok", OutcomeKind::Solved),
            end("help", OutcomeKind::InPerson),
        ]);
        assert_eq!(validate_problem(&p, &none()), vec![]);
    }

    #[test]
    fn missing_target_unreachable_node_and_cycle_are_reported() {
        let p = problem(vec![step("a", "ok", "zzz"), end("ok", OutcomeKind::Solved)]);
        assert!(validate_problem(&p, &none())
            .iter()
            .any(|f| f.message.contains("'zzz' does not exist")));

        let p = problem(vec![
            step("a", "ok", "help"),
            end("ok", OutcomeKind::Solved),
            end("help", OutcomeKind::InPerson),
            end("lost", OutcomeKind::Solved),
        ]);
        assert!(validate_problem(&p, &none())
            .iter()
            .any(|f| f.node.as_deref() == Some("lost")));

        let p = problem(vec![
            step("a", "ok", "b"),
            step("b", "a", "ok"),
            end("ok", OutcomeKind::Solved),
        ]);
        assert!(validate_problem(&p, &none())
            .iter()
            .any(|f| f.message.contains("cycle")));

        let p = problem(vec![
            step("a", "b", "c"),
            step("b", "c", "a"),
            step("c", "a", "b"),
        ]);
        let f = validate_problem(&p, &none());
        assert!(
            f.iter().any(|f| f.message.contains("ends in an outcome")),
            "{f:?}"
        );
    }

    #[test]
    fn unsourced_step_untranslated_text_and_unknown_channel_are_reported() {
        let mut a = step("a", "ok", "form");
        a.source = None;
        a.text.en = String::new();
        let mut form = end("form", OutcomeKind::Channel);
        form.outcome.as_mut().unwrap().channel = Some("nope".into());
        let p = problem(vec![a, end("ok", OutcomeKind::Solved), form]);
        let f = validate_problem(&p, &none());
        assert!(f.iter().any(|f| f.message == "step has no source"));
        assert!(f
            .iter()
            .any(|f| f.message.contains("Indonesian and English")));
        assert!(f
            .iter()
            .any(|f| f.message.contains("'nope' is not in channels.json")));
    }
}
