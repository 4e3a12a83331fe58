//! A problem's own page (`masalah/<id>/`, `masalah/<id>/en/`), written at build time into a copy of
//! the flow bundle's page: the shared frame around the first step (`super::step`), a title and a
//! description in the page's language, its canonical address and its twin in the other language
//! (hreflang), and early requests for the two files the flow bundle reads first. Also the
//! `sitemap.xml` and `robots.txt` that list these pages. The flow bundle takes the page over when
//! it has arrived (`ui::flow`), drawing the same HTML. Plain Rust: tested natively.

use super::frame::{self, escape, FrameView};
use super::step::{step_card, StepView};
use crate::domain::common::language::Lang;
use crate::domain::common::programme::StateKind;
use crate::domain::common::routes::{self, problem_href};
use crate::domain::flow::content::Problem;
use crate::domain::flow::walk::walk;
use crate::text::Strings;

/// The id of the element that holds the pre-rendered page; the flow bundle removes it when its
/// own screen is ready.
pub const BLOCK_ID: &str = "problem-page";
/// The class of the element around a step card, in the pre-rendered page and in the bundle.
pub const SCREEN_CLASS: &str = "step-screen";

/// What a problem page is built from besides the problem.
#[derive(Debug, Clone, Copy)]
pub struct PageSite<'a> {
    /// The site root without a trailing slash: "" or "/layanan/prakerja".
    pub root: &'a str,
    /// Scheme and host for the addresses search engines keep: "https://pendamping.example".
    pub origin: &'a str,
    /// The programme's state in the repository's `settings.json`.
    pub state: StateKind,
    /// `settings.json` lets the app count answers.
    pub usage_events: bool,
}

/// The frame and the first step, as the flow bundle would draw them.
pub fn body(p: &Problem, lang: Lang, site: &PageSite) -> Result<String, String> {
    let w = walk(p, "").ok_or_else(|| format!("{}: the flow has no first step", p.id))?;
    if w.is_outcome() {
        return Err(format!("{}: the flow starts with an outcome", p.id));
    }
    let home = routes::start_href(site.root);
    let page = problem_href(site.root, &p.id, lang);
    let top = frame::top(&FrameView {
        lang,
        home: &home,
        tagline: Strings::get(lang).app_tagline,
        embedded: false,
    });
    let card = step_card(
        &w,
        &StepView {
            lang,
            state: site.state,
            page: &page,
            home: &home,
            earlier: None,
            usage_note: site.usage_events,
        },
    );
    Ok(format!(
        r#"<div id="{BLOCK_ID}"><div class="frame-top">{top}</div><main id="main" tabindex="-1"><div class="{SCREEN_CLASS}">{card}</div>{}</main><div class="frame-bottom">{}</div></div>"#,
        frame::noscript(crate::text::FlowStrings::get(lang).noscript_next_steps),
        frame::bottom(lang)
    ))
}

/// The flow bundle's page (`dist/masalah/index.html`) made into one problem's page in `lang`.
pub fn into_page(
    template: &str,
    p: &Problem,
    lang: Lang,
    site: &PageSite,
) -> Result<String, String> {
    let e = escape;
    let html = template.replacen(
        "<html lang=\"id\">",
        &format!("<html lang=\"{}\">", lang.code()),
        1,
    );
    let html = frame::replace_inner(
        &html,
        "<title",
        "</title>",
        &e(&frame::title(p.title.get(lang), lang)),
    )?;
    let desc = r#"<meta name="description" content=""#;
    let at = html.find(desc).ok_or("the page has no description")?;
    let end = at + html[at..].find('>').ok_or("unclosed description")? + 1;
    let mut head = format!(
        r#"<meta name="description" content="{}">"#,
        e(p.summary.get(lang))
    );
    let url = |l: Lang| format!("{}{}", site.origin, problem_href(site.root, &p.id, l));
    head.push_str(&format!(
        r#"<link rel="canonical" href="{}">"#,
        e(&url(lang))
    ));
    for l in [Lang::Id, Lang::En] {
        head.push_str(&format!(
            r#"<link rel="alternate" hreflang="{}" href="{}">"#,
            l.code(),
            e(&url(l))
        ));
    }
    head.push_str(&format!(
        r#"<link rel="alternate" hreflang="x-default" href="{}">"#,
        e(&url(Lang::Id))
    ));
    // The two files the flow bundle asks for first, asked for while its code is on its way.
    for file in [
        routes::problem_file(site.root, &p.id),
        routes::settings_file(site.root),
    ] {
        head.push_str(&format!(
            r#"<link rel="preload" href="{}" as="fetch" crossorigin>"#,
            e(&file)
        ));
    }
    let html = format!("{}{head}{}", &html[..at], &html[end..]);
    frame::before_boot(
        &frame::without_noscript(&html),
        BLOCK_ID,
        &body(p, lang, site)?,
    )
}

