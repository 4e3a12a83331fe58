//! The hand-written parts checked against independent implementations (dev-dependencies only,
//! never in the wasm): the QR encoder against `qrcodegen` (module for module) and `rqrr` (a
//! decoder that finds the symbol in an image), the JSON reader and writer against `serde_json`,
//! the calendar file against the `icalendar` crate's parser, the small sort against `slice::sort_by`.
//!
//! `cargo test --test independent`

use proptest::prelude::*;

mod qr {
    use pendamping::domain::booking::qr::{encode, encode_with_mask, QrCode};
    use qrcodegen::{Mask, QrCode as Reference, QrCodeEcc, QrSegment, Version};
    use std::collections::BTreeSet;

    /// The reference symbol for the same bytes, version and mask (byte mode, level M).
    fn reference(text: &str, version: u8, mask: Option<u8>) -> Reference {
        Reference::encode_segments_advanced(
            &[QrSegment::make_bytes(text.as_bytes())],
            QrCodeEcc::Medium,
            Version::new(version),
            Version::new(version),
            mask.map(Mask::new),
            false,
        )
        .expect("fits")
    }

    fn differing_modules(ours: &QrCode, theirs: &Reference) -> Vec<(usize, usize)> {
        assert_eq!(ours.size as i32, theirs.size());
        (0..ours.size)
            .flat_map(|y| (0..ours.size).map(move |x| (x, y)))
            .filter(|&(x, y)| ours.get(x, y) != theirs.get_module(x as i32, y as i32))
            .collect()
    }

    /// Texts of every length 1..=62 (versions 1–4), in several alphabets.
    fn texts() -> Vec<String> {
        let mut out = Vec::new();
        for len in 1..=62usize {
            out.push(
                (0..len)
                    .map(|i| (b'A' + (i * 7 % 26) as u8) as char)
                    .collect(),
            );
            out.push((0..len).map(|i| (b'0' + (i % 10) as u8) as char).collect());
            out.push(
                (0..len)
                    .map(|i| ((i * 37 + len * 11) % 95 + 32) as u8 as char)
                    .collect(),
            );
        }
        // Booking codes as the app shows them, and a URL-like text.
        out.extend(
            [
                "MH3J76R7",
                "K7QM3XPA",
                "AAAAAAAA",
                "22222222",
                "https://x.id/j#K7QM3XPA",
            ]
            .map(String::from),
        );
        out
    }

    #[test]
    fn every_version_and_mask_equals_qrcodegen_module_for_module() {
        let mut pairs = BTreeSet::new();
        for text in texts() {
            let version = encode(&text).expect("fits").version;
            for mask in 0..8u8 {
                let ours = encode_with_mask(&text, mask).unwrap();
                let theirs = reference(&text, version, Some(mask));
                assert_eq!(ours.version, theirs.version().value());
                let diff = differing_modules(&ours, &theirs);
                assert!(
                    diff.is_empty(),
                    "{text:?} v{version} mask {mask}: {} modules differ, first {:?}",
                    diff.len(),
                    &diff[..diff.len().min(5)]
                );
                pairs.insert((version, mask));
            }
        }
        assert_eq!(pairs.len(), 4 * 8, "versions 1–4 × masks 0–7: {pairs:?}");
    }

    // Which of the 8 masks is chosen is not compared: implementations read the standard's
    // penalty rule 3 differently (qrcodegen counts a finder-like pattern with light modules on
    // both sides twice, ZXing and this encoder once; the dark-proportion step at exactly 55 %
    // also differs), so qrcodegen picks another mask for about a third of these texts. Every
    // mask is a valid symbol (the format bits name it), and every mask is compared above.

    /// The symbol as a greyscale image: `scale` pixels per module, a 4-module quiet zone.
    fn image(q: &QrCode, scale: usize) -> (usize, Vec<u8>) {
        let dim = (q.size + 8) * scale;
        let mut px = vec![255u8; dim * dim];
        for y in 0..dim {
            for x in 0..dim {
                let (mx, my) = ((x / scale).wrapping_sub(4), (y / scale).wrapping_sub(4));
                if q.get(mx, my) {
                    px[y * dim + x] = 0;
                }
            }
        }
        (dim, px)
    }

