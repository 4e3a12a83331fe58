//! A help point's own details as its officer keeps them (`GET`/`PATCH /api/staff/office`):
//! address, landmark, opening hours, seats per slot, closed days, map position. The opening
//! hours are typed as "08:00-12:00, 13:00-15:00" per weekday; the map is East Java's bounding
//! box drawn by the app (no map service), on which a position is picked or shown.

use crate::domain::booking::form::visible_text;
use crate::domain::common::json::{self, parse, Json, Val};

pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// East Java's bounding box, as the store checks positions: `backend/data/rules/params.json`
/// (`east_java`), kept equal by `tests/shared_rules.rs`, like every parameter below.
pub const LAT_MIN: f64 = -8.9;
pub const LAT_MAX: f64 = -6.7;
pub const LNG_MIN: f64 = 110.8;
pub const LNG_MAX: f64 = 116.3;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClosedDay {
    pub date: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Office {
    pub id: String,
    pub name: String,
    pub bookable: bool,
    pub address: String,
    /// "data", "officer" or "" (no street address yet).
    pub address_source: String,
    pub landmark: String,
    /// Per weekday (Monday first): the spans as typed, "08:00-12:00, 13:00-15:00".
    pub hours: [String; 7],
    pub seats: u32,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    pub closed_days: Vec<ClosedDay>,
}

fn spans(j: Option<&Json>) -> String {
    match j {
        Some(Json::Arr(a)) => a
            .iter()
            .filter_map(|x| x.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

pub fn decode(text: &str) -> Option<Office> {
    let j = parse(text).ok()?;
    let hours = j.get("hours");
    let closed = match j.get("closed_days") {
        Some(Json::Arr(a)) => a
            .iter()
            .filter_map(|d| {
                Some(ClosedDay {
                    date: d.str_field("date")?,
                    reason: d.str_or_default("reason")?,
                })
            })
            .collect(),
        _ => Vec::new(),
    };
    Some(Office {
        id: j.str_field("id")?,
        name: j.str_or_default("name")?,
        bookable: j.bool_or_default("bookable")?,
        address: j.str_or_default("address")?,
        address_source: j.str_or_default("address_source")?,
        landmark: j.str_or_default("landmark")?,
        hours: WEEKDAYS.map(|d| spans(hours.and_then(|h| h.get(d)))),
        seats: j.u32_or_default("seats")?,
        lat: j.opt_f64("lat")?,
        lng: j.opt_f64("lng")?,
        closed_days: closed,
    })
}

/// What is wrong with what the officer typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailProblem {
    /// Not a street address ([`check_address`]).
    Address,
    Landmark,
    /// Weekday index (0 = Monday).
    Hours(usize),
    Seats,
    Position,
}

/// Opening hours: spans between these minutes of the day, at most this many per weekday.
pub const HOURS_EARLIEST: u32 = 6 * 60;
pub const HOURS_LATEST: u32 = 21 * 60;
pub const HOURS_MAX_SPANS: usize = 4;

/// Two ASCII digits ("+8" and "8" are not).
fn two_digits(s: &str) -> Option<u32> {
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// Minutes since midnight of "HH:MM".
fn minutes(t: &str) -> Option<u32> {
    let (h, m) = t.trim().split_once(':')?;
    let (h, m) = (two_digits(h)?, two_digits(m)?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// "08:00-12:00, 13:00-15:00" -> ["08:00-12:00", "13:00-15:00"]: at most 4 spans between 06:00
/// and 21:00, in order, not overlapping. Empty text: closed that weekday.
pub fn parse_hours(text: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut last_end = 0;
    for part in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (a, b) = part.split_once(['-', '–'])?;
        let (from, to) = (minutes(a)?, minutes(b)?);
        if from < HOURS_EARLIEST || to > HOURS_LATEST || from >= to || from < last_end {
            return None;
        }
        last_end = to;
        out.push(format!("{}-{}", a.trim(), b.trim()));
    }
    (out.len() <= HOURS_MAX_SPANS).then_some(out)
}

/// The street address rule's parameters (`address` in the rules file).
pub const ADDRESS_MIN: usize = 10;
pub const ADDRESS_MAX: usize = 300;
/// Whole words that make a text a street address even without a house number.
pub const STREET_WORDS: [&str; 8] = [
    "jl",
    "jln",
    "jalan",
    "gg",
    "gang",
    "kompleks",
    "komplek",
    "perumahan",
];
/// Words (or runs of words) of text left for the province to fill in.
pub const PLACEHOLDERS: [&str; 4] = ["diisi", "placeholder", "todo", "dikonfirmasi pemprov"];

/// Why a typed street address is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressError {
    Empty,
    TooShort,
    TooLong,
    /// A bidi control, which turns the text around (invisible characters are removed).
    Invisible,
    /// Text left for the province to fill in ("diisi pemprov").
    Placeholder,
    /// No letter, or neither a house number nor a street word (a building's name only).
    NoStreet,
}

/// The one street address rule of the app and the store: the trimmed address, or what is
/// wrong. Words are runs of letters and digits, compared in lower case.
pub fn check_address(a: &str) -> Result<String, AddressError> {
    let visible = visible_text(a).ok_or(AddressError::Invisible)?;
    let a = visible.trim();
    match a.chars().count() {
        0 => return Err(AddressError::Empty),
        n if n < ADDRESS_MIN => return Err(AddressError::TooShort),
        n if n > ADDRESS_MAX => return Err(AddressError::TooLong),
        _ => {}
    }
    let lower = a.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let spaced = format!(" {} ", words.join(" "));
    if PLACEHOLDERS
        .iter()
        .any(|p| spaced.contains(&format!(" {p} ")))
    {
        return Err(AddressError::Placeholder);
    }
    let numbered = a.chars().any(|c| c.is_ascii_digit());
    let street = numbered || words.iter().any(|w| STREET_WORDS.contains(w));
    if !a.chars().any(char::is_alphabetic) || !street {
        return Err(AddressError::NoStreet);
    }
    Ok(a.to_string())
}

pub fn address_ok(a: &str) -> bool {
    check_address(a).is_ok()
}

pub fn in_east_java(lat: f64, lng: f64) -> bool {
    (LAT_MIN..=LAT_MAX).contains(&lat) && (LNG_MIN..=LNG_MAX).contains(&lng)
}

/// A coordinate typed with a dot or a comma ("-7,2575").
pub fn parse_coord(text: &str) -> Option<f64> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The details as typed on the screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetailsForm {
    pub address: String,
    pub landmark: String,
    pub hours: [String; 7],
    pub seats: String,
    pub lat: String,
    pub lng: String,
}

impl DetailsForm {
    pub fn from_office(o: &Office) -> DetailsForm {
        let placeholder = o.address_source.is_empty();
        DetailsForm {
            address: if placeholder {
                String::new()
            } else {
                o.address.clone()
            },
            landmark: o.landmark.clone(),
            hours: o.hours.clone(),
            seats: o.seats.to_string(),
            lat: o.lat.map(super::coordinate::fixed5).unwrap_or_default(),
            lng: o.lng.map(super::coordinate::fixed5).unwrap_or_default(),
        }
    }

    pub fn problems(&self) -> Vec<DetailProblem> {
        let mut v = Vec::new();
        if !address_ok(&self.address) {
            v.push(DetailProblem::Address);
        }
        if self.landmark.chars().count() > 200 {
            v.push(DetailProblem::Landmark);
        }
        for (i, h) in self.hours.iter().enumerate() {
            if parse_hours(h).is_none() {
                v.push(DetailProblem::Hours(i));
            }
        }
        if !matches!(self.seats.trim().parse::<u32>(), Ok(1..=50)) {
            v.push(DetailProblem::Seats);
        }
        if self.position().is_err() {
            v.push(DetailProblem::Position);
        }
        v
    }

    /// Both coordinates within East Java, or both empty.
    pub fn position(&self) -> Result<Option<(f64, f64)>, DetailProblem> {
        match (self.lat.trim().is_empty(), self.lng.trim().is_empty()) {
            (true, true) => Ok(None),
            _ => match (parse_coord(&self.lat), parse_coord(&self.lng)) {
                (Some(a), Some(b)) if in_east_java(a, b) => Ok(Some((a, b))),
                _ => Err(DetailProblem::Position),
            },
        }
    }

    /// `PATCH /api/staff/office` with the fields that differ from `before` (a change of hours
    /// or seats rebuilds the slots not started yet, so unchanged ones are not sent); `None`
    /// while anything is wrong.
    pub fn body(&self, before: &DetailsForm) -> Option<String> {
        if !self.problems().is_empty() {
            return None;
        }
        let mut fields: Vec<(&str, Val)> = Vec::new();
        if self.address.trim() != before.address.trim() {
            fields.push(("address", Val::S(self.address.trim())));
        }
        if self.landmark.trim() != before.landmark.trim() {
            fields.push(("landmark", Val::S(self.landmark.trim())));
        }
        let changed: Vec<(&str, String)> = WEEKDAYS
            .iter()
            .zip(self.hours.iter().zip(&before.hours))
            .filter(|(_, (a, b))| parse_hours(a) != parse_hours(b))
            .map(|(d, (h, _))| {
                let items: Vec<String> = parse_hours(h)
                    .unwrap_or_default()
                    .iter()
                    .map(|s| json::quote(s))
                    .collect();
                (*d, format!("[{}]", items.join(",")))
            })
            .collect();
        if !changed.is_empty() {
            let hours: Vec<(&str, Val)> = changed
                .iter()
                .map(|(d, v)| (*d, Val::Raw(v.clone())))
                .collect();
            fields.push(("hours", Val::Raw(json::object(&hours))));
        }
        let seats: u32 = self.seats.trim().parse().ok()?;
        if before.seats.trim().parse::<u32>().ok() != Some(seats) {
            fields.push(("seats", Val::N(seats)));
        }
        let pos = self.position().ok()?;
        if pos != before.position().ok().flatten() {
            let (lat, lng) = match pos {
                Some((a, b)) => (
                    super::coordinate::coordinate(a),
                    super::coordinate::coordinate(b),
                ),
                None => ("null".into(), "null".into()),
            };
            fields.push(("lat", Val::Raw(lat)));
            fields.push(("lng", Val::Raw(lng)));
        }
        Some(json::object(&fields))
    }
}

/// A person to contact before their day closes (`409 day_has_bookings`).
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub name: String,
    pub phone: String,
    pub code: String,
    pub start: String,
}

pub fn decode_contacts(text: &str) -> Vec<Contact> {
    let Ok(j) = parse(text) else {
        return Vec::new();
    };
    match j.get("contacts") {
        Some(Json::Arr(a)) => a
            .iter()
            .filter_map(|c| {
                Some(Contact {
                    name: c.str_or_default("name")?,
                    phone: c.str_or_default("phone")?,
                    code: c.str_field("code")?,
                    start: c.str_or_default("start")?,
                })
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// `POST /api/staff/office/closed-days`.
pub fn close_day_body(date: &str, reason: &str, confirm: bool) -> String {
    json::object(&[
        ("date", Val::S(date)),
        ("reason", Val::S(reason.trim())),
        ("confirm", Val::B(confirm)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_hours_are_read_as_typed_and_checked_like_the_store() {
        assert_eq!(
            parse_hours("08:00-12:00, 13:00 - 15:00"),
            Some(vec!["08:00-12:00".into(), "13:00-15:00".into()])
        );
        assert_eq!(parse_hours(""), Some(vec![]));
        assert_eq!(parse_hours("05:00-12:00"), None, "before 06:00");
        assert_eq!(parse_hours("08:00-12:00, 11:00-15:00"), None, "overlap");
        assert_eq!(parse_hours("12:00-08:00"), None);
        assert_eq!(parse_hours("8-12"), None);
        assert_eq!(
            parse_hours("07:00-08:00,08:00-09:00,09:00-10:00,10:00-11:00,11:00-12:00"),
            None,
            "more than 4"
        );
    }

    #[test]
    fn an_address_must_be_a_street_address_not_a_placeholder() {
        assert!(address_ok("Jl. Dukuh Menanggal No. 124, Surabaya"));
        assert!(address_ok("Jalan Raya Bendul Merisi"));
        assert!(!address_ok("Kantor Disnaker (diisi pemprov)"));
        assert!(!address_ok("Jl. A"));
        assert!(!address_ok("Kantor Disnaker Kota"));
    }

    #[test]
    fn the_office_answer_fills_the_form_and_the_form_writes_the_patch() {
        let o = decode(r#"{"id":"of1","name":"Disnaker Kota Surabaya","bookable":false,"address":"Kantor (diisi pemprov)",
            "address_source":"","landmark":"","hours":{"mon":["08:00-12:00","13:00-15:00"],"sat":[]},
            "slot_minutes":30,"seats":10,"lat":null,"lng":null,"closed_days":[{"date":"2026-12-24","reason":"Pelatihan"}]}"#).unwrap();
        assert_eq!(o.hours[0], "08:00-12:00, 13:00-15:00");
        assert_eq!(o.closed_days[0].reason, "Pelatihan");
        let before = DetailsForm::from_office(&o);
        let mut f = before.clone();
        assert_eq!(
            f.address, "",
            "placeholder text is never offered as an address"
        );
        assert_eq!(f.problems(), [DetailProblem::Address]);
        assert_eq!(
            before.body(&before),
            None,
            "the placeholder address is still wrong"
        );
        f.address = "Jl. Jemursari No. 234, Surabaya".into();
        f.lat = "-7,3".into();
        assert_eq!(f.problems(), [DetailProblem::Position], "both or neither");
        f.lng = "112.74".into();
        // only what changed: unchanged hours and seats would rebuild the slots for nothing
        assert_eq!(
            f.body(&before).unwrap(),
            r#"{"address":"Jl. Jemursari No. 234, Surabaya","lat":-7.3,"lng":112.74}"#
        );
        f.hours[5] = "08:00-11:00".into();
        f.seats = " 12".into();
        assert_eq!(
            f.body(&before).unwrap(),
            r#"{"address":"Jl. Jemursari No. 234, Surabaya","hours":{"sat":["08:00-11:00"]},"seats":12,"lat":-7.3,"lng":112.74}"#
        );
        f.lat = "-5.0".into();
        assert_eq!(f.problems(), [DetailProblem::Position], "outside East Java");
    }

    #[test]
    fn the_people_to_contact_are_read_from_the_refusal() {
        let c = decode_contacts(
            r#"{"status":409,"code":"day_has_bookings","contacts":[{"name":"Siti","phone":"+6281234567890","code":"MH3J76R7","start":"2026-12-24T01:00:00.000Z","status":"booked"}]}"#,
        );
        assert_eq!(c.len(), 1);
        assert_eq!(
            (c[0].name.as_str(), c[0].code.as_str()),
            ("Siti", "MH3J76R7")
        );
        assert_eq!(
            close_day_body("2026-12-24", " Libur ", true),
            r#"{"date":"2026-12-24","reason":"Libur","confirm":true}"#
        );
    }
}
