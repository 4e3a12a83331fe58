//! A day's queue at one help point, as the store gives it to staff (`GET /api/staff/queue`):
//! the help point, the day's slots in time order, each with its bookings; the counts shown at
//! the top; and which slot a walk-in can still get. Times are UTC from the store; the desk
//! shows them in WIB.

use super::case::{self, CaseView};
use super::status::Status;
use crate::domain::booking::calendar::Moment;
use crate::domain::common::json::{parse, FromJson, Json};
use crate::domain::common::sort::sort_small;

/// One booking as the officer sees it. There is no NIK in it (the officer checks the e-KTP by
/// eye); the phone never leaves the page: not in a URL, not in a log.
#[derive(Debug, Clone, PartialEq)]
pub struct DeskBooking {
    pub id: String,
    pub code: String,
    pub queue_no: u32,
    pub name: String,
    pub phone: String,
    pub region: String,
    /// In the laid-off workers' registry: serve first. Never shown to the citizen.
    pub priority: bool,
    pub status: Status,
    pub summary: String,
    /// "online", "desk" (a walk-in) or "phone" (booked by a call-centre agent for a caller).
    pub channel: String,
    /// The problem id the citizen came with, and its step ids (the choices for "what fixed it").
    pub problem: String,
    pub steps: Vec<String>,
    pub served_note: String,
    pub fixed_by: String,
    /// The status an undo goes back to, when the store allows one now.
    pub undo: Option<Status>,
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

/// A booking inside a slot of the queue answer (the slot's times come from the slot).
fn booking(j: &Json, start: &str, end: &str) -> Option<DeskBooking> {
    j.object()?;
    Some(DeskBooking {
        id: j.str_field("id")?,
        code: j.str_field("code")?,
        queue_no: j.u32_or_default("queue_number")?,
        name: j.str_or_default("name")?,
        phone: j.str_or_default("phone")?,
        region: j.str_or_default("region")?,
        priority: j.bool_or_default("priority")?,
        status: Status::parse(&j.str_field("status")?)?,
        summary: j.str_or_default("summary")?,
        channel: j.str_or_default("channel")?,
        problem: j.str_or_default("problem")?,
        steps: j.list("steps")?,
        served_note: j.str_or_default("served_note")?,
        fixed_by: j.str_or_default("fixed_by")?,
        undo: match j.get("undo") {
            Some(Json::Str(s)) => Status::parse(s),
            _ => None,
        },
        start: start.to_owned(),
        end: end.to_owned(),
    })
}

/// A slot of the day with what the desk can still give (held seats included).
#[derive(Debug, Clone, PartialEq)]
pub struct DeskSlot {
    pub id: String,
    pub start: String,
    pub end: String,
    pub seats: u32,
    /// Free seats, held ones included (0 once the slot started: the store does not count them then).
    pub free: u32,
    pub closed: bool,
}

impl DeskSlot {
    /// A walk-in can still get it: open, not ended, and a seat free or the slot running now
    /// (a person walking in may join the running slot; the store says if it is full).
    pub fn bookable(&self, now: Moment) -> bool {
        let (Some(start), Some(end)) = (Moment::parse(&self.start), Moment::parse(&self.end))
        else {
            return false;
        };
        !self.closed && end > now && (self.free > 0 || start <= now)
    }

    pub fn running(&self, now: Moment) -> bool {
        Moment::parse(&self.start).is_some_and(|s| s <= now)
            && Moment::parse(&self.end).is_some_and(|e| e > now)
    }
}

/// The help point as the queue answer names it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PointDay {
    pub id: String,
    pub name: String,
    pub address: String,
    pub slots: Vec<DeskSlot>,
}

