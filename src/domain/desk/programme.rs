//! The programme's state as the province records it at the desk (records API
//! `programme_states`): the form's fields, the record they make (checked by
//! [`Programme::check`], the same rules every browser applies when it reads the record), the
//! request body, and the log of changes read back.

use crate::domain::common::json::{self, parse, FromJson, Json, ToJson, Val};
use crate::domain::common::language::Text;
use crate::domain::common::programme::{
    Programme, ProgrammeError, ProgrammeSource, ProgrammeState, StateKind,
};

/// The form as typed: every field a string, so nothing typed is lost when a rule refuses it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeForm {
    pub state: StateKind,
    /// Open: the open wave; closed: the last wave that opened.
    pub wave: String,
    /// Open: the day it closes (`YYYY-MM-DD`); closed: when it closed (`YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`).
    pub date: String,
    pub known_id: String,
    pub known_en: String,
    pub url: String,
    pub publisher: String,
    pub published: String,
    /// The day the province compared the state with its source (`YYYY-MM-DD`).
    pub checked: String,
}

/// Which field a refused form has to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    Wave,
    Date,
    Known,
    Source,
    Publisher,
    Published,
    Checked,
}

impl ProgrammeForm {
    /// The form filled with a record (the one in force), checked today.
    pub fn from_record(p: &Programme, today: &str) -> ProgrammeForm {
        let (state, wave, date) = match &p.state {
            ProgrammeState::Open { wave, closes } => (StateKind::Open, wave.to_string(), closes),
            ProgrammeState::Closed { last_wave, since } => {
                (StateKind::Closed, last_wave.to_string(), since)
            }
            ProgrammeState::Unknown => (StateKind::Unknown, String::new(), &String::new()),
        };
        let source = p.source.clone();
        ProgrammeForm {
            state,
            wave,
            date: date.clone(),
            known_id: p.known.as_ref().map(|t| t.id.clone()).unwrap_or_default(),
            known_en: p.known.as_ref().map(|t| t.en.clone()).unwrap_or_default(),
            url: source.as_ref().map(|s| s.url.clone()).unwrap_or_default(),
            publisher: source
                .as_ref()
                .map(|s| s.publisher.clone())
                .unwrap_or_default(),
            published: source.map(|s| s.published).unwrap_or_default(),
            checked: today.to_owned(),
        }
    }

    /// The record the form makes, or the field to fix first.
    pub fn record(&self) -> Result<Programme, FormField> {
        let wave = || {
            self.wave
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|w| *w > 0)
                .ok_or(FormField::Wave)
        };
        let state = match self.state {
            StateKind::Open => ProgrammeState::Open {
                wave: wave()?,
                closes: self.date.trim().to_owned(),
            },
            StateKind::Closed => ProgrammeState::Closed {
                last_wave: wave()?,
                since: self.date.trim().to_owned(),
            },
            StateKind::Unknown => ProgrammeState::Unknown,
        };
        let known = match (self.known_id.trim(), self.known_en.trim()) {
            ("", "") => None,
            (id, en) => Some(Text {
                id: id.to_owned(),
                en: en.to_owned(),
            }),
        };
        let source = (!(self.url.trim().is_empty()
            && self.publisher.trim().is_empty()
            && self.published.trim().is_empty()))
        .then(|| ProgrammeSource {
            url: self.url.trim().to_owned(),
            publisher: self.publisher.trim().to_owned(),
            published: self.published.trim().to_owned(),
        });
        let checked = Some(self.checked.trim().to_owned()).filter(|c| !c.is_empty());
        let p = Programme {
            state,
            known,
            source,
            checked,
        };
        p.check().map_err(field_of)?;
        Ok(p)
    }
}

/// The field a broken rule of [`Programme::check`] points to.
fn field_of(e: ProgrammeError) -> FormField {
    use ProgrammeError::*;
    match e {
        WaveNotPositive => FormField::Wave,
        BadDate("closes") | BadDate("since") | SinceAfterChecked => FormField::Date,
        BadDate("source.published") | CheckedBeforeSource => FormField::Published,
        BadDate(_) | NoChecked => FormField::Checked,
        SourceNotHttps | NoSource => FormField::Source,
        NoPublisher => FormField::Publisher,
        TextMissingLanguage => FormField::Known,
    }
}

/// The body of `POST /api/collections/programme_states/records`: the record and the start
/// screen's line in both languages (`text::programme::line`).
pub fn body(p: &Programme, line: &Text) -> String {
    json::object(&[
        ("record", Val::Raw(p.to_json())),
        ("line_id", Val::S(&line.id)),
        ("line_en", Val::S(&line.en)),
    ])
}

