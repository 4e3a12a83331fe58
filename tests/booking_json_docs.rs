//! Every reply shape documented in docs/booking-api.md decodes with the booking bundle's small
//! JSON reader exactly as with serde (which native code and older builds used).

use pendamping::domain::booking::api::*;
use pendamping::domain::booking::availability::*;
use pendamping::domain::common::json::decode;

fn doc_blocks() -> Vec<String> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/booking-api.md"))
        .unwrap();
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for line in doc.lines() {
        match (&mut cur, line.trim_start()) {
            (None, "```json") => cur = Some(String::new()),
            (Some(b), l) if l.starts_with("```") => {
                out.push(std::mem::take(b));
                cur = None;
            }
            (Some(b), _) => {
                b.push_str(line);
                b.push('\n');
            }
            _ => {}
        }
    }
    out
}

fn same<T>(text: &str)
where
    T: pendamping::domain::common::json::FromJson
        + serde::de::DeserializeOwned
        + PartialEq
        + std::fmt::Debug,
{
    let ours: Option<T> = decode(text);
    let serde: Option<T> = serde_json::from_str(text).ok();
    assert!(
        serde.is_some(),
        "serde cannot read the documented example:\n{text}"
    );
    assert_eq!(ours, serde, "{text}");
}

#[test]
fn every_documented_reply_decodes_as_with_serde() {
    let blocks = doc_blocks();
    let mut seen = [0; 4];
    for b in &blocks {
        let v: serde_json::Value = serde_json::from_str(b).expect("doc example is JSON");
        if v.get("offices").is_some() {
            same::<Availability>(b);
            seen[0] += 1;
        } else if v.get("slots").is_some() {
            same::<PointSlots>(b);
            seen[1] += 1;
        } else if v.get("queue_number").is_some() {
            same::<OwnerView>(b);
            assert_eq!(
                classify(&Answer::Status(200, b.to_string())),
                Reply::Ok(serde_json::from_str(b).unwrap())
            );
            seen[2] += 1;
        } else if let Some(code) = v.get("code").and_then(|c| c.as_str()) {
            let field = v.get("field").and_then(|f| f.as_str()).map(str::to_owned);
            assert_eq!(
                classify(&Answer::Status(409, b.to_string())),
                Reply::Error {
                    code: ApiCode::parse(code),
                    field
                }
            );
            assert_ne!(ApiCode::parse(code), ApiCode::Unknown, "{code}");
            seen[3] += 1;
        } else {
            panic!("a documented reply this test does not know: {b}");
        }
    }
    assert!(seen.iter().all(|&n| n > 0), "shapes seen: {seen:?}");
}

#[test]
fn coordinates_with_fractions_and_missing_optional_fields_decode_as_with_serde() {
    same::<Availability>(
        r#"{"offices":[{"id":"a","name":"Disnaker \"Kota\" Malang","lat":-7.98,"lng":112.63,"active":true,"remaining":5,"next_free_slot":null},
                       {"id":"b","name":"B","lat":-8,"lng":1.2e2}]}"#,
    );
    same::<PointSlots>(
        r#"{"office":{"id":"a","name":"A"},"slots":[{"id":"s","start":"x","end":"y"}]}"#,
    );
    same::<OwnerView>(
        r#"{"code":"C","queue_number":2,"status":"cancelled","slot":{"id":"s","start":"x","end":"y"},"help_point":{"id":"h","name":"N\u00e9"}}"#,
    );
}

#[test]
fn broken_or_wrong_replies_are_not_read_as_bookings() {
    for bad in [
        "",
        "<html>502</html>",
        r#"{"code":"C"}"#,
        r#"{"offices":{}}"#,
        r#"{"code":"C","queue_number":-1,"status":"booked","slot":{"id":"s","start":"x","end":"y"},"help_point":{"id":"h","name":"N"}}"#,
    ] {
        assert_eq!(decode::<OwnerView>(bad), None, "{bad}");
        assert!(serde_json::from_str::<OwnerView>(bad).is_err(), "{bad}");
        assert_eq!(
            classify(&Answer::Status(200, bad.to_string())),
            Reply::Unreachable
        );
    }
    assert_eq!(decode::<Availability>(r#"{"offices":{}}"#), None);
    assert_eq!(
        classify(&Answer::Status(500, "<html>".to_string())),
        Reply::Unreachable
    );
    assert_eq!(
        classify(&Answer::Status(404, r#"{"code":"not_found"}"#.to_string())),
        Reply::Error {
            code: ApiCode::NotFound,
            field: None
        }
    );
}