/// The whole answer of `GET /api/staff/queue`: the help point and its slots, and every
/// booking by time then queue number (cancelled ones are not in it).
pub fn decode(text: &str) -> Option<(Vec<DeskBooking>, PointDay)> {
    let j = parse(text).ok()?;
    let office = j.get("office")?;
    let mut bookings = Vec::new();
    let mut slots = Vec::new();
    let Some(Json::Arr(list)) = j.get("slots") else {
        return None;
    };
    for s in list {
        let (start, end) = (s.str_field("start")?, s.str_field("end")?);
        Moment::parse(&start)?;
        slots.push(DeskSlot {
            id: s.str_field("id")?,
            start: start.clone(),
            end: end.clone(),
            seats: s.u32_or_default("seats")?,
            free: s.u32_or_default("free_priority")?,
            closed: s.bool_or_default("closed")?,
        });
        if let Some(Json::Arr(bs)) = s.get("bookings") {
            for b in bs {
                bookings.push(booking(b, &start, &end)?);
            }
        }
    }
    sort(&mut bookings);
    Some((
        bookings,
        PointDay {
            id: office.str_or_default("id")?,
            name: office.str_or_default("name")?,
            address: office.str_or_default("address")?,
            slots,
        },
    ))
}

/// `{"booking": {...}, "slot": {"id","start","end"}}`: the answer of every status route.
pub fn decode_changed(text: &str) -> Option<DeskBooking> {
    let j = parse(text).ok()?;
    let slot = j.get("slot")?;
    booking(
        j.get("booking")?,
        &slot.str_field("start")?,
        &slot.str_field("end")?,
    )
}

impl FromJson for DeskSlot {
    fn from_json(j: &Json) -> Option<Self> {
        Some(DeskSlot {
            id: j.str_field("id")?,
            start: j.str_field("start")?,
            end: j.str_field("end")?,
            seats: j.u32_or_default("seats")?,
            free: j.u32_or_default("free_priority")?,
            closed: j.bool_or_default("closed")?,
        })
    }
}

/// The counts at the top of the queue: the people expected (every booking not cancelled), then
/// by status (each one exactly once: not arrived yet, arrived and not served yet, served,
/// no-show), and the free seats in slots neither closed nor started (the store's definitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub booked: u32,
    pub waiting: u32,
    pub arrived: u32,
    pub served: u32,
    pub no_show: u32,
    pub free: u32,
}

pub fn counts(bookings: &[DeskBooking], slots: &[DeskSlot], now: Moment) -> Counts {
    let mut c = Counts {
        free: slots
            .iter()
            .filter(|s| !s.closed && Moment::parse(&s.start).is_some_and(|m| m > now))
            .map(|s| s.free)
            .sum(),
        ..Counts::default()
    };
    for b in bookings {
        match b.status {
            Status::Cancelled => continue,
            Status::Arrived => c.arrived += 1,
            Status::Served => c.served += 1,
            Status::NoShow => c.no_show += 1,
            Status::Booked => c.waiting += 1,
        }
        c.booked += 1;
    }
    c
}

/// By time, then queue number. The small stable sort (`common::sort`), not `sort_by_key`: the
/// same order (both stable) without the standard library's sort in the desk bundle; a day's
/// queue at one help point is a few hundred bookings at most and arrives slot by slot, nearly
/// in order.
pub fn sort(bookings: &mut [DeskBooking]) {
    sort_small(bookings, |a, b| {
        (a.start_moment(), a.queue_no).cmp(&(b.start_moment(), b.queue_no))
    });
}

/// Put a changed booking in its place (after a status change), keeping the order.
pub fn replace(bookings: &mut [DeskBooking], changed: DeskBooking) {
    if let Some(b) = bookings.iter_mut().find(|b| b.id == changed.id) {
        *b = changed;
    }
}

