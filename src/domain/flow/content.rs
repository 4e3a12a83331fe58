//! The troubleshooting catalogue as data.
//!
//! One JSON file per problem lives in `content/problems/<id>.json`; the official help
//! channels live in `content/channels.json`. These types are the schema of those files.
//! The browser loads a problem file on demand; native tests validate all of them
//! (see [`crate::domain::flow::validate`]).

use crate::domain::common::json::{FromJson, Json};
pub use crate::domain::common::language::Text;
pub use crate::domain::common::stage::Stage;
use serde::{Deserialize, Serialize};

/// Where a fact comes from and when it was last checked (ISO date, `YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub url: String,
    pub checked: String,
}

/// One problem of the catalogue and its troubleshooting flow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// Stable id, identical to the id in `shared/prakerja-facts.md`.
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
    /// One fix action; the citizen answers "Berhasil?" yes or no.
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
    /// Required for steps and questions; optional for outcomes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
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
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub label: Text,
    pub next: String,
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

/// Why an officer at a help point can really help; in-person help is offered for no other
/// reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InPersonReason {
    /// The citizen has no own e-mail address or mobile number to use.
    NoEmailOrPhone,
    /// The citizen cannot take or upload the photos the site asks for.
    CannotTakePhotos,
    /// Every fix was tried and it still fails.
    AllFixesFailed,
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
    /// In-person outcomes: why an officer can help.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<InPersonReason>,
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
    pub source: Source,
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

impl FromJson for Source {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Source {
            url: j.str_field("url")?,
            checked: j.str_field("checked")?,
        })
    }
}


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

impl FromJson for InPersonReason {
    fn from_json(j: &Json) -> Option<Self> {
        match j.as_str()? {
            "no_email_or_phone" => Some(InPersonReason::NoEmailOrPhone),
            "cannot_take_photos" => Some(InPersonReason::CannotTakePhotos),
            "all_fixes_failed" => Some(InPersonReason::AllFixesFailed),
            _ => None,
        }
    }
}

impl FromJson for Choice {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Choice {
            label: Text::from_json(j.get("label")?)?,
            next: j.str_field("next")?,
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
            source: j.opt("source")?,
            yes: j.opt("yes")?,
            no: j.opt("no")?,
            options: j.list("options")?,
            outcome: j.opt("outcome")?,
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
            source: Source::from_json(j.get("source")?)?,
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
