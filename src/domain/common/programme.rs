//! The state of the Kartu Prakerja programme as the province last checked it: one record in
//! `settings.json` (`"programme"`), edited at the desk without a rebuild. The start screen
//! shows it in one line (`text::programme::line`); flow nodes pick their words by its
//! [`StateKind`] (`domain::flow::variant`).
//!
//! ```json
//! "programme": {
//!   "state": "closed",            // "open" | "closed" | "unknown"
//!   "last_wave": 71,              // closed: the last wave that opened (> 0)
//!   "since": "2024-08",           // closed: when it closed, YYYY, YYYY-MM or YYYY-MM-DD
//!   "wave": 72,                   // open: the wave that is open (> 0)
//!   "closes": "2027-01-20",       // open: the day it closes, YYYY-MM-DD
//!   "known": { "id": "…", "en": "…" },   // optional: what else is known
//!   "source": { "url": "https://…", "publisher": "…", "published": "2025-11" },
//!   "checked": "2026-12-07"       // the day the province last compared it with the source
//! }
//! ```
//!
//! Open and closed need `source` and `checked`; unknown may have neither. A settings file
//! without `"programme"` (every file before this field existed) reads as unknown with nothing
//! known, no source and no date: the app then never claims a wave is open or closed.

use crate::domain::common::json::{self, FromJson, Json, ToJson, Val};
use crate::domain::common::language::Text;
use serde::{Deserialize, Serialize};

/// Which of the three states the programme is in: what flow variants are chosen by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StateKind {
    Open,
    Closed,
    Unknown,
}

impl StateKind {
    pub const ALL: [StateKind; 3] = [StateKind::Open, StateKind::Closed, StateKind::Unknown];

    /// The word used in the JSON files: `open`, `closed`, `unknown`.
    pub fn code(self) -> &'static str {
        match self {
            StateKind::Open => "open",
            StateKind::Closed => "closed",
            StateKind::Unknown => "unknown",
        }
    }
}

impl FromJson for StateKind {
    fn from_json(j: &Json) -> Option<Self> {
        StateKind::ALL
            .into_iter()
            .find(|k| Some(k.code()) == j.as_str())
    }
}

/// Registration open, closed, or not known; with what each state needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ProgrammeState {
    /// A wave is open: its number and the day it closes (`YYYY-MM-DD`).
    Open { wave: u32, closes: String },
    /// No wave is open: the last wave and when registration closed (`YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`, as precise as the source).
    Closed { last_wave: u32, since: String },
    /// Nothing reliable is known about the state.
    Unknown,
}

/// Where the state comes from: one page, as the citizen can open it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeSource {
    /// Full https address of the page.
    pub url: String,
    /// Shown to citizens: "Tribun Jambi".
    pub publisher: String,
    /// The page's own date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the page shows.
    pub published: String,
}

/// The programme's state, its source and when it was last checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    #[serde(flatten)]
    pub state: ProgrammeState,
    /// What else is known, in both languages (e.g. the move to Kemnaker).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ProgrammeSource>,
    /// The day (`YYYY-MM-DD`) the province last compared the state with its source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<String>,
}

/// A settings file without a programme: unknown, nothing known, never checked.
impl Default for Programme {
    fn default() -> Self {
        Programme {
            state: ProgrammeState::Unknown,
            known: None,
            source: None,
            checked: None,
        }
    }
}

/// Why a programme record was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgrammeError {
    /// A wave number is 0.
    WaveNotPositive,
    /// Not a real date; names the field (`closes`, `since`, `checked`, `source.published`).
    BadDate(&'static str),
    /// The source is not one full https address of a page.
    SourceNotHttps,
    /// The source has no publisher.
    NoPublisher,
    /// An open or closed state, or something known, without a source.
    NoSource,
    /// A source without the date it was checked, or a date without a source.
    NoChecked,
    /// The date checked is before the source's own date.
    CheckedBeforeSource,
    /// Closed "since" a date after the day it was checked.
    SinceAfterChecked,
    /// A text without Indonesian or without English.
    TextMissingLanguage,
}

/// The two readings of a date this record needs, over the one date module.
mod dates {
    use crate::domain::common::date;

    /// Days since 1970 of a real day `YYYY-MM-DD`.
    pub fn day(s: &str) -> Option<i64> {
        date::parse_day(s)
    }

    /// Days since 1970 of a source date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a partial date
    /// counts as its first day).
    pub fn source_day(s: &str) -> Option<i64> {
        date::day_number(s)
    }
}

impl Programme {
    pub fn kind(&self) -> StateKind {
        match self.state {
            ProgrammeState::Open { .. } => StateKind::Open,
            ProgrammeState::Closed { .. } => StateKind::Closed,
            ProgrammeState::Unknown => StateKind::Unknown,
        }
    }

