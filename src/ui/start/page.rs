//! The start screen ("Apa kendalamu?") as HTML, from the interface strings and the catalogue.
//!
//! One function renders it for two uses: at build time `cargo run --bin prerender` writes it
//! into `dist/index.html`, so people can read the screen and start typing before anything else
//! has arrived; in the browser, `start_web` renders it again when the language, the settings
//! or the suggestions change. The start screen carries no UI framework: Leptos alone would
//! cost more than half of the 64 KiB first-load budget, so it runs the flow and booking pages.
//!
//! Plain Rust with no browser import: tested natively.

use crate::domain::common::language::Lang;
use crate::domain::common::routes::{self, flow_href};
use crate::domain::common::table;
use crate::domain::flow::content::Stage;
use crate::domain::flow::services::{Brief, Named};
use crate::domain::flow::triage::{self, ProblemEntry};
use crate::text::schema::Strings;
use crate::ui::shell::frame::{self, escape, FrameView};
use std::fmt::Write;
use triage_text::elsewhere::padded;

/// The id of the element that holds the start screen in `index.html`.
pub const BLOCK_ID: &str = "start-screen";

/// What the page shows in its main area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// `settings.json` is missing or malformed.
    SettingsBroken,
    /// An address the app does not know.
    NotFound,
}

/// Everything the start page depends on.
#[derive(Debug, Clone)]
pub struct View<'a> {
    pub lang: Lang,
    /// The site root without a trailing slash: "" or "/layanan/prakerja".
    pub root: &'a str,
    /// Inside the provincial site's iframe: no header of our own.
    pub embedded: bool,
    pub screen: Screen,
    /// The programme's state in one line (`settings.json` `programme.line`), in this language.
    pub programme_line: Option<&'a str>,
    /// Programme notices from `settings.json`, in this language.
    pub notices: Vec<&'a str>,
    /// "Continue where you left off": the problem and the answers given so far.
    pub resume: Option<(&'static ProblemEntry, &'a str)>,
}

/// The problem the state line links to: what is known about the next wave, with its sources.
pub const STATE_PROBLEM: &str = "registration-status";

impl<'a> View<'a> {
    /// The page as it is built into `index.html`: Indonesian, the state line of the
    /// `settings.json` built with it, nothing from the device yet.
    pub fn prerendered(root: &'a str, programme_line: Option<&'a str>) -> View<'a> {
        View {
            lang: Lang::Id,
            root,
            embedded: false,
            screen: Screen::Start,
            programme_line,
            notices: Vec::new(),
            resume: None,
        }
    }
}

/// The document title for a view.
pub fn title(v: &View) -> String {
    let s = Strings::get(v.lang);
    let t = match v.screen {
        Screen::Start => s.start_title,
        Screen::SettingsBroken => s.settings_error_title,
        Screen::NotFound => s.not_found_title,
    };
    frame::title(t, v.lang)
}

