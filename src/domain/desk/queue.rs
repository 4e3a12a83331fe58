//! A day's queue at one help point: the bookings as the store's records API gives them to staff
//! (with the slot expanded), the day's slots with their free seats, and the counts shown at the
//! top. Times are UTC from the store; the desk shows them in WIB.

use super::case::{self, CaseView};
use super::status::Status;
use crate::domain::booking::calendar::{add_days, Moment};
use crate::domain::common::json::{FromJson, Json};

/// One booking as the officer sees it. NIK and phone are here (staff of this help point only)
/// and never leave the page: not in a URL, not in a log.
#[derive(Debug, Clone, PartialEq)]
pub struct DeskBooking {
    pub id: String,
    pub code: String,
    pub queue_no: u32,
    pub name: String,
    pub nik: String,
    pub phone: String,
    pub region: String,
    pub priority: bool,
    pub status: Status,
    pub summary: String,
    /// "online" or "desk" (a walk-in).
    pub channel: String,
    pub slot_id: String,
    pub start: String,
    pub end: String,
}

impl DeskBooking {
    pub fn start_moment(&self) -> Option<Moment> {
        Moment::parse(&self.start)
    }
    pub fn case(&self) -> CaseView {
        case::read(&self.summary)
    }
}

/// The store writes "2026-11-30 01:00:00.000Z"; the calendar reads both spellings.
fn moment_text(j: &Json, key: &str) -> Option<String> {
    let s = j.str_field(key)?;
    Moment::parse(&s)?;
    Some(s)
}

impl FromJson for DeskBooking {
    fn from_json(j: &Json) -> Option<Self> {
        let slot = j.get("expand")?.get("slot")?;
        Some(DeskBooking {
            id: j.str_field("id")?,
            code: j.str_field("code")?,
            queue_no: j.u32_or_default("queue_no")?,
            name: j.str_or_default("name")?,
            nik: j.str_or_default("nik")?,
            phone: j.str_or_default("phone")?,
            region: j.str_or_default("region")?,
            priority: j.bool_or_default("priority")?,
            status: Status::parse(&j.str_field("status")?)?,
            summary: j.str_or_default("summary")?,
            channel: j.str_or_default("channel")?,
            slot_id: j.str_field("slot")?,
            start: moment_text(slot, "starts_at")?,
            end: moment_text(slot, "ends_at")?,
        })
    }
}

/// A page of the records API: `{"items": [...], "totalPages": n}`.
pub fn decode_page(text: &str) -> Option<(Vec<DeskBooking>, u32)> {
    let j = crate::domain::common::json::parse(text).ok()?;
    Some((j.required_list("items")?, j.u32_or_default("totalPages")?))
}

/// A slot with what the desk can still give: held seats included (an officer may use them).
#[derive(Debug, Clone, PartialEq)]
pub struct DeskSlot {
    pub id: String,
    pub start: String,
    pub end: String,
    pub seats: u32,
    pub free: u32,
    pub closed: bool,
}

impl FromJson for DeskSlot {
    fn from_json(j: &Json) -> Option<Self> {
        Some(DeskSlot {
            id: j.str_field("id")?,
            start: j.str_field("start")?,
            end: j.str_field("end")?,
            seats: j.u32_or_default("seats")?,
            free: j.u32_or_default("remaining_priority")?,
            closed: j.bool_or_default("closed")?,
        })
    }
}

/// The help point as `GET /api/availability/{office}` names it, and its slots.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PointDay {
    pub name: String,
    pub code: String,
    pub slots: Vec<DeskSlot>,
}

pub fn decode_point(text: &str) -> Option<PointDay> {
    let j = crate::domain::common::json::parse(text).ok()?;
    let office = j.get("office")?;
    Some(PointDay {
        name: office.str_field("name")?,
        code: office.str_or_default("code")?,
        slots: j.required_list("slots")?,
    })
}

impl DeskSlot {
    /// Open for a walk-in now: not closed, not started, a seat free.
    pub fn bookable(&self, now: Moment) -> bool {
        !self.closed && self.free > 0 && Moment::parse(&self.start).is_some_and(|s| s > now)
    }
}

/// The counts at the top of the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub booked: u32,
    pub arrived: u32,
    pub served: u32,
    pub no_show: u32,
    pub free: u32,
}

pub fn counts(bookings: &[DeskBooking], slots: &[DeskSlot]) -> Counts {
    let mut c = Counts {
        free: slots.iter().filter(|s| !s.closed).map(|s| s.free).sum(),
        ..Counts::default()
    };
    for b in bookings {
        match b.status {
            Status::Booked => c.booked += 1,
            Status::Arrived => c.arrived += 1,
            Status::Served => c.served += 1,
            Status::NoShow => c.no_show += 1,
            Status::Cancelled => {}
        }
    }
    c
}

/// By time, then queue number; cancelled bookings last.
pub fn sort(bookings: &mut [DeskBooking]) {
    bookings.sort_by_key(|b| (b.status == Status::Cancelled, b.start_moment(), b.queue_no));
}

/// The bookings whose slot starts on `day`, first by time. Cancelled ones are kept (greyed in the list).
pub fn of_day(all: &[DeskBooking], day: &str) -> Vec<DeskBooking> {
    let mut v: Vec<DeskBooking> = all
        .iter()
        .filter(|b| b.start_moment().is_some_and(|m| m.wib_day() == day))
        .cloned()
        .collect();
    sort(&mut v);
    v
}

