//! The booking page's rules as a citizen meets them: steps that cannot be skipped, errors in
//! summary order, what is sent, what each answer of the store leads to, and what stays on the
//! phone afterwards.

use pendamping::domain::booking::api::*;
use pendamping::domain::booking::availability::*;
use pendamping::domain::booking::calendar::Moment;
use pendamping::domain::booking::form::*;
use pendamping::domain::booking::retry::*;
use pendamping::domain::common::json::ToJson;
use pendamping::domain::common::language::Lang;
use pendamping::domain::common::routes::{BookingQuery, Step};
use pendamping::text::booking::{calendar_file, card_lines, slot_date, time_range};
use pendamping::text::errors;

fn slot(id: &str, start: &str, remaining: u32) -> Slot {
    let m = Moment::parse(start).unwrap();
    let end = Moment(m.0 + 1800);
    Slot {
        id: id.into(),
        start: start.into(),
        end: format!("{}T{}:00Z", &end.wib_day(), "00:00")
            .replace("T00:00:00Z", &format!("T{}Z", utc_hms(end))),
        seats: 10,
        remaining,
        closed: false,
        closed_reason: String::new(),
    }
}
fn utc_hms(m: Moment) -> String {
    let s = m.0.rem_euclid(86_400);
    format!("{:02}:{:02}:00", s / 3600, s % 3600 / 60)
}

fn complete() -> BookingForm {
    let mut f = BookingForm {
        region_code: "3578".into(),
        ..Default::default()
    };
    f.choose_office("o1", "Disnaker Kota Surabaya", "disnaker");
    f.choose_slot(&slot("s1", "2026-11-30T01:00:00.000Z", 5));
    f.name = "  Siti   Aminah ".into();
    f.nik = "3578 0145 0589 0001".into();
    f.phone = "0812-3456-7890".into();
    f.consent = true;
    f
}

#[test]
fn a_link_cannot_skip_an_unanswered_step() {
    let mut f = BookingForm::default();
    assert_eq!(f.allowed_step(Step::Check), Step::Region);
    f.region_code = "3578".into();
    assert_eq!(f.allowed_step(Step::Check), Step::Point);
    assert_eq!(f.allowed_step(Step::Region), Step::Region);
    let f = complete();
    assert_eq!(f.allowed_step(Step::Check), Step::Check);
    assert_eq!(f.allowed_step(Step::Done), Step::Done);
}

#[test]
fn details_errors_come_in_the_order_of_the_fields_with_their_own_messages() {
    let mut f = complete();
    f.name = "".into();
    f.nik = "3578014513890001".into();
    f.phone = "031-8293097".into();
    let e = f.errors(Step::Details);
    let said =
        |lang| -> Vec<String> { e.iter().map(|x| errors::field(&x.problem, lang)).collect() };
    let id = said(Lang::Id);
    assert_eq!(
        e.iter().map(|x| x.field).collect::<Vec<_>>(),
        [Field::Name, Field::Nik, Field::Phone]
    );
    assert_eq!(id[0], "Isi nama lengkapmu sesuai e-KTP.");
    assert!(id[1].contains("bulan lahir"), "{}", id[1]);
    assert!(id[2].contains("telepon rumah"), "{}", id[2]);
    assert_eq!(
        e.iter().map(|x| x.field.input_id()).collect::<Vec<_>>(),
        ["name", "nik", "phone"]
    );
    assert_eq!(said(Lang::En)[0], "Enter your full name as on your e-KTP.");
}

#[test]
fn the_request_is_normalised_and_only_built_when_everything_is_right() {
    let r = complete().request("Masalah: OTP", "otp-sms").unwrap();
    assert_eq!(r.problem, "otp-sms", "the desk offers this problem's steps");
    assert_eq!(r.nik, "3578014505890001");
    assert_eq!(r.phone, "+6281234567890");
    assert_eq!(r.name, "Siti Aminah");
    assert_eq!(r.region, "Kota Surabaya");
    assert_eq!(r.slot, "s1");
    let mut f = complete();
    f.consent = false;
    assert!(f.request("x", "otp-sms").is_none());
    assert!(
        complete()
            .request(&"x".repeat(3000), "otp-sms")
            .unwrap()
            .summary
            .chars()
            .count()
            <= 2000
    );
}

#[test]
fn changing_the_help_point_drops_the_old_time() {
    let mut f = complete();
    f.choose_office("o1", "same", "disnaker");
    assert_eq!(f.slot_id, "s1");
    f.choose_office("o2", "other", "ltsa");
    assert!(f.slot_id.is_empty());
    assert_eq!(f.allowed_step(Step::Check), Step::Time);
}

