//! The booking store's routes, below `settings.json`'s `booking_api` (the shell's request
//! builder puts that address in front). Values that go into a path or a query string are
//! percent-encoded, so an id or a date can never reach another route.

/// How many days ahead the booking screens look.
pub const DAYS_AHEAD: u32 = 14;

// ---------------------------------------------------------------------------------------------
// Public: the citizen's bundles

/// Every help point with its free seats for the next `days` days.
pub fn availability(days: u32) -> String {
    format!("/api/availability?days={days}")
}
/// One help point and its slots for the next [`DAYS_AHEAD`] days.
pub fn point_slots(point_id: &str) -> String {
    format!("/api/availability/{}?days={DAYS_AHEAD}", escaped(point_id))
}
pub const BOOK: &str = "/api/booking";
pub const LOOKUP: &str = "/api/booking/lookup";
pub const CANCEL: &str = "/api/booking/cancel";
pub const RESCHEDULE: &str = "/api/booking/reschedule";
/// The anonymous usage events (request and beacon).
pub const EVENTS: &str = "/api/events";

// ---------------------------------------------------------------------------------------------
// The desk: PocketBase's own staff and notice routes, and the store's desk routes

pub const SIGN_IN: &str = "/api/collections/staff/auth-with-password";
pub const REFRESH_TOKEN: &str = "/api/collections/staff/auth-refresh";

/// Where every desk route of the store starts; a 403 `forbidden` below it means the token was
/// withdrawn.
const STAFF: &str = "/api/staff/";
pub const WALK_IN: &str = "/api/staff/booking";
pub const CHECK_IN: &str = "/api/staff/checkin";
pub const STATUS: &str = "/api/staff/status";
pub const UNDO: &str = "/api/staff/undo";
pub const OFFICE: &str = "/api/staff/office";
pub const CLOSED_DAYS: &str = "/api/staff/office/closed-days";

/// Whether `path` is one of the store's desk routes (not PocketBase's own).
pub fn is_staff(path: &str) -> bool {
    path.starts_with(STAFF)
}
/// One WIB day's queue at the officer's help point (`day` as `YYYY-MM-DD`).
pub fn queue(day: &str) -> String {
    format!("/api/staff/queue?date={}", escaped(day))
}
/// Reopening a closed day (`DELETE`).
pub fn closed_day(date: &str) -> String {
    format!("{CLOSED_DAYS}/{}", escaped(date))
}

// ---------------------------------------------------------------------------------------------
// The call centres (`telepon/`): an agent's booking for a caller, read back during the call

pub const CALL_BOOKING: &str = "/api/call/booking";
pub const CALL_READBACK: &str = "/api/call/readback";

/// The programme notices (records API): `POST` adds one.
pub const NOTICES: &str = "/api/collections/notices/records";
/// The notices as the province edits them, the latest end date first.
pub const NOTICE_LIST: &str = "/api/collections/notices/records?sort=-ends_on&perPage=50";
/// The programme's state (records API, province staff): `POST` records a new one.
pub const PROGRAMME_STATES: &str = "/api/collections/programme_states/records";
/// Its log: every change, newest first, with who recorded it.
pub const PROGRAMME_LOG: &str =
    "/api/collections/programme_states/records?sort=-created&perPage=10&expand=created_by";
/// One notice (`PATCH`, `DELETE`).
pub fn notice(id: &str) -> String {
    format!("{NOTICES}/{}", escaped(id))
}
pub const PROVINCE_OVERVIEW: &str = "/api/province/overview";
/// The usage funnel of the last `days` days.
pub fn funnel(days: u32) -> String {
    format!("/api/province/funnel?days={days}")
}

/// `s` as one path segment or query value: ASCII letters, digits, `-` and `_` as they are,
/// every other byte as `%XX`, so a `/`, `?`, `&`, `#` or `.` cannot change the route.
fn escaped(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_day_is_reopened_at_its_own_date() {
        assert_eq!(
            closed_day("2026-12-24"),
            "/api/staff/office/closed-days/2026-12-24"
        );
        assert_eq!(queue("2026-11-30"), "/api/staff/queue?date=2026-11-30");
    }

    #[test]
    fn ids_and_dates_stay_inside_their_segment() {
        // a slash, a dot or a query cannot reach another route or add a parameter
        assert_eq!(
            closed_day("../../booking"),
            "/api/staff/office/closed-days/%2E%2E%2F%2E%2E%2Fbooking"
        );
        assert_eq!(
            notice("a/b?c#d"),
            "/api/collections/notices/records/a%2Fb%3Fc%23d"
        );
        assert_eq!(
            queue("2026-11-30&date=2027-01-01"),
            "/api/staff/queue?date=2026-11-30%26date%3D2027-01-01"
        );
        assert_eq!(
            point_slots("kab sby"),
            "/api/availability/kab%20sby?days=14"
        );
        assert_eq!(notice("é"), "/api/collections/notices/records/%C3%A9");
    }

    #[test]
    fn booking_and_desk_routes_name_the_days_they_ask_for() {
        assert_eq!(availability(DAYS_AHEAD), "/api/availability?days=14");
        assert_eq!(availability(1), "/api/availability?days=1");
        assert_eq!(point_slots("abc123"), "/api/availability/abc123?days=14");
        assert_eq!(funnel(30), "/api/province/funnel?days=30");
        assert_eq!(notice("r1x"), "/api/collections/notices/records/r1x");
    }

    #[test]
    fn only_the_stores_desk_routes_count_as_desk_routes() {
        for p in [WALK_IN, CHECK_IN, STATUS, UNDO, OFFICE, CLOSED_DAYS] {
            assert!(is_staff(p), "{p}");
        }
        assert!(is_staff(&queue("2026-11-30")));
        assert!(is_staff(&closed_day("2026-12-24")));
        for p in [
            SIGN_IN,
            REFRESH_TOKEN,
            NOTICES,
            BOOK,
            EVENTS,
            PROVINCE_OVERVIEW,
        ] {
            assert!(!is_staff(p), "{p}");
        }
    }
}
