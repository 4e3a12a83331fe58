//! The booking page's first question in its HTML (`jadwal/index.html`), written at build time by
//! `prerender --booking`: the shared frame around step 1 (the regency or city), as the booking
//! bundle draws it, in Indonesian and in English (the style sheet shows the page's language), so
//! a person on a weak signal reads and answers it at once.
//!
//! The bundle (about 150 KB) is not fetched with the page. A small loader in the page fetches it
//! when the person first touches the page (a tap, a key, focus), and at once when the page has
//! to show something else than step 1: a direct visit without a problem, another step or the
//! manage screen in the address, a booking that still waits to be sent, a form already
//! started in this tab, or the page framed in the provincial site (whose frame follows the
//! height the bundle reports). "Lanjut" pressed before the bundle has
//! arrived is remembered ([`WAIT_ATTR`]) and carried out by the bundle (`ui::booking::handover`),
//! which takes the page over with the regency chosen in the HTML.
//!
//! Plain Rust: tested natively.

use super::frame::{self, escape, FrameView};
use crate::domain::booking::regions;
use crate::domain::common::language::{Lang, STORE_KEY as LANG_KEY};
use crate::domain::common::routes::{self, booking as q, Step};
use crate::text::BookingStrings;

/// The element that holds the pre-rendered page; the bundle removes it when it takes over.
pub const BLOCK_ID: &str = "booking-page";
/// The pre-rendered regency list's id in Indonesian (the bundle's own list has the same id).
pub const SELECT_ID: &str = "region";
/// Set on the block by the loader when "Lanjut" was pressed before the bundle had arrived.
pub const WAIT_ATTR: &str = "data-wait";
/// On `<html>`: the page shows its English copy (set before the first paint from the stored
/// choice, and by the language buttons).
pub const EN_CLASS: &str = "pre-en";
/// On `<html>`: the bundle draws the page at once; the pre-rendered question stays hidden.
pub const APP_NOW_CLASS: &str = "pre-app";
/// Where the booking form's draft is kept (session storage) and a booking that waits to be sent
/// (local storage); `ui::booking::storage` reads and writes them.
pub const DRAFT_KEY: &str = "pp.booking.draft";
pub const PENDING_KEY: &str = "pp.booking.pending";
/// The class of the status line shown while the bundle is on its way after "Lanjut".
const WAIT_CLASS: &str = "pre-wait";
/// The class of the line shown when the bundle could not be fetched ("Lanjut" tries again).
const FAIL_CLASS: &str = "pre-fail";
/// The class of the progress bar's filling on step 1 (its width is in `style/screens.css`).
pub const FIRST_STEP_CLASS: &str = "first-step";

/// The id of the regency list in `lang`'s copy of step 1 (the bundle's own list is `region`).
pub fn select_id(lang: Lang) -> String {
    match lang {
        Lang::Id => SELECT_ID.to_owned(),
        other => format!("{SELECT_ID}-{}", other.code()),
    }
}

/// The frame and step 1 in both languages, as the booking bundle draws them; the style sheet
/// shows the one of the page's language (`.pre-en` on `<html>`).
pub fn body(root: &str) -> String {
    format!(
        r#"<div id="{BLOCK_ID}">{}{}</div>"#,
        copy(root, Lang::Id),
        copy(root, Lang::En)
    )
}

