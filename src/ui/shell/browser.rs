//! Small wrappers around browser APIs (storage, document, location). No personal data is
//! ever written here: only the language, the last flow position and "what helped" counts.

//!
//! No Leptos here: the start bundle (`crate::ui::start::web`) uses these too and carries no framework.

use crate::domain::common::language::Lang;
use wasm_bindgen::JsCast;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a document")
}

const LANG_KEY: &str = "pp.lang";
const LAST_KEY: &str = "pp.last";

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn get_item(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn set_item(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn stored_lang() -> Option<Lang> {
    get_item(LANG_KEY).as_deref().and_then(Lang::from_code)
}

pub fn store_lang(lang: Lang) {
    set_item(LANG_KEY, lang.code());
}

pub fn apply_lang(lang: Lang) {
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("lang", lang.code());
    }
}

/// The last flow position (`<problem-id>/<trail>`), for "continue where you left off".
pub fn last_position() -> Option<(String, String)> {
    let v = get_item(LAST_KEY)?;
    let (id, trail) = v.split_once('/').unwrap_or((v.as_str(), ""));
    Some((id.to_owned(), trail.to_owned()))
}

pub fn store_position(id: &str, trail: &str) {
    set_item(LAST_KEY, &format!("{id}/{trail}"));
}

/// The path the app is served under, without a trailing slash ("" at the site root,
/// "/layanan/prakerja" under a sub-path). Read from `<base href>`, which Trunk writes.
pub fn base_path() -> String {
    // Read once: every link's href is built from it, and `<base>` never changes.
    thread_local! {
        static BASE: String = read_base_path();
    }
    BASE.with(String::clone)
}

fn read_base_path() -> String {
    let href = document()
        .query_selector("base")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_else(|| "/".into());
    let path = match href.find("://") {
        Some(i) => href[i + 3..]
            .find('/')
            .map(|j| href[i + 3 + j..].to_owned())
            .unwrap_or_default(),
        None => href,
    };
    path.trim_end_matches('/').to_owned()
}

/// The root of the whole site (where `index.html`, `settings.json` and `content/` live),
/// without a trailing slash. The flow bundle lives in `masalah/` and the booking bundle in
/// `jadwal/` below it.
pub fn site_root() -> String {
    let b = base_path();
    for sub in ["/masalah", "/jadwal"] {
        if let Some(root) = b.strip_suffix(sub) {
            return root.to_owned();
        }
    }
    b
}

/// True when the app runs inside the provincial site's iframe (`?embed=1`) or any frame.
pub fn is_embedded() -> bool {
    let w = window();
    let in_frame = w.top().ok().flatten().is_some_and(|top| top != w);
    in_frame
        || w.location()
            .search()
            .unwrap_or_default()
            .contains("embed=1")
}

/// Keep `document.title` in step with the screen, so tabs and screen readers name it.
pub fn set_title(title: &str) {
    document().set_title(&format!("{title} · Pendamping Prakerja Jatim"));
}

/// Move keyboard and screen-reader focus to the screen's heading after a navigation.
pub fn focus_heading() {
    let cb = wasm_bindgen::closure::Closure::once_into_js(|| {
        if let Some(el) = document()
            .query_selector("main .focus-target")
            .ok()
            .flatten()
        {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
    let _ = window().request_animation_frame(cb.unchecked_ref());
}

pub fn remove_boot_note() {
    if let Some(el) = document().get_element_by_id("boot") {
        el.remove();
    }
}

/// The link (`<a href>`) a click landed in, if any.
pub fn clicked_link(ev: &web_sys::MouseEvent) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
}

/// `navigator.onLine`: false means the device knows it has no connection.
pub fn online() -> bool {
    window().navigator().on_line()
}
