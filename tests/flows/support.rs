//! The language of the per-flow route tests: walk a flow the way a citizen's taps do (through
//! `domain::flow::walk`, one trail character per answer) and say where each route ends.
//!
//! ```ignore
//! let f = flow("otp-not-received");
//! f.from("email-inbox").answer(No).goes_to("email-resend");
//! f.from("email-access").answer(pick(1)).goes_to("lost-email");
//! f.route("0nn02").via(&["channel", "email-inbox", "email-resend", "email-access", "q-form-sent"])
//!     .ends_in(InPerson { reason: "needs-someone-beside" });
//! ```

use pendamping::domain::common::language::Lang;
use pendamping::domain::common::programme::StateKind;
pub use pendamping::domain::common::programme::StateKind::{Closed, Open, Unknown};
use pendamping::domain::flow::content::{Node, NodeKind, OutcomeKind, Problem};
use pendamping::domain::flow::walk::{next_id, walk, Answer, Walk};
use pendamping::native::catalogue;
use std::collections::{BTreeSet, VecDeque};
use std::path::Path;
use std::sync::OnceLock;

pub use pendamping::domain::flow::walk::Answer::{No, Yes};
pub use End::{Channel, InPerson, Info, Solved};

/// The complaint form (`bantuan.prakerja.go.id`).
pub const FORM: End = Channel("complaint-form");
/// The same report to info@prakerja.go.id.
pub const EMAIL_INFO: End = Channel("email-info");
/// Dukcapil, who keep the population data.
pub const DUKCAPIL: End = Channel("dukcapil");
/// A help point where an officer sits beside the citizen to read and write.
pub const BESIDE: End = InPerson {
    reason: "needs-someone-beside",
};
/// A help point with a device that has a camera and opens the site.
pub const NO_CAMERA: End = InPerson {
    reason: "no-camera-device",
};

/// The n-th option of a question (`0`-`9` in the trail).
pub fn pick(n: u8) -> Answer {
    Answer::Option(n)
}

/// Every problem of `content/problems/`, read once for the whole test binary. The one place
/// that knows where the catalogue loader lives.
pub fn problems() -> &'static [(String, Problem)] {
    static ALL: OnceLock<Vec<(String, Problem)>> = OnceLock::new();
    ALL.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        catalogue::load(&dir)
            .unwrap_or_else(|e| panic!("cannot read the catalogue: {e}"))
            .0
    })
}

