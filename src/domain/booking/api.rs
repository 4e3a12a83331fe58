//! The booking store's API as the app sees it: what is sent, the answers told apart
//! ([`classify`]), and what to do after each ([`after_reply`]): retry with the same
//! Idempotency-Key, offer other times, fix a field, or give up with a clear message. The
//! codes are the contract (`docs/booking-api.md`); the texts a citizen reads are the app's own
//! (`crate::text`), kept equal to the store's table `backend/data/error_texts.json` by a test.

use crate::domain::booking::availability::{HelpPoint, Slot};
use crate::domain::booking::confirmation::Confirmation;
use crate::domain::booking::form::Field;
pub use crate::domain::common::answer::{Answer, NoAnswer};
use crate::domain::common::json::{self, FromJson, Json, ToJson, Val};

/// `POST /api/booking`: what is sent, with the NIK as 16 digits and the phone as +628….
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub struct BookingRequest {
    pub slot: String,
    pub name: String,
    pub nik: String,
    pub phone: String,
    pub region: String,
    pub summary: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiCode {
    InvalidRequest,
    InvalidNik,
    InvalidPhone,
    NotFound,
    SlotFull,
    AlreadyBooked,
    SlotClosed,
    IdempotencyConflict,
    RateLimited,
    Internal,
    /// The request was not JSON: a fault of the app, never of the citizen.
    UnsupportedMediaType,
    Unknown,
}

impl ApiCode {
    pub fn parse(code: &str) -> ApiCode {
        match code {
            "invalid_request" => ApiCode::InvalidRequest,
            "invalid_nik" => ApiCode::InvalidNik,
            "invalid_phone" => ApiCode::InvalidPhone,
            "not_found" => ApiCode::NotFound,
            "slot_full" => ApiCode::SlotFull,
            "already_booked" => ApiCode::AlreadyBooked,
            "slot_closed" => ApiCode::SlotClosed,
            "idempotency_conflict" => ApiCode::IdempotencyConflict,
            "rate_limited" => ApiCode::RateLimited,
            "internal" => ApiCode::Internal,
            "unsupported_media_type" => ApiCode::UnsupportedMediaType,
            _ => ApiCode::Unknown,
        }
    }
}

/// The owner's view of a booking (create, lookup, cancel, reschedule).
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub struct OwnerView {
    pub code: String,
    pub queue_number: u32,
    pub status: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub region: String,
    pub slot: Slot,
    pub help_point: HelpPoint,
}

/// One answer of the store, as the app needs to tell them apart.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Ok(OwnerView),
    Error {
        code: ApiCode,
        field: Option<String>,
    },
    /// No answer at all (offline, DNS, store down behind a proxy) or one we cannot read.
    Unreachable,
}

/// Turn an answer into a [`Reply`].
pub fn classify(answer: &Answer) -> Reply {
    let (status, body) = match answer {
        Answer::Status(status, body) => (*status, body.as_str()),
        Answer::NoAnswer(_) => return Reply::Unreachable,
    };
    match status {
        200 | 201 => json::decode::<OwnerView>(body)
            .map(Reply::Ok)
            .unwrap_or(Reply::Unreachable),
        400..=499 | 500 => match error_body(body) {
            Some((code, field)) if !code.is_empty() => Reply::Error {
                code: ApiCode::parse(&code),
                field,
            },
            _ if status == 500 => Reply::Unreachable,
            _ => Reply::Error {
                code: ApiCode::Unknown,
                field: None,
            },
        },
        _ => Reply::Unreachable,
    }
}

// ---------------------------------------------------------------------------------------------
// Sending a booking: the pending request and what to do with each answer

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

pub fn is_valid_key(k: &str) -> bool {
    (8..=100).contains(&k.len())
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':' | b'-'))
}

/// Why a retry is waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitReason {
    Offline,
    Busy,
}

