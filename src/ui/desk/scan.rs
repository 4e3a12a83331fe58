//! Reading the booking's QR code with the device camera. The browser's `BarcodeDetector` where
//! it has one (Android, macOS); otherwise camera frames drawn to a canvas, the symbol found and
//! its modules sampled by `rqrr`, and its text read by `domain::booking::qr::read` (Windows and
//! Linux laptops). Typing the code always works.
//! The camera is switched off as soon as a code is read, on "stop", and when the screen goes.

use crate::domain::booking::qr;
use crate::text::DeskStrings;
use crate::ui::shell::browser;
use js_sys::{Array, Object, Promise, Reflect};
use leptos::prelude::*;
use rqrr::BitGrid;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Off,
    Starting,
    On,
    Failed,
}

/// What a running scan holds: the camera stream and the timer reading frames.
#[derive(Default)]
struct Running {
    stream: Option<web_sys::MediaStream>,
    timer: Option<IntervalHandle>,
    detector: Option<JsValue>,
    busy: bool,
}

type Shared = Rc<RefCell<Running>>;

thread_local! {
    /// The one scan that can run at a time.
    static RUN: Shared = Rc::default();
}

fn stop_scan() {
    RUN.with(stop);
}

fn stop(run: &Shared) {
    let mut r = run.borrow_mut();
    if let Some(t) = r.timer.take() {
        t.clear();
    }
    if let Some(s) = r.stream.take() {
        for t in s.get_tracks().iter() {
            if let Ok(t) = t.dyn_into::<web_sys::MediaStreamTrack>() {
                t.stop();
            }
        }
    }
    r.detector = None;
    r.busy = false;
}

/// The browser's QR detector, when it has one.
fn native_detector() -> Option<JsValue> {
    let ctor = Reflect::get(&browser::window(), &"BarcodeDetector".into()).ok()?;
    let ctor: js_sys::Function = ctor.dyn_into().ok()?;
    let opts = Object::new();
    let formats = Array::of1(&"qr_code".into());
    Reflect::set(&opts, &"formats".into(), &formats).ok()?;
    Reflect::construct(&ctor, &Array::of1(&opts)).ok()
}

/// Read one frame with the compiled-in decoder: the video drawn small onto a canvas, grey.
fn decode_frame(
    video: &web_sys::HtmlVideoElement,
    canvas: &web_sys::HtmlCanvasElement,
) -> Option<String> {
    let (vw, vh) = (video.video_width(), video.video_height());
    if vw == 0 || vh == 0 {
        return None;
    }
    let scale = (640.0 / vw.max(vh) as f64).min(1.0);
    let (w, h) = (((vw as f64) * scale) as u32, ((vh as f64) * scale) as u32);
    canvas.set_width(w);
    canvas.set_height(h);
    let cx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    cx.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w as f64, h as f64)
        .ok()?;
    let data = cx.get_image_data(0.0, 0.0, w as f64, h as f64).ok()?.data();
    let grey: Vec<u8> = data
        .chunks_exact(4)
        .map(|p| ((p[0] as u32 * 77 + p[1] as u32 * 150 + p[2] as u32 * 29) >> 8) as u8)
        .collect();
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w as usize, h as usize, |x, y| {
        grey[y * w as usize + x]
    });
    // Read as filmed, else mirrored (a front camera's picture).
    img.detect_grids().into_iter().find_map(|g| {
        let (g, n) = (&g.grid, g.grid.size());
        qr::read(n, |x, y| g.bit(y, x))
            .or_else(|_| qr::read(n, |x, y| g.bit(x, y)))
            .ok()
    })
}