#[test]
fn the_nik_region_is_only_a_note() {
    let mut f = complete();
    assert!(f.nik_region_note().is_none());
    f.region_code = "3515".into(); // lives in Sidoarjo, NIK from Surabaya
    assert_eq!(f.nik_region_note().map(|r| r.name), Some("Kota Surabaya"));
    assert!(f.errors(Step::Region).is_empty());
}

fn pending() -> PendingBooking {
    PendingBooking {
        key: idempotency_key(&[7; 16]),
        request: complete().request("s", "otp-sms").unwrap(),
        summary: "s".into(),
        attempts: 1,
    }
}

const VIEW: &str = r#"{"code":"MH3J76R7","queue_number":3,"status":"booked",
 "name":"Siti Aminah","nik_masked":"3578********0001","phone_masked":"+62812*****890","region":"Kota Surabaya",
 "slot":{"id":"s1","start":"2026-11-30T01:00:00.000Z","end":"2026-11-30T01:30:00.000Z"},
 "help_point":{"id":"o1","code":"disnaker-3578","kind":"disnaker","name":"Disnaker Kota Surabaya","region":"Kota Surabaya","address":"Jl. Jimerto 25"},
 "created":"2026-11-27T20:56:12.811Z","updated":"2026-11-27T20:56:12.811Z"}"#;

#[test]
fn each_answer_of_the_store_leads_somewhere_sensible() {
    let p = pending();
    let err = |code: &str, field: &str| {
        format!(
            r#"{{"status":409,"code":"{code}","message":"x","message_en":"y","field":"{field}"}}"#
        )
    };
    assert!(matches!(
        after_reply(classify(&Answer::Status(201, (VIEW).to_string())), &p),
        Next::Confirmed(_)
    ));
    assert_eq!(
        after_reply(classify(&Answer::NoAnswer(NoAnswer::Network)), &p),
        Next::Retry(WaitReason::Offline)
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(
                502,
                ("<html>bad gateway</html>").to_string()
            )),
            &p
        ),
        Next::Retry(WaitReason::Offline)
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(500, err("internal", "").to_string())),
            &p
        ),
        Next::Retry(WaitReason::Busy)
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(429, err("rate_limited", "").to_string())),
            &p
        ),
        Next::Retry(WaitReason::Busy)
    );
    // No answer: what the citizen reads depends on whether the phone has a network.
    assert_eq!(
        WaitReason::Offline.given_connection(false),
        WaitReason::Offline
    );
    assert_eq!(
        WaitReason::Offline.given_connection(true),
        WaitReason::NoAnswer
    );
    assert_eq!(WaitReason::Busy.given_connection(true), WaitReason::Busy);
    // The store's disk is full or read-only: it says so (503 unavailable); the same attempt,
    // with the same key, is sent again later, and the citizen is not told "no internet".
    assert_eq!(
        after_reply(
            classify(&Answer::Status(503, err("unavailable", "").to_string())),
            &p
        ),
        Next::Retry(WaitReason::Busy)
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(409, err("slot_full", "slot").to_string())),
            &p
        ),
        Next::SlotTaken
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(409, err("slot_closed", "slot").to_string())),
            &p
        ),
        Next::SlotTaken
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(404, err("not_found", "slot").to_string())),
            &p
        ),
        Next::SlotTaken
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(
                409,
                err("already_booked", "nik").to_string()
            )),
            &p
        ),
        Next::AlreadyBooked
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(400, err("invalid_nik", "nik").to_string())),
            &p
        ),
        Next::FixField(Field::Nik, ApiCode::InvalidNik)
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(
                400,
                err("invalid_phone", "phone").to_string()
            )),
            &p
        ),
        Next::FixField(Field::Phone, ApiCode::InvalidPhone)
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(
                400,
                err("invalid_request", "name").to_string()
            )),
            &p
        ),
        Next::FixField(Field::Name, ApiCode::InvalidRequest)
    );
    assert_eq!(
        after_reply(
            classify(&Answer::Status(
                409,
                err("idempotency_conflict", "").to_string()
            )),
            &p
        ),
        Next::NewKey
    );
    assert_eq!(
        after_reply(classify(&Answer::Status(418, ("teapot").to_string())), &p),
        Next::Failed(ApiCode::Unknown)
    );
}

#[test]
fn idempotency_keys_fit_the_store_rules_and_differ_per_attempt() {
    let a = idempotency_key(&[0u8; 16]);
    let b = idempotency_key(&[255u8; 16]);
    assert!(is_valid_key(&a) && is_valid_key(&b));
    assert_ne!(a, b);
    assert!(!is_valid_key("short"));
    assert!(!is_valid_key("has space in it"));
}

