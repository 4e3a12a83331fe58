//! Walking a troubleshooting flow.
//!
//! The whole state of a walk is the *trail*: one character per answered node, `y`/`n` for
//! "Berhasil?" on a step, `0`-`9` for the chosen option of a question. The trail lives in the
//! URL (`/masalah/<id>/<trail>`), so every step has its own deep link, browser back and
//! forward work, and a reload resumes at the same place. It holds no personal data.

use crate::domain::flow::content::{Node, NodeKind, OutcomeKind, Problem};

mod summary;
pub use summary::*;

/// An answer given at one node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// "Ya, berhasil" on a step.
    Yes,
    /// "Belum berhasil" on a step.
    No,
    /// The n-th option of a question.
    Option(u8),
}

impl Answer {
    pub fn to_char(self) -> char {
        match self {
            Answer::Yes => 'y',
            Answer::No => 'n',
            Answer::Option(i) => (b'0' + i) as char,
        }
    }
    pub fn from_char(c: char) -> Option<Answer> {
        match c {
            'y' => Some(Answer::Yes),
            'n' => Some(Answer::No),
            '0'..='9' => Some(Answer::Option(c as u8 - b'0')),
            _ => None,
        }
    }
}

/// One answered node on the way to the current one.
#[derive(Debug, Clone, PartialEq)]
pub struct Visit<'a> {
    pub node: &'a Node,
    pub answer: Answer,
    /// The trail that leads to this node (its "Ubah" / change link).
    pub trail: String,
}

/// Where a trail leads.
#[derive(Debug, Clone, PartialEq)]
pub struct Walk<'a> {
    pub problem: &'a Problem,
    pub visits: Vec<Visit<'a>>,
    pub current: &'a Node,
    /// The part of the requested trail that was valid. Shorter than the request when the
    /// content changed since the link was made; the app then rewrites the URL.
    pub trail: String,
}

/// Follow `trail` from the start of `problem`. Never fails for a valid problem: an invalid
/// or too long trail is cut at the first answer that does not fit.
pub fn walk<'a>(problem: &'a Problem, trail: &str) -> Option<Walk<'a>> {
    let mut current = problem.node(&problem.start)?;
    let mut visits = Vec::new();
    let mut valid = String::new();
    for c in trail.chars() {
        let Some(answer) = Answer::from_char(c) else {
            break;
        };
        let Some(next) = next_id(current, answer) else {
            break;
        };
        let Some(next) = problem.node(next) else {
            break;
        };
        visits.push(Visit {
            node: current,
            answer,
            trail: valid.clone(),
        });
        valid.push(c);
        current = next;
    }
    Some(Walk {
        problem,
        visits,
        current,
        trail: valid,
    })
}

/// Where an answer at `node` leads, if that answer exists there.
pub fn next_id(node: &Node, answer: Answer) -> Option<&str> {
    match (node.kind, answer) {
        (NodeKind::Step, Answer::Yes) => node.yes.as_deref(),
        (NodeKind::Step, Answer::No) => node.no.as_deref(),
        (NodeKind::Question, Answer::Option(i)) => {
            node.options.get(i as usize).map(|o| o.next.as_str())
        }
        _ => None,
    }
}

/// The progress line of a step or question screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// This screen's number: answers given so far, plus one.
    pub step: usize,
    /// The most screens that can still follow before an outcome, on the longest way from here
    /// (0: this is the last one).
    pub at_most_left: usize,
}

impl Progress {
    /// How far along, in percent, for the bar: grows with every answer, 100 at the last screen.
    pub fn percent(&self) -> usize {
        self.step * 100 / (self.step + self.at_most_left)
    }
}

/// The longest number of answerable nodes (steps and questions) from `node` to an outcome.
/// Flows are acyclic (the validator enforces it); a depth limit guards against bad content.
pub fn longest_remaining(problem: &Problem, node: &Node) -> usize {
    fn go(p: &Problem, n: &Node, depth: usize) -> usize {
        if n.kind == NodeKind::Outcome || depth > 64 {
            return 0;
        }
        1 + crate::domain::flow::validate::successors(n)
            .filter_map(|id| p.node(id))
            .map(|m| go(p, m, depth + 1))
            .max()
            .unwrap_or(0)
    }
    go(problem, node, 0)
}

impl<'a> Walk<'a> {
    pub fn is_outcome(&self) -> bool {
        self.current.kind == NodeKind::Outcome
    }

