//! The case summary a walk writes for the officer (and the person: the outcome, the confirmation,
//! the calendar file), its words, and reading its reason back.

use super::{Answer, Visit, Walk};
use crate::domain::common::language::Lang;
use crate::domain::flow::content::NodeKind;

impl Walk<'_> {
    /// A short case summary for the officer at a help point: the problem's title, why the
    /// officer is needed, the person's answers to the questions, the fixes tried with their
    /// result, and where the flow ended. Always in Indonesian (the officers' language), at most
    /// `max_chars` characters. It names no internal id: the person reads it too (on the outcome,
    /// the confirmation and in the calendar file); the booking request carries the problem id
    /// on its own.
    pub fn case_summary(&self, max_chars: usize) -> String {
        let plain = |t: &crate::domain::common::language::Text| {
            crate::domain::flow::mention::plain(t.get(Lang::Id), Lang::Id)
        };
        let mut s = format!("{SUMMARY_PROBLEM}{}\n", self.problem.title.get(Lang::Id));
        // Why the officer is needed comes first, so that a long trail never cuts it off.
        if let Some(o) = &self.current.outcome {
            if let Some(r) = o
                .reason
                .as_deref()
                .and_then(crate::domain::flow::labels::reason)
            {
                s.push_str(&format!("{SUMMARY_REASON}{}\n", r.label.0));
            }
            if let Some(w) = o
                .wait
                .as_deref()
                .and_then(crate::domain::flow::labels::wait)
            {
                s.push_str(&format!(
                    "{SUMMARY_REASON}Formulir Pengaduan sudah dikirim dan belum dijawab sesudah {} jam\n",
                    w.hours
                ));
            }
        }
        let answered: Vec<String> = self
            .visits
            .iter()
            .filter_map(|v| match v.answer {
                Answer::Option(o) => v.node.options.get(o as usize).map(|c| {
                    format!(
                        "{SUMMARY_ANSWER}{}{SUMMARY_ARROW}{}\n",
                        plain(&v.node.text),
                        plain(&c.label)
                    )
                }),
                _ => None,
            })
            .collect();
        if !answered.is_empty() {
            s.push_str(SUMMARY_ANSWERS);
            s.push('\n');
            s.extend(answered);
        }
        let tried: Vec<&Visit> = self
            .visits
            .iter()
            .filter(|v| v.node.kind == NodeKind::Step)
            .collect();
        if !tried.is_empty() {
            s.push_str(SUMMARY_TRIED);
            s.push('\n');
            for (i, v) in tried.iter().enumerate() {
                let result = if v.answer == Answer::Yes {
                    SUMMARY_WORKED
                } else {
                    SUMMARY_FAILED
                };
                s.push_str(&format!(
                    "{}. {}{SUMMARY_ARROW}{result}\n",
                    i + 1,
                    plain(&v.node.text)
                ));
            }
        }
        s.push_str(&format!("{SUMMARY_RESULT}{}", plain(&self.current.text)));
        truncate_chars(&s, max_chars)
    }
}

/// The words of the case summary the desk reads back (`domain::desk::case`).
pub const SUMMARY_PROBLEM: &str = "Masalah: ";
/// Why the officer is needed: the reason's label.
pub const SUMMARY_REASON: &str = "Alasan butuh petugas: ";
/// The heading of the person's answers to questions, each line `- question → answer`.
pub const SUMMARY_ANSWERS: &str = "Jawaban:";
pub const SUMMARY_ANSWER: &str = "- ";
/// The heading of the fixes tried, each line `1. step → result`.
pub const SUMMARY_TRIED: &str = "Yang sudah dicoba:";
pub const SUMMARY_RESULT: &str = "Hasil: ";
pub const SUMMARY_ARROW: &str = " → ";
pub const SUMMARY_WORKED: &str = "berhasil";
pub const SUMMARY_FAILED: &str = "tidak berhasil";

/// The reason for in-person help a case summary names, so that every screen after the flow (the
/// confirmation, its image, the calendar file) lists the same things to bring as the outcome.
pub fn summary_reason(summary: &str) -> Option<&'static crate::domain::flow::labels::ReasonLabel> {
    let label = summary
        .lines()
        .find_map(|l| l.strip_prefix(SUMMARY_REASON))?;
    crate::domain::flow::labels::REASONS
        .iter()
        .find(|r| r.label.0 == label)
}

/// Cut `s` to at most `max` characters, marking the cut with an ellipsis.
pub fn truncate_chars(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}
