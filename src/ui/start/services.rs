//! The start screen's answer for a service that is not Prakerja ("Ini urusan BPJS Kesehatan,
//! bukan Prakerja."), as HTML written at build time: `cargo run --bin prerender -- --services`
//! turns `content/other-services.json` into `content/other-services-start.tsv`, each service
//! with its trigger words and its answer in both languages (agency, what to do, each official
//! channel with its sources and their dates, as the flows show sources). The start bundle
//! fetches that file only when triage finds no problem of ours, matches the words
//! (`domain::flow::services::for_complaint`) and shows the answers as they are: it carries
//! neither the list nor the code that writes it.
//!
//! Plain Rust with no browser import: tested natively.

use crate::domain::common::language::Lang;
use crate::domain::flow::services::{brief_line, Contact, Service};
use crate::text::schema::FlowStrings;
use crate::ui::shell::frame::escape;
use crate::ui::shell::step::source_line;
use std::fmt::Write;

/// One service's answer: its name, whose matter it is, what to do, and each official channel
/// (a link where it opens) with its sources.
pub fn answer(v: &Service, l: Lang) -> String {
    let s = FlowStrings::get(l);
    let mut h = format!(
        r#"<section class="service"><h2 class="small-heading">{}</h2><p>{} {}</p>"#,
        escape(v.name.get(l)),
        escape(&s.not_ours.replace("{agency}", v.agency.get(l))),
        escape(v.next.get(l))
    );
    if v.contacts.is_empty() {
        // no channel of its own to name: the sources that say who runs it
        h.push_str(&source_line(&v.sources, l).unwrap_or_default());
    } else {
        h.push_str(r#"<ul class="channels">"#);
        for c in &v.contacts {
            channel(&mut h, c, l);
        }
        h.push_str("</ul>");
    }
    h.push_str("</section>");
    h
}

fn channel(h: &mut String, c: &Contact, l: Lang) {
    let _ = write!(h, "<li>{}: ", escape(c.label.get(l)));
    match c.href() {
        Some(href) => {
            let _ = write!(
                h,
                r#"<a href="{}" target="_blank" rel="noopener noreferrer external">{}</a>"#,
                escape(&href),
                escape(&c.value)
            );
        }
        None => {
            let _ = write!(h, "<strong>{}</strong>", escape(&c.value));
        }
    }
    h.push_str(&source_line(&c.sources, l).unwrap_or_default());
    h.push_str("</li>");
}

/// `content/other-services-start.tsv`: one line per service, its trigger words and its answer
/// in both languages (`domain::flow::services::Brief`).
pub fn briefs_file(services: &[Service]) -> String {
    services
        .iter()
        .map(|v| brief_line(&v.triggers, &answer(v, Lang::Id), &answer(v, Lang::En)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::flow::services::{self, for_complaint, Brief};
    use crate::ui::start::page::{reply, suggestions, Fetched};

    /// The text a person reads: the HTML without its tags.
    fn visible(h: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in h.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    fn shipped() -> Vec<Service> {
        services::parse(include_str!("../../../content/other-services.json")).expect("reads")
    }

    #[test]
    fn bpjs_kesehatan_is_named_with_its_app_and_the_source_with_its_date() {
        let all = shipped();
        let v = all
            .iter()
            .find(|v| v.id == "bpjs-kesehatan")
            .expect("listed");
        let id = answer(v, Lang::Id);
        assert!(
            id.contains("<p>Ini urusan BPJS Kesehatan, bukan Prakerja. Cek atau urus"),
            "{id}"
        );
        assert!(id.contains("<strong>Mobile JKN</strong>"), "{id}");
        assert!(id.contains("Menurut <a href=\"https://"), "{id}");
        assert!(id.contains("2022"), "the source's date: {id}");
        let en = answer(v, Lang::En);
        assert!(
            en.contains("This is not Prakerja. Run by: BPJS Kesehatan."),
            "{en}"
        );
        for h in [&id, &en] {
            assert!(!h.contains("Disnakertrans"), "not our call centre: {h}");
            let read = visible(h);
            assert!(
                !read.contains("bpjs-kesehatan"),
                "no internal id on screen: {read}"
            );
        }
    }

    #[test]
    fn each_channel_is_a_link_where_it_opens_and_a_service_without_one_shows_its_sources() {
        let all = shipped();
        let dukcapil = answer(all.iter().find(|v| v.id == "dukcapil").unwrap(), Lang::Id);
        assert!(dukcapil.contains("href=\"tel:1500537\""), "{dukcapil}");
        assert!(dukcapil.contains("href=\"https://wa.me/628118005373\""));
        assert_eq!(dukcapil.matches("<li>").count(), 3);
        let kur = answer(all.iter().find(|v| v.id == "kur").unwrap(), Lang::En);
        assert!(!kur.contains("<ul"), "{kur}");
        assert!(kur.contains("class=\"source\""), "{kur}");
    }

    #[test]
    fn the_file_reads_back_and_answers_a_complaint_in_both_languages() {
        let all = shipped();
        let file = briefs_file(&all);
        assert!(Brief::is_file(&file), "{file}");
        let briefs: Vec<Brief> = Brief::all(&file).collect();
        assert_eq!(briefs.len(), all.len());
        let hit = for_complaint(&briefs, "cara daftar bpjs kesehatan mandiri");
        assert_eq!(hit.len(), 1);
        assert!(hit[0]
            .answer(Lang::Id)
            .contains("Ini urusan BPJS Kesehatan"));
        assert!(hit[0].answer(Lang::En).contains("Mobile JKN"));
        let v = all.iter().find(|v| v.id == "bpjs-kesehatan").unwrap();
        assert_eq!(hit[0].answer(Lang::Id), answer(v, Lang::Id));
    }

    /// The start screen's answer to `q` once the services' answers are here.
    fn say(lang: Lang, q: &str, file: &str) -> String {
        let fetched = Fetched {
            services: Some(file),
            ..Fetched::default()
        };
        suggestions(lang, "", q, reply(q), fetched)
    }

    #[test]
    fn text_about_another_service_names_its_agency_and_channel_and_keeps_the_list() {
        let briefs = briefs_file(&shipped());
        let id = say(Lang::Id, "cara daftar bpjs kesehatan mandiri", &briefs);
        assert!(
            id.contains("Ini urusan BPJS Kesehatan, bukan Prakerja."),
            "{id}"
        );
        assert!(id.contains("Mobile JKN"), "{id}");
        assert!(
            !id.contains(crate::text::Strings::get(Lang::Id).no_match),
            "{id}"
        );
        assert!(id.contains("href=\"/masalah/#/layanan-lain\""), "{id}");
        let en = say(Lang::En, "cara daftar bpjs kesehatan mandiri", &briefs);
        assert!(
            en.contains("This is not Prakerja. Run by: BPJS Kesehatan."),
            "{en}"
        );
        assert!(
            en.contains(crate::text::Strings::get(Lang::En).other_services_link),
            "{en}"
        );
        // two services named: both answers
        let two = say(Lang::Id, "jht sama bsu kapan cair", &briefs);
        assert_eq!(two.matches("class=\"service\"").count(), 2, "{two}");
        // no service named: the general answer stays
        let other = say(Lang::Id, "resep nasi goreng", &briefs);
        assert!(
            other.contains(crate::text::Strings::get(Lang::Id).no_match),
            "{other}"
        );
        assert!(!other.contains("class=\"service\""), "{other}");
    }
}
