//! The booking store's API as the app sees it: what is sent and the answers told apart
//! ([`classify`]); what to do after each is `super::retry`. The
//! codes are the contract (`docs/booking-api.md`); the texts a citizen reads are the app's own
//! (`crate::text`), kept equal to the store's table `backend/data/error_texts.json` by a test.

use crate::domain::booking::availability::{HelpPoint, Slot};
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
    /// The problem the troubleshooter ended on (its content id): at the desk, "what fixed it"
    /// offers its steps, and the province counts the fix per channel.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub problem: String,
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
    /// The help point takes no booking (no sourced street address).
    NotBookable,
    IdempotencyConflict,
    RateLimited,
    Internal,
    /// The store cannot write (disk full or read-only): nothing was booked; try again later.
    Unavailable,
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
            "not_bookable" => ApiCode::NotBookable,
            "idempotency_conflict" => ApiCode::IdempotencyConflict,
            "rate_limited" => ApiCode::RateLimited,
            "internal" => ApiCode::Internal,
            "unavailable" => ApiCode::Unavailable,
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
    Ok(Box<OwnerView>),
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
            .map(|v| Reply::Ok(Box::new(v)))
            .unwrap_or(Reply::Unreachable),
        // The store's own errors carry a code, 503 `unavailable` (disk full) too; a 5xx without
        // one comes from something in between (a proxy whose store is down): unreachable.
        400..=599 => match error_body(body) {
            Some((code, field)) if !code.is_empty() => Reply::Error {
                code: ApiCode::parse(&code),
                field,
            },
            _ if status >= 500 => Reply::Unreachable,
            _ => Reply::Error {
                code: ApiCode::Unknown,
                field: None,
            },
        },
        _ => Reply::Unreachable,
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
            // an attempt kept on the device by a version that did not send the problem
            problem: j.str_or_default("problem")?,
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
            ("problem", S(&self.problem)),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::booking::availability::{HelpPoint, Slot};
    use crate::domain::booking::confirmation::Confirmation;
    use crate::domain::booking::form::BookingForm;
    use crate::domain::booking::retry::PendingBooking;
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
            problem: "otp-email".into(),
        };
        assert_eq!(
            serde(&req.to_json()),
            json!({"slot":"s1","name":"Siti \"Ani\" \\ Rahayu","nik":"3578010101900001",
                   "phone":"0812\n345","region":"35.78","summary":"Email OTP\ttidak masuk \u{1}","problem":"otp-email"})
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
        // A full disk: the store says so in its error shape; not "no internet".
        assert_eq!(
            classify(&Answer::Status(
                503,
                r#"{"status":503,"code":"unavailable","message":"m","message_en":"m"}"#.into()
            )),
            Reply::Error {
                code: ApiCode::Unavailable,
                field: None
            }
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
