//! The start screen as static HTML, written into `dist/index.html` at build time
//! (`cargo run --bin prerender`). On a slow connection people see the screen and can type
//! their problem at once; when the app has loaded it takes the screen over, keeping what was
//! typed and the focus. The markup is the one the Leptos start screen renders
//! (`src/app/mod.rs` shell, `src/app/start.rs`), from the same strings; an end-to-end test
//! checks that both show the same texts and links.
//!
//! Only Indonesian is pre-rendered: people who chose English see the loading note instead
//! (an inline script in `index.html` hides this block for them).

use crate::domain::content::Stage;
use crate::domain::i18n::Lang;
use crate::domain::strings::Strings;
use std::fmt::Write;

/// The id of the pre-rendered block; the app removes it when it mounts.
pub const BLOCK_ID: &str = "prerendered";

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

/// The start screen's markup. `root` is the site root without a trailing slash
/// ("" or "/layanan/prakerja"), as the app's links use it.
pub fn start_screen(root: &str) -> String {
    let s = Strings::get(Lang::Id);
    let e = escape;
    let mut h = String::new();
    let _ = write!(
        h,
        r##"<div id="{BLOCK_ID}"><a class="skip" href="#main">{skip}</a><header class="site-header"><a class="brand" href="{root}/"><span class="brand-name">{name}</span><span class="brand-tag">{tag}</span></a><button type="button" class="lang" lang="en" aria-label="{other_aria}">{other}</button></header><main id="main" tabindex="-1"><section class="card intro"><h1 tabindex="-1" class="focus-target">{title}</h1><p>{intro}</p><form role="search" onsubmit="return false"><label for="q" class="label">{label}</label><p id="q-hint" class="hint">{hint}</p><input id="q" name="q" type="search" autocomplete="off" aria-describedby="q-hint" aria-controls="suggestions"></form><div id="suggestions" aria-live="polite"></div></section><section class="card"><h2>{browse}</h2><ul class="choices stages">"##,
        skip = e(s.skip_to_content),
        name = e(s.app_name),
        tag = e(s.app_tagline),
        other_aria = e(s.other_language_aria),
        other = e(s.other_language),
        title = e(s.start_title),
        intro = e(s.start_intro),
        label = e(s.search_label),
        hint = e(s.search_hint),
        browse = e(s.browse_title),
    );
    for st in Stage::ALL {
        let _ = write!(
            h,
            r#"<li><a href="{root}/masalah/#/tahap/{slug}" class="choice"><span class="choice-title">{name}</span></a></li>"#,
            slug = st.slug(),
            name = e(s.stage(st)),
        );
    }
    let _ = write!(
        h,
        r#"</ul><p><a href="{root}/masalah/#/pilih-pesan" class="button secondary">{messages}</a></p></section><p class="manage-link"><a href="{root}/jadwal/?kelola=1">{manage}</a></p><p class="safety">{safety}</p></main><footer class="site-footer"><p>{footer}</p></footer></div>"#,
        messages = e(s.messages_link),
        manage = e(s.manage_booking),
        safety = e(s.safety_note),
        footer = e(s.footer),
    );
    h
}

/// Put the start screen into a page Trunk wrote, just before its loading note
/// (`<p id="boot" ...>`), which the style sheet hides while the pre-rendered screen shows
/// (people who chose English see the note instead). Fails if the page has no loading note or
/// was already pre-rendered.
pub fn into_page(page: &str, root: &str) -> Result<String, String> {
    if page.contains(&format!("id=\"{BLOCK_ID}\"")) {
        return Err("the page is already pre-rendered".into());
    }
    let start = page
        .find("<p id=\"boot\"")
        .ok_or("the page has no loading note (<p id=\"boot\">)")?;
    Ok(format!(
        "{}{}{}",
        &page[..start],
        start_screen(root),
        &page[start..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_and_the_other_ways_in_are_links_under_the_root() {
        let h = start_screen("/layanan/prakerja");
        for st in Stage::ALL {
            assert!(h.contains(&format!(
                "href=\"/layanan/prakerja/masalah/#/tahap/{}\"",
                st.slug()
            )));
        }
        assert!(h.contains("href=\"/layanan/prakerja/masalah/#/pilih-pesan\""));
        assert!(h.contains("href=\"/layanan/prakerja/jadwal/?kelola=1\""));
        assert!(h.contains("<input id=\"q\""));
        // Enter before the app has loaded must not send the typed text anywhere.
        assert!(h.contains("onsubmit=\"return false\""));
    }

    #[test]
    fn texts_are_escaped() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }

    #[test]
    fn goes_before_the_loading_note_once() {
        let page =
            "<body>\n<p id=\"boot\" class=\"boot\">Memuat…</p>\n<noscript></noscript></body>";
        let out = into_page(page, "").expect("pre-rendered");
        assert!(out.starts_with("<body>\n<div id=\"prerendered\">"));
        assert!(out.ends_with(
            "</div><p id=\"boot\" class=\"boot\">Memuat…</p>\n<noscript></noscript></body>"
        ));
        assert!(into_page(&out, "").is_err(), "twice");
        assert!(into_page("<body></body>", "").is_err(), "no loading note");
    }
}
