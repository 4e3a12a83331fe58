//! The step counter over every flow and every route (issue 17: "Langkah 1 dari 5" was followed
//! by "Langkah 2 dari 4", and "Step 2 of 5" by "Step 3 of 3"). On every route a citizen can
//! take, the counter only moves forward: the step number grows by one per answer, the most
//! steps left only shrinks, the bar only grows, and "at most n more" is never fewer than the
//! screens that really follow.

use super::support::problems;
use pendamping::domain::common::language::Lang;
use pendamping::domain::flow::content::NodeKind;
use pendamping::domain::flow::walk::{next_id, walk, Answer, Progress};
use pendamping::text::schema::FlowStrings;

/// Every complete trail of a flow, start to outcome.
fn trails(p: &pendamping::domain::flow::content::Problem) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![String::new()];
    while let Some(t) = stack.pop() {
        let w = walk(p, &t).expect("the flow has its start node");
        if w.is_outcome() {
            out.push(t);
            continue;
        }
        assert!(t.len() <= p.nodes.len(), "{}: loop at '{t}'", p.id);
        let n = w.current;
        let answers: Vec<Answer> = match n.kind {
            NodeKind::Step => vec![Answer::Yes, Answer::No],
            _ => (0..n.options.len() as u8).map(Answer::Option).collect(),
        };
        for a in answers {
            if next_id(n, a).is_some() {
                stack.push(format!("{t}{}", a.to_char()));
            }
        }
    }
    out
}

/// The progress of each screen before the outcome, along `trail`.
fn screens(p: &pendamping::domain::flow::content::Problem, trail: &str) -> Vec<Progress> {
    (0..trail.len())
        .map(|i| {
            walk(p, &trail[..i])
                .unwrap()
                .progress()
                .expect("a screen before the outcome has a step number")
        })
        .collect()
}

#[test]
fn the_step_counter_never_jumps_back_on_any_route() {
    let mut routes = 0;
    for (_, p) in problems() {
        for t in trails(p) {
            routes += 1;
            let shown = screens(p, &t);
            assert_eq!(shown[0].step, 1, "{} starts at step 1", p.id);
            for (i, pr) in shown.iter().enumerate() {
                let really_left = shown.len() - 1 - i;
                assert!(
                    pr.at_most_left >= really_left,
                    "{} '{t}' screen {}: says at most {} more, but {really_left} follow",
                    p.id,
                    i + 1,
                    pr.at_most_left
                );
            }
            for w in shown.windows(2) {
                let (a, b) = (w[0], w[1]);
                let at = format!(
                    "{} '{t}': \"{}\" then \"{}\"",
                    p.id,
                    FlowStrings::get(Lang::Id).progress(a),
                    FlowStrings::get(Lang::Id).progress(b)
                );
                assert_eq!(b.step, a.step + 1, "{at}");
                assert!(b.at_most_left < a.at_most_left, "{at}");
                assert!(
                    b.step + b.at_most_left <= a.step + a.at_most_left,
                    "the longest total grew: {at}"
                );
                assert!(b.percent() > a.percent(), "the bar went back: {at}");
            }
        }
    }
    assert!(routes > 100, "only {routes} routes walked");
}

#[test]
fn a_short_branch_no_longer_shows_a_smaller_total_than_the_screen_before() {
    // nik-already-used: the first answer can take a route shorter than the longest one, which
    // used to turn "Langkah 1 dari n" into "Langkah 2 dari m" with m < n.
    let mut seen_short_branch = false;
    for (_, p) in problems() {
        for t in trails(p) {
            let shown = screens(p, &t);
            if shown[0].at_most_left + 1 > shown.len() {
                seen_short_branch = true;
                let words: Vec<String> = shown
                    .iter()
                    .map(|s| FlowStrings::get(Lang::En).progress(*s))
                    .collect();
                assert!(
                    words.iter().all(|w| !w.contains(" of ")),
                    "{}: {words:?}",
                    p.id
                );
            }
        }
    }
    assert!(
        seen_short_branch,
        "the catalogue has routes shorter than its longest"
    );
}