    /// Where the citizen is in the flow: `None` on an outcome. The counter only moves forward:
    /// the step number grows by one per answer and the most answers left only shrinks, so a
    /// short branch never shows a smaller total than the screen before ("2 of 5", then "3 of 3").
    pub fn progress(&self) -> Option<Progress> {
        if self.is_outcome() {
            return None;
        }
        Some(Progress {
            step: self.visits.len() + 1,
            at_most_left: longest_remaining(self.problem, self.current).saturating_sub(1),
        })
    }

    /// The trail after answering `answer` at the current node.
    pub fn trail_with(&self, answer: Answer) -> Option<String> {
        next_id(self.current, answer)?;
        let mut t = self.trail.clone();
        t.push(answer.to_char());
        Some(t)
    }

    /// The trail one answer back (the in-app Back link), `None` at the first node.
    pub fn back_trail(&self) -> Option<String> {
        self.visits.last().map(|v| v.trail.clone())
    }

    /// The fixes that were tried and did not work, in order.
    pub fn failed_steps(&self) -> impl Iterator<Item = &'a Node> + '_ {
        self.visits
            .iter()
            .filter(|v| v.node.kind == NodeKind::Step && v.answer == Answer::No)
            .map(|v| v.node)
    }

    /// The step whose "Ya, berhasil" led here, if this is a solved outcome.
    pub fn step_that_helped(&self) -> Option<&'a Node> {
        let o = self.current.outcome.as_ref()?;
        if o.kind != OutcomeKind::Solved {
            return None;
        }
        self.visits
            .last()
            .filter(|v| v.answer == Answer::Yes)
            .map(|v| v.node)
    }
}

/// Decide which trail to remember for "resume" and "previous answer": when the user goes
/// back to a prefix of the remembered trail, keep the longer one so the earlier answer can
/// be shown again; otherwise remember the new trail.
pub fn remembered_trail(remembered: &str, visiting: &str) -> String {
    if remembered.len() > visiting.len() && remembered.starts_with(visiting) {
        remembered.to_owned()
    } else {
        visiting.to_owned()
    }
}