/// One change of the log: the line it gave, who recorded it and when (store time, UTC).
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub line: Text,
    pub record: Option<Programme>,
    pub by: String,
    /// `YYYY-MM-DD HH:MM`.
    pub at: String,
}

/// The list answer (`?sort=-created&expand=created_by`), newest first.
pub fn decode_changes(text: &str) -> Option<Vec<Change>> {
    let j = parse(text).ok()?;
    let Some(Json::Arr(items)) = j.get("items") else {
        return None;
    };
    items
        .iter()
        .map(|c| {
            Some(Change {
                line: Text {
                    id: c.str_or_default("line_id")?,
                    en: c.str_or_default("line_en")?,
                },
                record: c.get("record").and_then(Programme::from_json),
                by: c
                    .get("expand")
                    .and_then(|e| e.get("created_by"))
                    .and_then(|s| s.str_field("name"))
                    .unwrap_or_default(),
                at: c.str_or_default("created")?.chars().take(16).collect(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::settings::Settings;

    fn shipped() -> Programme {
        Settings::parse(include_str!("../../../settings.json"))
            .unwrap()
            .programme()
    }

    #[test]
    fn the_form_filled_with_the_record_in_force_makes_the_same_record_checked_today() {
        let form = ProgrammeForm::from_record(&shipped(), "2026-12-08");
        assert_eq!(form.state, StateKind::Closed);
        assert_eq!(form.wave, "71");
        let p = form.record().expect("still valid");
        assert_eq!(p.state, shipped().state);
        assert_eq!(p.source, shipped().source);
        assert_eq!(p.checked.as_deref(), Some("2026-12-08"));
    }

    #[test]
    fn a_broken_rule_points_to_its_field_and_keeps_what_was_typed() {
        let base = ProgrammeForm::from_record(&shipped(), "2026-12-08");
        let with = |f: fn(&mut ProgrammeForm)| {
            let mut form = base.clone();
            f(&mut form);
            form.record()
        };
        assert_eq!(with(|f| f.wave = "tujuh satu".into()), Err(FormField::Wave));
        assert_eq!(with(|f| f.wave = "0".into()), Err(FormField::Wave));
        assert_eq!(with(|f| f.date = "Agustus".into()), Err(FormField::Date));
        assert_eq!(
            with(|f| f.url = "jambi.tribunnews.com".into()),
            Err(FormField::Source)
        );
        assert_eq!(
            with(|f| f.publisher = " ".into()),
            Err(FormField::Publisher)
        );
        assert_eq!(
            with(|f| f.published = "2027-01".into()),
            Err(FormField::Published)
        );
        assert_eq!(
            with(|f| f.checked = "8/12/2026".into()),
            Err(FormField::Checked)
        );
        assert_eq!(with(|f| f.known_en = String::new()), Err(FormField::Known));
        // an open wave needs its own closing day
        let open = with(|f| {
            f.state = StateKind::Open;
            f.wave = "72".into();
            f.date = "2027-01-20".into();
        });
        assert!(matches!(
            open.map(|p| p.state),
            Ok(ProgrammeState::Open { wave: 72, .. })
        ));
    }

    #[test]
    fn unknown_with_nothing_said_needs_no_source() {
        let form = ProgrammeForm {
            state: StateKind::Unknown,
            wave: String::new(),
            date: String::new(),
            known_id: String::new(),
            known_en: String::new(),
            url: String::new(),
            publisher: String::new(),
            published: String::new(),
            checked: String::new(),
        };
        assert_eq!(form.record(), Ok(Programme::default()));
    }

    #[test]
    fn the_body_and_the_log_read_back() {
        let line = Text {
            id: "Baris".into(),
            en: "Line".into(),
        };
        let b = body(&shipped(), &line);
        let j = parse(&b).unwrap();
        assert_eq!(j.str_field("line_id").as_deref(), Some("Baris"));
        assert_eq!(
            j.get("record").and_then(Programme::from_json),
            Some(shipped())
        );
        let list = format!(
            r#"{{"items":[{{"line_id":"Baris","line_en":"Line","record":{},"created":"2026-12-07 22:48:11.140Z","expand":{{"created_by":{{"name":"Tim Provinsi"}}}}}}]}}"#,
            shipped().to_json()
        );
        let changes = decode_changes(&list).unwrap();
        assert_eq!(changes[0].by, "Tim Provinsi");
        assert_eq!(changes[0].at, "2026-12-07 22:48");
        assert_eq!(changes[0].record, Some(shipped()));
    }
}
