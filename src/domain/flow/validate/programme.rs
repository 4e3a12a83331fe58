//! A flow must not tell people to register, join a wave or wait for the next wave as if a wave
//! were coming when registration is closed or its state is not known. A node whose own text or
//! detail holds one of the phrases of `content/programme-phrases.json` needs a variant for
//! "closed" and one for "unknown" (`content::Variant`); every source a variant names must be in
//! `sources.json`. The phrases are data, so the content team can add one without code.

use super::{Finding, Refs};
use crate::domain::common::language::Text;
use crate::domain::common::programme::StateKind;
use crate::domain::flow::content::{Node, Problem, Sources};
use serde::Deserialize;

/// `content/programme-phrases.json`: per language, words that send people to registration or
/// to a wave. Matched as whole words, in any case.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ProgrammePhrases {
    pub id: Vec<String>,
    pub en: Vec<String>,
}

/// The states in which a wave may not be coming: a node that points to one needs words for them.
pub const NEEDS_WORDS_FOR: [StateKind; 2] = [StateKind::Closed, StateKind::Unknown];

/// `phrase` in `text` as whole words (not inside a longer word: "terdaftar online" does not
/// hold "daftar online"), in any case.
fn holds(text: &str, phrase: &str) -> bool {
    let text = text.to_lowercase();
    let phrase = phrase.trim().to_lowercase();
    !phrase.is_empty()
        && text.match_indices(&phrase).any(|(i, m)| {
            let before = text[..i].chars().next_back();
            let after = text[i + m.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

impl ProgrammePhrases {
    /// The first phrase `t` holds: Indonesian phrases in the Indonesian text, English in the
    /// English.
    pub fn found_in(&self, t: &Text) -> Option<&str> {
        let id = self.id.iter().find(|p| holds(&t.id, p));
        let en = || self.en.iter().find(|p| holds(&t.en, p));
        id.or_else(en).map(String::as_str)
    }

    /// The first phrase of the node's own text or detail.
    pub fn found_in_node(&self, n: &Node) -> Option<&str> {
        self.found_in(&n.text)
            .or_else(|| n.detail.as_ref().and_then(|d| self.found_in(d)))
    }
}

/// The rule as the validator runs it on one problem (`validate_truth`).
pub(super) fn check(p: &Problem, r: &Refs, out: &mut super::Report) {
    for f in programme_findings(p, r.phrases, r.sources) {
        out.add(f.node.as_deref(), f.message);
    }
}

/// Every finding of the rule on one problem, empty when it keeps the rule.
pub fn programme_findings(
    p: &Problem,
    phrases: &ProgrammePhrases,
    sources: &Sources,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for n in &p.nodes {
        let mut push = |message: String| {
            out.push(Finding {
                problem: p.id.clone(),
                node: Some(n.id.clone()),
                message,
            })
        };
        if let Some(phrase) = phrases.found_in_node(n) {
            for state in NEEDS_WORDS_FOR {
                if n.variant(state).is_none() {
                    push(format!(
                        "says \"{phrase}\" but has no \"{}\" variant: what does it say while no wave is open or coming?",
                        state.code()
                    ));
                }
            }
        }
        for (i, v) in n.variants.iter().enumerate() {
            let state = v.state.code();
            if n.variants[..i].iter().any(|w| w.state == v.state) {
                push(format!("two \"{state}\" variants"));
            }
            let blank = |t: &Text| t.id.trim().is_empty() || t.en.trim().is_empty();
            if blank(&v.text) || v.detail.as_ref().is_some_and(blank) {
                push(format!(
                    "the \"{state}\" variant must have Indonesian and English"
                ));
            }
            for id in &v.sources {
                if sources.get(id).is_none() {
                    push(format!(
                        "the \"{state}\" variant cites '{id}', which is not in sources.json"
                    ));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::json::decode;
    use crate::domain::flow::content::{Grade, SourceRef};

    fn phrases() -> ProgrammePhrases {
        ProgrammePhrases {
            id: vec!["daftar online".into(), "gelombang berikutnya".into()],
            en: vec!["register online".into(), "next wave".into()],
        }
    }

    fn sources() -> Sources {
        Sources {
            sources: vec![SourceRef {
                id: "tribun-2025-11".into(),
                url: "https://jambi.tribunnews.com/news/1182305/x".into(),
                title: "t".into(),
                publisher: "Tribun Jambi".into(),
                published: "2025-11".into(),
                grade: Grade::Press,
                supports: "s".into(),
                note: None,
            }],
        }
    }

    /// One outcome that says `text_id`, with the given variants (JSON array).
    fn flow(text_id: &str, variants: &str) -> Problem {
        let json = format!(
            r#"{{"id":"p","stage":"wave","title":{{"id":"t","en":"t"}},"summary":{{"id":"s","en":"s"}},
            "start":"o","nodes":[{{"id":"o","kind":"outcome","outcome":{{"kind":"info"}},
            "text":{{"id":"{text_id}","en":"Fine."}},"sources":["tribun-2025-11"],"variants":{variants}}}]}}"#
        );
        decode::<Problem>(&json).expect("test flow decodes")
    }

    const CLOSED: &str = r#"{"state":"closed","text":{"id":"Belum ada gelombang sejak Agustus 2024.","en":"No wave since August 2024."},"sources":["tribun-2025-11"]}"#;
    const UNKNOWN: &str = r#"{"state":"unknown","text":{"id":"Belum pasti.","en":"Not certain."}}"#;

    fn messages(p: &Problem) -> Vec<String> {
        programme_findings(p, &phrases(), &sources())
            .into_iter()
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn waiting_for_the_next_wave_without_closed_words_is_refused() {
        let m = messages(&flow(
            "Tunggu gelombang berikutnya.",
            &format!("[{UNKNOWN}]"),
        ));
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].contains("\"gelombang berikutnya\"") && m[0].contains("\"closed\""));
        let none = messages(&flow("Gabung di Gelombang Berikutnya!", "[]"));
        assert_eq!(
            none.len(),
            2,
            "closed and unknown are both missing: {none:?}"
        );
    }

    #[test]
    fn a_node_with_words_for_closed_and_unknown_passes() {
        let p = flow(
            "Tunggu gelombang berikutnya.",
            &format!("[{CLOSED},{UNKNOWN}]"),
        );
        assert_eq!(messages(&p), Vec::<String>::new());
        assert_eq!(messages(&flow("Cek e-mailmu.", "[]")), Vec::<String>::new());
    }

    #[test]
    fn a_phrase_inside_a_longer_word_is_not_advice() {
        assert_eq!(
            messages(&flow("NIK sudah terdaftar online.", "[]")),
            Vec::<String>::new()
        );
        assert!(holds("Daftar online sekarang", "daftar online"));
        assert!(!holds("terdaftar online", "daftar online"));
    }

    #[test]
    fn a_variant_citing_a_missing_source_or_doubled_is_refused() {
        let bad = CLOSED.replace("tribun-2025-11", "nowhere");
        let m = messages(&flow("Fine.", &format!("[{bad},{UNKNOWN},{UNKNOWN}]")));
        assert!(m.iter().any(|m| m.contains("'nowhere'")), "{m:?}");
        assert!(m.iter().any(|m| m.contains("two \"unknown\"")), "{m:?}");
        let blank = UNKNOWN.replace("Not certain.", " ");
        assert_eq!(messages(&flow("Fine.", &format!("[{blank}]"))).len(), 1);
    }
}
