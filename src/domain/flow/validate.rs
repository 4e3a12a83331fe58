//! Checks that a troubleshooting flow is complete and safe to show to citizens.
//!
//! Every rule here exists because a broken flow strands a real person: a missing target is
//! a dead button, an unreachable node is content nobody sees, a cycle without exit keeps
//! someone clicking forever, a missing translation shows an empty screen.

use crate::domain::common::language::Lang;
use crate::domain::flow::content::{
    Channels, Choice, Glossary, Grade, Node, NodeKind, Outcome, OutcomeKind, Problem, Reasons,
    SourceRef, Sources, Text,
};
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
        match n.kind {
            NodeKind::Step => {
                if n.sources.is_empty() {
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
                if n.sources.is_empty() {
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
                        OutcomeKind::InPerson if o.reason.is_none() && o.wait.is_none() => {
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
        if ch.sources.is_empty() {
            push("channel cites no source");
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

// ---------------------------------------------------------------------------------------
// Truth rules (issue 10): sources, dates, reasons for in-person help, the glossary.

/// What the flows are checked against besides their own shape.
pub struct Refs<'a> {
    pub channels: &'a Channels,
    pub sources: &'a Sources,
    pub reasons: &'a Reasons,
    pub glossary: &'a Glossary,
}

/// A node whose newest source is older than this many days is flagged as stale.
pub const STALE_AFTER_DAYS: i64 = 2 * 365;

/// Days since 1970-01-01 of a date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial date counts as
/// its first day (the oldest reading, so staleness is never understated).
pub fn day_number(date: &str) -> Option<i64> {
    let mut it = date.split('-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next().map_or(Some(1), |m| m.parse().ok())?;
    let d: i64 = it.next().map_or(Some(1), |d| d.parse().ok())?;
    if it.next().is_some()
        || !(1..=12).contains(&m)
        || !(1..=31).contains(&d)
        || !(1900..=2999).contains(&y)
    {
        return None;
    }
    // days from civil (Howard Hinnant)
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Today's date from the system clock, `YYYY-MM-DD` (UTC); for the native tools.
pub fn today_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    // civil from days (Howard Hinnant)
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with real digits in range.
pub fn is_source_date(s: &str) -> bool {
    matches!(s.len(), 4 | 7 | 10)
        && s.bytes().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && day_number(s).is_some()
}

/// A web address that names one page: https, a host with a dot, a path, and not just a date
/// (`https://poskota.co.id/2024/08/03` cannot be opened as an article).
pub fn is_full_address(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if !host.contains('.') || host.contains(' ') {
        return false;
    }
    let path = path.trim_end_matches('/');
    if path.is_empty() {
        return false;
    }
    // a path made only of numbers and slashes is a date or an archive, not a page
    !path
        .split('/')
        .all(|seg| seg.bytes().all(|c| c.is_ascii_digit()))
}

/// Checks of `content/sources.json` itself.
pub fn validate_sources(s: &Sources) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for src in &s.sources {
        let mut push = |m: String| {
            out.push(Finding {
                problem: "sources.json".into(),
                node: Some(src.id.clone()),
                message: m,
            })
        };
        if !seen.insert(src.id.as_str()) {
            push("duplicate source id".into());
        }
        if !is_full_address(&src.url) {
            push(format!(
                "'{}' is not a full https address of one page",
                src.url
            ));
        }
        if !is_source_date(&src.published) {
            push(format!(
                "publication date '{}' is not YYYY, YYYY-MM or YYYY-MM-DD",
                src.published
            ));
        }
        for (what, v) in [
            ("title", &src.title),
            ("publisher", &src.publisher),
            ("supports", &src.supports),
        ] {
            if v.trim().is_empty() {
                push(format!("source needs a {what} (what it is cited for)"));
            }
        }
    }
    out
}

/// The sources named by `ids` must exist, there must be at least one, and sources graded BLOG
/// never stand alone.
fn check_cited(ids: &[String], sources: &Sources, mut push: impl FnMut(String)) {
    if ids.is_empty() {
        push("cites no source".into());
        return;
    }
    let mut all_blog = true;
    for id in ids {
        match sources.get(id) {
            None => {
                push(format!("source '{id}' is not in sources.json"));
                all_blog = false;
            }
            Some(s) => all_blog &= s.grade == Grade::Blog,
        }
    }
    if all_blog {
        push("only BLOG sources: a blog never stands alone behind a rule".into());
    }
}

/// The reasons and waits of `content/reasons.json`.
pub fn validate_reasons(r: &Reasons, sources: &Sources) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for x in &r.reasons {
        let mut push = |m: String| {
            out.push(Finding {
                problem: "reasons.json".into(),
                node: Some(x.id.clone()),
                message: m,
            })
        };
        if !seen.insert(x.id.as_str()) {
            push("duplicate reason id".into());
        }
        if !text_ok(&x.label) || !text_ok(&x.officer_can) {
            push("label and officer_can need Indonesian and English".into());
        }
        if x.bring.is_empty() || !x.bring.iter().all(text_ok) {
            push("every reason says what to bring, in Indonesian and English".into());
        }
        check_cited(&x.sources, sources, &mut push);
    }
    for w in &r.waits {
        let mut push = |m: String| {
            out.push(Finding {
                problem: "reasons.json".into(),
                node: Some(w.id.clone()),
                message: m,
            })
        };
        if !seen.insert(w.id.as_str()) {
            push("duplicate wait id".into());
        }
        if w.hours == 0 || !text_ok(&w.after) {
            push("a wait needs hours and what it follows, in both languages".into());
        }
        check_cited(&w.sources, sources, &mut push);
    }
    out
}

/// Every text of a problem a citizen reads (not the search phrases, not on-screen messages
/// quoted from prakerja.go.id), with where it is.
pub fn shown_texts(p: &Problem) -> Vec<(Option<&str>, &Text)> {
    let mut v: Vec<(Option<&str>, &Text)> = vec![(None, &p.title), (None, &p.summary)];
    for n in &p.nodes {
        let at = Some(n.id.as_str());
        v.push((at, &n.text));
        v.extend(n.detail.iter().chain(n.limit.iter()).map(|t| (at, t)));
        v.extend(n.options.iter().map(|o| (at, &o.label)));
        if let Some(o) = &n.outcome {
            v.extend(o.subject.iter().chain(o.attach.iter()).map(|t| (at, t)));
        }
    }
    v
}

/// Words of the glossary's `avoid` lists found in `text` (case-sensitive, whole words), with the
/// word to use instead. Text inside double quotes is skipped: it quotes the site or a person.
pub fn glossary_misuse(g: &Glossary, text: &str, lang: Lang) -> Vec<(String, String)> {
    let mut plain = String::with_capacity(text.len());
    let mut quoted = false;
    for c in text.chars() {
        if c == '"' || c == '“' || c == '”' {
            quoted = !quoted;
            plain.push(' ');
        } else {
            plain.push(if quoted { ' ' } else { c });
        }
    }
    let word_char = |c: char| c.is_alphanumeric() || c == '-' || c == '@' || c == '.' || c == '_';
    let mut out = Vec::new();
    for t in &g.terms {
        let (avoid, use_) = match lang {
            Lang::Id => (&t.avoid.id, &t.id),
            Lang::En => (&t.avoid.en, &t.en),
        };
        for w in avoid {
            let mut from = 0;
            while let Some(i) = plain[from..].find(w.as_str()) {
                let start = from + i;
                let end = start + w.len();
                let before = plain[..start].chars().next_back();
                let after = plain[end..].chars().next();
                // a trailing dot ends a sentence, it does not join words
                let after_ok = match after {
                    None => true,
                    Some('.') => plain[end + 1..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric()),
                    Some(c) => !word_char(c),
                };
                if before.is_none_or(|c| !word_char(c)) && after_ok {
                    out.push((w.clone(), use_.clone()));
                    break;
                }
                from = end;
            }
        }
    }
    out
}

/// Glossary findings for a list of texts.
pub fn glossary_findings<'a>(
    g: &Glossary,
    file: &str,
    texts: impl IntoIterator<Item = (Option<&'a str>, &'a Text)>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (at, t) in texts {
        for (lang, s) in [(Lang::Id, &t.id), (Lang::En, &t.en)] {
            for (bad, good) in glossary_misuse(g, s, lang) {
                out.push(Finding {
                    problem: file.into(),
                    node: at.map(str::to_owned),
                    message: format!(
                        "glossary: write \"{good}\", not \"{bad}\" ({})",
                        lang.code()
                    ),
                });
            }
        }
    }
    out
}

/// The truth rules for one problem: every node cites sources (never only a blog) and carries
/// the date its text was last compared with them; in-person help only behind a recorded reason
/// or a sourced wait after the complaint form; the glossary's words.
pub fn validate_truth(p: &Problem, r: &Refs) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |node: Option<&str>, m: String| {
        out.push(Finding {
            problem: p.id.clone(),
            node: node.map(str::to_owned),
            message: m,
        })
    };
    for n in &p.nodes {
        let at = Some(n.id.as_str());
        check_cited(&n.sources, r.sources, |m| push(at, m));
        if !is_iso_date(&n.compared) {
            push(at, format!("'compared' ('{}') must be the YYYY-MM-DD date the text was last compared with its sources", n.compared));
        }
        for o in &n.options {
            if let Some(x) = &o.records {
                if r.reasons.reason(x).is_none() {
                    push(at, format!("records unknown reason '{x}'"));
                }
            }
            if let Some(w) = &o.waited {
                match r.reasons.wait(w) {
                    None => push(at, format!("waited for unknown wait '{w}'")),
                    Some(w) if w.answer_of.as_deref() != Some("complaint-form") => push(
                        at,
                        format!(
                            "wait '{}' is not a published answer time of the complaint form",
                            w.id
                        ),
                    ),
                    _ => {}
                }
            }
        }
        if let Some(o) = &n.outcome {
            if o.kind == OutcomeKind::InPerson {
                match (&o.reason, &o.wait) {
                    (Some(x), None) if r.reasons.reason(x).is_some() => {}
                    (Some(x), None) => push(at, format!("in-person reason '{x}' is not in reasons.json")),
                    (None, Some(w)) if r.reasons.wait(w).is_some() => {}
                    (None, Some(w)) => push(at, format!("wait '{w}' is not in reasons.json")),
                    _ => push(at, "in-person outcome needs exactly one of 'reason' (why self-help cannot work) or 'wait' (complaint form sent, no answer in the published time)".into()),
                }
                if let Some(via) = in_person_shortcut(p, n, o) {
                    push(at, format!("reachable without recording why: a path via '{via}' reaches this help point without the answer that records '{}'", o.reason.as_deref().or(o.wait.as_deref()).unwrap_or("?")));
                }
            } else if o.reason.is_some() || o.wait.is_some() {
                push(
                    at,
                    "only in-person outcomes carry a reason or a wait".into(),
                );
            }
        }
    }
    out.extend(glossary_findings(r.glossary, &p.id, shown_texts(p)));
    out
}

/// A path from the start to in-person outcome `target` that crosses no answer recording its
/// reason (or its wait): returns the last node before `target` on such a path.
fn in_person_shortcut<'a>(p: &'a Problem, target: &Node, o: &Outcome) -> Option<&'a str> {
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
        let mut next: Vec<&str> = n
            .yes
            .iter()
            .chain(n.no.iter())
            .map(String::as_str)
            .collect();
        next.extend(
            n.options
                .iter()
                .filter(|c| !gate(c))
                .map(|c| c.next.as_str()),
        );
        for t in next {
            if t == target.id {
                return Some(id);
            }
            stack.push(t);
        }
    }
    None
}