    fn rqrr_read(q: &QrCode) -> String {
        let (dim, px) = image(q, 3);
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(dim, dim, |x, y| px[y * dim + x]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one symbol found in the image");
        let (meta, text) = grids[0].decode().expect("rqrr decodes it");
        assert_eq!(meta.version.0 as u8, q.version);
        assert_eq!(meta.ecc_level, 0, "level M"); // rqrr: 0 = M, 1 = L, 2 = H, 3 = Q
        assert_eq!(meta.mask as u8, q.mask);
        text
    }

    #[test]
    fn every_symbol_and_every_mask_is_read_back_by_rqrr_from_an_image() {
        let mut n = 0;
        for text in texts() {
            assert_eq!(rqrr_read(&encode(&text).unwrap()), text);
            n += 1;
        }
        // Every mask of one text per version, not only the chosen one.
        for text in [
            "MH3J76R7",
            &"b".repeat(20),
            &"c".repeat(40),
            &"d".repeat(60),
        ] {
            for mask in 0..8 {
                assert_eq!(rqrr_read(&encode_with_mask(text, mask).unwrap()), text);
                n += 1;
            }
        }
        assert!(n > 200);
    }

    #[test]
    fn non_ascii_text_survives_both_ways() {
        for text in ["Disnaker Kota Malang · Jl. Ahmad Yani", "é😀", "ü"] {
            let ours = encode(text).unwrap();
            assert!(
                differing_modules(&ours, &reference(text, ours.version, Some(ours.mask)))
                    .is_empty()
            );
            assert_eq!(rqrr_read(&ours), text);
        }
    }
}

mod json {
    use super::*;
    use pendamping::domain::common::json::{object, parse, quote, Json, Val};
    use serde_json::{Map, Number, Value};

