//! Dates and times of slots, hand-rolled (no chrono) to keep the wasm small; the date maths
//! itself is `common::date`.
//!
//! Slot strings are ISO 8601 as stored, e.g. `2026-12-01T08:00:00` (local WIB) or with an
//! explicit offset/`Z`. A time without an offset is read as WIB (UTC+7; Indonesia has no
//! daylight saving).

use crate::domain::common::date::{civil_from_days, format_day, num, parse_day};

pub const WIB_OFFSET_SECS: i64 = 7 * 3600;

/// The years a typed day may fall in (`date` in `backend/data/rules/params.json`).
pub const DATE_MIN_YEAR: i64 = 2000;
pub const DATE_MAX_YEAR: i64 = 2100;

/// A day as the store takes it: "YYYY-MM-DD" that exists on the calendar, in 2000–2100.
pub fn is_date(day: &str) -> bool {
    parse_day(day).is_some()
        && day[..4]
            .parse::<i64>()
            .is_ok_and(|y| (DATE_MIN_YEAR..=DATE_MAX_YEAR).contains(&y))
}

/// "2026-12-31" + 1 -> "2027-01-01". `None` if `day` is not a valid date.
pub fn add_days(day: &str, n: i64) -> Option<String> {
    Some(format_day(parse_day(day)? + n))
}

/// A point in time, seconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment(pub i64);

impl Moment {
    /// Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `…:SS`, `…:SS.fff` (`T` or a space), then
    /// optionally `Z`, `±HH:MM` or `±HHMM`. Without an offset the time is WIB (UTC+7).
    pub fn parse(s: &str) -> Option<Moment> {
        let s = s.trim();
        let days = parse_day(s.get(0..10)?)?;
        let b = s.as_bytes();
        let mut secs = 0i64;
        let mut i = 10;
        if i < b.len() && (b[i] == b'T' || b[i] == b't' || b[i] == b' ') {
            let h = num(b.get(i + 1..i + 3)?)?;
            if b.get(i + 3) != Some(&b':') {
                return None;
            }
            let mi = num(b.get(i + 4..i + 6)?)?;
            i += 6;
            let mut sec = 0;
            if b.get(i) == Some(&b':') {
                sec = num(b.get(i + 1..i + 3)?)?;
                i += 3;
                if b.get(i) == Some(&b'.') {
                    i += 1;
                    while b.get(i).is_some_and(u8::is_ascii_digit) {
                        i += 1;
                    }
                }
            }
            if h > 23 || mi > 59 || sec > 60 {
                return None;
            }
            secs = (h * 3600 + mi * 60 + sec.min(59)) as i64;
        }
        let offset = match &b[i..] {
            [] => WIB_OFFSET_SECS,
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), rest @ ..] => {
                let (hh, mm) = match rest {
                    [h1, h2, b':', m1, m2] | [h1, h2, m1, m2] => {
                        (num(&[*h1, *h2])?, num(&[*m1, *m2])?)
                    }
                    [h1, h2] => (num(&[*h1, *h2])?, 0),
                    _ => return None,
                };
                if hh > 14 || mm > 59 {
                    return None;
                }
                let o = (hh * 3600 + mm * 60) as i64;
                if *sign == b'-' {
                    -o
                } else {
                    o
                }
            }
            _ => return None,
        };
        Some(Moment(days * 86_400 + secs - offset))
    }

    /// The WIB calendar day, "YYYY-MM-DD".
    pub fn wib_day(self) -> String {
        format_day((self.0 + WIB_OFFSET_SECS).div_euclid(86_400))
    }

    /// WIB wall-clock time "HH:MM".
    pub fn wib_time(self) -> String {
        let s = (self.0 + WIB_OFFSET_SECS).rem_euclid(86_400);
        format!("{:02}:{:02}", s / 3600, s % 3600 / 60)
    }

    /// The UTC date and time of day: (year, month, day, hours, minutes, seconds).
    fn utc(self) -> (i64, u32, u32, i64, i64, i64) {
        let (y, m, d) = civil_from_days(self.0.div_euclid(86_400));
        let s = self.0.rem_euclid(86_400);
        (y, m, d, s / 3600, s % 3600 / 60, s % 60)
    }

    /// RFC 5545 UTC form, "20261201T010000Z".
    pub fn ics_utc(self) -> String {
        let (y, m, d, h, mi, s) = self.utc();
        format!("{y:04}{m:02}{d:02}T{h:02}{mi:02}{s:02}Z")
    }

    /// ISO 8601 UTC form, "2026-12-01T01:00:00Z".
    pub fn iso_utc(self) -> String {
        let (y, m, d, h, mi, s) = self.utc();
        format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
    }
}

/// 0 = Monday … 6 = Sunday, for a "YYYY-MM-DD" day.
pub fn weekday(day: &str) -> Option<usize> {
    // 1970-01-01 was a Thursday (3).
    Some((parse_day(day)? + 3).rem_euclid(7) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_are_right() {
        assert_eq!(weekday("2026-11-30"), Some(0)); // a Monday
        assert_eq!(weekday("2026-12-06"), Some(6));
        assert_eq!(weekday("2026-02-30"), None);
    }
}