/// What the app does after an answer to a booking attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    /// Booked: show and keep the confirmation, delete the pending request and personal data.
    Confirmed(Confirmation),
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
        Reply::Ok(view) => Next::Confirmed(Confirmation::from_view(&view, &pending.summary)),
        Reply::Unreachable => Next::Retry(WaitReason::Offline),
        Reply::Error { code, field } => match code {
            ApiCode::Internal => Next::Retry(WaitReason::Busy),
            ApiCode::RateLimited => Next::Retry(WaitReason::Busy),
            ApiCode::SlotFull | ApiCode::SlotClosed | ApiCode::NotFound => Next::SlotTaken,
            ApiCode::AlreadyBooked => Next::AlreadyBooked,
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

// ---------------------------------------------------------------------------------------------
// Reading and writing

/// The `code` and `field` of an error reply (both may be missing).
pub fn error_body(text: &str) -> Option<(String, Option<String>)> {
    let j = json::parse(text).ok()?;
    j.object()?;
    Some((j.str_or_default("code")?, j.opt("field")?))
}

impl FromJson for OwnerView {
    fn from_json(j: &Json) -> Option<Self> {
        j.object()?;
        Some(OwnerView {
            code: j.str_field("code")?,
            queue_number: j.u32_field("queue_number")?,
            status: j.str_field("status")?,
            region: j.str_or_default("region")?,
            slot: j.field("slot")?,
            help_point: j.field("help_point")?,
        })
    }
}

impl FromJson for BookingRequest {
    fn from_json(j: &Json) -> Option<Self> {
        j.object()?;
        Some(BookingRequest {
            slot: j.str_field("slot")?,
            name: j.str_field("name")?,
            nik: j.str_field("nik")?,
            phone: j.str_field("phone")?,
            region: j.str_field("region")?,
            summary: j.str_field("summary")?,
        })
    }
}

impl ToJson for BookingRequest {
    fn to_json(&self) -> String {
        use Val::*;
        json::object(&[
            ("slot", S(&self.slot)),
            ("name", S(&self.name)),
            ("nik", S(&self.nik)),
            ("phone", S(&self.phone)),
            ("region", S(&self.region)),
            ("summary", S(&self.summary)),
        ])
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::booking::availability::{HelpPoint, Slot};
    use crate::domain::booking::form::BookingForm;
    use serde_json::{json, Value};

    fn serde(text: &str) -> Value {
        serde_json::from_str(text).expect("serde_json reads what we write")
    }

    #[test]
    fn written_values_are_what_serde_json_reads_and_they_read_back() {
        let req = BookingRequest {
            slot: "s1".into(),
            name: "Siti \"Ani\" \\ Rahayu".into(),
            nik: "3578010101900001".into(),
            phone: "0812\n345".into(),
            region: "35.78".into(),
            summary: "Email OTP\ttidak masuk \u{1}".into(),
        };
        assert_eq!(
            serde(&req.to_json()),
            json!({"slot":"s1","name":"Siti \"Ani\" \\ Rahayu","nik":"3578010101900001",
                   "phone":"0812\n345","region":"35.78","summary":"Email OTP\ttidak masuk \u{1}"})
        );
        let p = PendingBooking {
            key: "k_12345678".into(),
            request: req,
            summary: "x".into(),
            attempts: 3,
        };
        assert_eq!(serde(&p.to_json())["attempts"], json!(3));
        assert_eq!(json::decode::<PendingBooking>(&p.to_json()), Some(p));
        let f = BookingForm {
            name: "Budi\u{7}".into(),
            consent: true,
            ..Default::default()
        };
        assert_eq!(serde(&f.to_json())["name"], json!("Budi\u{7}"));
        assert_eq!(json::decode::<BookingForm>(&f.to_json()), Some(f));
        let c = Confirmation {
            code: "AB12".into(),
            queue_number: 7,
            address: "Jl. \"A\"".into(),
            ..Default::default()
        };
        assert_eq!(serde(&c.to_json())["address"], json!("Jl. \"A\""));
        assert_eq!(json::decode::<Confirmation>(&c.to_json()), Some(c));
    }

    #[test]
    fn fractions_are_read_and_wrong_shapes_refused() {
        let t = r#"{"id":"o1","name":"A 1.5","lat":-7.2575,"lng":112.75e0,"remaining":3}"#;
        let o: HelpPoint = json::decode(t).unwrap();
        assert_eq!((o.lat, o.lng), (Some(-7.2575), Some(112.75)));
        assert_eq!((o.name.as_str(), o.remaining), ("A 1.5", 3));
        assert_eq!(
            json::decode::<HelpPoint>(r#"{"id":"o1"}"#),
            None,
            "name is required"
        );
        assert_eq!(
            json::decode::<Slot>(r#"{"id":"a","start":"b","end":"c","seats":-1}"#),
            None
        );
    }

    #[test]
    fn answers_are_told_apart() {
        let ok = r#"{"code":"K7QM3XPA","queue_number":4,"status":"booked",
            "slot":{"id":"s","start":"2026-12-01T08:00:00","end":"2026-12-01T08:30:00"},
            "help_point":{"id":"h","name":"UPT BLK Surabaya"}}"#;
        assert!(
            matches!(classify(&Answer::Status(201, ok.into())), Reply::Ok(v) if v.queue_number == 4)
        );
        assert_eq!(
            classify(&Answer::Status(
                409,
                r#"{"code":"slot_full","field":"slot"}"#.into()
            )),
            Reply::Error {
                code: ApiCode::SlotFull,
                field: Some("slot".into())
            }
        );
        assert_eq!(
            classify(&Answer::Status(502, "<html>".into())),
            Reply::Unreachable
        );
        assert_eq!(
            classify(&Answer::NoAnswer(NoAnswer::Timeout)),
            Reply::Unreachable
        );
        assert_eq!(
            classify(&Answer::Status(200, "{".into())),
            Reply::Unreachable
        );
    }
}
