//! The start screen ("Apa kendalamu?") as HTML, from the interface strings and the catalogue.
//!
//! One function renders it for two uses: at build time `cargo run --bin prerender` writes it
//! into `dist/index.html`, so people can read the screen and start typing before anything else
//! has arrived; in the browser, `start_web` renders it again when the language, the settings
//! or the suggestions change. The start screen carries no UI framework: Leptos alone would
//! cost more than half of the 64 KiB first-load budget, so it runs the flow and booking pages.
//!
//! Plain Rust with no browser import: tested natively.

use crate::domain::content::Stage;
use crate::domain::i18n::Lang;
use crate::domain::strings::Strings;
use crate::domain::triage::{self, ProblemEntry};
use std::fmt::Write;

/// The id of the element that holds the start screen in `index.html`.
pub const BLOCK_ID: &str = "start-screen";

/// Escape text for HTML element content and double-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

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
    /// Programme notices from `settings.json`, in this language.
    pub notices: Vec<&'a str>,
    /// "Continue where you left off": the problem and the answers given so far.
    pub resume: Option<(&'static ProblemEntry, &'a str)>,
}

impl View<'_> {
    /// The page as it is built into `index.html`: Indonesian, nothing from the device yet.
    pub fn prerendered(root: &str) -> View<'_> {
        View {
            lang: Lang::Id,
            root,
            embedded: false,
            screen: Screen::Start,
            notices: Vec::new(),
            resume: None,
        }
    }
}

/// The address of a flow step in the flow bundle.
pub fn flow_href(root: &str, id: &str, trail: &str) -> String {
    format!(
        "{root}/masalah/{}",
        crate::domain::route::flow_fragment(id, trail)
    )
}

/// The document title for a view.
pub fn title(v: &View) -> String {
    let s = Strings::get(v.lang);
    let t = match v.screen {
        Screen::Start => s.start_title,
        Screen::SettingsBroken => s.settings_error_title,
        Screen::NotFound => s.not_found_title,
    };
    format!("{t} · {}", s.app_name)
}

/// The language button: names the other language, in that language.
fn lang_button(h: &mut String, s: &Strings, lang: Lang) {
    let other = if lang == Lang::Id { "en" } else { "id" };
    let _ = write!(
        h,
        r#"<button type="button" class="lang" lang="{other}" aria-label="{}">{}</button>"#,
        escape(s.other_language_aria),
        escape(s.other_language)
    );
}