    /// Any JSON value serde_json can write: every number kind, strings of any characters
    /// (control characters, quotes, backslashes, non-BMP), nesting up to a depth of 6.
    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from),
            any::<String>().prop_map(Value::String),
            "[\"\\\\/\\u{0}-\\u{1f} a-z\\u{7f}-\\u{a0}\\u{2028}\\u{fffd}\\u{1f600}]{0,12}"
                .prop_map(Value::String),
        ];
        leaf.prop_recursive(6, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::vec((any::<String>(), inner), 0..8)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
            ]
        })
    }

    /// Numbers: integers that fit in an i64 exactly; others within a few ulps (the reader
    /// documents that it is exact to 15 significant digits, close beyond), or both zero.
    fn same_number(ours: &Json, theirs: &Number) -> bool {
        match (ours, theirs.as_i64()) {
            (Json::Int(a), Some(b)) => *a == b,
            // -0 and integers beyond i64 are floats to serde_json.
            (Json::Int(a), None) => Some(*a as f64) == theirs.as_f64(),
            (Json::Num(a), _) => {
                let b = theirs.as_f64().unwrap();
                if b == 0.0 || b.abs() < f64::MIN_POSITIVE {
                    // serde_json's own rounding of subnormals; ours may flush them.
                    a.abs() <= f64::MIN_POSITIVE
                } else {
                    (a - b).abs() <= b.abs() * 4.0 * f64::EPSILON
                }
            }
            _ => false,
        }
    }

    fn same(ours: &Json, theirs: &Value) -> bool {
        match (ours, theirs) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Int(_) | Json::Num(_), Value::Number(n)) => same_number(ours, n),
            (Json::Str(a), Value::String(b)) => a == b,
            (Json::Arr(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Json::Obj(a), Value::Object(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b)
                        .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
            }
            _ => false,
        }
    }

    /// serde_json's text with every non-ASCII character written as `\uXXXX` (surrogate pairs
    /// for the astral planes), so the escape path of the reader is exercised too.
    fn ascii_only(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04X}"));
                }
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn valid_documents_read_as_serde_json_reads_them(v in value()) {
            for text in [
                serde_json::to_string(&v).unwrap(),
                serde_json::to_string_pretty(&v).unwrap(),
                ascii_only(&serde_json::to_string(&v).unwrap()),
            ] {
                let ours = parse(&text);
                prop_assert!(ours.is_ok(), "refused {text:?}: {ours:?}");
                prop_assert!(same(&ours.unwrap(), &v), "differs on {text:?}");
            }
        }

        #[test]
        fn any_text_is_an_error_or_the_value_serde_json_reads(text in any::<String>()) {
            check_against_serde(&text)?;
        }

        #[test]
        fn near_json_text_is_an_error_or_the_value_serde_json_reads(
            text in "[\\[\\]{}\",:0-9eE.+\\- \\\\/ubfnrtlsa\\u{0}-\\u{3}\\u{e9}]{0,40}"
        ) {
            check_against_serde(&text)?;
        }

        #[test]
        fn any_bytes_are_an_error_or_the_value_serde_json_reads(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            // parse() takes &str: bytes that are no UTF-8 never reach it; read them lossily.
            check_against_serde(&String::from_utf8_lossy(&bytes))?;
        }

        #[test]
        fn written_strings_read_back_in_serde_json(s in any::<String>(), t in "[\\u{0}-\\u{20}\"\\\\\\u{7f}\\u{2028}\\u{d7ff}\\u{e000}]{0,16}") {
            prop_assert_eq!(serde_json::from_str::<String>(&quote(&s)).unwrap(), s.clone());
            prop_assert_eq!(serde_json::from_str::<String>(&quote(&t)).unwrap(), t.clone());
            let doc = object(&[
                ("nik", Val::S(&s)),
                (&t, Val::N(u32::MAX)),
                ("consent", Val::B(true)),
                ("nested", Val::Raw(object(&[("x", Val::S(&t))]))),
            ]);
            let read: Value = serde_json::from_str(&doc).unwrap();
            let mut want = Map::new();
            want.insert("nik".into(), Value::String(s));
            want.insert(t.clone(), Value::from(u32::MAX));
            want.insert("consent".into(), Value::Bool(true));
            want.insert("nested".into(), serde_json::json!({ "x": t }));
            if want.len() == 4 {
                prop_assert_eq!(read, Value::Object(want));
            }
        }
    }

    /// Where serde_json reads a document, ours reads the same value; where serde_json refuses it,
    /// ours refuses it too. No panic either way (a panic fails the property).
    fn check_against_serde(text: &str) -> Result<(), TestCaseError> {
        let ours = parse(text);
        match serde_json::from_str::<Value>(text) {
            Ok(v) => {
                prop_assert!(
                    ours.is_ok(),
                    "serde_json reads {text:?}, ours refuses: {ours:?}"
                );
                prop_assert!(same(&ours.unwrap(), &v), "differs on {text:?}");
            }
            Err(e) => {
                prop_assert!(
                    ours.is_err(),
                    "serde_json refuses {text:?} ({e}), ours reads {ours:?}"
                );
            }
        }
        Ok(())
    }

    #[test]
    fn edge_documents_agree_with_serde_json() {
        for text in [
            "-9223372036854775808",
            "9223372036854775807",
            "9223372036854775808",
            "18446744073709551615",
            "-0",
            "-0.0",
            "0e0",
            "1E+2",
            "\"\\ud83d\\ude00\"",
            "\"\\ud800\"",
            "\"\\ud800\\u0041\"",
            "\"\\udc00\"",
            "\"\\ud83d\\ude0\"",
            "[1e309]",
            "\"\u{7f}\"",
            " \t\r\n[] \n",
            "\u{feff}[]",
            "[\"a\"\u{a0}]",
        ] {
            check_against_serde(text).unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[test]
    fn nesting_is_refused_beyond_a_depth_of_64_without_a_stack_overflow() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&deep(64)).is_ok());
        assert!(serde_json::from_str::<Value>(&deep(64)).is_ok());
        assert!(parse(&deep(66)).is_err());
        assert!(parse(&"[".repeat(1_000_000)).is_err());
        assert!(parse(&"{\"a\":".repeat(100_000)).is_err());
    }
}

mod ics {
    use super::*;
    use icalendar::parser::{read_calendar, unfold, Component};
    use pendamping::domain::booking::calendar::Moment;
    use pendamping::domain::booking::ics::ics;