/// The first booking with this (normalised) code.
pub fn find_code<'a>(bookings: &'a [DeskBooking], code: &str) -> Option<&'a DeskBooking> {
    bookings.iter().find(|b| b.code == code)
}

/// The UTC bounds of a WIB day, as the records API's filter writes times:
/// "2026-11-29 17:00:00" .. "2026-11-30 17:00:00" for 2026-11-30.
pub fn day_bounds(day: &str) -> Option<(String, String)> {
    let from = Moment::parse(day)?;
    let to = Moment::parse(&add_days(day, 1)?)?;
    let f = |m: Moment| {
        let iso = m.ics_utc(); // 20261129T170000Z
        format!(
            "{}-{}-{} {}:{}:{}",
            &iso[0..4],
            &iso[4..6],
            &iso[6..8],
            &iso[9..11],
            &iso[11..13],
            &iso[13..15]
        )
    };
    Some((f(from), f(to)))
}

/// The records API query for one help point's bookings on a WIB day (the store's rules already
/// limit staff to their own help point; the filter says it again).
pub fn day_query(office: &str, day: &str) -> Option<String> {
    let (from, to) = day_bounds(day)?;
    let filter = format!(
        "office=\"{}\" && slot.starts_at>=\"{from}\" && slot.starts_at<\"{to}\"",
        office.replace(['"', '\\'], "")
    );
    Some(format!(
        "/api/collections/bookings/records?perPage=200&sort=slot.starts_at,queue_no&expand=slot&filter={}",
        encode(&filter)
    ))
}

/// Percent-encoding for a query value (everything but unreserved characters).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"{"page":1,"perPage":200,"totalItems":2,"totalPages":1,"items":[
      {"id":"r2","code":"MH3J76R7","queue_no":2,"name":"Budi","nik":"3578014506900001","phone":"+6281234567890",
       "region":"Kota Surabaya","priority":true,"status":"arrived","summary":"x","channel":"online","slot":"s1",
       "expand":{"slot":{"id":"s1","starts_at":"2026-11-30 01:00:00.000Z","ends_at":"2026-11-30 01:30:00.000Z"}}},
      {"id":"r1","code":"K7QM3XPA","queue_no":1,"name":"Siti","nik":"3578014506900002","phone":"+6281234567891",
       "status":"booked","slot":"s1",
       "expand":{"slot":{"id":"s1","starts_at":"2026-11-30 01:00:00.000Z","ends_at":"2026-11-30 01:30:00.000Z"}}}
    ]}"#;

    #[test]
    fn a_page_of_the_records_api_is_read_and_ordered_by_time_then_number() {
        let (mut items, pages) = decode_page(PAGE).unwrap();
        assert_eq!(pages, 1);
        sort(&mut items);
        assert_eq!(items[0].name, "Siti");
        assert_eq!(items[1].code, "MH3J76R7");
        assert!(items[1].priority && !items[0].priority);
        assert_eq!(items[0].start_moment().unwrap().wib_time(), "08:00");
        assert_eq!(find_code(&items, "K7QM3XPA").map(|b| b.queue_no), Some(1));
        assert_eq!(of_day(&items, "2026-11-30").len(), 2);
        assert_eq!(of_day(&items, "2026-12-01").len(), 0);
    }

    #[test]
    fn counts_add_up_per_status_and_free_seats_of_open_slots() {
        let (mut items, _) = decode_page(PAGE).unwrap();
        items.push(DeskBooking {
            status: Status::Cancelled,
            ..items[0].clone()
        });
        let slot = |free, closed| DeskSlot {
            id: "s".into(),
            start: "2026-11-30T01:00:00.000Z".into(),
            end: "2026-11-30T01:30:00.000Z".into(),
            seats: 10,
            free,
            closed,
        };
        let c = counts(&items, &[slot(8, false), slot(10, true), slot(3, false)]);
        assert_eq!(
            c,
            Counts {
                booked: 1,
                arrived: 1,
                served: 0,
                no_show: 0,
                free: 11
            }
        );
    }

    #[test]
    fn a_wib_day_is_asked_for_in_utc_and_encoded() {
        assert_eq!(
            day_bounds("2026-11-30"),
            Some(("2026-11-29 17:00:00".into(), "2026-11-30 17:00:00".into()))
        );
        let q = day_query("abc", "2026-11-30").unwrap();
        assert!(q.contains("filter=office%3D%22abc%22%20%26%26%20slot.starts_at%3E%3D%222026-11-29%2017%3A00%3A00%22"), "{q}");
        assert_eq!(day_query("abc", "2026-13-01"), None);
    }

    #[test]
    fn a_walk_in_gets_only_a_slot_that_has_not_begun_and_has_a_seat() {
        let s = DeskSlot {
            id: "s".into(),
            start: "2026-11-30T01:00:00.000Z".into(),
            end: "2026-11-30T01:30:00.000Z".into(),
            seats: 10,
            free: 1,
            closed: false,
        };
        let before = Moment::parse("2026-11-30T00:59:00Z").unwrap();
        let after = Moment::parse("2026-11-30T01:00:00Z").unwrap();
        assert!(s.bookable(before));
        assert!(!s.bookable(after));
        assert!(!DeskSlot {
            free: 0,
            ..s.clone()
        }
        .bookable(before));
        assert!(!DeskSlot { closed: true, ..s }.bookable(before));
    }
}
