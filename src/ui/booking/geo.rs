//! The device's position, only after the citizen asks for it ("Pakai lokasiku"); it never
//! leaves the device.

use crate::ui::shell::browser::window;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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
