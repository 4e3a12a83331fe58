//! The page frame every bundle shares, written once as HTML: skip link, header (or the slim bar
//! when embedded) with the language button, footer, and the two whole-page screens (address not
//! found, settings broken). The start page puts it into its HTML (at build time and in the
//! browser); the Leptos bundles put the same HTML in place through `super::page::Frame`. Plain
//! Rust with no browser import: tested natively.

use crate::domain::common::language::Lang;
use crate::text::Strings;
use std::fmt::Write;

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

/// What the frame needs to know.
#[derive(Debug, Clone, Copy)]
pub struct FrameView<'a> {
    pub lang: Lang,
    /// Where the brand links to: the start screen.
    pub home: &'a str,
    /// The line under the app's name: what this page is for.
    pub tagline: &'a str,
    /// Inside the provincial site's iframe: no header of our own.
    pub embedded: bool,
}

/// The class of the language button, for the code that listens to it.
pub const LANG_BUTTON_CLASS: &str = "lang";

/// The language button: names the other language, in that language.
pub fn lang_button(lang: Lang) -> String {
    let s = Strings::get(lang);
    let other = if lang == Lang::Id { "en" } else { "id" };
    format!(
        r#"<button type="button" class="{LANG_BUTTON_CLASS}" lang="{other}" aria-label="{}">{}</button>"#,
        escape(s.other_language_aria),
        escape(s.other_language)
    )
}

/// Skip link and header (or the embedded bar): everything above `<main>`.
pub fn top(v: &FrameView) -> String {
    top_to(v, "main")
}

/// [`top`] for a page whose `<main>` has another id (a second language's copy in one page).
pub fn top_to(v: &FrameView, main_id: &str) -> String {
    let s = Strings::get(v.lang);
    let mut h = format!(
        r##"<a class="skip" href="#{main_id}">{}</a>"##,
        escape(s.skip_to_content)
    );
    if v.embedded {
        let _ = write!(h, r#"<div class="embed-bar">{}</div>"#, lang_button(v.lang));
    } else {
        let _ = write!(
            h,
            r#"<header class="site-header"><a class="brand" href="{}"><span class="brand-name">{}</span><span class="brand-tag">{}</span></a>{}</header>"#,
            escape(v.home),
            escape(s.app_name),
            escape(v.tagline),
            lang_button(v.lang)
        );
    }
    h
}

/// The footer: everything below `<main>`.
pub fn bottom(lang: Lang) -> String {
    format!(
        r#"<footer class="site-footer"><p>{}</p></footer>"#,
        escape(Strings::get(lang).footer)
    )
}

/// An address the page does not know.
pub fn not_found(lang: Lang, home: &str) -> String {
    let s = Strings::get(lang);
    format!(
        r#"<section class="card"><h1 tabindex="-1" class="focus-target">{}</h1><p>{}</p><p><a class="button" href="{}">{}</a></p></section>"#,
        escape(s.not_found_title),
        escape(s.not_found_body),
        escape(home),
        escape(s.home)
    )
}

/// `settings.json` is missing or malformed.
pub fn settings_broken(lang: Lang) -> String {
    let s = Strings::get(lang);
    format!(
        r#"<section class="card error-screen" role="alert"><h1>{}</h1><p>{}</p></section>"#,
        escape(s.settings_error_title),
        escape(s.settings_error_body)
    )
}

/// A pre-rendered page's note for a browser with scripts off, said in the page itself (under its
/// content) instead of the bundle page's general one.
pub fn noscript(text: &str) -> String {
    format!(
        r#"<noscript><p class="card">{}</p></noscript>"#,
        escape(text)
    )
}

/// The bundle page's general note for a browser with scripts off (`<noscript>…</noscript>`)
/// taken out: the pre-rendered page says its own ([`noscript`]).
pub fn without_noscript(html: &str) -> String {
    match (html.find("<noscript>"), html.find("</noscript>")) {
        (Some(a), Some(b)) if a < b => {
            format!("{}{}", &html[..a], &html[b + "</noscript>".len()..])
        }
        _ => html.to_owned(),
    }
}

/// Replace the text between `open` (through the end of its tag) and `close`: a page's title.
pub fn replace_inner(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let at = html.find(open).ok_or(format!("the page has no {open}"))?;
    let start = at + html[at..].find('>').ok_or("unclosed tag")? + 1;
    let end = start + html[start..].find(close).ok_or(format!("no {close}"))?;
    Ok(format!("{}{with}{}", &html[..start], &html[end..]))
}

/// A bundle's page with a pre-rendered `block` put just before its loading note (`<p
/// id="boot" …>`, which the style sheets hide while the block shows). Fails on a page with no
/// loading note, or one that already holds the element `block_id` (pre-rendered twice).
pub fn before_boot(html: &str, block_id: &str, block: &str) -> Result<String, String> {
    if html.contains(&format!("id=\"{block_id}\"")) {
        return Err("the page is already pre-rendered".into());
    }
    let at = html
        .find("<p id=\"boot\"")
        .ok_or("the page has no loading note (<p id=\"boot\">)")?;
    Ok(format!("{}{block}{}", &html[..at], &html[at..]))
}

/// The document title: "<screen> · Pendamping Prakerja Jatim".
pub fn title(screen: &str, lang: Lang) -> String {
    format!("{screen} · {}", Strings::get(lang).app_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_names_the_page_and_offers_the_other_language() {
        let v = FrameView {
            lang: Lang::Id,
            home: "/layanan/prakerja/",
            tagline: "Jadwal bantuan",
            embedded: false,
        };
        let h = top(&v);
        assert!(h.starts_with(r##"<a class="skip" href="#main">"##));
        assert!(h.contains(r#"<a class="brand" href="/layanan/prakerja/">"#));
        assert!(h.contains("Jadwal bantuan"));
        assert!(h.contains(r#"lang="en""#) && h.contains(">English<"), "{h}");
        let embedded = top(&FrameView {
            embedded: true,
            ..v
        });
        assert!(!embedded.contains("<header") && embedded.contains("embed-bar"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape(r#"<a href="x">&"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;"
        );
    }
}