/// The whole page: the shared frame around the start screen (or not-found, or broken settings).
pub fn page(v: &View) -> String {
    let home = routes::start_href(v.root);
    let frame = FrameView {
        lang: v.lang,
        home: &home,
        tagline: Strings::get(v.lang).app_tagline,
        embedded: v.embedded,
    };
    let mut h = frame::top(&frame);
    h.push_str(r#"<main id="main" tabindex="-1">"#);
    match v.screen {
        Screen::Start => start(&mut h, v, Strings::get(v.lang)),
        Screen::SettingsBroken => h.push_str(&frame::settings_broken(v.lang)),
        Screen::NotFound => h.push_str(&frame::not_found(v.lang, &home)),
    }
    h.push_str("</main>");
    h.push_str(&frame::bottom(v.lang));
    h
}

fn start(h: &mut String, v: &View, s: &Strings) {
    let e = escape;
    let root = v.root;
    let _ = write!(
        h,
        r#"<section class="card intro"><h1 tabindex="-1" class="focus-target">{}</h1><p>{}</p>"#,
        e(s.start_title),
        e(s.start_intro)
    );
    if let Some(line) = v.programme_line {
        let _ = write!(h, r#"<p class="programme">{}"#, e(line));
        if let Some(p) = triage::problem(STATE_PROBLEM) {
            let _ = write!(
                h,
                r#" <a href="{}">{}</a>"#,
                flow_href(root, p.id, "", v.lang),
                e(p.title(v.lang))
            );
        }
        h.push_str("</p>");
    }
    for n in &v.notices {
        let _ = write!(h, r#"<p class="notice">{}</p>"#, e(n));
    }
    // Enter before the app has loaded must not send the typed text anywhere.
    let _ = write!(
        h,
        r#"<form role="search"><label for="q" class="label">{}</label><p id="q-hint" class="hint">{}</p><input id="q" name="q" type="search" autocomplete="off" aria-describedby="q-hint" aria-controls="suggestions"></form><div id="suggestions" aria-live="polite"></div></section>"#,
        e(s.search_label),
        e(s.search_hint)
    );
    if let Some((p, trail)) = v.resume {
        let _ = write!(
            h,
            r#"<p class="resume">{} <a href="{}">{}</a></p>"#,
            e(s.resume),
            flow_href(root, p.id, trail, v.lang),
            e(p.title(v.lang))
        );
    }
    let _ = write!(
        h,
        r#"<section class="card"><h2>{}</h2><ul class="choices stages">"#,
        e(s.browse_title)
    );
    for st in Stage::ALL {
        let _ = write!(
            h,
            r#"<li><a href="{}" class="choice"><span class="choice-title">{}</span></a></li>"#,
            routes::stage_href(root, st),
            e(s.stage(st))
        );
    }
    let _ = write!(
        h,
        r#"</ul><p><a href="{}" class="button secondary">{}</a></p></section><p class="manage-link"><a href="{}">{}</a></p><p class="safety">{}</p>"#,
        routes::messages_href(root),
        e(s.messages_link),
        routes::manage_href(root),
        e(s.manage_booking),
        e(s.safety_note)
    );
}

/// The problems that fit what was typed, best first; `None` below three letters (too early
/// to say), an empty list when nothing fits.
pub fn ranked(query: &str) -> Option<Vec<&'static ProblemEntry>> {
    (query.trim().chars().count() >= 3).then(|| {
        triage::rank(query, 5)
            .iter()
            .filter_map(|(id, _)| triage::problem(id))
            .collect()
    })
}

/// What the start screen answers to what was typed.
#[derive(Debug)]
pub enum Reply {
    /// Below three letters: too early to say.
    TooEarly,
    /// The problems of ours that fit, best first.
    Problems(Vec<&'static ProblemEntry>),
    /// Only a greeting ("halo min"): ask what went wrong.
    Greeting,
    /// Nothing of ours: perhaps another service (`domain::flow::services`), whose answers the
    /// start bundle fetches only now.
    Elsewhere,
}

/// What the start screen answers to `query`.
pub fn reply(query: &str) -> Reply {
    match ranked(query) {
        None => Reply::TooEarly,
        Some(list) if !list.is_empty() => Reply::Problems(list),
        Some(_) if triage::is_greeting(query) => Reply::Greeting,
        Some(_) => Reply::Elsewhere,
    }
}

/// The files the start screen fetches only when it needs them, once here (each `None` before:
/// the answer is then shown without it).
#[derive(Debug, Clone, Copy, Default)]
pub struct Fetched<'a> {
    /// The other services' answers (`content/other-services-start.tsv`, [`Brief`]s), asked for
    /// when text first fits no problem of ours.
    pub services: Option<&'a str>,
    /// The problems' English summaries (`content/summaries-en.tsv`), asked for when problems are
    /// first suggested in English: the first load carries the Indonesian ones only.
    pub summaries_en: Option<&'a str>,
}

/// The contents of `#suggestions` for what was typed (`reply` is [`reply`]`(query)`). Text
/// about something else that names none of the other services (or before their answers are
/// here) gets the general answer; the link to the full list stays.
pub fn suggestions(lang: Lang, root: &str, query: &str, reply: Reply, fetched: Fetched) -> String {
    let s = Strings::get(lang);
    match reply {
        Reply::TooEarly => String::new(),
        Reply::Greeting => format!(r#"<p class="no-match">{}</p>"#, escape(s.greeting_reply)),
        Reply::Elsewhere => {
            // triage found nothing of ours: the services the text names (what
            // `services::for_complaint` gives, which the tests run on the labelled texts)
            let words = padded(&triage::words(query));
            let mut answers = String::new();
            for b in Brief::all(fetched.services.unwrap_or_default()) {
                if b.is_named_in(&words) {
                    // written from content/ at build time: already HTML
                    answers.push_str(b.answer(lang));
                }
            }
            if answers.is_empty() {
                answers = format!("<p>{}</p>", escape(s.no_match));
            }
            format!(
                r#"<div class="no-match">{answers}<p><a href="{}">{}</a></p></div>"#,
                routes::other_services_href(root),
                escape(s.other_services_link)
            )
        }
        Reply::Problems(list) => {
            let mut h = format!(
                r#"<h2 class="small-heading">{}</h2><ul class="choices">"#,
                escape(s.suggestions_title)
            );
            for p in list {
                let _ = write!(
                    h,
                    r#"<li><a href="{}" class="choice"><span class="choice-title">{}</span>"#,
                    flow_href(root, p.id, "", lang),
                    escape(p.title(lang))
                );
                // in the browser, English summaries come from their own file (none until then)
                let fetched_en = fetched.summaries_en.and_then(|f| table::value(f, p.id));
                let sub = match (lang, fetched_en) {
                    (Lang::En, Some(t)) => t,
                    _ => p.summary(lang),
                };
                if !sub.is_empty() {
                    let _ = write!(h, r#"<span class="choice-sub">{}</span>"#, escape(sub));
                }
                h.push_str("</a></li>");
            }
            h.push_str("</ul>");
            h
        }
    }
}

/// `content/summaries-en.tsv`: each problem's id and English summary, for the start bundle,
/// whose first load has the Indonesian summaries only (written at build time, natively).
pub fn summaries_en_file() -> String {
    triage::problems()
        .iter()
        .map(|p| table::line(&[p.id, p.summary(Lang::En)]))
        .collect()
}

/// Put the pre-rendered start screen into a page Trunk wrote, just before its loading note
/// (`<p id="boot" ...>`), which the style sheet hides while the start screen shows (people who
/// chose English see the note until the app has rendered their language). Fails if the page
/// has no loading note or was already pre-rendered.
pub fn into_page(html: &str, root: &str, programme_line: Option<&str>) -> Result<String, String> {
    let block = format!(
        "<div id=\"{BLOCK_ID}\">{}</div>",
        page(&View::prerendered(root, programme_line))
    );
    frame::before_boot(html, BLOCK_ID, &block)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(h: &str, needle: &str) -> usize {
        h.matches(needle).count()
    }

    #[test]
    fn every_stage_and_the_other_ways_in_are_links_under_the_root() {
        let h = page(&View::prerendered("/layanan/prakerja", None));
        for st in Stage::ALL {
            assert!(h.contains(&format!(
                "href=\"/layanan/prakerja/masalah/#/tahap/{}\"",
                st.slug()
            )));
        }
        assert!(h.contains("href=\"/layanan/prakerja/masalah/#/pilih-pesan\""));
        assert!(h.contains("href=\"/layanan/prakerja/jadwal/?kelola=1\""));
        assert_eq!(count(&h, "<input id=\"q\""), 1);
        // No inline handler (the Content-Security-Policy allows none): until the app has
        // loaded, index.html's first script keeps Enter from submitting the form.
        assert!(h.contains("<form role=\"search\">"));
        let handler = |t: &str| {
            t.split_once('=')
                .is_some_and(|(w, _)| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        };
        assert!(
            !h.split(" on").skip(1).any(handler),
            "an inline on…= handler"
        );
        assert_eq!(count(&h, "<h1"), 1);
    }

    #[test]
    fn each_language_reads_in_that_language_with_a_button_to_the_other() {
        for (lang, other) in [(Lang::Id, "en"), (Lang::En, "id")] {
            let s = Strings::get(lang);
            let v = View {
                lang,
                ..View::prerendered("", None)
            };
            let h = page(&v);
            assert!(h.contains(&escape(s.start_title)));
            assert!(h.contains(&format!("class=\"lang\" lang=\"{other}\"")));
            assert!(title(&v).starts_with(s.start_title));
        }
        let id = page(&View::prerendered("", None));
        assert!(!id.contains(Strings::get(Lang::En).start_title));
    }

    #[test]
    fn notices_resume_and_embedded_mode() {
        let p = triage::problem("otp-not-received").expect("in the catalogue");
        let v = View {
            notices: vec!["Gelombang 80 <dibuka>"],
            resume: Some((p, "0n")),
            embedded: true,
            ..View::prerendered("", None)
        };
        let h = page(&v);
        assert!(h.contains("<p class=\"notice\">Gelombang 80 &lt;dibuka&gt;</p>"));
        assert!(h.contains("href=\"/masalah/otp-not-received/#/0n\""));
        assert!(!h.contains("site-header"), "no header inside the frame");
        assert!(h.contains("embed-bar"));
    }

    #[test]
    fn the_state_line_is_shown_with_a_link_to_what_is_known_about_the_next_wave() {
        let line = "Pendaftaran belum dibuka lagi sejak gelombang 71, Agu 2024 · dicek 7 Des 2026";
        let h = page(&View::prerendered("", Some(line)));
        let p = triage::problem(STATE_PROBLEM).expect("the state problem is in the catalogue");
        assert!(
            h.contains(&format!(
            "<p class=\"programme\">{line} <a href=\"/masalah/registration-status/\">{}</a></p>",
            escape(p.title(Lang::Id))
        )),
            "{h}"
        );
        assert!(!page(&View::prerendered("", None)).contains("class=\"programme\""));
    }

    #[test]
    fn error_and_not_found_screens_replace_the_start_screen() {
        let broken = page(&View {
            screen: Screen::SettingsBroken,
            ..View::prerendered("", None)
        });
        assert!(broken.contains("role=\"alert\""));
        assert!(!broken.contains("id=\"q\""));
        let nf = page(&View {
            screen: Screen::NotFound,
            ..View::prerendered("", None)
        });
        assert!(nf.contains(Strings::get(Lang::Id).not_found_title));
        assert!(!nf.contains("id=\"q\""));
    }

    /// The start screen's answer to `q`, with the other services' answers fetched or not.
    fn say(lang: Lang, q: &str, services: Option<&str>) -> String {
        let fetched = Fetched {
            services,
            ..Fetched::default()
        };
        suggestions(lang, "", q, reply(q), fetched)
    }

    /// The services' answers as the build writes them (`super::super::services`).
    fn briefs() -> String {
        let all = crate::domain::flow::services::parse(include_str!(
            "../../../content/other-services.json"
        ))
        .expect("reads");
        super::super::services::briefs_file(&all)
    }

    #[test]
    fn suggestions_follow_what_was_typed() {
        assert_eq!(say(Lang::Id, "ot", None), "", "too early to say");
        let otp = say(Lang::Id, "kode otp gak masuk2", None);
        assert!(otp.contains("href=\"/masalah/otp-not-received/\""), "{otp}");
        assert!(otp.contains(Strings::get(Lang::Id).suggestions_title));
        let en = say(Lang::En, "kode otp gak masuk2", Some(&briefs()));
        assert!(
            en.contains("href=\"/masalah/otp-not-received/en/\""),
            "{en}"
        );
        assert!(!en.contains("class=\"service\""), "a problem of ours: {en}");
        let none = say(Lang::En, "resep nasi goreng", None);
        assert!(none.contains(Strings::get(Lang::En).no_match));
        assert!(matches!(reply("resep nasi goreng"), Reply::Elsewhere));
        assert!(matches!(reply("halo min"), Reply::Greeting));
        assert!(matches!(reply("ot"), Reply::TooEarly));
    }

    #[test]
    fn english_suggestions_take_their_summary_from_the_fetched_file() {
        let file = summaries_en_file();
        assert!(table::is_table(&file, 2));
        let otp = triage::problem("otp-not-received").unwrap();
        assert!(file.contains(&format!("otp-not-received\t{}\n", otp.summary(Lang::En))));
        let fake = "otp-not-received\tThe code from the fetched file\n";
        let with = |summaries_en| Fetched {
            summaries_en,
            ..Fetched::default()
        };
        let q = "kode otp gak masuk";
        let en = suggestions(Lang::En, "", q, reply(q), with(Some(fake)));
        assert!(
            en.contains("<span class=\"choice-sub\">The code from the fetched file</span>"),
            "{en}"
        );
        // Indonesian keeps its own summary; a problem missing from the file keeps what it has
        let id = suggestions(Lang::Id, "", q, reply(q), with(Some(fake)));
        assert!(!id.contains("fetched file"), "{id}");
        assert!(id.contains(&escape(otp.summary(Lang::Id))), "{id}");
        let other = suggestions(Lang::En, "", q, reply(q), with(Some("x\ty\n")));
        assert!(other.contains(&escape(otp.summary(Lang::En))), "{other}");
    }

    #[test]
    fn a_greeting_is_asked_what_went_wrong_and_other_text_is_sent_to_the_other_services() {
        let hello = say(Lang::Id, "halo min", Some(&briefs()));
        assert!(
            hello.contains(Strings::get(Lang::Id).greeting_reply),
            "{hello}"
        );
        for lang in [Lang::Id, Lang::En] {
            // before the services' answers have arrived (or when they cannot): the general answer
            let h = say(lang, "cara daftar bpjs kesehatan mandiri", None);
            assert!(h.contains(Strings::get(lang).no_match), "{h}");
            assert!(h.contains("href=\"/masalah/#/layanan-lain\""), "{h}");
            assert!(!h.contains("Disnakertrans"), "not our call centre: {h}");
            assert!(!h.contains("choice-title"), "no problem of ours: {h}");
        }
    }

    #[test]
    fn texts_are_escaped() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }

    #[test]
    fn goes_before_the_loading_note_once() {
        let html =
            "<body>\n<p id=\"boot\" class=\"boot\">Memuat…</p>\n<noscript></noscript></body>";
        let out = into_page(html, "", None).expect("pre-rendered");
        assert!(out.starts_with("<body>\n<div id=\"start-screen\"><a class=\"skip\""));
        assert!(out.ends_with(
            "</div><p id=\"boot\" class=\"boot\">Memuat…</p>\n<noscript></noscript></body>"
        ));
        assert!(into_page(&out, "", None).is_err(), "twice");
        assert!(
            into_page("<body></body>", "", None).is_err(),
            "no loading note"
        );
    }
}
