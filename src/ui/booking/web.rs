//! Browser helpers of the booking page: storage, the address bar, the booking store, files.
//!
//! Storage: the form draft lives in session storage (survives a reload, not a closed tab); a
//! booking attempt that is not yet confirmed lives in local storage WITH its Idempotency-Key
//! (survives a closed browser, so it is sent once the connection is back); after confirmation
//! only the confirmation (no name, NIK or phone) is kept. Nothing personal is ever written to a
//! URL or the console.

use crate::domain::booking::calendar::Moment;
use crate::domain::booking::form::{BookingForm, Confirmation, PendingBooking};
use crate::domain::booking::api::{decode, ToJson};
use crate::text::booking::BookingStrings;
use crate::domain::common::language::Lang;
use crate::domain::common::settings::Settings;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const LANG_KEY: &str = "pp.lang";
const DRAFT_KEY: &str = "pp.booking.draft";
const PENDING_KEY: &str = "pp.booking.pending";
const PENDING_FORM_KEY: &str = "pp.booking.pending_form";
const PENDING_SEARCH_KEY: &str = "pp.booking.pending_search";
const DONE_KEY: &str = "pp.booking.done";

fn local() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}
fn session() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}
fn get(s: Option<web_sys::Storage>, k: &str) -> Option<String> {
    s?.get_item(k).ok().flatten()
}
fn set(s: Option<web_sys::Storage>, k: &str, v: &str) {
    if let Some(s) = s {
        let _ = s.set_item(k, v);
    }
}
fn remove(s: Option<web_sys::Storage>, k: &str) {
    if let Some(s) = s {
        let _ = s.remove_item(k);
    }
}

pub fn stored_lang() -> Lang {
    get(local(), LANG_KEY)
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or_default()
}
pub fn store_lang(l: Lang) {
    set(local(), LANG_KEY, l.code());
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("lang", l.code());
    }
}

pub fn load_draft() -> Option<BookingForm> {
    decode(&get(session(), DRAFT_KEY)?)
}
pub fn save_draft(f: &BookingForm) {
    set(session(), DRAFT_KEY, &f.to_json());
}

pub fn load_pending() -> Option<(PendingBooking, Option<BookingForm>, String)> {
    let p: PendingBooking = decode(&get(local(), PENDING_KEY)?)?;
    let f = get(local(), PENDING_FORM_KEY).and_then(|s| decode(&s));
    Some((p, f, get(local(), PENDING_SEARCH_KEY).unwrap_or_default()))
}
pub fn save_pending(p: &PendingBooking, f: &BookingForm, search: &str) {
    set(local(), PENDING_KEY, &p.to_json());
    set(local(), PENDING_FORM_KEY, &f.to_json());
    set(local(), PENDING_SEARCH_KEY, search);
}
pub fn clear_pending() {
    for k in [PENDING_KEY, PENDING_FORM_KEY, PENDING_SEARCH_KEY] {
        remove(local(), k);
    }
}

pub fn load_confirmation() -> Option<Confirmation> {
    decode(&get(local(), DONE_KEY)?)
}
pub fn save_confirmation(c: &Confirmation) {
    set(local(), DONE_KEY, &c.to_json());
}
pub fn remove_confirmation() {
    remove(local(), DONE_KEY);
}

/// After confirmation: the draft and the pending attempt (with the NIK and phone) go.
pub fn clear_personal() {
    clear_pending();
    remove(session(), DRAFT_KEY);
}

/// "Hapus data saya": everything the booking page ever stored on this device.
pub fn delete_everything() {
    clear_personal();
    remove_confirmation();
}

// ---------------------------------------------------------------------------------------------
// Address bar

