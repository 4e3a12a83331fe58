//! The services people confuse with Kartu Prakerja (`content/other-services.json`): when triage
//! finds no problem of ours and the complaint names one of them, the start screen names that
//! service, the agency that runs it and its official channels. The file is fetched only then,
//! so the start screen's first load does not carry it.

use crate::domain::common::json::{self, FromJson, Json};
use crate::domain::common::language::Text;

/// How a channel is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactKind {
    /// A web address (`https://…`).
    Url,
    /// An app to install from the store: named, not linked.
    App,
    Phone,
    WhatsApp,
    Email,
}

/// One official channel of a service.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub kind: ContactKind,
    /// As written: an address, a number, an app's name.
    pub value: String,
    pub label: Text,
    /// Ids of `content/sources.json` that publish the channel.
    pub sources: Vec<String>,
}

/// A service that is not Prakerja.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub id: String,
    pub name: Text,
    pub agency: Text,
    /// What to do instead, in a sentence.
    pub next: Text,
    pub contacts: Vec<Contact>,
    /// Words (as `triage::normalise` leaves them) that name the service.
    pub triggers: Vec<String>,
}

impl Contact {
    /// Where a link to the channel goes; `None` for an app (found in the phone's store).
    pub fn href(&self) -> Option<String> {
        let digits: String = self.value.chars().filter(char::is_ascii_digit).collect();
        match self.kind {
            ContactKind::Url => self
                .value
                .starts_with("https://")
                .then(|| self.value.clone()),
            ContactKind::App => None,
            ContactKind::Phone => Some(format!("tel:{digits}")),
            // wa.me takes the number with the country code and without the leading 0
            ContactKind::WhatsApp => Some(match digits.strip_prefix('0') {
                Some(rest) => format!("https://wa.me/62{rest}"),
                None => format!("https://wa.me/{digits}"),
            }),
            ContactKind::Email => Some(format!("mailto:{}", self.value)),
        }
    }
}

/// The first service whose trigger appears, as whole words, in `words` (a complaint as
/// `triage::normalise` leaves it).
pub fn matching<'a>(services: &'a [Service], words: &str) -> Option<&'a Service> {
    let padded = format!(" {words} ");
    services.iter().find(|s| {
        s.triggers
            .iter()
            .any(|t| padded.contains(&format!(" {t} ")))
    })
}

/// The services of `content/other-services.json`; `None` when the file is not of that shape.
pub fn parse(text: &str) -> Option<Vec<Service>> {
    json::parse(text).ok()?.list("services")
}

impl FromJson for ContactKind {
    fn from_json(j: &Json) -> Option<Self> {
        Some(match j.as_str()? {
            "url" => ContactKind::Url,
            "app" => ContactKind::App,
            "phone" => ContactKind::Phone,
            "whatsapp" => ContactKind::WhatsApp,
            "email" => ContactKind::Email,
            _ => return None,
        })
    }
}

impl FromJson for Contact {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Contact {
            kind: ContactKind::from_json(j.get("kind")?)?,
            value: j.str_field("value")?,
            label: Text::from_json(j.get("label")?)?,
            sources: j.list("sources")?,
        })
    }
}

impl FromJson for Service {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Service {
            id: j.str_field("id")?,
            name: Text::from_json(j.get("name")?)?,
            agency: Text::from_json(j.get("agency")?)?,
            next: Text::from_json(j.get("next")?)?,
            contacts: j.list("contacts")?,
            triggers: j.list("triggers")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Vec<Service> {
        parse(include_str!("../../../content/other-services.json")).expect("the file reads")
    }

    #[test]
    fn every_service_of_the_file_reads_with_its_agency_and_words() {
        let all = shipped();
        assert!(all.len() >= 9);
        for s in &all {
            assert!(!s.triggers.is_empty(), "{}", s.id);
            assert!(
                !s.agency.id.is_empty() && !s.agency.en.is_empty(),
                "{}",
                s.id
            );
            for c in &s.contacts {
                assert!(
                    c.kind == ContactKind::App || c.href().is_some(),
                    "{}: {:?} cannot be opened",
                    s.id,
                    c.value
                );
            }
        }
    }

    #[test]
    fn bpjs_kesehatan_is_named_for_a_question_about_it_not_another_service() {
        let all = shipped();
        let hit = matching(&all, "cara daftar bpjs kesehatan mandiri").expect("a service");
        assert_eq!(hit.id, "bpjs-kesehatan");
        assert_eq!(
            matching(&all, "cair jht bagaimana").map(|s| s.id.as_str()),
            Some("bpjs-ketenagakerjaan")
        );
        // a trigger inside another word is not the trigger ("kis" in "kisah")
        assert_eq!(matching(&all, "kisah sedih"), None);
    }

    #[test]
    fn each_channel_opens_where_it_should() {
        let c = |kind, value: &str| Contact {
            kind,
            value: value.into(),
            label: Text {
                id: "x".into(),
                en: "x".into(),
            },
            sources: Vec::new(),
        };
        assert_eq!(
            c(ContactKind::Phone, "1500 630").href().as_deref(),
            Some("tel:1500630")
        );
        assert_eq!(
            c(ContactKind::WhatsApp, "0811-800-5373").href().as_deref(),
            Some("https://wa.me/628118005373")
        );
        assert_eq!(
            c(ContactKind::Email, "a@b.go.id").href().as_deref(),
            Some("mailto:a@b.go.id")
        );
        assert_eq!(c(ContactKind::Url, "http://x.go.id").href(), None);
        assert_eq!(c(ContactKind::App, "Mobile JKN").href(), None);
    }
}
