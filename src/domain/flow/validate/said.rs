//! A reason for in-person help says only what the person chose. The outcome screen and the
//! officer's case summary read the reason's label back to the person ("Kamu sulit membaca atau
//! menulis sendiri"), so it must not add what they never said ("…dan tidak ada orang yang kamu
//! percaya"). Every word of a reason's label is in the question or the answer of every option
//! that records it, in each language; only pronouns and a few joining words are left out
//! ("kamu" is the "saya" of the answer), and "cannot" is "can" + "not".

use super::{Refs, Report};
use crate::domain::flow::content::Problem;
use std::collections::BTreeSet;

/// Words a label may use without the person having said them.
const FREE: [&str; 24] = [
    "kamu", "mu", "saya", "aku", "atau", "dan", "yang", "di", "ke", "untuk", "ini", "itu", "you",
    "your", "i", "my", "me", "the", "a", "an", "or", "and", "to", "is",
];

/// The words of `s`, lower case, with "cannot" as "can" + "not" and "no" as "not".
fn words(s: &str) -> BTreeSet<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .flat_map(|w| match w {
            "cannot" => vec!["can".to_owned(), "not".to_owned()],
            "no" => vec!["not".to_owned()],
            w => vec![w.to_owned()],
        })
        .collect()
}

pub(super) fn check(p: &Problem, r: &Refs, out: &mut Report) {
    for n in &p.nodes {
        for c in &n.options {
            let Some(reason) = c.records.as_deref().and_then(|id| r.reasons.reason(id)) else {
                continue;
            };
            for (label, question, answer) in [
                (&reason.label.id, &n.text.id, &c.label.id),
                (&reason.label.en, &n.text.en, &c.label.en),
            ] {
                let said: BTreeSet<String> =
                    words(question).union(&words(answer)).cloned().collect();
                let unsaid: Vec<String> = words(label)
                    .into_iter()
                    .filter(|w| !FREE.contains(&w.as_str()) && !said.contains(w))
                    .collect();
                if !unsaid.is_empty() {
                    out.at(
                        &n.id,
                        format!(
                            "the answer \"{answer}\" records '{}', whose label \"{label}\" says what the person did not: {}",
                            reason.id,
                            unsaid.join(", ")
                        ),
                    );
                }
            }
        }
    }
}