    /// Every rule of the record; the first one broken.
    pub fn check(&self) -> Result<(), ProgrammeError> {
        use ProgrammeError::*;
        let checked = match &self.checked {
            Some(c) => Some(dates::day(c).ok_or(BadDate("checked"))?),
            None => None,
        };
        match &self.state {
            ProgrammeState::Open { wave, closes } => {
                if *wave == 0 {
                    return Err(WaveNotPositive);
                }
                dates::day(closes).ok_or(BadDate("closes"))?;
            }
            ProgrammeState::Closed { last_wave, since } => {
                if *last_wave == 0 {
                    return Err(WaveNotPositive);
                }
                let since = dates::source_day(since).ok_or(BadDate("since"))?;
                if checked.is_some_and(|c| since > c) {
                    return Err(SinceAfterChecked);
                }
            }
            ProgrammeState::Unknown => {}
        }
        if let Some(t) = &self.known {
            if t.id.trim().is_empty() || t.en.trim().is_empty() {
                return Err(TextMissingLanguage);
            }
        }
        match (&self.source, checked) {
            // "Not known" needs no source; anything the app claims does.
            (None, None) if self.kind() == StateKind::Unknown && self.known.is_none() => Ok(()),
            (None, _) => Err(NoSource),
            (Some(_), None) => Err(NoChecked),
            (Some(s), Some(checked)) => {
                if !crate::domain::common::address::is_full_address(&s.url) {
                    return Err(SourceNotHttps);
                }
                if s.publisher.trim().is_empty() {
                    return Err(NoPublisher);
                }
                let published =
                    dates::source_day(&s.published).ok_or(BadDate("source.published"))?;
                if checked < published {
                    return Err(CheckedBeforeSource);
                }
                Ok(())
            }
        }
    }
}

// Reading with the project's own reader (the start bundle carries no serde).

impl FromJson for ProgrammeSource {
    fn from_json(j: &Json) -> Option<Self> {
        Some(ProgrammeSource {
            url: j.str_field("url")?,
            publisher: j.str_field("publisher")?,
            published: j.str_field("published")?,
        })
    }
}

impl FromJson for Programme {
    fn from_json(j: &Json) -> Option<Self> {
        j.object()?;
        let state = match StateKind::from_json(j.get("state")?)? {
            StateKind::Open => ProgrammeState::Open {
                wave: j.u32_field("wave")?,
                closes: j.str_field("closes")?,
            },
            StateKind::Closed => ProgrammeState::Closed {
                last_wave: j.u32_field("last_wave")?,
                since: j.str_field("since")?,
            },
            StateKind::Unknown => ProgrammeState::Unknown,
        };
        Some(Programme {
            state,
            known: j.opt("known")?,
            source: j.opt("source")?,
            checked: j.opt("checked")?,
        })
    }
}

fn text_json(t: &Text) -> String {
    json::object(&[("id", Val::S(&t.id)), ("en", Val::S(&t.en))])
}

impl ToJson for ProgrammeSource {
    fn to_json(&self) -> String {
        json::object(&[
            ("url", Val::S(&self.url)),
            ("publisher", Val::S(&self.publisher)),
            ("published", Val::S(&self.published)),
        ])
    }
}