/// How a route ends, as the citizen sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum End {
    /// "Berhasil": the problem is fixed.
    Solved,
    /// Nothing to fix: a rule or something to wait for.
    Info,
    /// Contact this official channel (an id of `content/channels.json`).
    Channel(&'static str),
    /// Book a help point, for this reason (an id of `content/reasons.json`).
    InPerson { reason: &'static str },
    /// Book a help point after the complaint form went unanswered for this wait.
    InPersonAfterWait { wait: &'static str },
    /// An in-person outcome that names no reason: never right.
    InPersonWithoutReason,
}

fn end_of(node: &'static Node) -> Option<End> {
    let o = node.outcome.as_ref()?;
    Some(match o.kind {
        OutcomeKind::Solved => Solved,
        OutcomeKind::Info => Info,
        OutcomeKind::Channel => Channel(o.channel.as_deref().unwrap_or("")),
        OutcomeKind::InPerson => match (&o.reason, &o.wait) {
            (Some(r), _) => InPerson { reason: r },
            (None, Some(w)) => End::InPersonAfterWait { wait: w },
            (None, None) => End::InPersonWithoutReason,
        },
    })
}

/// One troubleshooting flow under test.
#[derive(Clone, Copy)]
pub struct Flow {
    problem: &'static Problem,
}

/// The flow of `content/problems/<id>.json`.
pub fn flow(id: &str) -> Flow {
    let problem = problems()
        .iter()
        .map(|(_, p)| p)
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no problem '{id}' in content/problems/"));
    Flow { problem }
}

/// Where a trail led, with the trail that was asked for.
pub struct Route {
    id: &'static str,
    asked: String,
    walk: Walk<'static>,
}

/// A node reached by the shortest trail, waiting for one more answer.
pub struct At {
    flow: Flow,
    node: &'static str,
    trail: String,
}

/// A node and one answer given there.
pub struct Answered {
    at: At,
    answer: Answer,
}

impl Flow {
    fn id(&self) -> &'static str {
        &self.problem.id
    }

    /// Follow `trail` (`y`/`n`/digits) from the start. Fails when an answer is not on offer
    /// where the citizen is at that moment.
    #[track_caller]
    pub fn route(&self, trail: &str) -> Route {
        let walk = walk(self.problem, trail)
            .unwrap_or_else(|| panic!("{}: the start node does not exist", self.id()));
        if walk.trail != trail {
            let c = trail[walk.trail.len()..].chars().next().unwrap_or('?');
            panic!(
                "{}: trail '{trail}': after '{}' the citizen is at '{}', which offers no answer '{c}' (it offers {})",
                self.id(),
                walk.trail,
                walk.current.id,
                offered(walk.current)
            );
        }
        Route {
            id: self.id(),
            asked: trail.to_owned(),
            walk,
        }
    }

    /// The node `node`, reached by its shortest trail from the start.
    #[track_caller]
    pub fn from(&self, node: &'static str) -> At {
        let trail = self
            .shortest_trail_to(|n| n.id == node)
            .unwrap_or_else(|| panic!("{}: no route reaches '{node}'", self.id()));
        At {
            flow: *self,
            node,
            trail,
        }
    }

    /// Breadth first over trails: the shortest trail whose current node passes `want`
    /// (the first in answer order among equally short ones).
    fn shortest_trail_to(&self, want: impl Fn(&'static Node) -> bool) -> Option<String> {
        let mut queue = VecDeque::from([String::new()]);
        while let Some(t) = queue.pop_front() {
            let w = walk(self.problem, &t)?;
            if want(w.current) {
                return Some(t);
            }
            // A route without a loop answers each node at most once.
            if t.len() < self.problem.nodes.len() {
                for a in answers(w.current) {
                    queue.push_back(format!("{t}{}", a.to_char()));
                }
            }
        }
        None
    }

    /// Every complete route, start to outcome, in answer order.
    #[track_caller]
    fn routes(&self) -> Vec<Route> {
        let mut out = Vec::new();
        let mut stack = vec![String::new()];
        while let Some(t) = stack.pop() {
            let route = self.route(&t);
            if route.walk.current.kind == NodeKind::Outcome {
                out.push(route);
                continue;
            }
            assert!(
                t.len() < self.problem.nodes.len(),
                "{}: trail '{t}' answers more nodes than the flow has: it goes round in a loop",
                self.id()
            );
            for a in answers(route.walk.current).into_iter().rev() {
                stack.push(format!("{t}{}", a.to_char()));
            }
        }
        out
    }

    /// The fewest taps from the start to "it worked" is `trail`.
    #[track_caller]
    pub fn quickest_fix_is(&self, trail: &str) {
        let found = self.shortest_trail_to(|n| end_of(n) == Some(Solved));
        assert_eq!(
            found.as_deref(),
            Some(trail),
            "{}: the quickest route to a solved outcome",
            self.id()
        );
    }

    /// At the "Have you sent the complaint form?" question that `trail` reaches: not yet → the
    /// form; sent, no answer → info@prakerja.go.id; hard to read or write → a help point, where
    /// an officer writes it with the citizen.
    #[track_caller]
    pub fn report_question_at(&self, trail: &str) {
        self.route(trail).asks("q-form-sent");
        self.route(&format!("{trail}0"))
            .ends_at("o-form")
            .ends_in(FORM);
        self.route(&format!("{trail}1"))
            .ends_at("o-email")
            .ends_in(EMAIL_INFO);
        self.route(&format!("{trail}2"))
            .ends_at("o-help-point")
            .ends_in(BESIDE);
    }

    /// No route ends in "it worked": the flow only explains or points elsewhere.
    #[track_caller]
    pub fn never_solved(&self) {
        let solved: Vec<String> = self
            .routes()
            .into_iter()
            .filter(|r| r.end() == Some(Solved))
            .map(|r| r.asked)
            .collect();
        assert!(
            solved.is_empty(),
            "{}: routes now end solved: {solved:?}",
            self.id()
        );
    }

    /// The outcomes a citizen can reach, each with how it ends: exactly these, no more.
    #[track_caller]
    pub fn ends_are(&self, expected: &[(&str, End)]) {
        let have: BTreeSet<(&str, End)> = self
            .routes()
            .iter()
            .filter_map(|r| Some((r.walk.current.id.as_str(), r.end()?)))
            .collect();
        let want: BTreeSet<(&str, End)> = expected.iter().copied().collect();
        let missing: Vec<_> = want.difference(&have).collect();
        let extra: Vec<_> = have.difference(&want).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: outcomes changed\n  expected but not reachable: {missing:?}\n  reachable but not expected: {extra:?}",
            self.id()
        );
    }

    /// Every route to a help point passes the answer that records why self-help cannot work
    /// (the outcome's reason, or its wait after the complaint form), and the officer's case
    /// summary names that reason first.
    #[track_caller]
    pub fn help_points_need_their_reason(&self) {
        let mut problems = Vec::new();
        for r in self.routes() {
            let Some(node) = r.walk.current.outcome.as_ref() else {
                continue;
            };
            if node.kind != OutcomeKind::InPerson {
                continue;
            }
            let recorded = r.walk.visits.iter().any(|v| {
                let Answer::Option(i) = v.answer else {
                    return false;
                };
                let choice = &v.node.options[i as usize];
                match (&node.reason, &node.wait) {
                    (Some(reason), _) => choice.records.as_ref() == Some(reason),
                    (None, Some(wait)) => choice.waited.as_ref() == Some(wait),
                    (None, None) => false,
                }
            });
            let summary = r.walk.case_summary(2000);
            if !recorded {
                problems.push(format!(
                    "trail '{}' reaches help point '{}' ({:?}) without an answer recording it",
                    r.asked,
                    r.walk.current.id,
                    r.end()
                ));
            } else if !summary.contains("Alasan butuh petugas:") {
                problems.push(format!(
                    "trail '{}': the case summary names no reason:\n{summary}",
                    r.asked
                ));
            }
        }
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            self.id(),
            problems.join("\n")
        );
    }
}

