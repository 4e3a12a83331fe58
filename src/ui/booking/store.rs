//! Talking to the booking store: its address comes from `settings.json` (`booking_api`, empty
//! for this site), read by the shell's one settings loader. Every request has the shell's time
//! limit; answers are typed (`Answer`).

use crate::domain::common::answer::{Answer, NoAnswer};
use crate::ui::shell::fetch::{self, send};
use wasm_bindgen::JsValue;

/// The store's address for `path`.
async fn api_url(path: &str) -> String {
    match fetch::settings().await {
        Some(s) => s.api_url(path),
        None => path.to_owned(),
    }
}

/// GET from the store.
pub async fn get(path: &str) -> Answer {
    send(&api_url(path).await, &web_sys::RequestInit::new()).await
}

/// POST JSON to the store, with an Idempotency-Key when given.
pub async fn post(path: &str, body: &str, key: Option<&str>) -> Answer {
    let Ok(headers) = web_sys::Headers::new() else {
        return Answer::NoAnswer(NoAnswer::Network);
    };
    let _ = headers.set("Content-Type", "application/json");
    if let Some(k) = key {
        let _ = headers.set("Idempotency-Key", k);
    }
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    send(&api_url(path).await, &init).await
}