    fn prop<'a>(c: &'a Component<'a>, name: &str) -> String {
        c.find_prop(name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .val
            .as_str()
            .to_owned()
    }

    /// What a calendar should show for a text we put in: line breaks of any kind become `\n`,
    /// other control characters are dropped (tabs kept).
    fn shown(s: &str) -> String {
        s.replace("\r\n", "\n")
            .replace('\r', "\n")
            .chars()
            .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
            .collect()
    }

    fn moment(utc: &str) -> Moment {
        Moment::parse(utc).expect("valid moment")
    }

    fn check(title: &str, location: &str, description: &str) -> Result<(), TestCaseError> {
        let start = moment("2026-03-09T01:30:00Z");
        let end = moment("2026-03-09T02:00:00Z");
        let file = ics(
            "K7QM-3XPA",
            title,
            start,
            end,
            location,
            description,
            moment("2026-03-01T04:05:00Z"),
        );
        // Physical lines: CRLF only, at most 75 octets each.
        prop_assert!(file.ends_with("\r\n"));
        for line in file.split("\r\n") {
            prop_assert!(line.len() <= 75, "line of {} octets: {line:?}", line.len());
            prop_assert!(!line.contains('\n') && !line.contains('\r'));
        }
        let unfolded = unfold(&file);
        let cal =
            read_calendar(&unfolded).map_err(|e| TestCaseError::fail(format!("{e}\n{file}")))?;
        prop_assert_eq!(cal.components.len(), 1);
        let event = &cal.components[0];
        prop_assert_eq!(event.name.as_str(), "VEVENT");
        prop_assert_eq!(
            prop(event, "UID"),
            "booking-K7QM3XPA@pendamping-prakerja-jatim"
        );
        prop_assert_eq!(prop(event, "DTSTART"), "20260309T013000Z");
        prop_assert_eq!(prop(event, "DTEND"), "20260309T020000Z");
        prop_assert_eq!(prop(event, "DTSTAMP"), "20260301T040500Z");
        prop_assert_eq!(prop(event, "SUMMARY"), shown(title));
        prop_assert_eq!(prop(event, "LOCATION"), shown(location));
        prop_assert_eq!(prop(event, "DESCRIPTION"), shown(description));
        prop_assert_eq!(event.components.len(), 1);
        let alarm = &event.components[0];
        prop_assert_eq!(alarm.name.as_str(), "VALARM");
        prop_assert_eq!(prop(alarm, "TRIGGER"), "-P1D");
        prop_assert_eq!(prop(alarm, "DESCRIPTION"), shown(title));
        Ok(())
    }

    #[test]
    fn a_booking_reads_back_field_for_field() {
        check(
            "Bantuan Kartu Prakerja: Disnaker Kota Surabaya",
            "Disnaker Kota Surabaya, Jl. Jemursari No. 197; lantai 2\\ruang B",
            "Kode booking K7QM-3XPA.\nBawa e-KTP.\r\nSudah dicoba: OTP, email; reset\rkata sandi",
        )
        .unwrap();
        // Long enough to fold several times, with multi-byte characters at the fold points.
        check(
            &"é".repeat(100),
            &"😀,".repeat(40),
            &"Kantor Ketenagakerjaan · ".repeat(12),
        )
        .unwrap();
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

        #[test]
        fn any_text_reads_back_through_an_independent_parser(
            title in "[a-zA-Z0-9 ,;:\\\\\\n\\r\\t\"'é😀\\u{0}\\u{7}\\u{2028}]{0,120}",
            location in any::<String>(),
            description in "[ -~\\n\\r]{0,300}",
        ) {
            check(&title, &location, &description)?;
        }
    }
}

/// `common::sort::sort_small` (written by hand to keep the booking bundle small) against the
/// standard library's stable sort: same order, equal keys kept in their order.
mod sort {
    use super::*;
    use pendamping::domain::common::sort::sort_small;

    proptest! {
        #[test]
        fn sorts_like_the_standard_librarys_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            let mut std_sorted = v;
            // order by the first field only: the second tells whether equal keys kept their order
            sort_small(&mut ours, |a, b| a.0.cmp(&b.0));
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
