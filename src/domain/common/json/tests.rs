use super::*;

#[test]
fn parses_nested_documents_with_escapes() {
    let j =
        parse(r#" {"a": [1, -2, true, null, "x\"y\\z\n\u00e9\ud83d\ude00"], "b": {}} "#).unwrap();
    let a = match j.get("a") {
        Some(Json::Arr(a)) => a.clone(),
        _ => panic!(),
    };
    assert_eq!(a[0], Json::Int(1));
    assert_eq!(a[1], Json::Int(-2));
    assert_eq!(a[4], Json::Str("x\"y\\z\né😀".into()));
    assert_eq!(j.get("b"), Some(&Json::Obj(vec![])));
}

#[test]
fn rejects_broken_documents() {
    for bad in [
        "",
        "{",
        "[1,]",
        "{\"a\" 1}",
        "\"open",
        "{} x",
        "01.5",
        "tru",
        "{\"a\":\"\u{1}\"}",
    ] {
        assert!(parse(bad).is_err(), "accepted {bad:?}");
    }
}

#[test]
fn a_wrong_shape_decodes_to_nothing() {
    assert_eq!(decode::<Text>(r#"{"id":"a"}"#), None);
    assert_eq!(
        decode::<Text>(r#"{"id":"a","en":"b"}"#),
        Some(Text {
            id: "a".into(),
            en: "b".into()
        })
    );
    assert_eq!(
        decode::<crate::domain::common::stage::Stage>(r#""nowhere""#),
        None
    );
}

#[test]
fn numbers_read_as_core_and_serde_json_read_them() {
    assert_eq!(
        parse("-7.2575").unwrap(),
        Json::Num(-7.2575),
        "coordinates are exact"
    );
    for t in [
        "-7.2575",
        "112.7521",
        "0.1",
        "1e2",
        "1.2E-3",
        "-0.0",
        "3.14159265358979",
        "112.75e0",
        "6.02e23",
        "1e-300",
        "123456789012345678901234.5",
    ] {
        let ours = match parse(t).unwrap() {
            Json::Num(f) => f,
            Json::Int(n) => n as f64,
            other => panic!("{t}: {other:?}"),
        };
        let core: f64 = t.parse().unwrap();
        let serde: f64 = serde_json::from_str(t).unwrap();
        assert!((serde - core).abs() <= core.abs() * 4.0 * f64::EPSILON);
        assert!(
            (ours - core).abs() <= core.abs() * 4.0 * f64::EPSILON,
            "{t}: {ours} vs {core}"
        );
    }
    for bad in ["1.", ".5", "01", "1e", "1e+", "-", "1.2.3"] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}
