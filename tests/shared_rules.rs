//! The rules the app and the booking store both check, decided once: every case in
//! `backend/data/rules/cases/*.json` goes through the app's own functions here, and through the
//! store's (`backend/pb_hooks/shared_rules.js`) in `backend/tests/rules.test.mjs`. The app's
//! constants are checked against `backend/data/rules/params.json`, which the store reads.

use pendamping::domain::booking::calendar::{is_date, DATE_MAX_YEAR, DATE_MIN_YEAR};
use pendamping::domain::booking::code::{normalise_code, CodeError, CODE_LEN};
use pendamping::domain::booking::form::{
    check_name, NameError, BIDI, INVISIBLE, NAME_MAX, NAME_MIN_LETTERS,
};
use pendamping::domain::booking::nik::{
    check_nik, NikError, FEMALE_DAY_OFFSET, NIK_DIGITS, PROVINCE_CODES,
};
use pendamping::domain::booking::phone::{
    check_phone, PhoneError, PHONE_MAX_DIGITS, PHONE_MIN_DIGITS,
};
use pendamping::domain::booking::retry::{is_valid_key, KEY_MAX, KEY_MIN};
use pendamping::domain::common::language::Lang;
use pendamping::domain::desk::office::{self, AddressError};
use pendamping::text::errors;
use serde_json::{json, Value};
use std::path::Path;

