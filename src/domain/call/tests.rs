use super::*;

fn filled() -> CallBooking {
    CallBooking {
        slot: "slot1".into(),
        name: "Siti Aminah".into(),
        nik: "3578014506900001".into(),
        phone: "0812 3456 7890".into(),
        region_code: "3578".into(),
        consent_read: true,
        problem: "otp-not-received".into(),
        summary: "Sudah cek folder spam".into(),
    }
}

#[test]
fn nothing_is_sent_until_the_consent_was_read_aloud() {
    let mut b = filled();
    b.consent_read = false;
    assert_eq!(
        b.problems(),
        vec![(CallField::Confirmed, CallProblem::NotConfirmed)]
    );
    assert_eq!(b.body(), None);
}

#[test]
fn the_body_carries_the_clean_nik_the_phone_in_e164_the_problem_and_the_consent() {
    let body = filled().body().expect("a complete booking");
    let j = parse(&body).unwrap();
    assert_eq!(j.str_field("nik").unwrap(), "3578014506900001");
    assert_eq!(j.str_field("phone").unwrap(), "+6281234567890");
    assert_eq!(j.str_field("problem").unwrap(), "otp-not-received");
    assert_eq!(j.bool_field("consent_read"), Some(true));
    assert_eq!(j.str_field("region").unwrap(), "Kota Surabaya");
}

#[test]
fn a_wrong_nik_or_phone_is_named_in_the_order_of_the_screen() {
    let mut b = filled();
    b.nik = "123".into();
    b.phone = "12".into();
    b.slot.clear();
    let fields: Vec<CallField> = b.problems().into_iter().map(|(f, _)| f).collect();
    assert_eq!(
        fields,
        vec![CallField::Slot, CallField::Nik, CallField::Phone]
    );
}

#[test]
fn after_the_call_nothing_of_the_caller_is_kept() {
    let mut b = filled();
    assert!(b.has_caller());
    b.forget_caller();
    assert_eq!(b, CallBooking::default());
    assert!(!b.has_caller());
}

#[test]
fn only_typed_personal_details_count_as_a_caller_a_sign_out_would_clear() {
    let chosen = CallBooking {
        slot: "s1".into(),
        region_code: "3578".into(),
        consent_read: true,
        name: "  ".into(),
        ..CallBooking::default()
    };
    assert!(!chosen.has_caller());
    for typed in [
        CallBooking {
            name: "Sri".into(),
            ..chosen.clone()
        },
        CallBooking {
            nik: "3578".into(),
            ..chosen.clone()
        },
        CallBooking {
            phone: "0812".into(),
            ..chosen.clone()
        },
    ] {
        assert!(typed.has_caller(), "{typed:?}");
    }
}

#[test]
fn the_read_back_has_the_code_time_and_place() {
    let r = decode_readback(
        r#"{"code":"K7QM3XPA","queue_number":4,"status":"booked",
        "slot":{"start":"2026-12-09T01:00:00.000Z","end":"2026-12-09T01:30:00.000Z"},
        "help_point":{"name":"Disnaker Kota Surabaya","region":"Kota Surabaya","address":"Jl. A 1","landmark":""}}"#,
    )
    .unwrap();
    assert_eq!(r.code, "K7QM3XPA");
    assert_eq!(r.queue_number, 4);
    assert_eq!(r.point_name, "Disnaker Kota Surabaya");
    assert_eq!(decode_readback(r#"{"code":"X"}"#), None);
    assert_eq!(
        created_id(r#"{"id":"abc","code":"X"}"#).as_deref(),
        Some("abc")
    );
    assert_eq!(created_id(r#"{"code":"X"}"#), None);
}

#[test]
fn a_code_is_spelled_in_two_groups_of_four_with_a_word_per_character() {
    let words: Vec<String> = CODE_ALPHABET
        .iter()
        .map(|&b| format!("w{}", b as char))
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let groups = spell("k7qm-3xpa", &words);
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0][0], ('K', "wK"));
    assert_eq!(groups[0][1], ('7', "w7"));
    assert_eq!(groups[1][3], ('A', "wA"));
    // a character no code has (O, 0) is left out rather than spelled wrong
    assert_eq!(spell("O0", &words), Vec::<Vec<(char, &str)>>::new());
}