/// Channels cite sources too.
pub fn validate_channel_sources(c: &Channels, r: &Refs) -> Vec<Finding> {
    let mut out = Vec::new();
    for ch in &c.channels {
        let mut push = |m: String| {
            out.push(Finding {
                problem: "channels.json".into(),
                node: Some(ch.id.clone()),
                message: m,
            })
        };
        check_cited(&ch.sources, r.sources, &mut push);
        if !is_iso_date(&ch.compared) {
            push("'compared' must be a YYYY-MM-DD date".into());
        }
        let texts: Vec<(Option<&str>, &Text)> = std::iter::once(&ch.name)
            .chain(ch.how.iter())
            .chain(ch.note.iter())
            .chain(ch.hours.iter())
            .map(|t| (Some(ch.id.as_str()), t))
            .collect();
        out.extend(glossary_findings(r.glossary, "channels.json", texts));
    }
    out
}

/// The date of the newest source a node cites, or `None` when none of them is known.
pub fn newest_source<'a>(ids: &[String], sources: &'a Sources) -> Option<&'a SourceRef> {
    ids.iter()
        .filter_map(|i| sources.get(i))
        .max_by_key(|s| day_number(&s.published))
}

/// Nodes whose newest source is older than [`STALE_AFTER_DAYS`] on `today` (YYYY-MM-DD):
/// (node id, date of its newest source). These need their sources checked again.
pub fn stale_nodes<'a>(
    p: &'a Problem,
    sources: &'a Sources,
    today: &str,
) -> Vec<(&'a str, &'a str)> {
    let Some(now) = day_number(today) else {
        return Vec::new();
    };
    p.nodes
        .iter()
        .filter_map(|n| {
            let s = newest_source(&n.sources, sources)?;
            let d = day_number(&s.published)?;
            (now - d > STALE_AFTER_DAYS).then_some((n.id.as_str(), s.published.as_str()))
        })
        .collect()
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
    fn src() -> Vec<String> {
        vec!["prakerja-faq-akun".into()]
    }
    fn step(id: &str, yes: &str, no: &str) -> Node {
        Node {
            id: id.into(),
            kind: NodeKind::Step,
            text: t(id),
            detail: None,
            limit: None,
            sources: src(),
            compared: "2026-12-03".into(),
            yes: Some(yes.into()),
            no: Some(no.into()),
            options: vec![],
            outcome: None,
            variants: vec![],
        }
    }
    fn end(id: &str, kind: OutcomeKind) -> Node {
        Node {
            id: id.into(),
            kind: NodeKind::Outcome,
            text: t(id),
            detail: None,
            limit: None,
            sources: src(),
            compared: "2026-12-03".into(),
            yes: None,
            no: None,
            options: vec![],
            outcome: Some(Outcome {
                kind,
                channel: None,
                subject: None,
                attach: vec![],
                reason: (kind == OutcomeKind::InPerson).then(|| "needs-someone-beside".into()),
                wait: None,
            }),
            variants: vec![],
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
        a.sources.clear();
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
