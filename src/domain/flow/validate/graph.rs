//! A flow as a graph: every node reachable from the start, every path ending in an outcome,
//! and no cycle at all (the progress count and the trail in the address assume none). These
//! rules run only once every target exists.

use super::Report;
use crate::domain::flow::content::{Node, NodeKind, Problem};
use std::collections::{BTreeMap, BTreeSet};

/// The nodes a node can lead to.
pub fn successors(n: &Node) -> impl Iterator<Item = &str> {
    n.yes
        .iter()
        .chain(n.no.iter())
        .map(String::as_str)
        .chain(n.options.iter().map(|o| o.next.as_str()))
}

/// Every node can be reached from the start.
pub(super) fn reachable(p: &Problem, out: &mut Report) {
    let by_id: BTreeMap<&str, &Node> = p.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let mut reached = BTreeSet::new();
    let mut stack = vec![p.start.as_str()];
    while let Some(id) = stack.pop() {
        if reached.insert(id) {
            stack.extend(by_id.get(id).into_iter().flat_map(|n| successors(n)));
        }
    }
    for n in &p.nodes {
        if !reached.contains(n.id.as_str()) {
            out.at(&n.id, "not reachable from the start");
        }
    }
}

/// Every node can reach an outcome: no dead end, no loop without an exit.
pub(super) fn ends(p: &Problem, out: &mut Report) {
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
            out.at(
                &n.id,
                "no path from here ends in an outcome (dead end or closed loop)",
            );
        }
    }
}

/// No cycle at all.
pub(super) fn acyclic(p: &Problem, out: &mut Report) {
    if has_cycle(p) {
        out.add(None, "the flow has a cycle");
    }
}

fn has_cycle(p: &Problem) -> bool {
    let idx: BTreeMap<&str, usize> = p
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    // 0 = new, 1 = on the path being followed, 2 = done
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
