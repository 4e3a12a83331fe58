//! Runtime settings: `settings.json` next to `index.html`, read at start. The province edits
//! this file without rebuilding the app.

use crate::domain::common::json::{FromJson, Json};
use crate::domain::common::language::Text;
#[cfg(any(not(target_arch = "wasm32"), feature = "app"))]
use crate::domain::common::programme::Programme;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CallCentre {
    pub label: Text,
    /// Shown as written; dialled with its digits.
    pub number: String,
    #[serde(default)]
    pub hours: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Settings {
    /// Base URL of the booking store (PocketBase). Empty = same origin as the app.
    #[serde(default)]
    pub booking_api: String,
    #[serde(default)]
    pub call_centres: Vec<CallCentre>,
    /// The Prakerja complaint form.
    pub complaint_form_url: String,
    /// Programme notices shown on the start screen (e.g. "a wave is open until ...").
    #[serde(default)]
    pub notices: Vec<Text>,
    /// Origins of host pages allowed to embed the app (postMessage is checked against them).
    #[serde(default)]
    pub embed_origins: Vec<String>,
    /// Anonymous usage events (which steps fix which problems) are kept and sent; `false`
    /// turns them off. Missing = on.
    #[serde(default = "on")]
    pub usage_events: bool,
    /// Whether registration is open, closed or not known, with its source and the day it was
    /// checked, as the file has it: read with [`Settings::programme`]. The start screen reads
    /// only [`Settings::programme_line`], so the start bundle never parses the record, nor
    /// keeps it (copying it would cost that bundle the bytes of copying any JSON).
    #[cfg(any(not(target_arch = "wasm32"), feature = "app"))]
    #[serde(skip)]
    programme_record: Option<Json>,
    /// The start screen's line about the state, in both languages: written with the record
    /// (the desk computes it with `text::programme::line`; the tests check the shipped file's).
    #[serde(skip)]
    pub programme_line: Option<Text>,
}

fn on() -> bool {
    true
}

/// Why a settings file was rejected (for the tests and the people who edit the file; the app
/// shows its one settings error screen).
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsError {
    /// Not JSON; the byte near which it broke.
    Syntax(usize),
    Invalid(Invalid),
}

/// The rule a well-formed settings file breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    /// A field is missing or has the wrong type.
    Shape,
    /// `booking_api` must be empty or a web address.
    BookingApi,
    /// `complaint_form_url` must be a web address.
    ComplaintForm,
    /// Every call centre needs a number.
    CallCentreNumber,
    /// Texts need Indonesian and English.
    Languages,
    /// `embed_origins` are origins like `https://jatimprov.go.id`.
    EmbedOrigin,
}

fn is_web_url(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
}

impl Settings {
    pub fn parse(text: &str) -> Result<Settings, SettingsError> {
        let doc =
            crate::domain::common::json::parse(text).map_err(|e| SettingsError::Syntax(e.0))?;
        let s: Settings = crate::domain::common::json::FromJson::from_json(&doc)
            .ok_or(SettingsError::Invalid(Invalid::Shape))?;
        if !s.booking_api.is_empty() && !is_web_url(&s.booking_api) {
            return Err(SettingsError::Invalid(Invalid::BookingApi));
        }
        if !is_web_url(&s.complaint_form_url) {
            return Err(SettingsError::Invalid(Invalid::ComplaintForm));
        }
        if s.call_centres
            .iter()
            .any(|c| !c.number.chars().any(|d| d.is_ascii_digit()))
        {
            return Err(SettingsError::Invalid(Invalid::CallCentreNumber));
        }
        if s.notices
            .iter()
            .chain(s.call_centres.iter().map(|c| &c.label))
            .any(|t| t.id.trim().is_empty() || t.en.trim().is_empty())
        {
            return Err(SettingsError::Invalid(Invalid::Languages));
        }
        if s.embed_origins
            .iter()
            .any(|o| !is_web_url(o) || o.ends_with('/'))
        {
            return Err(SettingsError::Invalid(Invalid::EmbedOrigin));
        }
        Ok(s)
    }

