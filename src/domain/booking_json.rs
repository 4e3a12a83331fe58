//! The booking bundle's JSON without serde: decoders for the store's replies (on top of the
//! small reader in [`super::json`]) and a small writer for request bodies and what is kept in
//! browser storage. Native tests check both agree with serde on every documented reply.

use super::booking_form::*;
use super::json::{self, FromJson, Json};

// ---------------------------------------------------------------------------------------------
// Reading

/// The shared reader takes integers only; the store sends `lat`/`lng` with fractions. Numbers
/// with a fraction or exponent (outside strings) are wrapped in quotes so they survive parsing;
/// [`f64_field`] reads them back.
fn quote_fractions(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let (mut i, mut in_str, mut esc, mut last) = (0, false, false, 0);
    while i < b.len() {
        let c = b[i];
        if in_str {
            if esc {
                esc = false;
            } else if c == b'\\' {
                esc = true;
            } else if c == b'"' {
                in_str = false;
            }
            i += 1;
        } else if c == b'"' {
            in_str = true;
            i += 1;
        } else if c == b'-' || c.is_ascii_digit() {
            let start = i;
            i += 1;
            while i < b.len() && matches!(b[i], b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-') {
                i += 1;
            }
            if b[start..i].iter().any(|c| matches!(c, b'.' | b'e' | b'E')) {
                out.push_str(&text[last..start]);
                out.push('"');
                out.push_str(&text[start..i]);
                out.push('"');
                last = i;
            }
        } else {
            i += 1;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Parse and decode one reply or stored value; `None` when it is not valid or has the wrong shape.
pub fn decode<T: FromJson>(text: &str) -> Option<T> {
    json::decode(&quote_fractions(text))
}

/// A required string.
fn s(j: &Json, k: &str) -> Option<String> {
    j.get(k)?.as_str().map(str::to_owned)
}
/// A string that may be missing (serde `default`).
fn sd(j: &Json, k: &str) -> Option<String> {
    match j.get(k) {
        None => Some(String::new()),
        Some(v) => v.as_str().map(str::to_owned),
    }
}
fn u32_of(v: &Json) -> Option<u32> {
    match v {
        Json::Int(n) => u32::try_from(*n).ok(),
        _ => None,
    }
}
fn bool_of(v: &Json) -> Option<bool> {
    match v {
        Json::Bool(b) => Some(*b),
        _ => None,
    }
}
fn u(j: &Json, k: &str) -> Option<u32> {
    u32_of(j.get(k)?)
}
fn ud(j: &Json, k: &str) -> Option<u32> {
    j.get(k).map_or(Some(0), u32_of)
}
fn b(j: &Json, k: &str) -> Option<bool> {
    bool_of(j.get(k)?)
}
fn bd(j: &Json, k: &str) -> Option<bool> {
    j.get(k).map_or(Some(false), bool_of)
}
fn opt_s(j: &Json, k: &str) -> Option<Option<String>> {
    match j.get(k) {
        None | Some(Json::Null) => Some(None),
        Some(v) => v.as_str().map(|x| Some(x.to_owned())),
    }
}
/// A number that may be missing or null: an integer, or a fraction quoted by [`quote_fractions`].
fn f64_field(j: &Json, k: &str) -> Option<Option<f64>> {
    match j.get(k) {
        None | Some(Json::Null) => Some(None),
        Some(Json::Int(n)) => Some(Some(*n as f64)),
        Some(Json::Str(t)) => t.parse().ok().map(Some),
        _ => None,
    }
}
fn obj<T: FromJson>(j: &Json, k: &str) -> Option<T> {
    T::from_json(j.get(k)?)
}
fn list<T: FromJson>(j: &Json, k: &str) -> Option<Vec<T>> {
    match j.get(k)? {
        Json::Arr(items) => items.iter().map(T::from_json).collect(),
        _ => None,
    }
}

/// Only objects decode into structs (serde also takes arrays; nobody sends those).
fn is_obj(j: &Json) -> Option<()> {
    matches!(j, Json::Obj(_)).then_some(())
}

impl FromJson for ViewSlot {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(ViewSlot {
            id: s(j, "id")?,
            start: s(j, "start")?,
            end: s(j, "end")?,
        })
    }
}

impl FromJson for HelpPoint {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(HelpPoint {
            id: s(j, "id")?,
            code: sd(j, "code")?,
            kind: sd(j, "kind")?,
            name: s(j, "name")?,
            region: sd(j, "region")?,
            address: sd(j, "address")?,
        })
    }
}

impl FromJson for OwnerView {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(OwnerView {
            code: s(j, "code")?,
            queue_number: u(j, "queue_number")?,
            status: s(j, "status")?,
            priority: bd(j, "priority")?,
            region: sd(j, "region")?,
            slot: obj(j, "slot")?,
            help_point: obj(j, "help_point")?,
        })
    }
}