pub fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// Put a query string in the address bar (`?...`, or "" for none) with the History API.
pub fn set_search(search: &str, replace: bool) {
    let path = window().location().pathname().unwrap_or_default();
    let url = format!("{path}{search}");
    if let Ok(h) = window().history() {
        let _ = if replace {
            h.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            h.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
    if !replace {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Move focus to the first element matching `selector`, after the next paint.
pub fn focus(selector: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().query_selector(selector).ok().flatten() {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

pub fn set_title(title: &str) {
    document().set_title(&format!("{title} · Pendamping Prakerja Jatim"));
}

pub fn online() -> bool {
    window().navigator().on_line()
}

pub fn now() -> Moment {
    Moment((js_sys::Date::now() / 1000.0) as i64)
}

/// "YYYY-MM-DD" of today in WIB.
pub fn today() -> String {
    now().wib_day()
}

pub fn random_key() -> String {
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
    crate::domain::booking::form::idempotency_key(&bytes)
}

// ---------------------------------------------------------------------------------------------
// Network

thread_local! {
    static SETTINGS: RefCell<Option<Settings>> = const { RefCell::new(None) };
}

/// GET: (status, body), or `Err` when no answer came back.
pub async fn fetch_text(url: &str) -> crate::ui::shell::fetch::Answer {
    crate::ui::shell::fetch::send(url, &web_sys::RequestInit::new()).await
}

/// The booking store's address for `path`: `settings.json` at the site root says where it is
/// (empty = this site).
pub async fn api_url(path: &str) -> String {
    if let Some(u) = SETTINGS.with(|s| s.borrow().as_ref().map(|s| s.api_url(path))) {
        return u;
    }
    if let Ok((200, text)) = fetch_text("../settings.json").await {
        if let Ok(s) = Settings::parse(&text) {
            let u = s.api_url(path);
            SETTINGS.with(|slot| *slot.borrow_mut() = Some(s));
            return u;
        }
    }
    path.to_owned()
}

/// GET from the store: `Err` when there is no usable answer.
pub async fn api_get(path: &str) -> Result<String, ()> {
    match fetch_text(&api_url(path).await).await {
        Ok((200, text)) => Ok(text),
        _ => Err(()),
    }
}

/// POST JSON to the store: (status, body); status 0 when no answer came back.
pub async fn api_post(path: &str, body: &str, key: Option<&str>) -> (u16, String) {
    let Ok(headers) = web_sys::Headers::new() else {
        return (0, String::new());
    };
    let _ = headers.set("Content-Type", "application/json");
    if let Some(k) = key {
        let _ = headers.set("Idempotency-Key", k);
    }
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    crate::ui::shell::fetch::send(&api_url(path).await, &init)
        .await
        .unwrap_or((0, String::new()))
}

// ---------------------------------------------------------------------------------------------
// Files: calendar, image, print

fn download(href: &str, filename: &str) {
    let Ok(a) = document().create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", href);
    let _ = a.set_attribute("download", filename);
    let _ = a.set_attribute("hidden", "");
    if let Some(body) = document().body() {
        let _ = body.append_child(&a);
        if let Ok(a) = a.clone().dyn_into::<web_sys::HtmlElement>() {
            a.click();
        }
        a.remove();
    }
}

pub fn download_ics(c: &Confirmation, l: Lang) {
    if let Some(text) = c.ics(l, now()) {
        let href = format!(
            "data:text/calendar;charset=utf-8,{}",
            js_sys::encode_uri_component(&text)
        );
        download(&href, "jadwal-prakerja.ics");
    }
}

pub fn print() {
    let _ = window().print();
}

/// Draw the confirmation (text lines and the QR code) on a canvas and download it as PNG.
pub fn download_png(c: &Confirmation, l: Lang) {
    let Some(url) = render_png(c, l) else { return };
    download(&url, &format!("jadwal-prakerja-{}.png", c.code));
}

fn render_png(c: &Confirmation, l: Lang) -> Option<String> {
    let s = BookingStrings::get(l);
    let canvas: web_sys::HtmlCanvasElement =
        document().create_element("canvas").ok()?.dyn_into().ok()?;
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    const W: f64 = 720.0;
    const PAD: f64 = 36.0;
    const FONT: &str = "system-ui, Roboto, 'Noto Sans', Arial, sans-serif";
    // lay the text out first to know the height
    let mut lines: Vec<(String, bool)> = Vec::new(); // (text, is_label)
    ctx.set_font(&format!("28px {FONT}"));
    for (label, value) in c.card_lines(l) {
        lines.push((label, true));
        for line in wrap(&ctx, &value, W - 2.0 * PAD) {
            lines.push((line, false));
        }
    }
    let qr = crate::domain::booking::qr::encode(&c.code)?;
    let module = 8.0;
    let qr_px = (qr.size as f64 + 8.0) * module;
    let height = 130.0 + qr_px + lines.len() as f64 * 40.0 + PAD;
    canvas.set_width(W as u32);
    canvas.set_height(height as u32);
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, W, height);
    ctx.set_fill_style_str("#0b5394");
    ctx.fill_rect(0.0, 0.0, W, 90.0);
    ctx.set_fill_style_str("#ffffff");
    ctx.set_text_baseline("middle");
    ctx.set_font(&format!("bold 30px {FONT}"));
    let _ = ctx.fill_text(s.done_title, PAD, 45.0);
    // QR with a 4-module quiet zone
    let x0 = (W - qr_px) / 2.0;
    let y0 = 110.0;
    ctx.set_fill_style_str("#000000");
    for y in 0..qr.size {
        for x in 0..qr.size {
            if qr.get(x, y) {
                ctx.fill_rect(
                    x0 + (x as f64 + 4.0) * module,
                    y0 + (y as f64 + 4.0) * module,
                    module,
                    module,
                );
            }
        }
    }
    let mut y = y0 + qr_px + 30.0;
    ctx.set_text_baseline("alphabetic");
    for (text, is_label) in lines {
        if is_label {
            ctx.set_fill_style_str("#4a5360");
            ctx.set_font(&format!("bold 22px {FONT}"));
            y += 10.0;
        } else {
            ctx.set_fill_style_str("#1b1f24");
            ctx.set_font(&format!("28px {FONT}"));
        }
        let _ = ctx.fill_text(&text, PAD, y);
        y += if is_label { 30.0 } else { 36.0 };
    }
    canvas.to_data_url().ok()
}

fn wrap(ctx: &web_sys::CanvasRenderingContext2d, text: &str, max: f64) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        let width = ctx
            .measure_text(&candidate)
            .map(|m| m.width())
            .unwrap_or(0.0);
        if width > max && !line.is_empty() {
            out.push(std::mem::take(&mut line));
            line = word.to_owned();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Location (only after the user asks; the position never leaves the device)

pub fn locate(done: impl FnOnce(Option<(f64, f64)>) + 'static) {
    let cell = std::rc::Rc::new(RefCell::new(Some(
        Box::new(done) as Box<dyn FnOnce(Option<(f64, f64)>)>
    )));
    let c1 = cell.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |pos: JsValue| {
        let coords = js_sys::Reflect::get(&pos, &"coords".into()).unwrap_or(JsValue::NULL);
        let lat = js_sys::Reflect::get(&coords, &"latitude".into())
            .ok()
            .and_then(|v| v.as_f64());
        let lng = js_sys::Reflect::get(&coords, &"longitude".into())
            .ok()
            .and_then(|v| v.as_f64());
        if let Some(f) = c1.borrow_mut().take() {
            f(lat.zip(lng));
        }
    });
    let c2 = cell.clone();
    let fail = Closure::<dyn FnMut(JsValue)>::new(move |_e: JsValue| {
        if let Some(f) = c2.borrow_mut().take() {
            f(None);
        }
    });
    let nav: JsValue = window().navigator().into();
    let geo = js_sys::Reflect::get(&nav, &"geolocation".into()).unwrap_or(JsValue::UNDEFINED);
    let get = js_sys::Reflect::get(&geo, &"getCurrentPosition".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"timeout".into(), &JsValue::from(15000));
    let _ = js_sys::Reflect::set(&opts, &"maximumAge".into(), &JsValue::from(600000));
    match get {
        Some(f) if !geo.is_undefined() => {
            let _ = f.call3(&geo, ok.as_ref(), fail.as_ref(), &opts);
        }
        _ => {
            if let Some(f) = cell.borrow_mut().take() {
                f(None);
            }
        }
    }
    ok.forget();
    fail.forget();
}