    /// The programme's state. A record that is missing, of the wrong shape or breaks a rule of
    /// [`Programme::check`] reads as unknown with nothing known: the app then claims nothing.
    #[cfg(any(not(target_arch = "wasm32"), feature = "app"))]
    pub fn programme(&self) -> Programme {
        self.programme_record
            .as_ref()
            .and_then(Programme::from_json)
            .filter(|p| p.check().is_ok())
            .unwrap_or_default()
    }

    /// The booking API address for a path such as `/api/booking`.
    pub fn api_url(&self, path: &str) -> String {
        format!("{}{}", self.booking_api.trim_end_matches('/'), path)
    }
}

/// `tel:` link target for a displayed number ("031-8293097" -> "tel:0318293097").
pub fn tel_href(number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

// Read with the hand-written reader of `common::json` (no serde in the browser).
impl FromJson for CallCentre {
    fn from_json(j: &Json) -> Option<Self> {
        Some(CallCentre {
            label: Text::from_json(j.get("label")?)?,
            number: j.str_field("number")?,
            hours: j.opt("hours")?,
        })
    }
}

impl FromJson for Settings {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Settings {
            booking_api: j.opt::<String>("booking_api")?.unwrap_or_default(),
            call_centres: j.list("call_centres")?,
            complaint_form_url: j.str_field("complaint_form_url")?,
            notices: j.list("notices")?,
            embed_origins: j.list("embed_origins")?,
            usage_events: match j.get("usage_events") {
                None => true,
                Some(_) => j.bool_field("usage_events")?,
            },
            #[cfg(any(not(target_arch = "wasm32"), feature = "app"))]
            programme_record: j.get("programme").cloned(),
            // a line that is missing or half written is left out, never the whole file
            programme_line: j
                .get("programme")
                .and_then(|p| p.opt::<Text>("line"))
                .flatten()
                .filter(|t| !t.id.trim().is_empty() && !t.en.trim().is_empty()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_settings_file_is_valid() {
        let text = include_str!("../../../settings.json");
        let s = Settings::parse(text).expect("settings.json must parse");
        assert!(!s.call_centres.is_empty());
    }

    #[test]
    fn broken_settings_are_rejected_with_a_reason() {
        assert!(matches!(
            Settings::parse("{ not json"),
            Err(SettingsError::Syntax(_))
        ));
        assert!(matches!(
            Settings::parse(r#"{"complaint_form_url":"ftp://x"}"#),
            Err(SettingsError::Invalid(_))
        ));
        assert!(matches!(
            Settings::parse(r#"{"call_centres":[]}"#),
            Err(SettingsError::Invalid(_))
        ));
        assert!(matches!(
            Settings::parse(
                r#"{"complaint_form_url":"https://x","call_centres":[{"label":{"id":"a","en":"b"},"number":"call us"}]}"#
            ),
            Err(SettingsError::Invalid(_))
        ));
        let ok = Settings::parse(
            r#"{"complaint_form_url":"https://x","booking_api":"https://api.example/"}"#,
        )
        .unwrap();
        assert_eq!(
            ok.api_url(crate::domain::common::routes::api::BOOK),
            "https://api.example/api/booking"
        );
    }

    #[test]
    fn usage_events_are_on_unless_the_file_turns_them_off() {
        let base = r#""complaint_form_url":"https://x""#;
        assert!(
            Settings::parse(&format!("{{{base}}}"))
                .unwrap()
                .usage_events
        );
        let off = Settings::parse(&format!("{{{base},\"usage_events\":false}}")).unwrap();
        assert!(!off.usage_events);
        assert!(matches!(
            Settings::parse(&format!("{{{base},\"usage_events\":\"no\"}}")),
            Err(SettingsError::Invalid(_))
        ));
    }

    #[test]
    fn phone_links_dial_digits_only() {
        assert_eq!(tel_href("031-8293097"), "tel:0318293097");
        assert_eq!(tel_href("+62 811 800 5373"), "tel:+628118005373");
    }
}
