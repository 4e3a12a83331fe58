//! A booking's status at the desk, and which changes an officer may make when. The store's
//! rules are the real boundary (`docs/booking-api.md`); these decide which buttons the desk shows.

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
    /// Not a step forward from this status (e.g. served before arrived).
    NotFromHere,
    /// No-show before the slot has begun: the person may still come.
    SlotNotStarted,
    /// Undo only on the slot's own day (WIB).
    NotToday,
    /// A cancelled booking never changes.
    Cancelled,
}

/// What the officer can do to a booking: move it forward, or undo the last step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Arrive,
    Serve,
    NoShow,
    Undo,
}

/// The status an action leads to from `from`.
pub fn target(from: Status, action: Action) -> Option<Status> {
    match (from, action) {
        (Status::Booked, Action::Arrive) => Some(Status::Arrived),
        (Status::Arrived, Action::Serve) => Some(Status::Served),
        (Status::Booked, Action::NoShow) => Some(Status::NoShow),
        (Status::Arrived, Action::Undo) | (Status::NoShow, Action::Undo) => Some(Status::Booked),
        (Status::Served, Action::Undo) => Some(Status::Arrived),
        _ => None,
    }
}

/// May the officer do `action` now, to a booking in `from` whose slot starts at `slot_start`?
pub fn check(
    from: Status,
    action: Action,
    slot_start: Moment,
    now: Moment,
) -> Result<Status, Refusal> {
    if from == Status::Cancelled {
        return Err(Refusal::Cancelled);
    }
    let to = target(from, action).ok_or(Refusal::NotFromHere)?;
    match action {
        Action::NoShow if now < slot_start => Err(Refusal::SlotNotStarted),
        Action::Undo if now.wib_day() != slot_start.wib_day() => Err(Refusal::NotToday),
        _ => Ok(to),
    }
}

/// The actions to offer for a booking, in the order of the buttons.
pub fn offered(from: Status, slot_start: Moment, now: Moment) -> Vec<Action> {
    [Action::Arrive, Action::Serve, Action::NoShow, Action::Undo]
        .into_iter()
        .filter(|a| check(from, *a, slot_start, now).is_ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Moment {
        Moment::parse(s).unwrap()
    }

    #[test]
    fn a_booking_moves_forward_one_step_at_a_time() {
        let start = at("2026-12-01T01:00:00Z");
        let during = at("2026-12-01T01:10:00Z");
        assert_eq!(
            check(Status::Booked, Action::Arrive, start, during),
            Ok(Status::Arrived)
        );
        assert_eq!(
            check(Status::Arrived, Action::Serve, start, during),
            Ok(Status::Served)
        );
        assert_eq!(
            check(Status::Booked, Action::Serve, start, during),
            Err(Refusal::NotFromHere)
        );
        assert_eq!(
            check(Status::Cancelled, Action::Arrive, start, during),
            Err(Refusal::Cancelled)
        );
    }

    #[test]
    fn no_show_only_after_the_slot_began() {
        let start = at("2026-12-01T01:00:00Z");
        assert_eq!(
            check(
                Status::Booked,
                Action::NoShow,
                start,
                at("2026-12-01T00:59:00Z")
            ),
            Err(Refusal::SlotNotStarted)
        );
        assert_eq!(
            check(Status::Booked, Action::NoShow, start, start),
            Ok(Status::NoShow)
        );
        // arrival is fine before the slot: people come early
        assert!(offered(Status::Booked, start, at("2026-12-01T00:30:00Z")) == [Action::Arrive]);
    }

    #[test]
    fn undo_goes_one_step_back_on_the_same_wib_day_only() {
        let start = at("2026-12-01T08:00:00Z"); // 15:00 WIB
        let same_day_late = at("2026-12-01T16:59:00Z"); // 23:59 WIB
        let next_day = at("2026-12-01T17:00:00Z"); // 00:00 WIB the next day
        assert_eq!(
            check(Status::Served, Action::Undo, start, same_day_late),
            Ok(Status::Arrived)
        );
        assert_eq!(
            check(Status::NoShow, Action::Undo, start, same_day_late),
            Ok(Status::Booked)
        );
        assert_eq!(
            check(Status::Arrived, Action::Undo, start, next_day),
            Err(Refusal::NotToday)
        );
        assert_eq!(
            check(Status::Booked, Action::Undo, start, same_day_late),
            Err(Refusal::NotFromHere)
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