/// One language's copy: its ids carry the language (but Indonesian's), so the two never clash.
fn copy(root: &str, lang: Lang) -> String {
    let s = BookingStrings::get(lang);
    let home = routes::start_href(root);
    let main = match lang {
        Lang::Id => "main".to_owned(),
        other => format!("main-{}", other.code()),
    };
    let top = frame::top_to(
        &FrameView {
            lang,
            home: &home,
            tagline: s.page_title,
            embedded: false,
        },
        &main,
    );
    let e = escape;
    let n = Step::Region.number();
    let mut options = format!(
        r#"<option value="" selected>{}</option>"#,
        e(s.region_choose)
    );
    for r in regions::all() {
        options.push_str(&format!(
            r#"<option value="{}">{}</option>"#,
            r.code,
            e(r.name)
        ));
    }
    format!(
        concat!(
            r#"<div lang="{lang}"><div class="frame-top">{top}</div><main id="{main}" tabindex="-1">"#,
            r#"<section class="card booking-step"><p class="progress"><span>{progress} · {step}</span>"#,
            r#"<span class="bar" aria-hidden="true"><span class="{first}"></span></span></p>"#,
            r#"<form novalidate><h1 tabindex="-1" class="focus-target">{title}</h1><div class="field">"#,
            r#"<label class="label" for="{id}">{label}</label><p id="{id}-hint" class="hint">{hint}</p>"#,
            r#"<select id="{id}" name="{id}" aria-describedby="{id}-hint">{options}</select></div>"#,
            r#"<p><button type="submit" class="button primary wide">{next}</button></p>"#,
            r#"<p class="{wait}" role="status" hidden>{loading}</p><p class="{fail} field-error" role="alert" hidden>{failed}</p>"#,
            r#"</form></section>{noscript}</main>"#,
            r#"<div class="frame-bottom">{bottom}</div></div>"#
        ),
        lang = lang.code(),
        main = main,
        progress = e(&s.progress(n, Step::INPUT_STEPS)),
        step = e(s.step_names[n - 1]),
        first = FIRST_STEP_CLASS,
        title = e(s.region_title),
        id = select_id(lang),
        label = e(s.region_label),
        hint = e(s.region_hint),
        next = e(s.next),
        wait = WAIT_CLASS,
        loading = e(s.loading),
        fail = FAIL_CLASS,
        noscript = frame::noscript(s.noscript_booking),
        failed = e(s.load_failed),
        options = options,
        top = top,
        bottom = frame::bottom(lang),
    )
}

/// The page's title in `lang`: step 1's name, as the bundle sets it.
fn title(lang: Lang) -> String {
    frame::title(BookingStrings::get(lang).step_names[0], lang)
}

/// Runs in `<head>` before the first paint: the classes that choose what shows (English with its
/// language and title, inside the provincial site's frame, the bundle needed at once).
fn head_script() -> String {
    format!(
        concat!(
            r#"<script>try{{var d=document.documentElement,s=location.search,n=!/[?&]{problem}=/.test(s)||/[?&]({step}|{manage})=/.test(s);"#,
            r#"if(localStorage.getItem("{lang}")==="en")d.className+=" {en_class}",d.lang="en",document.title="{title_en}";"#,
            r#"if(localStorage.getItem("{pending}")||sessionStorage.getItem("{draft}"))n=1;"#,
            r#"if(top!==self||/[?&]embed=1/.test(s))d.className+=" embedded",n=1;if(n)d.className+=" {now}"}}"#,
            r#"catch(e){{document.documentElement.className+=" {now}"}}</script>"#
        ),
        problem = q::KEY_PROBLEM,
        step = q::KEY_STEP,
        manage = q::KEY_MANAGE,
        lang = LANG_KEY,
        title_en = escape(&title(Lang::En)),
        en_class = EN_CLASS,
        pending = PENDING_KEY,
        draft = DRAFT_KEY,
        now = APP_NOW_CLASS,
    )
}

