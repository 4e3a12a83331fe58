//! A booking's status at the desk, and which changes an officer may make when (the store's
//! table in `docs/booking-api.md`, "Status changes"). The store checks them again; these decide
//! which buttons the desk shows.

use crate::domain::booking::calendar::Moment;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Booked,
    Arrived,
    Served,
    NoShow,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Booked,
        Status::Arrived,
        Status::Served,
        Status::NoShow,
        Status::Cancelled,
    ];

    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "booked" => Status::Booked,
            "arrived" => Status::Arrived,
            "served" => Status::Served,
            "no_show" => Status::NoShow,
            "cancelled" => Status::Cancelled,
            _ => return None,
        })
    }

    /// The store's word for it.
    pub fn key(self) -> &'static str {
        match self {
            Status::Booked => "booked",
            Status::Arrived => "arrived",
            Status::Served => "served",
            Status::NoShow => "no_show",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn index(self) -> usize {
        Status::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// Why a change is not offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not a step forward from this status (e.g. no-show after served).
    NotFromHere,
    /// No-show before the slot has begun: the person may still come.
    SlotNotStarted,
    /// Arrived and served only on the slot's own day (WIB).
    NotToday,
    /// The store allows no undo now (nothing to undo, or the change was on an earlier day).
    NothingToUndo,
    /// A cancelled booking never changes.
    Cancelled,
}

/// What the officer can do to a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Arrive,
    Serve,
    NoShow,
    Undo,
}

/// May the officer do `action` now to a booking in `from` whose slot starts at `start`?
/// `undo` is where the store says an undo would go (`None`: no undo now). The answer is the
/// status it leads to.
pub fn check(
    from: Status,
    undo: Option<Status>,
    action: Action,
    start: Moment,
    now: Moment,
) -> Result<Status, Refusal> {
    if from == Status::Cancelled {
        return Err(Refusal::Cancelled);
    }
    let same_day = now.wib_day() == start.wib_day();
    match (action, from) {
        (Action::Undo, _) => undo.ok_or(Refusal::NothingToUndo),
        (Action::Arrive, Status::Booked) | (Action::Serve, Status::Booked | Status::Arrived)
            if !same_day =>
        {
            Err(Refusal::NotToday)
        }
        (Action::Arrive, Status::Booked) => Ok(Status::Arrived),
        (Action::Serve, Status::Booked | Status::Arrived) => Ok(Status::Served),
        (Action::NoShow, Status::Booked) if now < start => Err(Refusal::SlotNotStarted),
        (Action::NoShow, Status::Booked) => Ok(Status::NoShow),
        _ => Err(Refusal::NotFromHere),
    }
}

/// The actions to offer, in the order of the buttons.
pub fn offered(from: Status, undo: Option<Status>, start: Moment, now: Moment) -> Vec<Action> {
    [Action::Arrive, Action::Serve, Action::NoShow, Action::Undo]
        .into_iter()
        .filter(|a| check(from, undo, *a, start, now).is_ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Moment {
        Moment::parse(s).unwrap()
    }

    #[test]
    fn arrived_and_served_on_the_slots_day_only() {
        let start = at("2026-12-01T01:00:00Z"); // 08:00 WIB
        let early = at("2026-12-01T00:10:00Z"); // 07:10 WIB, same day
        let day_before = at("2026-11-30T10:00:00Z");
        assert_eq!(
            check(Status::Booked, None, Action::Arrive, start, early),
            Ok(Status::Arrived)
        );
        assert_eq!(
            check(Status::Booked, None, Action::Serve, start, early),
            Ok(Status::Served)
        );
        assert_eq!(
            check(Status::Arrived, None, Action::Serve, start, early),
            Ok(Status::Served)
        );
        assert_eq!(
            check(Status::Booked, None, Action::Arrive, start, day_before),
            Err(Refusal::NotToday)
        );
        assert_eq!(
            check(Status::Served, None, Action::Arrive, start, early),
            Err(Refusal::NotFromHere)
        );
        assert_eq!(
            check(
                Status::Cancelled,
                Some(Status::Booked),
                Action::Undo,
                start,
                early
            ),
            Err(Refusal::Cancelled)
        );
    }

    #[test]
    fn no_show_only_once_the_slot_began() {
        let start = at("2026-12-01T01:00:00Z");
        assert_eq!(
            check(
                Status::Booked,
                None,
                Action::NoShow,
                start,
                at("2026-12-01T00:59:00Z")
            ),
            Err(Refusal::SlotNotStarted)
        );
        assert_eq!(
            check(Status::Booked, None, Action::NoShow, start, start),
            Ok(Status::NoShow)
        );
        // later days too: the officer tidies up yesterday's list
        assert_eq!(
            check(
                Status::Booked,
                None,
                Action::NoShow,
                start,
                at("2026-12-02T03:00:00Z")
            ),
            Ok(Status::NoShow)
        );
        assert_eq!(
            check(Status::Arrived, None, Action::NoShow, start, start),
            Err(Refusal::NotFromHere)
        );
    }

    #[test]
    fn undo_is_offered_exactly_when_the_store_allows_one() {
        let start = at("2026-12-01T01:00:00Z");
        let now = at("2026-12-01T02:00:00Z");
        assert_eq!(
            check(
                Status::Served,
                Some(Status::Arrived),
                Action::Undo,
                start,
                now
            ),
            Ok(Status::Arrived)
        );
        assert_eq!(
            check(Status::NoShow, None, Action::Undo, start, now),
            Err(Refusal::NothingToUndo)
        );
        assert_eq!(
            offered(Status::Arrived, Some(Status::Booked), start, now),
            [Action::Serve, Action::Undo]
        );
        assert_eq!(
            offered(Status::Booked, None, start, at("2026-12-01T00:30:00Z")),
            [Action::Arrive, Action::Serve]
        );
    }

    #[test]
    fn statuses_read_back_from_the_stores_words() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.key()), Some(s));
        }
        assert_eq!(Status::parse("pending"), None);
    }
}
