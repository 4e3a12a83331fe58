//! Calendar dates, hand-rolled (no chrono) to keep the wasm small: proleptic Gregorian,
//! Hinnant's algorithms. The one place for date maths: the booking calendar (slots, days) and
//! the content validator (source dates, `compared`, staleness) both read dates through here.
//!
//! A day is counted as days since 1970-01-01 (negative before it).

pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a civil date (month 1–12, day 1–31; not checked here).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = ((m + 9) % 12) as i64;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of a day counted since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// The value of a run of ASCII digits; `None` when empty or not all digits.
pub fn num(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |a, &c| a * 10 + (c - b'0') as u32))
}

/// Parses a real date "YYYY-MM-DD" into days since 1970-01-01 (`2026-02-31` is `None`).
pub fn parse_day(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (num(&b[0..4])? as i64, num(&b[5..7])?, num(&b[8..10])?);
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// "YYYY-MM-DD" of a day counted since 1970-01-01.
pub fn format_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 of a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real date);
/// a partial date counts as its first day (the oldest reading, so an age is never understated).
pub fn day_number(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let month = match b.len() {
        10 => return parse_day(s),
        7 if b[4] == b'-' => num(&b[5..7])?,
        4 => 1,
        _ => return None,
    };
    if !(1..=12).contains(&month) {
        return None;
    }
    Some(days_from_civil(num(&b[0..4])?.into(), month, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_roundtrip() {
        for z in [-800_000i64, -1, 0, 1, 11_016, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn only_real_days_parse() {
        assert_eq!(parse_day("2000-03-01"), Some(11_017));
        assert_eq!(
            parse_day("2028-02-29").map(format_day).as_deref(),
            Some("2028-02-29")
        );
        for bad in [
            "2026-02-31",
            "2026-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "26-01-01x",
            "2026-01-0a",
        ] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn partial_dates_count_from_their_first_day() {
        assert_eq!(day_number("2024"), parse_day("2024-01-01"));
        assert_eq!(day_number("2024-08"), parse_day("2024-08-01"));
        assert_eq!(day_number("2024-08-05"), parse_day("2024-08-05"));
        for bad in [
            "2024-13",
            "2024-8",
            "2024-",
            "24",
            "2024-02-30",
            "2024/08",
            "+202",
        ] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
    }
}