/// The answers a node offers, in the order of its buttons.
fn answers(node: &Node) -> Vec<Answer> {
    match node.kind {
        NodeKind::Step => vec![Yes, No],
        NodeKind::Question => (0..node.options.len() as u8).map(pick).collect(),
        NodeKind::Outcome => vec![],
    }
    .into_iter()
    .filter(|a| next_id(node, *a).is_some())
    .collect()
}

fn offered(node: &Node) -> String {
    let a: Vec<String> = answers(node)
        .iter()
        .map(|a| format!("'{}'", a.to_char()))
        .collect();
    if a.is_empty() {
        "nothing: it is an outcome".into()
    } else {
        a.join(", ")
    }
}

impl Route {
    fn end(&self) -> Option<End> {
        end_of(self.walk.current)
    }

    /// The nodes answered on the way, in order (the start first).
    #[track_caller]
    pub fn via(self, nodes: &[&str]) -> Self {
        let seen: Vec<&str> = self
            .walk
            .visits
            .iter()
            .map(|v| v.node.id.as_str())
            .collect();
        assert_eq!(
            seen, nodes,
            "{}: trail '{}' answers other nodes",
            self.id, self.asked
        );
        self
    }

    /// The route ends at outcome `node`.
    #[track_caller]
    pub fn ends_at(self, node: &str) -> Self {
        assert_eq!(
            self.walk.current.id, node,
            "{}: trail '{}' ends elsewhere",
            self.id, self.asked
        );
        self
    }

    /// The route ends in an outcome of this kind (channel, reason).
    #[track_caller]
    pub fn ends_in(self, end: End) -> Self {
        assert_eq!(
            self.end(),
            Some(end),
            "{}: trail '{}' stops at '{}'",
            self.id,
            self.asked,
            self.walk.current.id
        );
        self
    }

    /// Where the route stops, while the programme is `state`, the citizen reads `id` in the
    /// Indonesian words and `en` in the English (text or detail, the variant for that state
    /// when the node has one). The route itself is the same in every state.
    #[track_caller]
    pub fn says_when(self, state: StateKind, id: &str, en: &str) -> Self {
        let shown = self.walk.current.shown(state);
        for (lang, want) in [(Lang::Id, id), (Lang::En, en)] {
            let read = format!(
                "{} {}",
                shown.text.get(lang),
                shown.detail.map(|d| d.get(lang)).unwrap_or_default()
            );
            assert!(
                read.contains(want),
                "{}: trail '{}' at '{}' while the programme is {}: \"{want}\" not in \"{read}\"",
                self.id,
                self.asked,
                self.walk.current.id,
                state.code()
            );
        }
        self
    }

    /// The route stops at a step or question that still waits for an answer.
    #[track_caller]
    pub fn asks(self, node: &str) -> Self {
        assert_eq!(
            (self.walk.current.id.as_str(), self.end()),
            (node, None),
            "{}: trail '{}' should stop at '{node}' and wait for an answer",
            self.id,
            self.asked
        );
        self
    }
}

impl At {
    pub fn answer(self, answer: Answer) -> Answered {
        Answered { at: self, answer }
    }
}

impl Answered {
    /// That answer takes the citizen to `node`.
    #[track_caller]
    pub fn goes_to(self, node: &str) {
        let At {
            flow,
            node: from,
            trail,
        } = self.at;
        let mut t = trail;
        t.push(self.answer.to_char());
        let w = walk(flow.problem, &t).expect("start node");
        assert_eq!(
            (w.trail.as_str(), w.current.id.as_str()),
            (t.as_str(), node),
            "{}: answering '{}' at '{from}'",
            flow.id(),
            self.answer.to_char()
        );
    }
}