impl FromJson for AvailOffice {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(AvailOffice {
            id: s(j, "id")?,
            code: sd(j, "code")?,
            kind: sd(j, "kind")?,
            name: s(j, "name")?,
            region: sd(j, "region")?,
            region_code: sd(j, "region_code")?,
            active: bd(j, "active")?,
            lat: f64_field(j, "lat")?,
            lng: f64_field(j, "lng")?,
            remaining: ud(j, "remaining")?,
            next_free_slot: opt_s(j, "next_free_slot")?,
        })
    }
}

impl FromJson for Availability {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(Availability {
            offices: list(j, "offices")?,
        })
    }
}

impl FromJson for AvailSlot {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(AvailSlot {
            id: s(j, "id")?,
            start: s(j, "start")?,
            end: s(j, "end")?,
            seats: ud(j, "seats")?,
            remaining: ud(j, "remaining")?,
            closed: bd(j, "closed")?,
        })
    }
}

impl FromJson for OfficeSlots {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(OfficeSlots {
            office: obj(j, "office")?,
            slots: list(j, "slots")?,
        })
    }
}

impl FromJson for BookingForm {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(BookingForm {
            region_code: s(j, "region_code")?,
            office_id: s(j, "office_id")?,
            office_name: s(j, "office_name")?,
            office_kind: s(j, "office_kind")?,
            slot_id: s(j, "slot_id")?,
            slot_start: s(j, "slot_start")?,
            slot_end: s(j, "slot_end")?,
            name: s(j, "name")?,
            nik: s(j, "nik")?,
            phone: s(j, "phone")?,
            consent: b(j, "consent")?,
        })
    }
}

impl FromJson for BookingRequest {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(BookingRequest {
            slot: s(j, "slot")?,
            name: s(j, "name")?,
            nik: s(j, "nik")?,
            phone: s(j, "phone")?,
            region: s(j, "region")?,
            summary: s(j, "summary")?,
        })
    }
}

impl FromJson for PendingBooking {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(PendingBooking {
            key: s(j, "key")?,
            request: obj(j, "request")?,
            summary: s(j, "summary")?,
            attempts: u(j, "attempts")?,
        })
    }
}

impl FromJson for Confirmation {
    fn from_json(j: &Json) -> Option<Self> {
        is_obj(j)?;
        Some(Confirmation {
            code: s(j, "code")?,
            queue_number: u(j, "queue_number")?,
            status: s(j, "status")?,
            priority: b(j, "priority")?,
            office_name: s(j, "office_name")?,
            office_kind: s(j, "office_kind")?,
            address: s(j, "address")?,
            region: s(j, "region")?,
            start: s(j, "start")?,
            end: s(j, "end")?,
            summary: s(j, "summary")?,
        })
    }
}

/// The `code` and `field` of an error reply (both may be missing).
pub fn error_body(text: &str) -> Option<(String, Option<String>)> {
    let j = json::parse(&quote_fractions(text)).ok()?;
    is_obj(&j)?;
    Some((sd(&j, "code")?, opt_s(&j, "field")?))
}

// ---------------------------------------------------------------------------------------------
// Writing

/// `text` as a JSON string literal, quotes included.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON value already written out.
pub enum Val<'a> {
    S(&'a str),
    N(u32),
    B(bool),
    Raw(String),
}

/// `{"k":v,...}` in the order given.
pub fn object(fields: &[(&str, Val)]) -> String {
    let mut out = String::from("{");
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(k));
        out.push(':');
        match v {
            Val::S(t) => out.push_str(&quote(t)),
            Val::N(n) => out.push_str(&n.to_string()),
            Val::B(b) => out.push_str(if *b { "true" } else { "false" }),
            Val::Raw(r) => out.push_str(r),
        }
    }
    out.push('}');
    out
}

/// Serialising to JSON text (field names as serde writes them).
pub trait ToJson {
    fn to_json(&self) -> String;
}

