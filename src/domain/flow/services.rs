//! The services people confuse with Kartu Prakerja (`content/other-services.json`): when triage
//! finds no problem of ours and the complaint names one of them ([`for_complaint`]), the start
//! screen names that service, the agency that runs it and its official channels. The start
//! screen reads them as [`Brief`]s from a smaller file the build writes
//! (`content/other-services-start.tsv`), fetched only then, so its first load carries neither.

use crate::domain::common::json::{self, FromJson, Json};
use crate::domain::common::language::{Lang, Text};
use crate::domain::common::table;
use crate::domain::flow::triage;
use triage_text::elsewhere::{has_phrase, padded};

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
    /// Ids of `content/sources.json` that say who runs the service and what to do.
    pub sources: Vec<String>,
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

/// A service as the start screen gets it: one line of `content/other-services-start.tsv`,
/// which the build writes from `content/other-services.json` ([`brief_line`]): the words that
/// name it (`|` between them), then its answer in Indonesian and in English, ready to show
/// (agency, what to do, each channel with its sources), tab-separated. Read in place: the
/// start bundle parses nothing and copies nothing out of the file (its first load's bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Brief<'a>(pub &'a str);

impl<'a> Brief<'a> {
    /// The fields of a line: triggers, answer in Indonesian, answer in English.
    pub const FIELDS: usize = 3;

    /// True when every line of `file` has its three fields (`table::is_table`).
    pub fn is_file(file: &str) -> bool {
        table::is_table(file, Self::FIELDS)
    }

    /// The services of the start screen's file ([`Brief::is_file`]), in its order.
    pub fn all(file: &'a str) -> impl Iterator<Item = Brief<'a>> {
        file.lines().map(Brief)
    }

    /// The answer in `lang`, as HTML.
    pub fn answer(self, lang: Lang) -> &'a str {
        let field = match lang {
            Lang::Id => 1,
            Lang::En => 2,
        };
        self.0.split('\t').nth(field).unwrap_or_default()
    }
}

/// One line of the start screen's file (see [`Brief`]).
pub fn brief_line(triggers: &[String], answer_id: &str, answer_en: &str) -> String {
    table::line(&[&triggers.join("|"), answer_id, answer_en])
}

/// Something named by trigger words: a [`Service`] or its [`Brief`].
pub trait Named {
    /// True when one of its triggers (words as `triage::normalise` leaves them) stands, as
    /// whole words, in a complaint's words (`triage::words`, then
    /// `triage_text::elsewhere::padded`).
    fn is_named_in(&self, padded: &str) -> bool;
}

impl Named for Service {
    fn is_named_in(&self, padded: &str) -> bool {
        self.triggers.iter().any(|t| has_phrase(padded, t))
    }
}

impl Named for Brief<'_> {
    fn is_named_in(&self, padded: &str) -> bool {
        let triggers = self.0.split('\t').next().unwrap_or_default();
        triggers.split('|').any(|t| has_phrase(padded, t))
    }
}

/// The services with a trigger among `words` (a complaint as `triage::words` reads it), as
/// whole words, in the file's order.
pub fn named<'a, S: Named>(services: &'a [S], words: &[String]) -> Vec<&'a S> {
    let padded = padded(words);
    services.iter().filter(|s| s.is_named_in(&padded)).collect()
}

/// The services a complaint is about: only when triage finds no problem of ours in it (a
/// Prakerja problem that names another programme, "NIK terdaftar di BSU", stays ours).
pub fn for_complaint<'a, S: Named>(services: &'a [S], complaint: &str) -> Vec<&'a S> {
    if triage::rank(complaint, 1).is_empty() {
        named(services, &triage::words(complaint))
    } else {
        Vec::new()
    }
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
            sources: j.list("sources")?,
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

    fn ids<S: Named>(list: Vec<&S>, id: impl Fn(&S) -> &str) -> Vec<String> {
        list.into_iter().map(|s| id(s).to_owned()).collect()
    }

    #[test]
    fn bpjs_kesehatan_is_named_for_a_question_about_it_not_another_service() {
        let all = shipped();
        let id = |s: &Service| s.id.clone();
        let of = |q: &str| ids(for_complaint(&all, q), |s| &s.id);
        assert_eq!(of("cara daftar bpjs kesehatan mandiri"), ["bpjs-kesehatan"]);
        assert_eq!(of("JHT gak cair2, gimana?"), ["bpjs-ketenagakerjaan"]);
        // two services named: both, in the file's order
        assert_eq!(
            of("bsu sama jht kapan cair"),
            ["bpjs-ketenagakerjaan", "bsu"]
        );
        // a trigger inside another word is not the trigger ("kis" in "kisah")
        assert!(of("kisah sedih").is_empty());
        // nothing named: no service (the start screen keeps its general answer)
        assert!(of("resep nasi goreng").is_empty());
        // a problem of ours that names another programme stays ours
        assert!(!triage::rank("nik saya terdaftar di bsu", 1).is_empty());
        assert!(of("nik saya terdaftar di bsu").is_empty());
        assert_eq!(
            named(&all, &triage::words("nik saya terdaftar di bsu"))
                .into_iter()
                .map(id)
                .collect::<Vec<_>>(),
            ["bsu"]
        );
    }

    #[test]
    fn the_start_screens_file_reads_with_the_same_matching() {
        let file = [
            brief_line(
                &["kur".into(), "kredit usaha".into()],
                "<p>KUR</p>",
                "<p>KUR\tloan</p>",
            ),
            brief_line(&["kia".into()], "<p>KIA</p>", "<p>KIA card</p>"),
        ]
        .concat();
        assert!(Brief::is_file(&file));
        let briefs: Vec<Brief> = Brief::all(&file).collect();
        assert_eq!(briefs.len(), 2);
        assert_eq!(
            briefs[0].answer(Lang::En),
            "<p>KUR loan</p>",
            "no tab inside a field"
        );
        let hit = for_complaint(&briefs, "pengajuan KUR ditolak");
        assert_eq!(hit.len(), 1);
        assert_eq!(hit[0].answer(Lang::Id), "<p>KUR</p>");
        assert_eq!(for_complaint(&briefs, "kredit usaha rakyat").len(), 1);
        assert!(!Brief::is_file("kur\t<p>KUR</p>\n"), "a field missing");
        assert!(
            !Brief::is_file("<!doctype html>\n<html>"),
            "a page, not the file"
        );
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
