//! Requests to the booking store as a signed-in officer: the shell's one request builder with
//! the officer's token added (the `Authorization` header, never a URL). A refused token signs
//! the officer out.

use super::{sign_out, Ctx, SignedOut};
use crate::domain::common::answer::Answer;
use crate::domain::common::routes::api;
use crate::ui::shell::fetch::{to_store, StoreRequest};
use leptos::prelude::*;

pub use crate::ui::shell::fetch::Method;

/// One request. `key`: an Idempotency-Key for a booking.
pub async fn request(
    ctx: Ctx,
    method: Method,
    path: &str,
    body: Option<&str>,
    key: Option<&str>,
) -> Answer {
    let token = ctx
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.token.clone()));
    let answer = to_store(StoreRequest {
        body,
        key,
        token: token.as_deref(),
        ..StoreRequest::new(method, path)
    })
    .await;
    // A token that ran out or was withdrawn (a disabled account): 401 from PocketBase's own
    // routes, 403 `forbidden` from the desk routes.
    let refused = match &answer {
        Answer::Status(401, _) => true,
        Answer::Status(403, _) => api::is_staff(path) && error_code(&answer) == "forbidden",
        _ => false,
    };
    if refused && ctx.session.with_untracked(Option::is_some) {
        sign_out(ctx, SignedOut::Expired);
    }
    answer
}

pub async fn get(ctx: Ctx, path: &str) -> Answer {
    request(ctx, Method::Get, path, None, None).await
}

/// POST a JSON body.
pub async fn post(ctx: Ctx, path: &str, body: &str) -> Answer {
    request(ctx, Method::Post, path, Some(body), None).await
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