/// The answer given earlier at the node reached by `visiting`, if the remembered trail
/// continues past it.
pub fn earlier_answer(remembered: &str, visiting: &str) -> Option<Answer> {
    remembered
        .strip_prefix(visiting)?
        .chars()
        .next()
        .and_then(Answer::from_char)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::flow::content::*;

    fn t(s: &str) -> Text {
        Text {
            id: format!("{s} id"),
            en: format!("{s} en"),
        }
    }
    fn node(id: &str, kind: NodeKind) -> Node {
        Node {
            id: id.into(),
            kind,
            text: t(id),
            detail: None,
            limit: None,
            sources: vec![],
            compared: String::new(),
            yes: None,
            no: None,
            options: vec![],
            outcome: None,
            variants: vec![],
        }
    }
    fn step(id: &str, yes: &str, no: &str) -> Node {
        Node {
            yes: Some(yes.into()),
            no: Some(no.into()),
            ..node(id, NodeKind::Step)
        }
    }
    fn end(id: &str, kind: OutcomeKind) -> Node {
        Node {
            outcome: Some(Outcome {
                kind,
                channel: None,
                subject: None,
                attach: vec![],
                reason: None,
                wait: None,
            }),
            ..node(id, NodeKind::Outcome)
        }
    }
    /// q: "Punya email?" -> 0: a -> b -> help ; 1: help directly
    fn sample() -> Problem {
        let mut q = node("q", NodeKind::Question);
        q.options = vec![
            Choice {
                label: t("ya"),
                next: "a".into(),
                records: None,
                waited: None,
            },
            Choice {
                label: t("tidak"),
                next: "help".into(),
                records: None,
                waited: None,
            },
        ];
        Problem {
            id: "otp".into(),
            stage: Stage::Verification,
            title: t("OTP"),
            summary: t("s"),
            phrases: vec![],
            messages: vec![],
            start: "q".into(),
            nodes: vec![
                q,
                step("a", "ok", "b"),
                step("b", "ok", "help"),
                end("ok", OutcomeKind::Solved),
                end("help", OutcomeKind::InPerson),
            ],
        }
    }

    #[test]
    fn a_trail_leads_to_the_same_step_every_time() {
        let p = sample();
        let w = walk(&p, "0n").unwrap();
        assert_eq!(w.current.id, "b");
        assert_eq!(
            w.progress(),
            Some(Progress {
                step: 3,
                at_most_left: 0
            })
        );
        assert_eq!(w.back_trail().as_deref(), Some("0"));
        assert_eq!(w.trail_with(Answer::No).as_deref(), Some("0nn"));
        assert_eq!(w.trail_with(Answer::Option(1)), None);
    }

    #[test]
    fn a_broken_link_stops_at_the_last_valid_answer() {
        let p = sample();
        let w = walk(&p, "0xq").unwrap();
        assert_eq!(w.current.id, "a");
        assert_eq!(w.trail, "0");
        let w = walk(&p, "7").unwrap();
        assert_eq!(w.current.id, "q");
        assert_eq!(w.trail, "");
    }

    #[test]
    fn case_summary_lists_every_fix_tried_and_the_result() {
        let p = sample();
        let w = walk(&p, "0nn").unwrap();
        assert!(w.is_outcome());
        assert_eq!(w.progress(), None);
        let s = w.case_summary(2000);
        assert!(s.starts_with("Masalah: OTP id\n"), "{s}");
        assert!(s.contains("Jawaban:\n- q id → ya id\n"), "{s}");
        assert!(
            s.contains("Yang sudah dicoba:\n1. a id → tidak berhasil\n"),
            "{s}"
        );
        assert!(s.contains("2. b id → tidak berhasil"), "{s}");
        assert!(s.ends_with("Hasil: help id"), "{s}");
        assert_eq!(
            w.failed_steps().map(|n| n.id.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert!(w.case_summary(20).chars().count() <= 20);
    }

    #[test]
    fn case_summary_names_no_id_and_no_question_as_a_fix_tried() {
        let p = sample();
        let s = walk(&p, "0nn").unwrap().case_summary(2000);
        assert!(!s.contains("[otp]") && !s.contains("otp\n"), "{s}");
        let tried = &s[s.find("Yang sudah dicoba:").unwrap()..];
        assert!(!tried.contains("q id"), "a question is not a fix: {s}");
        // straight to the help point: no empty heading
        let s = walk(&p, "1").unwrap().case_summary(2000);
        assert!(!s.contains("Yang sudah dicoba"), "{s}");
    }

    #[test]
    fn a_mention_of_another_problem_reads_as_its_title_in_the_summary() {
        let mut p = sample();
        p.nodes[1].text.id = "Buka masalah [[forgot-email]]".into();
        let s = walk(&p, "0nn").unwrap().case_summary(2000);
        assert!(
            s.contains("1. Buka masalah \"Lupa e-mail yang dipakai daftar\" → tidak berhasil"),
            "{s}"
        );
    }

    #[test]
    fn case_summary_names_the_reason_for_in_person_help_first() {
        let mut p = sample();
        for n in &mut p.nodes {
            if let Some(o) = n
                .outcome
                .as_mut()
                .filter(|o| o.kind == OutcomeKind::InPerson)
            {
                o.reason = Some("no-camera-device".into());
            }
        }
        let s = walk(&p, "0nn").unwrap().case_summary(2000);
        let reason = crate::domain::flow::labels::reason("no-camera-device")
            .unwrap()
            .label
            .0;
        assert!(
            s.contains(&format!("Alasan butuh petugas: {reason}")),
            "{s}"
        );
        assert!(
            s.find("Alasan").unwrap() < s.find("Yang sudah dicoba").unwrap(),
            "{s}"
        );
        assert!(w_short_keeps_reason(&p));
    }

    fn w_short_keeps_reason(p: &Problem) -> bool {
        walk(p, "0nn")
            .unwrap()
            .case_summary(200)
            .contains("Alasan butuh petugas")
    }

    #[test]
    fn the_step_that_helped_is_known_on_a_solved_screen() {
        let p = sample();
        assert_eq!(
            walk(&p, "0ny")
                .unwrap()
                .step_that_helped()
                .map(|n| n.id.as_str()),
            Some("b")
        );
        assert_eq!(walk(&p, "1").unwrap().step_that_helped(), None);
    }

    #[test]
    fn going_back_remembers_the_earlier_answer() {
        assert_eq!(remembered_trail("0nn", "0"), "0nn");
        assert_eq!(earlier_answer("0nn", "0"), Some(Answer::No));
        assert_eq!(remembered_trail("0nn", "0y"), "0y");
        assert_eq!(earlier_answer("0y", "1"), None);
    }
}
