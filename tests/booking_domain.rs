//! NIK, phone, regions and booking rules as a citizen meets them in the booking form.

use pendamping::domain::booking::availability::*;
use pendamping::domain::booking::calendar::*;
use pendamping::domain::booking::code::*;
use pendamping::domain::booking::ics::*;
use pendamping::domain::booking::nik::*;
use pendamping::domain::booking::phone::*;
use pendamping::domain::booking::regions;
use pendamping::domain::common::language::Lang;
use pendamping::text::errors;
use proptest::prelude::*;

// ---------------------------------------------------------------- NIK

fn dim(month: u8, yy: u8) -> u8 {
    match month {
        2 if yy.is_multiple_of(4) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

prop_compose! {
    /// (nik digits, day, month, yy, female)
    fn valid_nik()(
        prov in proptest::sample::select(PROVINCE_CODES.to_vec()),
        regency in 1u8..=99, district in 0u8..=99,
        month in 1u8..=12, yy in 0u8..=99, day_seed in 0u8..=255,
        female in any::<bool>(), serial in 1u16..=9999,
    ) -> (String, u8, u8, u8, bool) {
        let day = 1 + day_seed % dim(month, yy);
        let dd = if female { day + 40 } else { day };
        (format!("{prov:02}{regency:02}{district:02}{dd:02}{month:02}{yy:02}{serial:04}"),
         day, month, yy, female)
    }
}

proptest! {
    #[test]
    fn every_valid_nik_is_accepted_and_reads_back((s, day, month, yy, female) in valid_nik()) {
        let nik = check_nik(&s).unwrap();
        prop_assert_eq!(nik.as_str(), s.as_str());
        prop_assert_eq!(nik.regency_code(), &s[..4]);
        prop_assert_eq!(nik.province_code(), &s[..2]);
        prop_assert_eq!(nik.birth_date(), (day, month, yy));
        prop_assert_eq!(nik.is_female(), female);
        let masked = nik.masked();
        prop_assert_eq!(masked.len(), 16);
        prop_assert_eq!(&masked[..4], &s[..4]);
        prop_assert_eq!(&masked[4..12], "********");
        prop_assert_eq!(&masked[12..], &s[12..]);
    }

    #[test]
    fn nik_typed_with_spaces_and_dots_is_the_same_nik((s, ..) in valid_nik(), sep in "[ .-]") {
        let typed = format!("{}{sep}{}{sep}{}{sep}{}", &s[..4], &s[4..8], &s[8..12], &s[12..]);
        prop_assert_eq!(check_nik(&typed).unwrap().as_str().to_string(), s);
    }

    #[test]
    fn one_digit_missing_or_extra_is_rejected((s, ..) in valid_nik(), pos in 0usize..16, d in 0u8..=9) {
        let mut shorter = s.clone();
        shorter.remove(pos);
        prop_assert_eq!(check_nik(&shorter), Err(NikError::WrongLength(15)));
        let mut longer = s.clone();
        longer.insert(pos, (b'0' + d) as char);
        prop_assert_eq!(check_nik(&longer), Err(NikError::WrongLength(17)));
    }

    #[test]
    fn women_day_plus_40_accepted_32_and_72_rejected((s, day, ..) in valid_nik()) {
        let with_day = |dd: u8| format!("{}{dd:02}{}", &s[..6], &s[8..]);
        let woman = check_nik(&with_day(day + 40)).unwrap();
        prop_assert!(woman.is_female());
        prop_assert_eq!(woman.birth_date().0, day);
        let man = check_nik(&with_day(day)).unwrap();
        prop_assert!(!man.is_female());
        prop_assert_eq!(check_nik(&with_day(32)), Err(NikError::BadDay(32)));
        prop_assert_eq!(check_nik(&with_day(72)), Err(NikError::BadDay(72)));
        prop_assert_eq!(check_nik(&with_day(0)), Err(NikError::BadDay(0)));
        prop_assert_eq!(check_nik(&with_day(40)), Err(NikError::BadDay(40)));
    }

    #[test]
    fn every_error_message_is_bilingual_and_differs(n in 0usize..40, c in "[a-zA-Z#/]") {
        let c = c.chars().next().unwrap();
        for e in [NikError::WrongLength(n), NikError::InvalidChar(c), NikError::BadMonth(13)] {
            let (id, en) = (errors::nik(&e, Lang::Id), errors::nik(&e, Lang::En));
            prop_assert!(!id.is_empty() && !en.is_empty() && id != en);
        }
    }
}

#[test]
fn nik_examples() {
    // Surabaya man born 17 Aug 1995.
    let n = check_nik("3578 0117 0895 0002").unwrap();
    assert_eq!(
        (n.regency_code(), n.birth_date(), n.is_female()),
        ("3578", (17, 8, 95), false)
    );
    assert_eq!(n.masked(), "3578********0002");
    assert_eq!(
        n.to_string(),
        "3578********0002",
        "Display never shows the full NIK"
    );
    // Jember woman born 29 Feb 2000 (leap), dots as copied from a photo.
    assert!(check_nik("3509.12.690200.0031").unwrap().is_female());
    // 29 Feb 2001 / 1901 never existed.
    assert_eq!(
        check_nik("3509126902010031"),
        Err(NikError::NoSuchDate { day: 29, month: 2 })
    );
    assert_eq!(
        check_nik("3509123104900031"),
        Err(NikError::NoSuchDate { day: 31, month: 4 })
    );
    assert_eq!(check_nik("3509121713900031"), Err(NikError::BadMonth(13)));
    assert_eq!(check_nik("3509121700900031"), Err(NikError::BadMonth(0)));
    assert_eq!(check_nik("3500121708900031"), Err(NikError::RegencyZero));
    assert_eq!(check_nik("3509121708900000"), Err(NikError::SerialZero));
    assert_eq!(
        check_nik("2009121708900031"),
        Err(NikError::UnknownProvince(20))
    );
    assert_eq!(
        check_nik("9709121708900031"),
        Err(NikError::UnknownProvince(97))
    );
    // New Papua provinces (2022) are accepted.
    for p in ["91", "92", "93", "94", "95", "96"] {
        assert!(check_nik(&format!("{p}01121708900031")).is_ok(), "{p}");
    }
    assert_eq!(
        check_nik("35781a1708900031"),
        Err(NikError::InvalidChar('a'))
    );
    assert_eq!(check_nik("  "), Err(NikError::Empty));
    assert_eq!(
        errors::nik(&NikError::WrongLength(15), Lang::Id),
        "NIK harus 16 angka. Kamu mengetik 15. Cek lagi di KTP."
    );
    assert!(errors::nik(&NikError::WrongLength(15), Lang::En).contains("You typed 15"));
}

// ---------------------------------------------------------------- phone

prop_compose! {
    /// National significant number: 8, a non-zero digit, then 7..=10 more digits.
    fn mobile_nsn()(second in 1u8..=9, rest in proptest::collection::vec(0u8..=9, 7..=10)) -> String {
        let mut s = format!("8{second}");
        s.extend(rest.iter().map(|d| (b'0' + d) as char));
        s
    }
}

proptest! {
    #[test]
    fn all_spellings_of_one_number_normalise_identically(nsn in mobile_nsn(), sep in "[ .-]?") {
        let expected = format!("+62{nsn}");
        let grouped = |prefix: &str| {
            let mut s = prefix.to_string();
            for (i, c) in nsn.chars().enumerate() {
                if i > 0 && i % 4 == 0 { s.push_str(&sep); }
                s.push(c);
            }
            s
        };
        for spelled in [grouped("0"), grouped("62"), grouped("+62"), grouped(""),
                        grouped("+62 "), grouped("(+62) "), grouped("+62 (0)")] {
            let p = check_phone(&spelled).unwrap();
            prop_assert_eq!(p.e164(), expected.clone(), "{}", spelled);
        }
        let p = check_phone(&grouped("0")).unwrap();
        prop_assert_eq!(p.national(), format!("0{nsn}"));
        prop_assert_eq!(p.display().replace('-', ""), format!("0{nsn}"));
        let head = format!("0{}-", &nsn[..3]);
        prop_assert!(p.display().starts_with(&head));
        // The displayed form is itself accepted and means the same number.
        prop_assert_eq!(check_phone(&p.display()).unwrap(), p);
    }

    #[test]
    fn landlines_are_refused(area in 1u8..=7, rest in proptest::collection::vec(0u8..=9, 7..=9)) {
        let digits: String = rest.iter().map(|d| (b'0' + d) as char).collect();
        prop_assert_eq!(check_phone(&format!("0{area}{digits}")), Err(PhoneError::Landline));
        prop_assert_eq!(check_phone(&format!("+62{area}{digits}")), Err(PhoneError::Landline));
    }
}

#[test]
fn phone_examples() {
    let p = check_phone("0812-3456-7890").unwrap();
    assert_eq!(p.e164(), "+6281234567890");
    assert_eq!(p.display(), "0812-3456-7890");
    assert_eq!(p.masked(), "0812****7890");
    assert_eq!(
        check_phone("+62 857 1234 567").unwrap().display(),
        "0857-1234-567"
    );
    assert_eq!(check_phone("0812345678").unwrap().e164(), "+62812345678"); // 10 digits: shortest
    assert_eq!(check_phone("081234567"), Err(PhoneError::TooShort(9)));
    assert_eq!(check_phone("08123456789012"), Err(PhoneError::TooLong(14)));
    assert_eq!(check_phone("021 5551234"), Err(PhoneError::Landline));
    assert_eq!(check_phone("(031) 8281234"), Err(PhoneError::Landline));
    assert_eq!(check_phone("0800 1234 567"), Err(PhoneError::NotMobile));
    assert_eq!(
        check_phone("+1 202 555 0100"),
        Err(PhoneError::NotIndonesian)
    );
    assert_eq!(
        check_phone("0812 3456 789O"),
        Err(PhoneError::InvalidChar('O'))
    );
    assert_eq!(check_phone("0812+3456"), Err(PhoneError::InvalidChar('+')));
    assert_eq!(check_phone(""), Err(PhoneError::Empty));
    assert!(errors::phone(&PhoneError::TooShort(9), Lang::Id).contains("9 angka"));
    assert!(errors::phone(&PhoneError::Landline, Lang::En).contains("landline"));
}

// ---------------------------------------------------------------- regions

#[test]
fn east_java_has_29_kabupaten_and_9_kota() {
    let all = regions::all();
    assert_eq!(all.len(), 38);
    let kota = all
        .iter()
        .filter(|r| r.kind == regions::RegionKind::Kota)
        .count();
    assert_eq!(kota, 9);
    assert!(all
        .iter()
        .all(|r| r.code.len() == 4 && r.code.starts_with("35")));
    assert!(all
        .iter()
        .all(|r| r.name.starts_with("Kab. ") == (r.kind == regions::RegionKind::Kabupaten)));
    assert!(
        all.windows(2).all(|w| w[0].code < w[1].code),
        "sorted, no duplicates"
    );
    assert_eq!(regions::by_code("3578").unwrap().name, "Kota Surabaya");
    assert_eq!(regions::by_code("3512").unwrap().name, "Kab. Situbondo");
    assert_eq!(regions::by_code("3506").unwrap().name, "Kab. Kediri");
    assert_eq!(regions::by_code("3571").unwrap().name, "Kota Kediri");
    assert!(regions::by_code("3530").is_none());
}

#[test]
fn region_is_only_suggested_for_east_java_nik() {
    let sby = check_nik("3578011708950002").unwrap();
    assert_eq!(
        regions::suggest_from_nik(&sby).unwrap().name,
        "Kota Surabaya"
    );
    let jakarta = check_nik("3171011708950002").unwrap();
    assert!(regions::suggest_from_nik(&jakarta).is_none());
    let unknown_jatim = check_nik("3590011708950002").unwrap();
    assert!(regions::suggest_from_nik(&unknown_jatim).is_none());
}

// ---------------------------------------------------------------- booking codes

proptest! {
    #[test]
    fn codes_survive_the_way_people_type_them(picks in proptest::collection::vec(0usize..1000, 8)) {
        let code: String = picks.iter().map(|i| CODE_ALPHABET[i % CODE_ALPHABET.len()] as char).collect();
        let shown = format_code(&code);
        prop_assert_eq!(shown.len(), 9);
        prop_assert_eq!(&shown[4..5], "-");
        prop_assert_eq!(normalise_code(&shown).unwrap(), code.clone());
        prop_assert_eq!(normalise_code(&format!(" {} ", shown.to_lowercase())).unwrap(), code.clone());
    }

    #[test]
    fn a_mistyped_letter_is_named_not_looked_up(pos in 0usize..8, bad in "[01258BILOSZ]") {
        let mut chars: Vec<char> = "K7QM3XPA".chars().collect();
        let b = bad.chars().next().unwrap();
        chars[pos] = b;
        let typed: String = chars.into_iter().collect();
        prop_assert_eq!(normalise_code(&typed), Err(CodeError::NeverUsed(b)));
        let quoted = format!("\"{b}\"");
        prop_assert!(errors::code(&CodeError::NeverUsed(b), Lang::Id).contains(&quoted));
    }
}

#[test]
fn booking_code_examples() {
    assert_eq!(normalise_code("k7qm 3xpa").unwrap(), "K7QM3XPA");
    assert_eq!(normalise_code("K7QM-3XPo"), Err(CodeError::NeverUsed('o')));
    assert_eq!(
        normalise_code("K7QM-3XP#"),
        Err(CodeError::InvalidChar('#'))
    );
    assert_eq!(normalise_code("K7QM-3XP"), Err(CodeError::WrongLength(7)));
    assert_eq!(
        errors::code(&CodeError::NeverUsed('O'), Lang::Id),
        "Kode booking tidak pernah memakai 0, 1, 2, 5, 8, B, I, L, O, S, Z. Cek lagi \"O\" di pesan konfirmasimu."
    );
    assert_eq!(
        errors::code(&CodeError::WrongLength(7), Lang::En),
        "A booking code has 8 letters/digits. You typed 7. Check again."
    );
}

// ---------------------------------------------------------------- slots and help points

fn slot(id: &str, start: &str, remaining: u32) -> Slot {
    Slot {
        id: id.into(),
        start: start.into(),
        end: start.replace("T08", "T09").replace("T13", "T14"),
        seats: 10,
        remaining,
        closed: false,
        closed_reason: String::new(),
    }
}

fn point(id: &str, region: &str, pos: Option<(f64, f64)>) -> HelpPoint {
    HelpPoint {
        id: id.into(),
        kind: "ltsa".into(),
        name: format!("LTSA {id}"),
        region_code: region.into(),
        active: true,
        lat: pos.map(|p| p.0),
        lng: pos.map(|p| p.1),
        ..Default::default()
    }
}

#[test]
fn slots_group_by_day_and_a_full_day_points_to_the_next_free_day() {
    let slots = vec![
        slot("c", "2026-12-02T08:00:00", 0),
        slot("a", "2026-12-01T13:00:00", 0),
        slot("b", "2026-12-01T08:00:00", 0),
        slot("d", "2026-12-03T08:00:00", 2),
        slot("e", "2026-12-04T08:00:00", 9),
        // 23:30 UTC on 3 Dec is 06:30 WIB on 4 Dec.
        slot("f", "2026-12-03T23:30:00Z", 1),
        slot("bad", "soon", 5),
        Slot {
            closed: true,
            closed_reason: "Pelatihan petugas".into(),
            ..slot("closed", "2026-12-05T08:00:00", 10)
        },
    ];
    let d = days(&slots);
    let names: Vec<&str> = d.iter().map(|d| d.day.as_str()).collect();
    assert_eq!(
        names,
        [
            "2026-12-01",
            "2026-12-02",
            "2026-12-03",
            "2026-12-04",
            "2026-12-05"
        ]
    );
    let first: Vec<&str> = d[0].slots.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(first, ["b", "a"], "morning before afternoon");
    assert_eq!(d[3].slots.len(), 2);
    assert_eq!((d[0].remaining, d[3].remaining, d[4].remaining), (0, 10, 0));
    // a full day is full; a day the officer closed says why
    assert_eq!(d[0].closed_reason, None);
    assert_eq!(d[4].closed_reason.as_deref(), Some("Pelatihan petugas"));
    assert_eq!(
        next_free_day(&slots, "2026-12-01").as_deref(),
        Some("2026-12-03")
    );
    assert_eq!(
        next_free_day(&slots, "2026-12-04").as_deref(),
        Some("2026-12-04")
    );
    assert_eq!(
        next_free_day(&slots, "2026-12-05"),
        None,
        "a closed day has no seat"
    );
}

const SURABAYA: (f64, f64) = (-7.2575, 112.7521);
const MALANG: (f64, f64) = (-7.9666, 112.6326);
const JEMBER: (f64, f64) = (-8.1724, 113.7004);

#[test]
fn distances_match_known_ones() {
    let d = distance_km(SURABAYA, MALANG);
    assert!(
        (78.0..82.0).contains(&d),
        "Surabaya–Malang straight line ≈ 80 km, got {d}"
    );
    assert!(distance_km(SURABAYA, SURABAYA).abs() < 1e-9);
    assert!((distance_km(SURABAYA, JEMBER) - distance_km(JEMBER, SURABAYA)).abs() < 1e-9);
}

#[test]
fn help_points_nearest_first_and_unknown_positions_last() {
    let points = vec![
        point("nocoords-sby", "3578", None),
        point("jember", "3509", Some(JEMBER)),
        point("malang", "3573", Some(MALANG)),
        point("sby", "3578", Some(SURABAYA)),
        point("broken", "3509", Some((f64::NAN, 112.0))),
    ];
    let near_malang = (-7.98, 112.63);
    let ids: Vec<String> = order_points(&points, Some(near_malang), "3509")
        .into_iter()
        .map(|r| r.office.id)
        .collect();
    // a help point without a usable position of its own is placed at its region's seat town
    assert_eq!(ids, ["malang", "nocoords-sby", "sby", "broken", "jember"]);
    // No position: nearest to the region's seat town (Surabaya's) first; nothing to show in km.
    let ranked = order_points(&points, None, "3578");
    let ids: Vec<&str> = ranked.iter().map(|r| r.office.id.as_str()).collect();
    assert_eq!(ids, ["nocoords-sby", "sby", "malang", "broken", "jember"]);
    assert!(ranked.iter().all(|r| r.distance_km.is_none()));
}

// ---------------------------------------------------------------- dates and ICS

#[test]
fn wib_times_and_calendar_dates() {
    let m = Moment::parse("2026-12-01T08:00:00").unwrap();
    assert_eq!(m.ics_utc(), "20261201T010000Z");
    assert_eq!(Moment::parse("2026-12-01 08:00").unwrap(), m);
    assert_eq!(Moment::parse("2026-12-01T01:00:00.000Z").unwrap(), m);
    assert_eq!(Moment::parse("2026-12-01T08:00:00+07:00").unwrap(), m);
    assert_eq!(Moment::parse("2026-12-01T10:00+0900").unwrap(), m, "WIT");
    assert_eq!(
        Moment::parse("2027-01-01T03:00").unwrap().ics_utc(),
        "20261231T200000Z"
    );
    assert_eq!(m.wib_day(), "2026-12-01");
    assert_eq!(m.wib_time(), "08:00");
    assert_eq!(add_days("2028-02-28", 1).unwrap(), "2028-02-29");
    assert_eq!(add_days("2026-12-31", 1).unwrap(), "2027-01-01");
    assert!(Moment::parse("2026-02-29T08:00").is_none());
    assert!(Moment::parse("2026-12-01T24:00").is_none());
    assert!(Moment::parse("01-12-2026").is_none());
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn field<'a>(unfolded: &'a str, name: &str) -> &'a str {
    unfolded
        .split("\r\n")
        .find_map(|l| l.strip_prefix(name).and_then(|r| r.strip_prefix(':')))
        .unwrap()
}

proptest! {
    #[test]
    fn ics_lines_fit_75_octets_and_unfold_to_the_original(
        title in "[a-zA-Z0-9 ,;\\\\éü–🙂]{0,200}",
        desc in "([a-zA-Z0-9 ,;:\\\\é🙂]{0,60}\n?){0,6}",
        loc in "\\PC{0,120}",
    ) {
        let start = Moment::parse("2026-12-01T08:00").unwrap();
        let end = Moment::parse("2026-12-01T09:00").unwrap();
        let now = Moment::parse("2026-11-27T10:00:00Z").unwrap();
        let text = ics("K7QM3XPA", &title, start, end, &loc, &desc, now);
        prop_assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split_terminator("\r\n") {
            prop_assert!(line.len() <= 75, "{} octets: {:?}", line.len(), line);
            prop_assert!(!line.contains('\n') && !line.contains('\r'));
        }
        let unfolded = unfold(&text);
        prop_assert_eq!(unescape(field(&unfolded, "SUMMARY")), title);
        prop_assert_eq!(unescape(field(&unfolded, "DESCRIPTION")), desc.replace('\r', ""));
        let clean_loc: String = loc.chars().filter(|c| !c.is_control() || *c == '\t').collect();
        prop_assert_eq!(unescape(field(&unfolded, "LOCATION")), clean_loc);
    }

    #[test]
    fn fold_then_unfold_is_identity(line in "\\PC{0,400}") {
        let folded = fold_line(&line);
        prop_assert!(folded.split_terminator("\r\n").all(|l| l.len() <= 75));
        prop_assert_eq!(unfold(&folded), format!("{line}\r\n"));
    }
}

#[test]
fn ics_example() {
    let text = ics(
        "K7QM3XPA",
        "Bantuan Prakerja, LTSA Surabaya",
        Moment::parse("2026-12-01T08:00:00").unwrap(),
        Moment::parse("2026-12-01T09:00:00").unwrap(),
        "Jl. Dukuh Menanggal No. 124; Surabaya",
        "Kode booking K7QM-3XPA.\nBawa KTP dan KK asli.",
        Moment::parse("2026-11-27T03:04:05Z").unwrap(),
    );
    for expected in [
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
        "UID:booking-K7QM3XPA@pendamping-prakerja-jatim\r\n",
        "DTSTAMP:20261127T030405Z\r\n",
        "DTSTART:20261201T010000Z\r\nDTEND:20261201T020000Z\r\n",
        "SUMMARY:Bantuan Prakerja\\, LTSA Surabaya\r\n",
        "LOCATION:Jl. Dukuh Menanggal No. 124\\; Surabaya\r\n",
        "DESCRIPTION:Kode booking K7QM-3XPA.\\nBawa KTP dan KK asli.\r\n",
        "TRIGGER:-P1D\r\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "only CRLF line endings"
    );
}

// ---------------------------------------------------------------- help points that take no booking

fn unbookable(id: &str, region: &str, why: NotBookable) -> HelpPoint {
    HelpPoint {
        not_bookable_reason: Some(why),
        ..point(id, region, None)
    }
}

#[test]
fn a_help_point_without_a_sourced_address_is_listed_last_and_points_to_the_nearest_bookable_one() {
    let batu = unbookable("batu", "3579", NotBookable::AddressOutdated);
    let points = vec![
        batu.clone(),
        point("sby", "3578", None),    // Surabaya, ~90 km from Batu
        point("blitar", "3572", None), // Kota Blitar, ~45 km
        point("kediri", "3506", None), // Kab. Kediri, ~50 km
        HelpPoint {
            active: false, // switched off: never offered
            ..point("malang", "3573", None)
        },
    ];
    assert!(!batu.bookable());
    assert_eq!(
        nearest_bookable(&points, &batu).map(|p| p.id.as_str()),
        Some("blitar")
    );
    // a bookable point in the same region beats any distance
    let mut with_local = points.clone();
    with_local.push(point("batu-ltsa", "3579", None));
    assert_eq!(
        nearest_bookable(&with_local, &batu).map(|p| p.id.as_str()),
        Some("batu-ltsa")
    );
    // listed, but after every bookable one in its group
    let order = order_points(&with_local, None, "3579");
    let ids: Vec<&str> = order.iter().map(|p| p.office.id.as_str()).collect();
    assert_eq!(ids.first(), Some(&"batu-ltsa"));
    assert!(ids.contains(&"batu"), "{ids:?}");
    assert!(!ids.contains(&"malang"), "{ids:?}");
    // elsewhere, only the help points that take bookings are offered
    let elsewhere = order_points(&with_local, None, "3578");
    assert!(
        elsewhere.iter().all(|p| p.office.bookable()),
        "{elsewhere:?}"
    );
    assert_eq!(elsewhere.len(), 4);
    // it is never the least crowded one to choose, even with seats in its figures
    let mut crowded = vec![
        HelpPoint {
            remaining: 999,
            ..unbookable("x", "3578", NotBookable::NoAddress)
        },
        HelpPoint {
            remaining: 5,
            ..point("y", "3578", None)
        },
        HelpPoint {
            remaining: 3,
            ..point("z", "3578", None)
        },
    ];
    let order = order_points(&crowded, None, "3578");
    assert_eq!(least_crowded_nearby(&order).as_deref(), Some("y"));
    // nothing bookable, or a place that cannot be placed: no pointer
    crowded.retain(|p| !p.bookable());
    assert!(nearest_bookable(&crowded, &batu).is_none());
    let nowhere = unbookable("w", "", NotBookable::NoAddress);
    assert!(nearest_bookable(&points, &nowhere).is_none());
}

#[test]
fn the_stores_bookable_flag_and_reason_are_read() {
    let read = |t: &str| pendamping::domain::common::json::decode::<HelpPoint>(t).unwrap();
    let base = r#""id":"a","name":"A","active":true"#;
    assert_eq!(
        read(&format!("{{{base}}}")).not_bookable_reason,
        None,
        "an older store"
    );
    assert_eq!(
        read(&format!(
            r#"{{{base},"bookable":true,"not_bookable_reason":null}}"#
        ))
        .not_bookable_reason,
        None
    );
    assert_eq!(
        read(&format!(
            r#"{{{base},"bookable":false,"not_bookable_reason":"address_unconfirmed"}}"#
        ))
        .not_bookable_reason,
        Some(NotBookable::AddressUnconfirmed)
    );
    // an unknown reason still reads as not bookable
    let p = read(&format!(
        r#"{{{base},"bookable":false,"not_bookable_reason":"x"}}"#
    ));
    assert_eq!(p.not_bookable_reason, Some(NotBookable::NoAddress));
    assert!(!p.bookable());
}

/// `backend/data/offices.json` as the citizen will meet it: a bookable help point has a sourced
/// street address; one that is not has a reason the app can say; no placeholder reaches anyone.
#[test]
fn the_help_point_file_is_sourced_and_has_no_placeholders() {
    let raw = include_str!("../backend/data/offices.json");
    let doc: serde_json::Value = serde_json::from_str(raw).unwrap();
    // the rows (the file's own notes may name the research file's ‡ marks)
    let rows = serde_json::to_string(&doc["offices"])
        .unwrap()
        .to_lowercase();
    for placeholder in ["diisi", "pemprov isi", "todo", "xxx", "lorem", "‡", "tbd"] {
        assert!(
            !rows.contains(placeholder),
            "placeholder {placeholder:?} in offices.json"
        );
    }
    let offices = doc["offices"].as_array().unwrap();
    assert_eq!(offices.len(), 56);
    let mut bookable = 0;
    for o in offices {
        let code = o["code"].as_str().unwrap();
        if o["bookable"] == serde_json::Value::Bool(true) {
            bookable += 1;
            let address = o["address"].as_str().unwrap_or("");
            assert!(address.len() > 5, "{code}: bookable without an address");
            let url = o["address_source"]["url"].as_str().unwrap_or("");
            assert!(
                url.starts_with("https://"),
                "{code}: address without a source"
            );
            assert!(o["not_bookable_reason"].is_null(), "{code}");
        } else {
            let why = o["not_bookable_reason"].as_str().unwrap_or("");
            assert!(
                ["no_address", "address_unconfirmed", "address_outdated"].contains(&why),
                "{code}: not bookable without a known reason ({why:?})"
            );
            assert_eq!(
                NotBookable::parse(why) == NotBookable::NoAddress,
                why == "no_address",
                "{code}"
            );
        }
        if let Some(rc) = o["region_code"].as_str().filter(|c| !c.is_empty()) {
            assert!(
                regions::by_code(rc).is_some(),
                "{code}: unknown region {rc}"
            );
        }
    }
    assert_eq!(bookable, 23);
}