/// The queue route for a real WIB day (`routes::api::queue`); `None` for anything else.
pub fn day_path(day: &str) -> Option<String> {
    crate::domain::booking::calendar::add_days(day, 0)?;
    Some(crate::domain::common::routes::api::queue(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANSWER: &str = r#"{"date":"2026-11-30",
      "office":{"id":"of1","code":"disnaker-3578","name":"Disnaker Kota Surabaya","address":"Jl. X 1"},
      "counts":{"booked":2,"waiting":1,"arrived":1,"served":0,"no_show":0,"free":8,"seats":20},
      "slots":[
       {"id":"s2","start":"2026-11-30T01:30:00.000Z","end":"2026-11-30T02:00:00.000Z","seats":10,"free":8,"free_priority":8,"closed":false,"started":false,"bookings":[]},
       {"id":"s1","start":"2026-11-30T01:00:00.000Z","end":"2026-11-30T01:30:00.000Z","seats":10,"free":0,"free_priority":0,"closed":false,"started":true,"bookings":[
        {"id":"r2","code":"MH3J76R7","queue_number":2,"name":"Budi","region":"Kota Surabaya","phone":"+6281234567890",
         "priority":true,"channel":"online","status":"arrived","summary":"x","problem":"otp-not-received",
         "steps":["email-inbox","sms-sim"],"served_note":"","fixed_by":"","undo":"booked"},
        {"id":"r1","code":"K7QM3XPA","queue_number":1,"name":"Siti","region":"","phone":"+6281234567891",
         "priority":false,"channel":"desk","status":"booked","summary":"","problem":"","steps":[],"undo":null}]}
      ]}"#;

    #[test]
    fn the_queue_answer_is_read_into_bookings_by_time_then_number() {
        let (items, point) = decode(ANSWER).unwrap();
        assert_eq!(point.name, "Disnaker Kota Surabaya");
        assert_eq!(point.slots.len(), 2);
        assert_eq!(
            items.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
            ["Siti", "Budi"]
        );
        assert_eq!(items[0].start_moment().unwrap().wib_time(), "08:00");
        assert_eq!(items[1].steps, ["email-inbox", "sms-sim"]);
        assert_eq!(items[1].undo, Some(Status::Booked));
        assert_eq!(items[0].undo, None);
        assert!(items[1].priority && items[0].channel == "desk");
        assert_eq!(decode(r#"{"office":{},"slots":"x"}"#), None);
    }

    #[test]
    fn counts_are_the_stores_people_expected_by_status_and_free_seats_not_started() {
        let (mut items, point) = decode(ANSWER).unwrap();
        let now = Moment::parse("2026-11-30T01:10:00Z").unwrap();
        assert_eq!(
            counts(&items, &point.slots, now),
            Counts {
                booked: 2,
                waiting: 1,
                arrived: 1,
                served: 0,
                no_show: 0,
                free: 8
            }
        );
        let mut served = items[1].clone();
        served.status = Status::Served;
        replace(&mut items, served);
        let c = counts(&items, &point.slots, now);
        assert_eq!(
            (c.booked, c.waiting, c.arrived, c.served),
            (2, 1, 0, 1),
            "serving moves a person from arrived to served; the day's total stays"
        );
        // once the second slot started, its seats are no longer free
        let later = Moment::parse("2026-11-30T01:30:00Z").unwrap();
        assert_eq!(counts(&items, &point.slots, later).free, 0);
    }

    #[test]
    fn a_walk_in_gets_a_slot_not_ended_with_a_seat_or_the_running_one() {
        let (_, point) = decode(ANSWER).unwrap();
        let (s2, s1) = (&point.slots[0], &point.slots[1]);
        let during_s1 = Moment::parse("2026-11-30T01:10:00Z").unwrap();
        assert!(s1.bookable(during_s1) && s1.running(during_s1));
        assert!(s2.bookable(during_s1) && !s2.running(during_s1));
        let after = Moment::parse("2026-11-30T02:00:00Z").unwrap();
        assert!(!s1.bookable(after) && !s2.bookable(after));
        let closed = DeskSlot {
            closed: true,
            ..s2.clone()
        };
        assert!(!closed.bookable(during_s1));
    }

    #[test]
    fn a_status_answer_gives_the_changed_booking() {
        let b = decode_changed(r#"{"booking":{"id":"r1","code":"K7QM3XPA","queue_number":1,"name":"Siti","status":"arrived","steps":[],"undo":"booked"},
            "slot":{"id":"s1","start":"2026-11-30T01:00:00.000Z","end":"2026-11-30T01:30:00.000Z"}}"#).unwrap();
        assert_eq!((b.status, b.undo), (Status::Arrived, Some(Status::Booked)));
        assert_eq!(
            day_path("2026-11-30"),
            Some(crate::domain::common::routes::api::queue("2026-11-30"))
        );
        assert_eq!(day_path("2026-02-30"), None);
    }
}