/// The whole page: skip link, header, main area, footer.
pub fn page(v: &View) -> String {
    let s = Strings::get(v.lang);
    let e = escape;
    let root = v.root;
    let mut h = String::with_capacity(4096);
    let _ = write!(
        h,
        r##"<a class="skip" href="#main">{}</a>"##,
        e(s.skip_to_content)
    );
    if v.embedded {
        h.push_str(r#"<div class="embed-bar">"#);
        lang_button(&mut h, s, v.lang);
        h.push_str("</div>");
    } else {
        let _ = write!(
            h,
            r#"<header class="site-header"><a class="brand" href="{root}/"><span class="brand-name">{}</span><span class="brand-tag">{}</span></a>"#,
            e(s.app_name),
            e(s.app_tagline)
        );
        lang_button(&mut h, s, v.lang);
        h.push_str("</header>");
    }
    h.push_str(r#"<main id="main" tabindex="-1">"#);
    match v.screen {
        Screen::Start => start(&mut h, v, s),
        Screen::SettingsBroken => {
            let _ = write!(
                h,
                r#"<section class="card error-screen" role="alert"><h1>{}</h1><p>{}</p></section>"#,
                e(s.settings_error_title),
                e(s.settings_error_body)
            );
        }
        Screen::NotFound => {
            let _ = write!(
                h,
                r#"<section class="card"><h1 tabindex="-1" class="focus-target">{}</h1><p>{}</p><p><a class="button" href="{root}/">{}</a></p></section>"#,
                e(s.not_found_title),
                e(s.not_found_body),
                e(s.home)
            );
        }
    }
    let _ = write!(
        h,
        r#"</main><footer class="site-footer"><p>{}</p></footer>"#,
        e(s.footer)
    );
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
    for n in &v.notices {
        let _ = write!(h, r#"<p class="notice">{}</p>"#, e(n));
    }
    // Enter before the app has loaded must not send the typed text anywhere.
    let _ = write!(
        h,
        r#"<form role="search" onsubmit="return false"><label for="q" class="label">{}</label><p id="q-hint" class="hint">{}</p><input id="q" name="q" type="search" autocomplete="off" aria-describedby="q-hint" aria-controls="suggestions"></form><div id="suggestions" aria-live="polite"></div></section>"#,
        e(s.search_label),
        e(s.search_hint)
    );
    if let Some((p, trail)) = v.resume {
        let _ = write!(
            h,
            r#"<p class="resume">{} <a href="{}">{}</a></p>"#,
            e(s.resume),
            flow_href(root, p.id, trail),
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
            r#"<li><a href="{root}/masalah/#/tahap/{}" class="choice"><span class="choice-title">{}</span></a></li>"#,
            st.slug(),
            e(s.stage(st))
        );
    }
    let _ = write!(
        h,
        r#"</ul><p><a href="{root}/masalah/#/pilih-pesan" class="button secondary">{}</a></p></section><p class="manage-link"><a href="{root}/jadwal/?kelola=1">{}</a></p><p class="safety">{}</p>"#,
        e(s.messages_link),
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

/// The contents of `#suggestions` for what was typed.
pub fn suggestions(lang: Lang, root: &str, query: &str) -> String {
    let s = Strings::get(lang);
    match ranked(query) {
        None => String::new(),
        Some(list) if list.is_empty() => {
            format!(r#"<p class="no-match">{}</p>"#, escape(s.no_match))
        }
        Some(list) => {
            let mut h = format!(
                r#"<h2 class="small-heading">{}</h2><ul class="choices">"#,
                escape(s.suggestions_title)
            );
            for p in list {
                let _ = write!(
                    h,
                    r#"<li><a href="{}" class="choice"><span class="choice-title">{}</span><span class="choice-sub">{}</span></a></li>"#,
                    flow_href(root, p.id, ""),
                    escape(p.title(lang)),
                    escape(p.summary(lang))
                );
            }
            h.push_str("</ul>");
            h
        }
    }
}

/// Put the pre-rendered start screen into a page Trunk wrote, just before its loading note
/// (`<p id="boot" ...>`), which the style sheet hides while the start screen shows (people who
/// chose English see the note until the app has rendered their language). Fails if the page
/// has no loading note or was already pre-rendered.
pub fn into_page(html: &str, root: &str) -> Result<String, String> {
    if html.contains(&format!("id=\"{BLOCK_ID}\"")) {
        return Err("the page is already pre-rendered".into());
    }
    let at = html
        .find("<p id=\"boot\"")
        .ok_or("the page has no loading note (<p id=\"boot\">)")?;
    Ok(format!(
        "{}<div id=\"{BLOCK_ID}\">{}</div>{}",
        &html[..at],
        page(&View::prerendered(root)),
        &html[at..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(h: &str, needle: &str) -> usize {
        h.matches(needle).count()
    }

    #[test]
    fn every_stage_and_the_other_ways_in_are_links_under_the_root() {
        let h = page(&View::prerendered("/layanan/prakerja"));
        for st in Stage::ALL {
            assert!(h.contains(&format!(
                "href=\"/layanan/prakerja/masalah/#/tahap/{}\"",
                st.slug()
            )));
        }
        assert!(h.contains("href=\"/layanan/prakerja/masalah/#/pilih-pesan\""));
        assert!(h.contains("href=\"/layanan/prakerja/jadwal/?kelola=1\""));
        assert_eq!(count(&h, "<input id=\"q\""), 1);
        assert!(h.contains("onsubmit=\"return false\""));
        assert_eq!(count(&h, "<h1"), 1);
    }

    #[test]
    fn each_language_reads_in_that_language_with_a_button_to_the_other() {
        for (lang, other) in [(Lang::Id, "en"), (Lang::En, "id")] {
            let s = Strings::get(lang);
            let v = View {
                lang,
                ..View::prerendered("")
            };
            let h = page(&v);
            assert!(h.contains(&escape(s.start_title)));
            assert!(h.contains(&format!("class=\"lang\" lang=\"{other}\"")));
            assert!(title(&v).starts_with(s.start_title));
        }
        let id = page(&View::prerendered(""));
        assert!(!id.contains(Strings::get(Lang::En).start_title));
    }

    #[test]
    fn notices_resume_and_embedded_mode() {
        let p = triage::problem("otp-not-received").expect("in the catalogue");
        let v = View {
            notices: vec!["Gelombang 80 <dibuka>"],
            resume: Some((p, "0n")),
            embedded: true,
            ..View::prerendered("")
        };
        let h = page(&v);
        assert!(h.contains("<p class=\"notice\">Gelombang 80 &lt;dibuka&gt;</p>"));
        assert!(h.contains("href=\"/masalah/#/otp-not-received/0n\""));
        assert!(!h.contains("site-header"), "no header inside the frame");
        assert!(h.contains("embed-bar"));
    }

    #[test]
    fn error_and_not_found_screens_replace_the_start_screen() {
        let broken = page(&View {
            screen: Screen::SettingsBroken,
            ..View::prerendered("")
        });
        assert!(broken.contains("role=\"alert\""));
        assert!(!broken.contains("id=\"q\""));
        let nf = page(&View {
            screen: Screen::NotFound,
            ..View::prerendered("")
        });
        assert!(nf.contains(Strings::get(Lang::Id).not_found_title));
        assert!(!nf.contains("id=\"q\""));
    }

    #[test]
    fn suggestions_follow_what_was_typed() {
        assert_eq!(suggestions(Lang::Id, "", "ot"), "", "too early to say");
        let otp = suggestions(Lang::Id, "", "kode otp gak masuk2");
        assert!(
            otp.contains("href=\"/masalah/#/otp-not-received\""),
            "{otp}"
        );
        assert!(otp.contains(Strings::get(Lang::Id).suggestions_title));
        let none = suggestions(Lang::En, "", "resep nasi goreng");
        assert!(none.contains(Strings::get(Lang::En).no_match));
    }

    #[test]
    fn texts_are_escaped() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }

    #[test]
    fn goes_before_the_loading_note_once() {
        let html =
            "<body>\n<p id=\"boot\" class=\"boot\">Memuat…</p>\n<noscript></noscript></body>";
        let out = into_page(html, "").expect("pre-rendered");
        assert!(out.starts_with("<body>\n<div id=\"start-screen\"><a class=\"skip\""));
        assert!(out.ends_with(
            "</div><p id=\"boot\" class=\"boot\">Memuat…</p>\n<noscript></noscript></body>"
        ));
        assert!(into_page(&out, "").is_err(), "twice");
        assert!(into_page("<body></body>", "").is_err(), "no loading note");
    }
}
