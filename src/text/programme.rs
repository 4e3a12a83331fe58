//! The one line a citizen reads about the programme's state (start screen), and its words in
//! each language. `{}` in a template is, in order, the wave number and the date.

use crate::domain::common::language::{format_date, Lang};
use crate::domain::common::programme::{Programme, ProgrammeState};

string_table! {
/// The words of the state line, in one language (values in `id/staff.rs` and `en/staff.rs`).
#[derive(Debug)]
pub struct ProgrammeStrings {
/// `{}` the wave, `{}` the closing day.
pub open: &'static str,
/// `{}` the last wave, `{}` when registration closed.
pub closed: &'static str,
pub unknown: &'static str,
/// Between the state and the day it was checked.
pub checked: &'static str,
/// The desk's form (province staff): its title, what it does, each field, each field's problem.
pub form_title: &'static str,
pub form_intro: &'static str,
pub now: &'static str,
pub state_label: &'static str,
pub state_names: [&'static str; 3],
pub wave_open: &'static str,
pub wave_closed: &'static str,
pub date_open: &'static str,
pub date_closed: &'static str,
pub known_id: &'static str,
pub known_en: &'static str,
pub source_url: &'static str,
pub source_publisher: &'static str,
pub source_published: &'static str,
pub checked_label: &'static str,
pub save: &'static str,
pub saved: &'static str,
pub not_saved: &'static str,
pub log_title: &'static str,
pub bad_wave: &'static str,
pub bad_date: &'static str,
pub bad_known: &'static str,
pub bad_source: &'static str,
pub bad_publisher: &'static str,
pub bad_published: &'static str,
pub bad_checked: &'static str,
}
}

/// "Pendaftaran belum dibuka lagi sejak gelombang 71, Agu 2024 · dicek 7 Des 2026": the
/// state, then the day the province last checked it (left out when it never did).
pub fn line(p: &Programme, lang: Lang) -> String {
    let s = ProgrammeStrings::get(lang);
    let (template, wave, date) = match &p.state {
        ProgrammeState::Open { wave, closes } => (s.open, *wave, closes.as_str()),
        ProgrammeState::Closed { last_wave, since } => (s.closed, *last_wave, since.as_str()),
        ProgrammeState::Unknown => (s.unknown, 0, ""),
    };
    let mut out = String::new();
    for (i, piece) in template.split("{}").enumerate() {
        match i {
            1 => out.push_str(&wave.to_string()),
            2 => out.push_str(&format_date(date, lang)),
            _ => {}
        }
        out.push_str(piece);
    }
    if let Some(day) = &p.checked {
        out.push_str(s.checked);
        out.push_str(&format_date(day, lang));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::language::Text;
    use crate::domain::common::programme::ProgrammeSource;
    use crate::domain::common::settings::Settings;

    fn source() -> Option<ProgrammeSource> {
        Some(ProgrammeSource {
            url: "https://www.prakerja.go.id/artikel/gelombang-72".into(),
            publisher: "prakerja.go.id".into(),
            published: "2027-01-06".into(),
        })
    }

    #[test]
    fn the_shipped_settings_say_registration_is_closed_since_wave_71() {
        let s = Settings::parse(include_str!("../../settings.json")).unwrap();
        assert_eq!(
            line(&s.programme(), Lang::Id),
            "Pendaftaran belum dibuka lagi sejak gelombang 71, Agu 2024 · dicek 7 Des 2026"
        );
        assert_eq!(
            line(&s.programme(), Lang::En),
            "Registration has not reopened since wave 71, Aug 2024 · checked 7 Dec 2026"
        );
    }

    #[test]
    fn the_shipped_settings_carry_the_line_their_record_gives() {
        // The start screen shows `programme.line` without reading the record: after an edit by
        // hand, this test says what the line must be.
        let s = Settings::parse(include_str!("../../settings.json")).unwrap();
        let want = Text {
            id: line(&s.programme(), Lang::Id),
            en: line(&s.programme(), Lang::En),
        };
        assert_eq!(s.programme_line, Some(want), "settings.json programme.line");
    }

    #[test]
    fn an_open_wave_names_its_number_and_closing_day() {
        let p = Programme {
            state: ProgrammeState::Open {
                wave: 72,
                closes: "2027-01-20".into(),
            },
            known: None,
            source: source(),
            checked: Some("2027-01-07".into()),
        };
        assert_eq!(p.check(), Ok(()));
        assert_eq!(
            line(&p, Lang::Id),
            "Gelombang 72 dibuka sampai 20 Jan 2027 · dicek 7 Jan 2027"
        );
        assert_eq!(
            line(&p, Lang::En),
            "Wave 72 is open until 20 Jan 2027 · checked 7 Jan 2027"
        );
    }

    #[test]
    fn an_unknown_state_says_so_and_claims_no_check_it_never_had() {
        let never = Programme::default();
        assert_eq!(line(&never, Lang::Id), "Status pendaftaran belum pasti");
        assert_eq!(line(&never, Lang::En), "Registration status is not certain");
        let checked = Programme {
            checked: Some("2026-12-07".into()),
            source: source().map(|s| ProgrammeSource {
                published: "2026-02-13".into(),
                ..s
            }),
            ..Programme::default()
        };
        assert_eq!(
            line(&checked, Lang::Id),
            "Status pendaftaran belum pasti · dicek 7 Des 2026"
        );
        assert_eq!(
            line(&checked, Lang::En),
            "Registration status is not certain · checked 7 Dec 2026"
        );
    }

    #[test]
    fn both_languages_have_every_word_with_the_same_placeholders() {
        let id = ProgrammeStrings::get(Lang::Id).all();
        let en = ProgrammeStrings::get(Lang::En).all();
        assert_eq!(id.len(), en.len());
        for ((name, a), (_, b)) in id.into_iter().zip(en) {
            assert!(!a.trim().is_empty() && !b.trim().is_empty(), "{name}");
            assert_ne!(a, b, "not translated: {name}");
            assert_eq!(a.matches("{}").count(), b.matches("{}").count(), "{name}");
        }
    }
}