#[test]
fn the_confirmation_keeps_no_name_nik_or_phone() {
    let Next::Confirmed(c) = after_reply(classify(&Answer::Status(201, VIEW.into())), &pending())
    else {
        panic!()
    };
    let kept = c.to_json();
    for secret in ["Siti", "3578********0001", "0001", "+62812", "890"] {
        assert!(!kept.contains(secret), "{secret} kept in {kept}");
    }
    assert_eq!(c.code, "MH3J76R7");
    assert_eq!(c.queue_number, 3);
    assert_eq!(c.address, "Jl. Jimerto 25");
    assert_eq!(slot_date(&c.start, Lang::Id), "Senin, 30 Nov 2026");
    assert_eq!(time_range(&c.start, &c.end, Lang::Id), "08:00–08:30 WIB");
    let ics = calendar_file(&c, Lang::Id, Moment(0)).unwrap();
    assert!(
        ics.contains("DTSTART:20261130T010000Z") && ics.contains("DTEND:20261130T013000Z"),
        "{ics}"
    );
    assert!(ics.contains("UID:booking-MH3J76R7@"), "{ics}");
    let lines = card_lines(&c, Lang::En);
    assert_eq!(lines[0], ("Booking code", "MH3J-76R7".to_string()));
}

#[test]
fn alternatives_are_the_nearest_open_times_in_time_order() {
    let slots = vec![
        slot("a", "2026-11-30T01:00:00Z", 0),
        slot("b", "2026-11-30T01:30:00Z", 4),
        slot("c", "2026-11-30T02:00:00Z", 0),
        slot("d", "2026-11-30T02:30:00Z", 1),
        slot("e", "2026-12-01T01:00:00Z", 9),
        slot("f", "2026-11-30T00:30:00Z", 2),
    ];
    let alt = alternatives(&slots, "2026-11-30T02:00:00Z", "c", 3);
    assert_eq!(
        alt.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["f", "b", "d"]
    );
    assert_eq!(
        next_free_day(&slots, "2026-12-01").as_deref(),
        Some("2026-12-01")
    );
    let d = days(&slots);
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].remaining, 7);
}

fn office(id: &str, region: &str, remaining: u32, pos: Option<(f64, f64)>) -> HelpPoint {
    HelpPoint {
        id: id.into(),
        name: format!("Kantor {id}"),
        region_code: region.into(),
        active: true,
        remaining,
        lat: pos.map(|p| p.0),
        lng: pos.map(|p| p.1),
        ..Default::default()
    }
}

#[test]
fn the_least_crowded_nearby_help_point_is_highlighted() {
    let offices = vec![
        office("a", "3578", 100, None),
        office("b", "3578", 300, None),
        office("c", "3515", 900, None),
        HelpPoint {
            active: false,
            ..office("z", "3578", 999, None)
        },
    ];
    let pts = order_points(&offices, None, "3578");
    assert_eq!(
        pts.iter().map(|p| p.office.id.as_str()).collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
    // without a position, nearby is the few nearest to the region's seat town (Sidoarjo's is
    // next to Surabaya's)
    assert_eq!(least_crowded_nearby(&pts).as_deref(), Some("c"));
    // as many free seats as another one nearby: nothing to tell apart, no badge
    let level = vec![
        office("a", "3578", 40, None),
        office("b", "3578", 40, None),
        office("c", "3515", 12, None),
    ];
    assert_eq!(
        least_crowded_nearby(&order_points(&level, None, "3578")),
        None
    );
    // with a position: nearest first, the quietest of the nearest few
    let offices = vec![
        office("far", "3501", 999, Some((-8.2, 111.1))),
        office("near", "3578", 10, Some((-7.26, 112.75))),
        office("mid", "3515", 50, Some((-7.45, 112.7))),
    ];
    let pts = order_points(&offices, Some((-7.25, 112.75)), "3578");
    assert_eq!(pts[0].office.id, "near");
    assert!(pts[0].distance_km.unwrap() < 2.0);
    assert_eq!(least_crowded_nearby(&pts).as_deref(), Some("far"));
    let full = vec![office("a", "3578", 0, None), office("b", "3578", 0, None)];
    assert_eq!(
        least_crowded_nearby(&order_points(&full, None, "3578")),
        None
    );
}

#[test]
fn the_address_bar_never_carries_personal_data() {
    let f = complete();
    let q = BookingQuery {
        problem: Some("otp-not-received".into()),
        trail: "1n01".into(),
        ..Default::default()
    };
    for step in Step::ALL {
        let s = q.with_step(step, true).to_search();
        assert!(
            !s.contains(&f.nik.replace(' ', "")) && !s.contains("Siti") && !s.contains("812"),
            "{s}"
        );
        assert_eq!(BookingQuery::parse(&s).step, Some(step));
    }
}