fn read(rel: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("backend/data/rules")
        .join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What a rule decided, in the case files' words: `{"value": …}` or `{"reason": …, "detail": …}`.
fn accepted(v: Value) -> Value {
    json!({ "value": v })
}
fn refused(reason: &str, detail: Option<Value>) -> Value {
    match detail {
        Some(d) => json!({ "reason": reason, "detail": d }),
        None => json!({ "reason": reason }),
    }
}

/// Runs every case of `cases/<rule>.json` through `decide` and lists every disagreement.
fn run(rule: &str, decide: impl Fn(&Value) -> Value) {
    let cases = read(&format!("cases/{rule}.json"));
    let cases = cases.as_array().expect("a list of cases");
    assert!(cases.len() >= 5, "{rule}: too few cases");
    let mut wrong = Vec::new();
    for case in cases {
        let mut want = json!({});
        for k in ["value", "reason", "detail"] {
            if let Some(v) = case.get(k) {
                want[k] = v.clone();
            }
        }
        let got = decide(&case["input"]);
        if got != want {
            wrong.push(format!("{}: want {want}, got {got}", case["input"]));
        }
    }
    assert!(wrong.is_empty(), "{rule}:\n{}", wrong.join("\n"));
}

fn text(input: &Value) -> &str {
    input.as_str().expect("a text input")
}

fn ch(c: &char) -> Option<Value> {
    Some(json!(c.to_string()))
}

#[test]
fn phone_cases() {
    run("phone", |i| match check_phone(text(i)) {
        Ok(p) => accepted(json!(p.e164())),
        Err(e) => match e {
            PhoneError::Empty => refused("empty", None),
            PhoneError::InvalidChar(c) => refused("invalid_char", ch(&c)),
            PhoneError::NotIndonesian => refused("not_indonesian", None),
            PhoneError::Landline => refused("landline", None),
            PhoneError::NotMobile => refused("not_mobile", None),
            PhoneError::TooShort(n) => refused("too_short", Some(json!(n))),
            PhoneError::TooLong(n) => refused("too_long", Some(json!(n))),
        },
    });
}

#[test]
fn nik_cases() {
    run("nik", |i| match check_nik(text(i)) {
        Ok(n) => accepted(json!(n.as_str())),
        Err(e) => match e {
            NikError::Empty => refused("empty", None),
            NikError::InvalidChar(c) => refused("invalid_char", ch(&c)),
            NikError::WrongLength(n) => refused("wrong_length", Some(json!(n))),
            NikError::UnknownProvince(p) => {
                refused("unknown_province", Some(json!(format!("{p:02}"))))
            }
            NikError::RegencyZero => refused("regency_zero", None),
            NikError::BadDay(d) => refused("bad_day", Some(json!(format!("{d:02}")))),
            NikError::BadMonth(m) => refused("bad_month", Some(json!(format!("{m:02}")))),
            NikError::NoSuchDate { day, month } => {
                refused("no_such_date", Some(json!(format!("{day:02}-{month:02}"))))
            }
            NikError::SerialZero => refused("serial_zero", None),
        },
    });
}

#[test]
fn name_cases() {
    run("name", |i| match check_name(text(i)) {
        Ok(n) => accepted(json!(n)),
        Err(NameError::Empty) => refused("empty", None),
        Err(NameError::Short) => refused("short", None),
        Err(NameError::Long) => refused("long", None),
        Err(NameError::Invisible) => refused("invisible", None),
    });
}

#[test]
fn street_address_cases() {
    run("address", |i| match office::check_address(text(i)) {
        Ok(a) => accepted(json!(a)),
        Err(e) => refused(
            match e {
                AddressError::Empty => "empty",
                AddressError::TooShort => "too_short",
                AddressError::TooLong => "too_long",
                AddressError::Invisible => "invisible",
                AddressError::Placeholder => "placeholder",
                AddressError::NoStreet => "no_street",
            },
            None,
        ),
    });
}

#[test]
fn east_java_box_cases() {
    run("east_java", |i| {
        let (lat, lng) = (i[0].as_f64().unwrap(), i[1].as_f64().unwrap());
        if office::in_east_java(lat, lng) {
            accepted(i.clone())
        } else {
            refused("outside", None)
        }
    });
}

#[test]
fn opening_hours_cases() {
    // The desk's screen takes a weekday's spans as one line; the store takes them as a list.
    run("hours", |i| {
        let spans: Vec<&str> = i.as_array().unwrap().iter().map(text).collect();
        match office::parse_hours(&spans.join(", ")) {
            Some(v) => accepted(json!(v)),
            None => refused("invalid", None),
        }
    });
}

#[test]
fn booking_code_cases() {
    run("code", |i| match normalise_code(text(i)) {
        Ok(c) => accepted(json!(c)),
        Err(e) => match e {
            CodeError::Empty => refused("empty", None),
            CodeError::WrongLength(n) => refused("wrong_length", Some(json!(n))),
            CodeError::NeverUsed(c) => refused("never_used", ch(&c)),
            CodeError::InvalidChar(c) => refused("invalid_char", ch(&c)),
        },
    });
}

#[test]
fn idempotency_key_cases() {
    run("idempotency_key", |i| {
        if is_valid_key(text(i)) {
            accepted(i.clone())
        } else {
            refused("invalid", None)
        }
    });
}

#[test]
fn date_cases() {
    run("date", |i| {
        if is_date(text(i)) {
            accepted(i.clone())
        } else {
            refused("invalid", None)
        }
    });
}

fn hex_range(s: &str) -> (u32, u32) {
    let (a, b) = s.split_once('-').unwrap_or((s, s));
    let hex = |h: &str| u32::from_str_radix(h, 16).unwrap();
    (hex(a), hex(b))
}

fn minutes(hhmm: &Value) -> u32 {
    let (h, m) = hhmm.as_str().unwrap().split_once(':').unwrap();
    h.parse::<u32>().unwrap() * 60 + m.parse::<u32>().unwrap()
}

/// The numbers the app builds in are the ones the store reads at run time.
#[test]
fn the_apps_parameters_are_the_rules_file() {
    let p = read("params.json");
    let n = |v: &Value| v.as_u64().unwrap() as usize;
    assert_eq!(n(&p["phone"]["min_digits"]), PHONE_MIN_DIGITS);
    assert_eq!(n(&p["phone"]["max_digits"]), PHONE_MAX_DIGITS);
    assert_eq!(n(&p["nik"]["digits"]), NIK_DIGITS);
    assert_eq!(
        n(&p["nik"]["female_day_offset"]),
        FEMALE_DAY_OFFSET as usize
    );
    let provinces: Vec<u8> = p["nik"]["province_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap() as u8)
        .collect();
    assert_eq!(provinces, PROVINCE_CODES);
    assert_eq!(n(&p["name"]["min_letters"]), NAME_MIN_LETTERS);
    assert_eq!(n(&p["name"]["max_chars"]), NAME_MAX);
    let ranges = |k: &str| -> Vec<(u32, u32)> {
        p["name"][k]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| hex_range(v.as_str().unwrap()))
            .collect()
    };
    assert_eq!(ranges("invisible"), INVISIBLE);
    assert_eq!(ranges("bidi"), BIDI);
    let a = &p["address"];
    assert_eq!(n(&a["min_chars"]), office::ADDRESS_MIN);
    assert_eq!(n(&a["max_chars"]), office::ADDRESS_MAX);
    assert_eq!(a["street_words"], json!(office::STREET_WORDS));
    assert_eq!(a["placeholders"], json!(office::PLACEHOLDERS));
    let b = &p["east_java"];
    assert_eq!(
        [&b["lat_min"], &b["lat_max"], &b["lng_min"], &b["lng_max"]].map(|v| v.as_f64().unwrap()),
        [
            office::LAT_MIN,
            office::LAT_MAX,
            office::LNG_MIN,
            office::LNG_MAX
        ]
    );
    let h = &p["hours"];
    assert_eq!(minutes(&h["earliest"]), office::HOURS_EARLIEST);
    assert_eq!(minutes(&h["latest"]), office::HOURS_LATEST);
    assert_eq!(n(&h["max_spans"]), office::HOURS_MAX_SPANS);
    assert_eq!(n(&p["code"]["length"]), CODE_LEN);
    assert_eq!(n(&p["idempotency_key"]["min_chars"]), KEY_MIN);
    assert_eq!(n(&p["idempotency_key"]["max_chars"]), KEY_MAX);
    assert_eq!(p["date"]["min_year"].as_i64(), Some(DATE_MIN_YEAR));
    assert_eq!(p["date"]["max_year"].as_i64(), Some(DATE_MAX_YEAR));
}

/// The store says why it refused a NIK, phone or name in the app's own words: for every refused
/// case, the store's text for its reason (`reasons` in `backend/data/error_texts.json`) with the
/// case's detail filled in is the message the app shows beside the field.
#[test]
fn the_store_explains_a_refusal_in_the_apps_words() {
    let texts: Value =
        serde_json::from_str(include_str!("../backend/data/error_texts.json")).unwrap();
    type Message = fn(&str, Lang) -> Option<String>;
    let checks: [(&str, &str, &str, Message); 3] = [
        ("nik", "invalid_nik", "nik", |i, l| {
            check_nik(i).err().map(|e| errors::nik(&e, l))
        }),
        ("phone", "invalid_phone", "phone", |i, l| {
            check_phone(i).err().map(|e| errors::phone(&e, l))
        }),
        ("name", "invalid_request", "name", |i, l| {
            check_name(i).err().map(|e| errors::name(&e, l))
        }),
    ];
    let mut seen = 0;
    for (rule, code, field, message) in checks {
        for case in read(&format!("cases/{rule}.json")).as_array().unwrap() {
            let Some(reason) = case["reason"].as_str() else {
                continue;
            };
            let key = format!("{field}.{reason}");
            for lang in [Lang::Id, Lang::En] {
                let template = texts[code]["reasons"][&key][lang.code()]
                    .as_str()
                    .unwrap_or_else(|| panic!("{code}: no text for {key}"));
                let detail = match &case["detail"] {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    other => other.to_string(),
                };
                let theirs = template.replacen("{}", &detail, 1);
                let ours = message(case["input"].as_str().unwrap(), lang).unwrap();
                assert_eq!(ours, theirs, "{rule} {}", case["input"]);
                seen += 1;
            }
        }
    }
    assert!(seen > 50, "{seen}");
}