/// Loads the bundle: at once when `<head>` said so, otherwise at the first touch, key or focus.
/// "Lanjut" before it has arrived shows the waiting line and is remembered on the block. The
/// language buttons switch between the two copies at once (the choice is stored, the regency
/// chosen carried over), with no bundle needed. When the bundle cannot be fetched (no signal)
/// the page says so, and "Lanjut" tries again.
fn loader_script(root: &str, glue: &str, wasm: &str) -> String {
    // The two files the bundle reads first, asked for beside its wasm: the settings and the
    // problem named in the address (a safe file name, as `routes::is_problem_id` says).
    let problem = routes::problem_file(root, "\u{0}");
    let (before, after) = problem.split_once('\u{0}').unwrap_or_default();
    format!(
        concat!(
            r#"<script type="module">const d=document.documentElement,b=document.getElementById("{block}"),"#,
            r#"en=()=>d.classList.contains("{en_class}"),v=()=>b.querySelector(en()?":scope>[lang=en]":":scope>[lang=id]"),q=c=>v().querySelector("."+c);let s=0;"#,
            r#"const pre=h=>{{const l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=h;document.head.append(l)}};"#,
            r#"const go=async()=>{{if(s)return;s=1;const p=new URLSearchParams(location.search).get("{problem_key}");"#,
            r#"if(p&&/^[a-z0-9-]{{1,80}}$/.test(p)){{pre("{settings}");pre("{before}"+p+"{after}")}}try{{const m=await import("{glue}");"#,
            r#"const wasm=await m.default({{module_or_path:"{wasm}"}});"#,
            r#"window.wasmBindings=m;dispatchEvent(new CustomEvent("TrunkApplicationStarted",{{detail:{{wasm}}}}))}}"#,
            r#"catch(e){{s=0;if(b){{q("{wait_class}").hidden=true;q("{fail_class}").hidden=false}}}}}};"#,
            r#"if(!b||d.classList.contains("{now}"))go();else{{for(const e of["pointerdown","keydown","focusin","touchstart"])addEventListener(e,go,{{once:true,passive:true}});"#,
            r#"b.addEventListener("submit",e=>{{e.preventDefault();b.setAttribute("{wait}","next");q("{fail_class}").hidden=true;q("{wait_class}").hidden=false;go()}});"#,
            r#"for(const l of b.querySelectorAll(".{lang_button}"))l.addEventListener("click",()=>{{const c=v().querySelector("select").value,t=en()?"id":"en";"#,
            r#"try{{localStorage.setItem("{lang}",t)}}catch(e){{}}d.classList.toggle("{en_class}",t==="en");d.lang=t;document.title=t==="en"?"{title_en}":"{title_id}";"#,
            r#"v().querySelector("select").value=c;v().querySelector(".{lang_button}").focus()}})}}</script>"#
        ),
        block = BLOCK_ID,
        problem_key = q::KEY_PROBLEM,
        settings = routes::settings_file(root),
        before = before,
        after = after,
        glue = glue,
        wasm = wasm,
        now = APP_NOW_CLASS,
        wait = WAIT_ATTR,
        wait_class = WAIT_CLASS,
        fail_class = FAIL_CLASS,
        lang_button = frame::LANG_BUTTON_CLASS,
        lang = LANG_KEY,
        title_en = escape(&title(Lang::En)),
        title_id = escape(&title(Lang::Id)),
        en_class = EN_CLASS,
    )
}

/// The attribute value `name="…"` inside `tag`, if any.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!("{name}=\""))? + name.len() + 2;
    tag[at..].split('"').next()
}

