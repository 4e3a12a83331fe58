//! Small wrappers around browser APIs (storage, document, location). No personal data is
//! ever written here: only the language, the last flow position and "what helped" counts.

use crate::domain::i18n::Lang;
use leptos::prelude::*;

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
    request_animation_frame(|| {
        if let Some(el) = document()
            .query_selector("main .focus-target")
            .ok()
            .flatten()
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

thread_local! {
    static TYPED_EARLY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Remove the start screen pre-rendered into `index.html` (see `src/prerender.rs`), keeping
/// what was typed into its box for [`take_typed_early`]. Returns the caret position when the
/// box had the focus, so that it can be given back to the live box.
pub fn take_prerendered() -> Option<u32> {
    use wasm_bindgen::JsCast;
    let block = document().get_element_by_id("prerendered")?;
    let input = document()
        .get_element_by_id("q")
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focused = document().active_element().is_some_and(|el| el.id() == "q");
    let caret = input.as_ref().and_then(|i| {
        TYPED_EARLY.with(|t| *t.borrow_mut() = i.value());
        i.selection_start().ok().flatten()
    });
    block.remove();
    focused.then_some(caret.unwrap_or(0))
}

/// What was typed into the pre-rendered box before the app took over (once).
pub fn take_typed_early() -> String {
    TYPED_EARLY.with(|t| std::mem::take(&mut *t.borrow_mut()))
}

/// Give the focus back to the live search box, caret where it was.
pub fn refocus_search(caret: u32) {
    use wasm_bindgen::JsCast;
    if let Some(input) = document()
        .get_element_by_id("q")
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = input.focus();
        let _ = input.set_selection_range(caret, caret);
    }
}

pub fn remove_boot_note() {
    if let Some(el) = document().get_element_by_id("boot") {
        el.remove();
    }
}

/// The link (`<a href>`) a click landed in, if any.
pub fn clicked_link(ev: &web_sys::MouseEvent) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
}

/// `navigator.onLine`: false means the device knows it has no connection.
pub fn online() -> bool {
    window().navigator().on_line()
}
