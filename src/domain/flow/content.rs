//! The troubleshooting catalogue as data.
//!
//! One JSON file per problem lives in `content/problems/<id>.json`; the official help
//! channels live in `content/channels.json`. These types are the schema of those files.
//! The browser loads a problem file on demand; native tests validate all of them
//! (see [`crate::domain::flow::validate`]).

use crate::domain::common::json::{FromJson, Json};
pub use crate::domain::common::language::Text;
pub use crate::domain::common::programme::StateKind;
pub use crate::domain::common::stage::Stage;
use serde::{Deserialize, Serialize};

/// One problem of the catalogue and its troubleshooting flow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// Stable id (it is in addresses and usage events), the same as in the research notes.
    pub id: String,
    pub stage: Stage,
    /// Short title, as a citizen would name the problem.
    pub title: Text,
    /// One sentence that tells the citizen what this flow is about.
    pub summary: Text,
    /// Words people use for this problem (informal Indonesian, some English). Used by triage.
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Error messages as shown on prakerja.go.id, when the facts give them.
    #[serde(default)]
    pub messages: Vec<Text>,
    /// Id of the first node.
    pub start: String,
    pub nodes: Vec<Node>,
}

impl Problem {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// One fix action; the citizen answers whether it worked.
    Step,
    /// A question with two or more options, each leading to another node.
    Question,
    /// The end of a path.
    Outcome,
}

/// A node of a flow. Which fields are used depends on `kind`; the validator checks that
/// each kind has exactly the fields it needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    /// Step: the one action to take. Question: the question. Outcome: the headline.
    pub text: Text,
    /// Optional longer explanation (how exactly, what you will see).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Text>,
    /// A published limit or timer that applies here (e.g. OTP: 5 requests, then 2 hours).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<Text>,
    /// Ids of the sources in `content/sources.json` this text rests on (at least one).
    #[serde(default)]
    pub sources: Vec<String>,
    /// The date (`YYYY-MM-DD`) this text was last compared with its sources. Not the sources'
    /// own date: that is in `sources.json` and is what the flow screen shows.
    #[serde(default)]
    pub compared: String,
    /// Step: where to go when it worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yes: Option<String>,
    /// Step: where to go when it did not work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no: Option<String>,
    /// Question: the options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// Outcome: what kind of end this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// Other words for some states of the programme (`settings.json`'s `programme`): the
    /// node's own text is shown in any state without one. Words only, never a route.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
}

/// What a node says while the programme is in one state (`domain::flow::variant` picks it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    pub state: StateKind,
    /// Replaces the node's text.
    pub text: Text,
    /// Replaces the node's detail; none given = no detail in this state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Text>,
    /// Source ids; when given, they replace the node's sources in this state.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub label: Text,
    pub next: String,
    /// Choosing this answer records why self-help cannot work: a reason id of
    /// `content/reasons.json`. Only behind such an answer may a flow offer a help point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records: Option<String>,
    /// Choosing this answer says that a published waiting time (a wait id of
    /// `content/reasons.json`) has passed since the complaint form was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waited: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    /// The problem is fixed.
    Solved,
    /// Nothing to fix: the citizen now knows the rule or what to wait for.
    Info,
    /// Contact an official channel (see `content/channels.json`).
    Channel,
    /// Book in-person help at one of the 56 help points.
    InPerson,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub kind: OutcomeKind,
    /// Channel outcomes: id of the channel in `content/channels.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// Channel outcomes: e.g. the e-mail subject line or complaint title to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Text>,
    /// Channel outcomes: what to attach or include.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attach: Vec<Text>,
    /// In-person outcomes: why self-help cannot work (a reason id of `content/reasons.json`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// In-person outcomes reached after the complaint form went unanswered for a published
    /// waiting time instead: the wait id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait: Option<String>,
}

/// An official channel: the Prakerja complaint form, e-mail addresses, Dukcapil, ...
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    pub id: String,
    pub name: Text,
    /// How to use it, step by step, one action per line.
    pub how: Vec<Text>,
    /// Contact details shown verbatim (URLs, e-mail addresses, phone numbers).
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Text>,
    /// Honest caveats, e.g. "this address comes from third parties".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Source ids, as on nodes.
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub compared: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// `url`, `email`, `phone` or `whatsapp`.
    pub kind: String,
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
}

/// `content/channels.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channels {
    pub channels: Vec<Channel>,
}

impl Channels {
    pub fn get(&self, id: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the files in the browser (the hand-written reader of `common::json`)

impl FromJson for NodeKind {
    fn from_json(j: &Json) -> Option<Self> {
        match j.as_str()? {
            "step" => Some(NodeKind::Step),
            "question" => Some(NodeKind::Question),
            "outcome" => Some(NodeKind::Outcome),
            _ => None,
        }
    }
}

impl FromJson for OutcomeKind {
    fn from_json(j: &Json) -> Option<Self> {
        match j.as_str()? {
            "solved" => Some(OutcomeKind::Solved),
            "info" => Some(OutcomeKind::Info),
            "channel" => Some(OutcomeKind::Channel),
            "in_person" => Some(OutcomeKind::InPerson),
            _ => None,
        }
    }
}

impl FromJson for Choice {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Choice {
            label: Text::from_json(j.get("label")?)?,
            next: j.str_field("next")?,
            records: j.opt("records")?,
            waited: j.opt("waited")?,
        })
    }
}

