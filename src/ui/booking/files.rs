//! Files a citizen takes away from the confirmation: the calendar file, the card as an image
//! (text and QR code drawn on a canvas), and the printed page.

use crate::domain::booking::confirmation::Confirmation;
use crate::domain::common::language::Lang;
use crate::text::booking::{calendar_file, card_lines};
use crate::text::BookingStrings;
use crate::ui::shell::browser::{document, now, window};
use wasm_bindgen::JsCast;

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
    if let Some(text) = calendar_file(c, l, now()) {
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
    for (label, value) in card_lines(c, l) {
        lines.push((label.to_owned(), true));
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