impl ToJson for BookingForm {
    fn to_json(&self) -> String {
        use Val::*;
        object(&[
            ("region_code", S(&self.region_code)),
            ("office_id", S(&self.office_id)),
            ("office_name", S(&self.office_name)),
            ("office_kind", S(&self.office_kind)),
            ("slot_id", S(&self.slot_id)),
            ("slot_start", S(&self.slot_start)),
            ("slot_end", S(&self.slot_end)),
            ("name", S(&self.name)),
            ("nik", S(&self.nik)),
            ("phone", S(&self.phone)),
            ("consent", B(self.consent)),
        ])
    }
}

impl ToJson for BookingRequest {
    fn to_json(&self) -> String {
        use Val::*;
        object(&[
            ("slot", S(&self.slot)),
            ("name", S(&self.name)),
            ("nik", S(&self.nik)),
            ("phone", S(&self.phone)),
            ("region", S(&self.region)),
            ("summary", S(&self.summary)),
        ])
    }
}

impl ToJson for PendingBooking {
    fn to_json(&self) -> String {
        use Val::*;
        object(&[
            ("key", S(&self.key)),
            ("request", Raw(self.request.to_json())),
            ("summary", S(&self.summary)),
            ("attempts", N(self.attempts)),
        ])
    }
}

impl ToJson for Confirmation {
    fn to_json(&self) -> String {
        use Val::*;
        object(&[
            ("code", S(&self.code)),
            ("queue_number", N(self.queue_number)),
            ("status", S(&self.status)),
            ("priority", B(self.priority)),
            ("office_name", S(&self.office_name)),
            ("office_kind", S(&self.office_kind)),
            ("address", S(&self.address)),
            ("region", S(&self.region)),
            ("start", S(&self.start)),
            ("end", S(&self.end)),
            ("summary", S(&self.summary)),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_so_serde_reads_them_back() {
        for t in [
            "plain",
            "a\"b",
            "back\\slash",
            "line\nbreak\r\t",
            "ctl\u{1}\u{1f}",
            "Jl. Pahlawan é 😀",
            "",
        ] {
            let q = quote(t);
            assert_eq!(serde_json::from_str::<String>(&q).unwrap(), t, "{q}");
            assert_eq!(json::parse(&q).unwrap(), Json::Str(t.into()));
        }
        assert_eq!(quote("a\"b\n"), r#""a\"b\n""#);
    }

    #[test]
    fn written_values_equal_serde_output_and_read_back() {
        let req = BookingRequest {
            slot: "s1".into(),
            name: "Siti \"Ani\" \\ Rahayu".into(),
            nik: "3578010101900001".into(),
            phone: "0812\n345".into(),
            region: "35.78".into(),
            summary: "Email OTP\ttidak masuk".into(),
        };
        let p = PendingBooking {
            key: "k_12345678".into(),
            request: req.clone(),
            summary: "x".into(),
            attempts: 3,
        };
        assert_eq!(req.to_json(), serde_json::to_string(&req).unwrap());
        assert_eq!(p.to_json(), serde_json::to_string(&p).unwrap());
        assert_eq!(decode::<PendingBooking>(&p.to_json()), Some(p));
        let f = BookingForm {
            name: "Budi\u{7}".into(),
            consent: true,
            ..Default::default()
        };
        assert_eq!(f.to_json(), serde_json::to_string(&f).unwrap());
        assert_eq!(decode::<BookingForm>(&f.to_json()), Some(f));
        let c = Confirmation {
            code: "AB12".into(),
            queue_number: 7,
            priority: true,
            address: "Jl. \"A\"".into(),
            ..Default::default()
        };
        assert_eq!(c.to_json(), serde_json::to_string(&c).unwrap());
        assert_eq!(decode::<Confirmation>(&c.to_json()), Some(c));
    }

    #[test]
    fn fractions_are_read_and_strings_left_alone() {
        let t = r#"{"id":"o1","name":"A 1.5","lat":-7.2575,"lng":112.75e0,"remaining":3}"#;
        let o: AvailOffice = decode(t).unwrap();
        assert_eq!(o.lat, Some(-7.2575));
        assert_eq!(o.lng, Some(112.75));
        assert_eq!(o.name, "A 1.5");
        assert_eq!(o.remaining, 3);
        assert_eq!(
            decode::<AvailOffice>(r#"{"id":"o1"}"#),
            None,
            "name is required"
        );
        assert_eq!(
            decode::<AvailSlot>(r#"{"id":"a","start":"b","end":"c","seats":-1}"#),
            None
        );
    }
}
