//! Sending a booking until it is confirmed: the attempt kept on the device with its
//! Idempotency-Key, and what the app does after each answer of the store ([`after_reply`]):
//! confirm, retry with the same key, offer other times, fix a field, or say what failed.

use crate::domain::booking::api::{ApiCode, BookingRequest, Reply};
use crate::domain::booking::confirmation::Confirmation;
use crate::domain::booking::form::Field;
use crate::domain::common::json::{self, FromJson, Json, ToJson, Val};

/// A booking attempt not yet confirmed. Kept in local storage with its Idempotency-Key, so a
/// retry after a lost connection (even after closing the browser) reuses the same key and the
/// store never writes two bookings.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub struct PendingBooking {
    pub key: String,
    pub request: BookingRequest,
    /// Shown on the confirmation; the request itself is deleted then.
    pub summary: String,
    pub attempts: u32,
}

/// Idempotency keys: 8–100 of `A–Z a–z 0–9 _ . : -`. Built from random bytes (e.g. 16 from
/// `crypto.getRandomValues`).
pub fn idempotency_key(random: &[u8]) -> String {
    let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("pp-{hex}")
}

/// Length limits of a key (`idempotency_key` in `backend/data/rules/params.json`).
pub const KEY_MIN: usize = 8;
pub const KEY_MAX: usize = 100;

pub fn is_valid_key(k: &str) -> bool {
    (KEY_MIN..=KEY_MAX).contains(&k.len())
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':' | b'-'))
}

/// Why a retry is waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitReason {
    /// No answer and the phone says it has no network.
    Offline,
    /// No answer although the phone says it is online: a weak signal, or the store is down or
    /// stalled (the request's time limit ran out, or a proxy answered for it).
    NoAnswer,
    /// The store answered that it cannot do it now (busy, rate limit, disk full).
    Busy,
}

impl WaitReason {
    /// What the citizen is told depends on whether the phone has a network at all.
    pub fn given_connection(self, online: bool) -> WaitReason {
        match self {
            WaitReason::Offline if online => WaitReason::NoAnswer,
            other => other,
        }
    }
}

/// What the app does after an answer to a booking attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    /// Booked: show and keep the confirmation, delete the pending request and personal data.
    Confirmed(Box<Confirmation>),
    /// Keep the pending request (same key) and send it again later.
    Retry(WaitReason),
    /// The slot is gone: offer other times, keep the form, drop the pending request (a retry
    /// after an error is a new attempt with a new key).
    SlotTaken,
    /// The NIK already has an active booking: look it up with its code instead of failing.
    AlreadyBooked,
    /// The store refused a field: show it beside the field.
    FixField(Field, ApiCode),
    /// The key was used for another NIK/slot: send again with a new key.
    NewKey,
    /// Anything else: say what happened; the form is kept.
    Failed(ApiCode),
}

pub fn after_reply(reply: Reply, pending: &PendingBooking) -> Next {
    match reply {
        Reply::Ok(view) => {
            Next::Confirmed(Box::new(Confirmation::from_view(&view, &pending.summary)))
        }
        Reply::Unreachable => Next::Retry(WaitReason::Offline),
        Reply::Error { code, field } => match code {
            ApiCode::Internal => Next::Retry(WaitReason::Busy),
            ApiCode::RateLimited | ApiCode::Unavailable => Next::Retry(WaitReason::Busy),
            ApiCode::SlotFull | ApiCode::SlotClosed | ApiCode::NotFound => Next::SlotTaken,
            ApiCode::AlreadyBooked => Next::AlreadyBooked,
            // the help point stopped taking bookings meanwhile: choose another one
            ApiCode::NotBookable => Next::FixField(Field::Office, code),
            ApiCode::InvalidNik => Next::FixField(Field::Nik, code),
            ApiCode::InvalidPhone => Next::FixField(Field::Phone, code),
            ApiCode::InvalidRequest if field.as_deref() == Some("name") => {
                Next::FixField(Field::Name, code)
            }
            ApiCode::InvalidRequest if field.as_deref() == Some("slot") => Next::SlotTaken,
            ApiCode::IdempotencyConflict => Next::NewKey,
            other => Next::Failed(other),
        },
    }
}

impl FromJson for PendingBooking {
    fn from_json(j: &Json) -> Option<Self> {
        j.object()?;
        Some(PendingBooking {
            key: j.str_field("key")?,
            request: j.field("request")?,
            summary: j.str_field("summary")?,
            attempts: j.u32_field("attempts")?,
        })
    }
}

impl ToJson for PendingBooking {
    fn to_json(&self) -> String {
        use Val::*;
        json::object(&[
            ("key", S(&self.key)),
            ("request", Raw(self.request.to_json())),
            ("summary", S(&self.summary)),
            ("attempts", N(self.attempts)),
        ])
    }
}