/// `sitemap.xml`: every problem page in both languages, each with its twin.
pub fn sitemap(ids: &[&str], site: &PageSite) -> String {
    let url = |id: &str, l: Lang| {
        escape(&format!(
            "{}{}",
            site.origin,
            problem_href(site.root, id, l)
        ))
    };
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    x.push_str(&format!(
        "<url><loc>{}</loc></url>\n",
        escape(&format!("{}{}", site.origin, routes::start_href(site.root)))
    ));
    for id in ids {
        for l in [Lang::Id, Lang::En] {
            x.push_str(&format!("<url><loc>{}</loc>", url(id, l)));
            for twin in [Lang::Id, Lang::En] {
                x.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    twin.code(),
                    url(id, twin)
                ));
            }
            x.push_str("</url>\n");
        }
    }
    x.push_str("</urlset>\n");
    x
}

/// `robots.txt`: everything may be read except the officers' desk; where the sitemap is.
pub fn robots(site: &PageSite) -> String {
    format!(
        "User-agent: *\nDisallow: {root}/petugas/\nDisallow: {root}/jadwal/\nSitemap: {}{root}/sitemap.xml\n",
        site.origin,
        root = site.root
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::json::decode;
    use crate::domain::flow::content::Problem;

    const FLOW: &str = r#"{"id":"otp","stage":"account",
      "title":{"id":"OTP tidak masuk","en":"OTP not received"},
      "summary":{"id":"Kode belum datang","en":"The code has not come"},"start":"s1",
      "nodes":[
        {"id":"s1","kind":"step","text":{"id":"Tunggu 5 menit","en":"Wait 5 minutes"},
         "sources":[],"yes":"o","no":"o"},
        {"id":"o","kind":"outcome","outcome":{"kind":"solved"},"text":{"id":"Selesai","en":"Done"}}]}"#;
    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"id\">\n<head><title>Pendamping</title>\n<meta name=\"description\" content=\"x\">\n</head><body>\n<p id=\"boot\" class=\"boot\">Memuat</p><noscript><p>Please turn on JavaScript to use this service.</p></noscript></body></html>";

    fn site() -> PageSite<'static> {
        PageSite {
            root: "/layanan/prakerja",
            origin: "https://contoh.go.id",
            state: StateKind::Unknown,
            usage_events: true,
        }
    }

    #[test]
    fn each_language_has_its_own_title_description_and_the_twin_named() {
        let p = decode::<Problem>(FLOW).expect("decodes");
        let en = into_page(TEMPLATE, &p, Lang::En, &site()).expect("built");
        assert!(en.contains("<html lang=\"en\">"));
        assert!(en.contains("<title>OTP not received · "));
        assert!(en.contains(r#"<meta name="description" content="The code has not come">"#));
        assert!(en.contains(
            r#"<link rel="canonical" href="https://contoh.go.id/layanan/prakerja/masalah/otp/en/">"#
        ));
        assert!(en.contains(
            r#"hreflang="id" href="https://contoh.go.id/layanan/prakerja/masalah/otp/">"#
        ));
        assert!(en.contains(r#"href="/layanan/prakerja/content/problems/otp.json" as="fetch""#));
        let block = en.find("id=\"problem-page\"").expect("the block");
        assert!(
            block < en.find("id=\"boot\"").unwrap(),
            "before the loading note"
        );
        assert!(
            en.contains(">Wait 5 minutes</h1>")
                && en.contains(r#"href="/layanan/prakerja/masalah/otp/en/#/y""#)
        );
        assert!(into_page(&en, &p, Lang::En, &site()).is_err(), "twice");
        let id = into_page(TEMPLATE, &p, Lang::Id, &site()).expect("built");
        // with scripts off, each page says in its own language that the next steps need them,
        // not that the page cannot be used at all
        assert!(
            id.contains("<noscript><p class=\"card\">Langkah berikutnya butuh JavaScript."),
            "{id}"
        );
        assert!(en.contains("<noscript><p class=\"card\">The next steps need JavaScript."));
        assert!(!id.contains("to use this service") && !en.contains("to use this service"));
        assert!(id.contains("<title>OTP tidak masuk · ") && id.contains(">Tunggu 5 menit</h1>"));
    }

    #[test]
    fn the_sitemap_lists_both_languages_under_the_root_and_robots_names_it() {
        let x = sitemap(&["otp", "lost-email"], &site());
        for u in [
            "masalah/otp/",
            "masalah/otp/en/",
            "masalah/lost-email/",
            "masalah/lost-email/en/",
        ] {
            assert!(
                x.contains(&format!(
                    "<loc>https://contoh.go.id/layanan/prakerja/{u}</loc>"
                )),
                "{u}"
            );
        }
        let r = robots(&site());
        assert!(r.contains("Sitemap: https://contoh.go.id/layanan/prakerja/sitemap.xml"));
        assert!(r.contains("Disallow: /layanan/prakerja/petugas/"));
    }
}
