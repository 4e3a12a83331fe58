//! Requests to the booking store as a signed-in officer: the token goes in the `Authorization`
//! header (never in a URL). The store's address comes from `settings.json` like every bundle's;
//! every request has the shell's time limit. A refused token signs the officer out.

use super::{sign_out, Ctx, SignedOut};
use crate::domain::common::answer::{Answer, NoAnswer};
use crate::ui::shell::fetch::{self, send};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

async fn url(path: &str) -> String {
    match fetch::settings().await {
        Some(s) => s.api_url(path),
        None => path.to_owned(),
    }
}

/// One request. `key`: an Idempotency-Key for a booking.
pub async fn request(
    ctx: Ctx,
    method: &str,
    path: &str,
    body: Option<&str>,
    key: Option<&str>,
) -> Answer {
    let Ok(headers) = web_sys::Headers::new() else {
        return Answer::NoAnswer(NoAnswer::Network);
    };
    if let Some(s) = ctx.session.get_untracked() {
        let _ = headers.set("Authorization", &s.token);
    }
    if body.is_some() {
        let _ = headers.set("Content-Type", "application/json");
    }
    if let Some(k) = key {
        let _ = headers.set("Idempotency-Key", k);
    }
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_headers(&headers);
    init.set_cache(web_sys::RequestCache::NoStore);
    if let Some(b) = body {
        init.set_body(&JsValue::from_str(b));
    }
    let answer = send(&url(path).await, &init).await;
    // A token that ran out or was withdrawn (a disabled account): 401 from PocketBase's own
    // routes, 403 `forbidden` from the desk routes.
    let refused = match &answer {
        Answer::Status(401, _) => true,
        Answer::Status(403, _) => {
            path.starts_with("/api/staff/") && error_code(&answer) == "forbidden"
        }
        _ => false,
    };
    if refused && ctx.session.with_untracked(Option::is_some) {
        sign_out(ctx, SignedOut::Expired);
    }
    answer
}

pub async fn get(ctx: Ctx, path: &str) -> Answer {
    request(ctx, "GET", path, None, None).await
}

/// The `code` of an error answer (`{"code": "slot_full", ...}`), or "" when there is none.
pub fn error_code(answer: &Answer) -> String {
    match answer {
        Answer::Status(_, body) => crate::domain::booking::api::error_body(body)
            .map(|(c, _)| c)
            .unwrap_or_default(),
        Answer::NoAnswer(_) => String::new(),
    }
}