/// The scan button, the camera view while scanning, and what went wrong. `found` gets the
/// text of the first QR code read.
pub fn scanner(
    ctx: super::Ctx,
    found: impl Fn(String) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let state = RwSignal::new(State::Off);
    let video = NodeRef::<leptos::html::Video>::new();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    on_cleanup(stop_scan);
    let start = move |_| {
        stop_scan();
        state.set(State::Starting);
        let run = RUN.with(Rc::clone);
        let found = found.clone();
        leptos::task::spawn_local(async move {
            let Some(media) = browser::window().navigator().media_devices().ok() else {
                state.set(State::Failed);
                return;
            };
            let constraints = web_sys::MediaStreamConstraints::new();
            let v = Object::new();
            let _ = Reflect::set(&v, &"facingMode".into(), &"environment".into());
            constraints.set_video(&v);
            let Ok(p) = media.get_user_media_with_constraints(&constraints) else {
                state.set(State::Failed);
                return;
            };
            let stream = match wasm_bindgen_futures::JsFuture::from(p).await {
                Ok(s) => s.unchecked_into::<web_sys::MediaStream>(),
                Err(_) => {
                    state.set(State::Failed);
                    return;
                }
            };
            state.set(State::On);
            let Some(el) = video.get_untracked() else {
                return;
            };
            el.set_src_object(Some(&stream));
            let _ = el.play();
            {
                let mut r = run.borrow_mut();
                r.stream = Some(stream);
                r.detector = native_detector();
            }
            let run2 = run.clone();
            let tick = move || {
                let (Some(v), Some(c)) = (video.get_untracked(), canvas.get_untracked()) else {
                    return;
                };
                let detector = {
                    let r = run2.borrow_mut();
                    if r.busy || r.stream.is_none() {
                        return;
                    }
                    r.detector.clone()
                };
                match detector {
                    Some(d) => {
                        run2.borrow_mut().busy = true;
                        let run3 = run2.clone();
                        let found = found.clone();
                        let v2: JsValue = v.clone().into();
                        leptos::task::spawn_local(async move {
                            let codes = Reflect::get(&d, &"detect".into())
                                .ok()
                                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                                .and_then(|f| f.call1(&d, &v2).ok())
                                .and_then(|p| p.dyn_into::<Promise>().ok());
                            let text = match codes {
                                Some(p) => wasm_bindgen_futures::JsFuture::from(p)
                                    .await
                                    .ok()
                                    .map(|v| Array::from(&v))
                                    .and_then(|a| {
                                        a.iter().find_map(|c| {
                                            Reflect::get(&c, &"rawValue".into()).ok()?.as_string()
                                        })
                                    }),
                                None => None,
                            };
                            run3.borrow_mut().busy = false;
                            if let Some(t) = text {
                                stop(&run3);
                                state.set(State::Off);
                                found(t);
                            }
                        });
                    }
                    None => {
                        if let Some(t) = decode_frame(&v, &c) {
                            stop(&run2);
                            state.set(State::Off);
                            found(t);
                        }
                    }
                }
            };
            let handle = set_interval_with_handle(tick, std::time::Duration::from_millis(300)).ok();
            run.borrow_mut().timer = handle;
        });
    };
    move || {
        let s = DeskStrings::get(ctx.lang.get());
        let start = start.clone();
        view! {
            <div class="desk-scan">
                {move || match state.get() {
                    State::On | State::Starting => view! {
                        <p class="hint">{s.scan_hint}</p>
                        <button type="button" class="button small" on:click=move |_| { stop_scan(); state.set(State::Off); }>{s.scan_stop}</button>
                    }.into_any(),
                    _ => view! {
                        <button type="button" class="button" on:click=start.clone()>{s.scan}</button>
                    }.into_any(),
                }}
                {move || (state.get() == State::Failed).then(|| view! { <p class="field-error" role="alert">{s.camera_failed}</p> })}
                <video class="desk-video" node_ref=video muted=true playsinline=true aria-hidden="true"
                    hidden=move || !matches!(state.get(), State::On | State::Starting)></video>
                <canvas node_ref=canvas hidden=true></canvas>
            </div>
        }
    }
}
