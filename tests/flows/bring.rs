//! "What to bring" is one list per reason (`content/reasons.json`), the same on every screen
//! (issue 17: the outcome listed the reason's things, the confirmation a fixed list of its own).
//! For every route to a help point, the confirmation, its image and its calendar file list
//! exactly what the outcome screen listed; and the case summary they carry names no internal id.

use super::support::problems;
use pendamping::domain::booking::calendar::Moment;
use pendamping::domain::booking::confirmation::Confirmation;
use pendamping::domain::booking::ics::unfold;
use pendamping::domain::common::language::Lang;
use pendamping::domain::flow::content::{NodeKind, OutcomeKind};
use pendamping::domain::flow::labels::{self, pick};
use pendamping::domain::flow::walk::{walk, Answer};
use pendamping::text::booking::{bring, calendar_file, card_lines, BookingStrings};

/// The shortest trail to each in-person outcome of every flow: (problem, trail).
fn to_help_points() -> Vec<(&'static pendamping::domain::flow::content::Problem, String)> {
    let mut out = Vec::new();
    for (_, p) in problems() {
        let mut queue = std::collections::VecDeque::from([String::new()]);
        let mut seen = std::collections::BTreeSet::new();
        while let Some(t) = queue.pop_front() {
            let w = walk(p, &t).unwrap();
            if !seen.insert(w.current.id.clone()) {
                continue;
            }
            if w.current.outcome.as_ref().map(|o| o.kind) == Some(OutcomeKind::InPerson) {
                out.push((p, t.clone()));
            }
            let n = w.current;
            let answers: Vec<Answer> = match n.kind {
                NodeKind::Step => vec![Answer::Yes, Answer::No],
                NodeKind::Question => (0..n.options.len() as u8).map(Answer::Option).collect(),
                NodeKind::Outcome => vec![],
            };
            queue.extend(answers.into_iter().filter_map(|a| w.trail_with(a)));
        }
    }
    out
}

#[test]
fn the_confirmation_lists_what_the_outcome_listed_to_bring() {
    let routes = to_help_points();
    assert!(
        routes.len() >= 10,
        "only {} help-point outcomes",
        routes.len()
    );
    for (p, trail) in routes {
        let w = walk(p, &trail).unwrap();
        let reason = w
            .current
            .outcome
            .as_ref()
            .unwrap()
            .reason
            .as_deref()
            .unwrap();
        let on_outcome = labels::reason(reason).unwrap().bring;
        let c = Confirmation {
            code: "K7QM3XPA".into(),
            start: "2026-12-01T01:00:00Z".into(),
            end: "2026-12-01T01:30:00Z".into(),
            summary: w.case_summary(2000),
            ..Default::default()
        };
        assert!(!c.summary.contains(&format!("[{}]", p.id)), "{}", c.summary);
        for l in [Lang::Id, Lang::En] {
            let want: Vec<&str> = on_outcome.iter().map(|b| pick(*b, l)).collect();
            assert_eq!(bring(&c, l), want, "{} '{trail}'", p.id);
            let title = BookingStrings::get(l).bring_title;
            let card = card_lines(&c, l);
            assert!(
                card.contains(&(title, want.join(", "))),
                "{} '{trail}': the image card lists other things: {card:?}",
                p.id
            );
            let ics = unfold(&calendar_file(&c, l, Moment(0)).unwrap());
            let ics_text = ics.replace("\\,", ",").replace("\\n", "\n");
            assert!(
                ics_text.contains(&format!("{title}: {}", want.join(", "))),
                "{} '{trail}': {ics}",
                p.id
            );
            assert!(!ics.contains(&format!("[{}]", p.id)), "{ics}");
        }
    }
}

#[test]
fn a_confirmation_without_a_reason_lists_nothing_rather_than_a_guess() {
    let c = Confirmation {
        code: "K7QM3XPA".into(),
        start: "2026-12-01T01:00:00Z".into(),
        summary: "Datang langsung, HP hilang".into(),
        ..Default::default()
    };
    assert!(bring(&c, Lang::Id).is_empty());
    let title = BookingStrings::get(Lang::Id).bring_title;
    assert!(card_lines(&c, Lang::Id).iter().all(|(l, _)| *l != title));
}
