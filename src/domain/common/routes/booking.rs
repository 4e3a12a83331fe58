//! The booking page's query string (`jadwal/?masalah=…&jejak=…&langkah=…`, `?kelola=1`): the
//! screen a citizen is on, the problem and trail that sent them, and the manage link.

use super::{is_problem_id, is_trail};

/// A screen of the booking page (`jadwal/`), in the order a citizen walks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Region,
    Point,
    Time,
    Details,
    Consent,
    Check,
    Done,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Region,
        Step::Point,
        Step::Time,
        Step::Details,
        Step::Consent,
        Step::Check,
        Step::Done,
    ];
    /// Steps before the confirmation, for "Langkah n dari 6".
    pub const INPUT_STEPS: usize = 6;

    pub fn slug(self) -> &'static str {
        match self {
            Step::Region => "wilayah",
            Step::Point => "titik",
            Step::Time => "waktu",
            Step::Details => "data",
            Step::Consent => "izin",
            Step::Check => "periksa",
            Step::Done => "selesai",
        }
    }
    pub fn from_slug(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|st| st.slug() == s)
    }
    /// 1-based position.
    pub fn number(self) -> usize {
        self as usize + 1
    }
    pub fn prev(self) -> Option<Step> {
        (self as usize).checked_sub(1).map(|i| Step::ALL[i])
    }
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self as usize + 1).copied()
    }
}

/// The booking page's query keys (also read by the loader in its pre-rendered page).
pub const KEY_PROBLEM: &str = "masalah";
pub const KEY_TRAIL: &str = "jejak";
pub const KEY_STEP: &str = "langkah";
pub const KEY_MANAGE: &str = "kelola";
pub const KEY_FROM_CHECK: &str = "ubah";

/// What the booking page's query string says. Never holds personal data: only the problem id,
/// the troubleshooter trail, the step and whether the manage screen is wanted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BookingQuery {
    pub problem: Option<String>,
    pub trail: String,
    pub step: Option<Step>,
    pub manage: bool,
    /// Came from "Ubah" on the check screen: "Lanjut" returns there.
    pub from_check: bool,
}

impl BookingQuery {
    /// Reads `?masalah=<id>&jejak=<trail>&langkah=<step>&kelola=1&ubah=1`; anything unsafe is
    /// dropped rather than guessed.
    pub fn parse(search: &str) -> BookingQuery {
        let mut q = BookingQuery::default();
        for pair in search.trim_start_matches('?').split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                KEY_PROBLEM if is_problem_id(v) => q.problem = Some(v.to_owned()),
                KEY_TRAIL if is_trail(v) => q.trail = v.to_owned(),
                KEY_STEP => q.step = Step::from_slug(v),
                KEY_MANAGE => q.manage = v == "1",
                KEY_FROM_CHECK => q.from_check = v == "1",
                _ => {}
            }
        }
        q
    }

    /// The keys are written out (the `KEY_*` names cost the start bundle bytes as format
    /// arguments); the round-trip test keeps them equal to what [`Self::parse`] reads.
    pub fn to_search(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.manage {
            parts.push("kelola=1".into());
        }
        if let Some(p) = &self.problem {
            parts.push(format!("masalah={p}"));
            if !self.trail.is_empty() {
                parts.push(format!("jejak={}", self.trail));
            }
        }
        if let Some(s) = self.step {
            parts.push(format!("langkah={}", s.slug()));
        }
        if self.from_check {
            parts.push("ubah=1".into());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    pub fn with_step(&self, step: Step, from_check: bool) -> BookingQuery {
        BookingQuery {
            step: Some(step),
            from_check,
            manage: false,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn booking_query_round_trips_and_unsafe_values_are_dropped() {
        let q = BookingQuery::parse("?masalah=otp-not-received&jejak=0nn&langkah=periksa");
        assert_eq!(q.step, Some(Step::Check));
        assert_eq!(
            q.to_search(),
            "?masalah=otp-not-received&jejak=0nn&langkah=periksa"
        );
        let bad = BookingQuery::parse("?masalah=../settings&jejak=<x>&langkah=nope");
        assert_eq!(bad, BookingQuery::default());
        assert!(BookingQuery::parse("kelola=1").manage);
        // every key written is one `parse` reads (the loader of the pre-rendered page reads them too)
        let all = BookingQuery {
            manage: true,
            from_check: true,
            ..q.clone()
        };
        assert_eq!(BookingQuery::parse(&all.to_search()), all);
        for key in [KEY_PROBLEM, KEY_TRAIL, KEY_STEP, KEY_MANAGE, KEY_FROM_CHECK] {
            assert!(all.to_search().contains(&format!("{key}=")), "{key}");
        }
    }
}