/// The same shape as serde writes it: `state` first, then the state's fields, then the rest.
impl ToJson for Programme {
    fn to_json(&self) -> String {
        let mut f: Vec<(&str, Val)> = vec![("state", Val::S(self.kind().code()))];
        match &self.state {
            ProgrammeState::Open { wave, closes } => {
                f.push(("wave", Val::N(*wave)));
                f.push(("closes", Val::S(closes)));
            }
            ProgrammeState::Closed { last_wave, since } => {
                f.push(("last_wave", Val::N(*last_wave)));
                f.push(("since", Val::S(since)));
            }
            ProgrammeState::Unknown => {}
        }
        if let Some(t) = &self.known {
            f.push(("known", Val::Raw(text_json(t))));
        }
        if let Some(s) = &self.source {
            f.push(("source", Val::Raw(s.to_json())));
        }
        if let Some(c) = &self.checked {
            f.push(("checked", Val::S(c)));
        }
        json::object(&f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::json::decode;
    use crate::domain::common::settings::Settings;

    const CLOSED: &str = r#"{"state":"closed","last_wave":71,"since":"2024-08",
        "known":{"id":"Sedang dipindahkan ke Kemnaker.","en":"Being moved to Kemnaker."},
        "source":{"url":"https://jambi.tribunnews.com/news/1182305/x","publisher":"Tribun Jambi","published":"2025-11"},
        "checked":"2026-12-07"}"#;

    fn closed() -> Programme {
        decode::<Programme>(CLOSED).expect("the example decodes")
    }

    /// `closed()` with one field of its JSON replaced, then checked.
    fn with(from: &str, to: &str) -> Result<(), ProgrammeError> {
        assert!(CLOSED.contains(from), "{from}");
        decode::<Programme>(&CLOSED.replace(from, to))
            .expect("still the right shape")
            .check()
    }

    #[test]
    fn a_closed_record_reads_with_its_wave_source_and_check_date() {
        let p = closed();
        assert_eq!(p.kind(), StateKind::Closed);
        assert_eq!(
            p.state,
            ProgrammeState::Closed {
                last_wave: 71,
                since: "2024-08".into()
            }
        );
        assert_eq!(p.source.as_ref().unwrap().publisher, "Tribun Jambi");
        assert_eq!(p.checked.as_deref(), Some("2026-12-07"));
        assert_eq!(p.check(), Ok(()));
    }

    #[test]
    fn the_shipped_settings_carry_the_state_from_the_facts() {
        let s = Settings::parse(include_str!("../../../settings.json")).unwrap();
        let p = &s.programme();
        assert_eq!(p.kind(), StateKind::Closed);
        assert!(matches!(
            p.state,
            ProgrammeState::Closed { last_wave: 71, .. }
        ));
        assert!(p.known.as_ref().unwrap().id.contains("Kemnaker"));
        assert!(p.source.as_ref().unwrap().url.starts_with("https://"));
    }

    #[test]
    fn an_old_settings_file_without_a_programme_reads_as_unknown_and_never_checked() {
        let s = Settings::parse(r#"{"complaint_form_url":"https://x.example/form"}"#).unwrap();
        assert_eq!(s.programme(), Programme::default());
        assert_eq!(s.programme().kind(), StateKind::Unknown);
        assert_eq!(s.programme().checked, None);
        assert_eq!(s.programme_line, None);
    }

    #[test]
    fn each_broken_rule_is_refused_with_its_own_reason() {
        use ProgrammeError::*;
        assert_eq!(
            with("\"last_wave\":71", "\"last_wave\":0"),
            Err(WaveNotPositive)
        );
        assert_eq!(with("\"2024-08\"", "\"2024-13\""), Err(BadDate("since")));
        assert_eq!(
            with("\"2026-12-07\"", "\"2026-02-30\""),
            Err(BadDate("checked"))
        );
        assert_eq!(
            with("\"2026-12-07\"", "\"2026-12\""),
            Err(BadDate("checked"))
        );
        assert_eq!(
            with("\"2025-11\"", "\"Nov 2025\""),
            Err(BadDate("source.published"))
        );
        assert_eq!(with("https://jambi", "http://jambi"), Err(SourceNotHttps));
        assert_eq!(with("\"Tribun Jambi\"", "\" \""), Err(NoPublisher));
        assert_eq!(
            with("\"2026-12-07\"", "\"2025-10-31\""),
            Err(CheckedBeforeSource)
        );
        assert_eq!(with("\"2024-08\"", "\"2027-01\""), Err(SinceAfterChecked));
        assert_eq!(
            with("\"checked\":\"2026-12-07\"", "\"x\":0"),
            Err(NoChecked)
        );
        assert_eq!(
            with("\"en\":\"Being moved to Kemnaker.\"", "\"en\":\"\""),
            Err(TextMissingLanguage)
        );
        let mut no_source = closed();
        no_source.source = None;
        assert_eq!(no_source.check(), Err(NoSource));
        // "unknown" may say nothing, but what it does say needs a source
        let said = Programme {
            known: closed().known,
            ..Programme::default()
        };
        assert_eq!(said.check(), Err(NoSource));
        assert_eq!(Programme::default().check(), Ok(()));
    }

    #[test]
    fn an_open_wave_needs_a_real_closing_day_and_a_wave_number() {
        let open = |wave: u32, closes: &str| Programme {
            state: ProgrammeState::Open {
                wave,
                closes: closes.into(),
            },
            ..closed()
        };
        assert_eq!(open(72, "2027-01-20").check(), Ok(()));
        assert_eq!(
            open(0, "2027-01-20").check(),
            Err(ProgrammeError::WaveNotPositive)
        );
        assert_eq!(
            open(72, "2027-01").check(),
            Err(ProgrammeError::BadDate("closes"))
        );
    }

    #[test]
    fn a_broken_programme_reads_as_unknown_and_the_rest_of_the_settings_still_work() {
        // A province typo must not take the start screen down, nor make the app claim a state.
        let settings = |record: &str| {
            Settings::parse(&format!(
                r#"{{"complaint_form_url":"https://x.example/form","notices":[{{"id":"a","en":"b"}}],"programme":{record}}}"#
            ))
            .expect("the file is still read")
        };
        for broken in [
            CLOSED.replace("\"last_wave\":71", "\"last_wave\":0"),
            r#"{"state":"paused"}"#.to_string(),
            r#""closed""#.to_string(),
        ] {
            let s = settings(&broken);
            assert_eq!(s.programme(), Programme::default(), "{broken}");
            assert_eq!(s.notices.len(), 1);
        }
        assert_eq!(settings(CLOSED).programme(), closed());
    }

    #[test]
    fn written_and_read_back_it_is_the_same_record_and_serde_agrees() {
        let open = Programme {
            state: ProgrammeState::Open {
                wave: 72,
                closes: "2027-01-20".into(),
            },
            known: None,
            ..closed()
        };
        for p in [closed(), open, Programme::default()] {
            let text = p.to_json();
            assert_eq!(decode::<Programme>(&text), Some(p.clone()), "{text}");
            assert_eq!(serde_json::to_string(&p).unwrap(), text);
            assert_eq!(serde_json::from_str::<Programme>(&text).unwrap(), p);
        }
        assert_eq!(Programme::default().to_json(), r#"{"state":"unknown"}"#);
    }
}
