//! Small wrappers around browser APIs (storage, document, address bar, focus, clock), for all
//! three bundles. No Leptos here: the start bundle uses these too and carries no framework.
//! Nothing personal is ever written to a URL or the console.

use crate::domain::common::language::Lang;
use wasm_bindgen::JsCast;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a document")
}

use crate::domain::common::language::STORE_KEY as LANG_KEY;
const LAST_KEY: &str = "pp.last";

/// Where a value is kept: `Local` survives a closed browser, `Session` only a reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    Local,
    Session,
}

fn storage(store: Store) -> Option<web_sys::Storage> {
    match store {
        Store::Local => window().local_storage().ok().flatten(),
        Store::Session => window().session_storage().ok().flatten(),
    }
}

pub fn get_in(store: Store, key: &str) -> Option<String> {
    storage(store)?.get_item(key).ok().flatten()
}

pub fn set_in(store: Store, key: &str, value: &str) {
    if let Some(s) = storage(store) {
        let _ = s.set_item(key, value);
    }
}

pub fn remove_in(store: Store, key: &str) {
    if let Some(s) = storage(store) {
        let _ = s.remove_item(key);
    }
}

pub fn get_item(key: &str) -> Option<String> {
    get_in(Store::Local, key)
}

pub fn set_item(key: &str, value: &str) {
    set_in(Store::Local, key, value)
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
    crate::domain::common::routes::site_root_of(&base_path()).to_owned()
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
pub fn set_title(screen: &str, lang: Lang) {
    document().set_title(&crate::ui::shell::frame::title(screen, lang));
}

/// Move keyboard and screen-reader focus to the first element matching `selector`, after the
/// next paint.
pub fn focus(selector: &'static str) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(el) = document().query_selector(selector).ok().flatten() {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
    let _ = window().request_animation_frame(cb.unchecked_ref());
}

/// Move focus to the screen's heading after a navigation.
pub fn focus_heading() {
    focus("main .focus-target");
}

/// The query string of the address (`?...`, or "").
pub fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// Put a query string in the address bar (`?...`, or "" for none) with the History API.
pub fn set_search(search: &str, replace: bool) {
    let path = window().location().pathname().unwrap_or_default();
    let url = format!("{path}{search}");
    if let Ok(h) = window().history() {
        let _ = if replace {
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
    if !replace {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Now, in seconds since 1970.
pub fn now() -> crate::domain::booking::calendar::Moment {
    crate::domain::booking::calendar::Moment((js_sys::Date::now() / 1000.0) as i64)
}

/// 16 random bytes from `crypto.getRandomValues` (Math.random only where that is missing).
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let ok = window()
        .crypto()
        .ok()
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !ok {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
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