impl FromJson for Outcome {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Outcome {
            kind: OutcomeKind::from_json(j.get("kind")?)?,
            channel: j.opt("channel")?,
            subject: j.opt("subject")?,
            attach: j.list("attach")?,
            reason: j.opt("reason")?,
            wait: j.opt("wait")?,
        })
    }
}

impl FromJson for Node {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Node {
            id: j.str_field("id")?,
            kind: NodeKind::from_json(j.get("kind")?)?,
            text: Text::from_json(j.get("text")?)?,
            detail: j.opt("detail")?,
            limit: j.opt("limit")?,
            sources: j.list("sources")?,
            compared: j.opt::<String>("compared")?.unwrap_or_default(),
            yes: j.opt("yes")?,
            no: j.opt("no")?,
            options: j.list("options")?,
            outcome: j.opt("outcome")?,
            variants: j.list("variants")?,
        })
    }
}

impl FromJson for Variant {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Variant {
            state: StateKind::from_json(j.get("state")?)?,
            text: Text::from_json(j.get("text")?)?,
            detail: j.opt("detail")?,
            sources: j.list("sources")?,
        })
    }
}

impl FromJson for Problem {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Problem {
            id: j.str_field("id")?,
            stage: Stage::from_json(j.get("stage")?)?,
            title: Text::from_json(j.get("title")?)?,
            summary: Text::from_json(j.get("summary")?)?,
            phrases: j.list("phrases")?,
            messages: j.list("messages")?,
            start: j.str_field("start")?,
            nodes: j.list("nodes")?,
        })
    }
}

impl FromJson for Contact {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Contact {
            kind: j.str_field("kind")?,
            value: j.str_field("value")?,
            label: j.opt("label")?,
        })
    }
}

impl FromJson for Channel {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Channel {
            id: j.str_field("id")?,
            name: Text::from_json(j.get("name")?)?,
            how: j.list("how")?,
            contacts: j.list("contacts")?,
            hours: j.opt("hours")?,
            note: j.opt("note")?,
            sources: j.list("sources")?,
            compared: j.opt::<String>("compared")?.unwrap_or_default(),
        })
    }
}

impl FromJson for Channels {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Channels {
            channels: j.list("channels")?,
        })
    }
}

/// How far a source can be trusted on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grade {
    /// prakerja.go.id, government pages, laws.
    #[serde(rename = "OFFICIAL")]
    Official,
    /// News that quotes the site or a named official.
    #[serde(rename = "PRESS")]
    Press,
    /// Third-party blogs and references: never cited alone.
    #[serde(rename = "BLOG")]
    Blog,
}

/// One entry of `content/sources.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub id: String,
    /// Full https address of the page.
    pub url: String,
    pub title: String,
    /// Short name shown to citizens: "menurut <publisher>, <date>".
    pub publisher: String,
    /// The source's own date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the page shows.
    pub published: String,
    pub grade: Grade,
    /// What the content cites it for.
    pub supports: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// `content/sources.json`: every source a node, channel or reason may cite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sources {
    pub sources: Vec<SourceRef>,
}

impl Sources {
    pub fn get(&self, id: &str) -> Option<&SourceRef> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// Why self-help cannot work, so that an officer at a help point can really help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub id: String,
    pub label: Text,
    /// Whether a call to the call centre (`settings.json`) can do what the officer does: only
    /// then does the outcome offer it too. Every reason says so; a phone cannot lend a camera.
    pub by_phone: bool,
    pub officer_can: Text,
    pub bring: Vec<Text>,
    pub sources: Vec<String>,
}

/// A published waiting time. Only a wait with `answer_of: "complaint-form"` may open the way to
/// a help point (complaint form sent, no answer in that time); none is published today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wait {
    pub id: String,
    pub after: Text,
    pub hours: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_of: Option<String>,
    pub sources: Vec<String>,
}

/// `content/reasons.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reasons {
    pub reasons: Vec<Reason>,
    #[serde(default)]
    pub waits: Vec<Wait>,
}

impl Reasons {
    pub fn reason(&self, id: &str) -> Option<&Reason> {
        self.reasons.iter().find(|r| r.id == id)
    }
    pub fn wait(&self, id: &str) -> Option<&Wait> {
        self.waits.iter().find(|w| w.id == id)
    }
}

/// Words not to use, per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Avoid {
    #[serde(default)]
    pub id: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

/// One term of `content/glossary.json`: the word to use in each language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub key: String,
    pub id: String,
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default)]
    pub avoid: Avoid,
}

/// `content/glossary.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Glossary {
    pub terms: Vec<Term>,
}
