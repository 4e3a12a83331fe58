//! The case summary a citizen's booking carries (written by `flow::walk::Walk::case_summary`),
//! read back into its parts so the officer sees it at a glance: the problem, each step tried
//! with its result, and why in-person help is needed. A summary in another shape (a walk-in's
//! note, an old or cut-off text) is kept as it is.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepTried {
    pub text: String,
    /// "tidak berhasil", "berhasil", or the option chosen.
    pub result: String,
    /// The step did not help ("tidak berhasil").
    pub failed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CaseView {
    pub problem_title: String,
    /// The catalogue id (`otp-not-received`), when the summary names one.
    pub problem_id: String,
    pub steps: Vec<StepTried>,
    /// The outcome's text: why the person needs a help point.
    pub reason: String,
    /// Anything that did not fit the shape, or the whole text when nothing did.
    pub other: String,
}

impl CaseView {
    pub fn is_empty(&self) -> bool {
        self.problem_title.is_empty() && self.steps.is_empty() && self.other.is_empty()
    }
}

use crate::domain::flow::walk::{
    SUMMARY_ANSWER as ANSWER, SUMMARY_ANSWERS as ANSWERS, SUMMARY_ARROW as ARROW, SUMMARY_FAILED,
    SUMMARY_PROBLEM as PROBLEM, SUMMARY_RESULT as RESULT, SUMMARY_TRIED as TRIED,
};

/// "12. text" or "- text" -> "text"
fn numbered(line: &str) -> Option<&str> {
    if let Some(rest) = line.strip_prefix(ANSWER) {
        return Some(rest);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then_some(())?;
    line[digits..].strip_prefix(". ")
}

pub fn read(summary: &str) -> CaseView {
    let mut v = CaseView::default();
    let mut other: Vec<&str> = Vec::new();
    for line in summary.lines() {
        let line = line.trim_end();
        if let Some(rest) = line.strip_prefix(PROBLEM) {
            match rest.rsplit_once(" [") {
                Some((title, id)) if id.ends_with(']') => {
                    v.problem_title = title.to_owned();
                    v.problem_id = id.trim_end_matches(']').to_owned();
                }
                _ => v.problem_title = rest.to_owned(),
            }
        } else if line == TRIED || line == ANSWERS {
        } else if let Some(rest) = line.strip_prefix(RESULT) {
            v.reason = rest.to_owned();
        } else if let Some((text, result)) = numbered(line).and_then(|l| l.rsplit_once(ARROW)) {
            v.steps.push(StepTried {
                text: text.to_owned(),
                failed: result == SUMMARY_FAILED,
                result: result.to_owned(),
            });
        } else if !line.trim().is_empty() {
            other.push(line);
        }
    }
    v.other = other.join("\n");
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flow_summary_is_read_into_problem_steps_and_reason() {
        let s = "Masalah: Kode OTP tidak masuk [otp-not-received]\nYang sudah dicoba:\n\
                 1. Ponselmu Android atau iPhone? → Android\n\
                 2. Tunggu 5 menit lalu kirim ulang → tidak berhasil\n\
                 Hasil: Semua cara sudah dicoba";
        let v = read(s);
        assert_eq!(v.problem_title, "Kode OTP tidak masuk");
        assert_eq!(v.problem_id, "otp-not-received");
        assert_eq!(v.steps.len(), 2);
        assert_eq!(v.steps[0].result, "Android");
        assert!(!v.steps[0].failed);
        assert_eq!(v.steps[1].text, "Tunggu 5 menit lalu kirim ulang");
        assert!(v.steps[1].failed);
        assert_eq!(v.reason, "Semua cara sudah dicoba");
        assert_eq!(v.other, "");
    }

    #[test]
    fn a_summary_from_the_real_walker_reads_back() {
        use crate::domain::flow::content::Problem;
        let text = include_str!("../../../content/problems/otp-not-received.json");
        let p: Problem = serde_json::from_str(text).unwrap();
        let w = crate::domain::flow::walk::walk(&p, "1n01").unwrap();
        let v = read(&w.case_summary(2000));
        assert_eq!(v.problem_title, p.title.id);
        assert_eq!(v.problem_id, "", "the summary names no internal id");
        assert_eq!(v.steps.len(), w.visits.len());
        assert!(!v.reason.is_empty() && v.other.is_empty(), "{v:?}");
    }

    #[test]
    fn any_other_text_is_kept_as_it_is() {
        let v = read("Datang langsung, HP hilang");
        assert_eq!(v.other, "Datang langsung, HP hilang");
        assert!(v.steps.is_empty() && v.problem_title.is_empty());
        assert!(read("").is_empty());
    }
}