/// The booking bundle's page as Trunk wrote it (`dist/jadwal/index.html`) made into the page with
/// step 1 in its HTML and the bundle loaded when needed. Fails on a page that is not Trunk's, or
/// one already rewritten.
pub fn into_page(template: &str, root: &str) -> Result<String, String> {
    // Checked again where the block goes in (`frame::before_boot`); here first, because the
    // loader of a page already rewritten is no longer Trunk's.
    if template.contains(&format!("id=\"{BLOCK_ID}\"")) {
        return Err("the page is already pre-rendered".into());
    }
    // Trunk's loader: `<script type="module">import init, * as bindings from '<glue>'; … init({
    // module_or_path: '<wasm>' }) …</script>`.
    let open = "<script type=\"module\">";
    let at = template.find(open).ok_or("the page has no module loader")?;
    let end = at + template[at..].find("</script>").ok_or("unclosed loader")? + "</script>".len();
    let loader = &template[at..end];
    let quoted = |after: &str| -> Result<String, String> {
        let i = loader
            .find(after)
            .ok_or(format!("the loader has no {after}"))?
            + after.len();
        let rest = loader[i..].trim_start();
        let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"');
        let quote = quote.ok_or(format!("no quoted path after {after}"))?;
        Ok(rest[1..].split(quote).next().unwrap_or_default().to_owned())
    };
    let glue = quoted("from")?;
    let wasm = quoted("module_or_path:")?;
    if !glue.ends_with(".js") || !wasm.ends_with(".wasm") {
        return Err(format!("unexpected bundle paths {glue} and {wasm}"));
    }
    let mut html = format!(
        "{}{}{}",
        &template[..at],
        loader_script(root, &glue, &wasm),
        &template[end..]
    );
    // The bundle's wasm is no longer fetched with the page (the glue, small, still is).
    let preload = html
        .find("<link rel=\"preload\"")
        .filter(|i| attr(&html[*i..], "href") == Some(wasm.as_str()));
    let preload = preload.ok_or("the page has no preload of its wasm")?;
    let close = preload + html[preload..].find('>').ok_or("unclosed preload")? + 1;
    html.replace_range(preload..close, "");
    // The pre-paint classes first in <head>, after the charset.
    let charset = html
        .find("<meta charset")
        .ok_or("the page has no charset")?;
    let after = charset + html[charset..].find('>').ok_or("unclosed charset")? + 1;
    html.insert_str(after, &head_script());
    let html = frame::replace_inner(&html, "<title", "</title>", &escape(&title(Lang::Id)))?;
    frame::before_boot(&frame::without_noscript(&html), BLOCK_ID, &body(root))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = concat!(
        "<!doctype html>\n<html lang=\"id\">\n<head>\n  <meta charset=\"utf-8\">\n<title>Pesan jadwal</title>\n",
        "<link rel=\"stylesheet\" href=\"/jadwal/main-1.css\"/>\n",
        "<script type=\"module\">\nimport init, * as bindings from '/jadwal/booking-ab.js';\n",
        "const wasm = await init({ module_or_path: '/jadwal/booking-ab_bg.wasm' });\n",
        "window.wasmBindings = bindings;\n</script>\n",
        "<link rel=\"modulepreload\" href=\"/jadwal/booking-ab.js\" crossorigin=\"anonymous\" integrity=\"sha384-x\">",
        "<link rel=\"preload\" href=\"/jadwal/booking-ab_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-y\" as=\"fetch\" type=\"application/wasm\"></head>\n",
        "<body>\n  <p id=\"boot\" class=\"boot\" role=\"status\">Memuat… · Loading…</p>\n",
        "  <noscript><p class=\"boot\">Aktifkan JavaScript untuk memakai layanan ini.</p></noscript>\n</body>\n</html>\n"
    );

    #[test]
    fn the_first_question_and_every_regency_are_in_the_html() {
        let page = into_page(TRUNK, "/layanan").unwrap();
        let s = BookingStrings::get(Lang::Id);
        assert!(page.contains(&escape(s.region_title)), "{page}");
        assert!(page.contains(&format!(
            r#"<label class="label" for="region">{}</label>"#,
            s.region_label
        )));
        assert!(page.contains(">Lanjut</button>"));
        for r in regions::all() {
            assert!(page.contains(&format!(
                r#"<option value="{}">{}</option>"#,
                r.code, r.name
            )));
        }
        assert!(page.contains("Langkah 1 dari 6 · Wilayah"), "{page}");
        // with scripts off: what booking needs, under the question, once in each language
        assert!(
            page.contains(
                "</section><noscript><p class=\"card\">Untuk memesan jadwal, nyalakan JavaScript"
            ),
            "{page}"
        );
        assert!(page.contains("<noscript><p class=\"card\">To book a time, turn JavaScript on"));
        assert_eq!(page.matches("<noscript>").count(), 2);
        assert!(
            page.contains("<title>Wilayah · Pendamping Prakerja Jatim</title>"),
            "{page}"
        );
        assert!(
            page.contains(r#"<a class="brand" href="/layanan/">"#),
            "{page}"
        );
        // before the loading note, which the style sheet hides while the question shows
        assert!(page.find(BLOCK_ID).unwrap() < page.find("id=\"boot\"").unwrap());
    }

    #[test]
    fn the_english_copy_is_there_too_with_ids_of_its_own() {
        let page = into_page(TRUNK, "").unwrap();
        let en = BookingStrings::get(Lang::En);
        let at = page.find(r#"<div lang="en">"#).expect("an English copy");
        let copy = &page[at..];
        assert!(copy.contains(&escape(en.region_title)), "{copy}");
        assert!(copy.contains(
            r#"<select id="region-en" name="region-en" aria-describedby="region-en-hint">"#
        ));
        assert!(
            copy.contains(r##"<a class="skip" href="#main-en">"##)
                && copy.contains(r#"<main id="main-en""#)
        );
        assert!(copy.contains("Step 1 of 6 · Region"), "{copy}");
        assert!(copy.contains(r#"<option value="3578">Kota Surabaya</option>"#));
        // no id twice in the page (labels and descriptions point at one element each)
        for id in ["region", "region-hint", "main", "region-en", "main-en"] {
            assert_eq!(page.matches(&format!(r#" id="{id}""#)).count(), 1, "{id}");
        }
        // the language buttons switch copies in the page itself, title and language included
        assert!(page.contains(r#"document.title=t==="en"?"Region · Prakerja Helper, East Java":"Wilayah · Pendamping Prakerja Jatim""#), "{page}");
    }

    #[test]
    fn the_wasm_is_not_fetched_with_the_page_but_the_glue_keeps_its_integrity() {
        let page = into_page(TRUNK, "").unwrap();
        assert!(!page.contains("<link rel=\"preload\""), "{page}");
        assert!(page.contains("rel=\"modulepreload\" href=\"/jadwal/booking-ab.js\""));
        assert!(page.contains("integrity=\"sha384-x\""));
        assert!(!page.contains("import init"), "Trunk's loader is replaced");
        assert!(page.contains(r#"import("/jadwal/booking-ab.js")"#));
        assert!(page.contains(r#"module_or_path:"/jadwal/booking-ab_bg.wasm""#));
        assert!(
            page.contains("TrunkApplicationStarted"),
            "the service worker still registers"
        );
        assert_eq!(page.matches("<script type=\"module\">").count(), 1);
        // with it, the settings and the problem's file, under the site root
        let sub = into_page(TRUNK, "/layanan").unwrap();
        assert!(
            sub.contains(
                r#"pre("/layanan/settings.json");pre("/layanan/content/problems/"+p+".json")"#
            ),
            "{sub}"
        );
    }

    #[test]
    fn the_head_script_names_every_case_that_needs_the_bundle_at_once() {
        let page = into_page(TRUNK, "").unwrap();
        let head = &page[..page.find("</head>").unwrap()];
        let script = &head[head.find("<script>").unwrap()..];
        for needle in [
            "masalah=",
            "langkah|kelola",
            "\"pp.lang\")===\"en\")d.className+=\" pre-en\",d.lang=\"en\"",
            "pp.booking.pending",
            "pp.booking.draft",
            "pre-app",
            "d.className+=\" embedded\",n=1",
        ] {
            assert!(script.contains(needle), "{needle}: {script}");
        }
        assert!(
            head.find("<script>").unwrap() < head.find("<link rel=\"stylesheet\"").unwrap(),
            "before the first paint"
        );
    }

    #[test]
    fn a_page_that_is_not_trunks_or_already_done_is_refused() {
        let done = into_page(TRUNK, "").unwrap();
        assert!(into_page(&done, "").is_err());
        assert!(into_page("<html><body><p id=\"boot\"></p></body></html>", "").is_err());
        let no_preload = TRUNK.replace("rel=\"preload\"", "rel=\"x\"");
        assert!(into_page(&no_preload, "").is_err());
    }

    #[test]
    fn the_first_step_bar_width_in_the_style_sheet_is_one_step_of_the_total() {
        let css = include_str!("../../../style/screens.css");
        let rule = format!(
            ".bar .{FIRST_STEP_CLASS} {{ width: {}%; }}",
            100 / Step::INPUT_STEPS
        );
        assert!(css.contains(&rule), "style/screens.css needs: {rule}");
    }
}
