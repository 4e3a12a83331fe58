//! Client-side booking rules: booking codes, slot grouping and crowd levels, ordering of help
//! points, and the calendar (.ics) file. The server enforces capacity itself; nothing here is
//! a security boundary.
//!
//! Times: slot strings are ISO 8601 as stored, e.g. `2026-12-01T08:00:00` (local WIB) or with
//! an explicit offset/`Z`. A time without an offset is read as WIB (UTC+7; Indonesia has no
//! daylight saving). Date maths is hand-rolled (no chrono) to keep the wasm small.

use super::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

// ---------------------------------------------------------------------------------------------
// Booking codes

/// Unambiguous characters only: no 0/O, 1/I/L.
pub const CODE_ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
pub const CODE_LEN: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    /// Number of characters typed, separators not counted.
    WrongLength(usize),
    /// 0, O, 1, I or L: never part of a code.
    Ambiguous(char),
    InvalidChar(char),
}

impl CodeError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (CodeError::Empty, Lang::Id) => {
                "Isi kode booking dulu: 8 huruf/angka, contoh K7QM-3XPA.".into()
            }
            (CodeError::Empty, Lang::En) => {
                "Please enter your booking code: 8 letters/digits, e.g. K7QM-3XPA.".into()
            }
            (CodeError::WrongLength(n), Lang::Id) => {
                format!("Kode booking punya 8 huruf/angka. Kamu mengetik {n}. Cek lagi.")
            }
            (CodeError::WrongLength(n), Lang::En) => {
                format!("A booking code has 8 letters/digits. You typed {n}. Check again.")
            }
            (CodeError::Ambiguous(c), Lang::Id) => format!(
                "Kode booking tidak pernah memakai 0, O, 1, I atau L. Cek lagi \"{c}\" \
                 di pesan konfirmasimu."
            ),
            (CodeError::Ambiguous(c), Lang::En) => format!(
                "Booking codes never use 0, O, 1, I or L. Check \"{c}\" against your \
                 confirmation message."
            ),
            (CodeError::InvalidChar(c), Lang::Id) => {
                format!("Kode booking hanya berisi huruf dan angka. Hapus \"{c}\".")
            }
            (CodeError::InvalidChar(c), Lang::En) => {
                format!("A booking code has only letters and digits. Remove \"{c}\".")
            }
        }
    }
}

/// Upper-cases, drops spaces and dashes, and checks every character. Ambiguous characters
/// are rejected with their own message rather than guessed (an O could be a 0 or a Q).
pub fn normalise_code(input: &str) -> Result<String, CodeError> {
    let mut out = String::with_capacity(CODE_LEN);
    let mut count = 0usize;
    let mut first_bad: Option<CodeError> = None;
    for c in input.chars() {
        if matches!(c, ' ' | '-' | '\t' | '\u{a0}') {
            continue;
        }
        count += 1;
        let u = c.to_ascii_uppercase();
        if u.is_ascii() && CODE_ALPHABET.contains(&(u as u8)) {
            out.push(u);
        } else if first_bad.is_none() {
            first_bad = Some(if matches!(u, '0' | 'O' | '1' | 'I' | 'L') {
                CodeError::Ambiguous(c)
            } else {
                CodeError::InvalidChar(c)
            });
        }
    }
    if let Some(e) = first_bad {
        return Err(e);
    }
    match count {
        0 => Err(CodeError::Empty),
        CODE_LEN => Ok(out),
        n => Err(CodeError::WrongLength(n)),
    }
}

/// "K7QM3XPA" -> "K7QM-3XPA". Anything that is not 8 characters is returned unchanged.
pub fn format_code(code: &str) -> String {
    if code.len() == CODE_LEN && code.is_ascii() {
        format!("{}-{}", &code[..4], &code[4..])
    } else {
        code.to_string()
    }
}

/// A fresh code from random bytes (e.g. `crypto.getRandomValues`, 16 bytes is plenty).
/// Bytes ≥ 248 are skipped so every character is equally likely. `None` if the bytes ran out.
pub fn code_from_random_bytes(bytes: &[u8]) -> Option<String> {
    let n = CODE_ALPHABET.len() as u8; // 31; 248 = 8 * 31
    let code: String = bytes
        .iter()
        .filter(|&&b| b < n * 8)
        .take(CODE_LEN)
        .map(|&b| CODE_ALPHABET[(b % n) as usize] as char)
        .collect();
    (code.len() == CODE_LEN).then_some(code)
}

// ---------------------------------------------------------------------------------------------
// Dates and times (proleptic Gregorian, Hinnant's algorithms)

pub const WIB_OFFSET_SECS: i64 = 7 * 3600;

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

/// Days since 1970-01-01.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = ((m + 9) % 12) as i64;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
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

fn num(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |a, &c| a * 10 + (c - b'0') as u32))
}

/// Parses "YYYY-MM-DD" into days since 1970-01-01.
fn parse_day(s: &str) -> Option<i64> {
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

fn format_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
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

    /// RFC 5545 UTC form, "20261201T010000Z".
    pub fn ics_utc(self) -> String {
        let (y, m, d) = civil_from_days(self.0.div_euclid(86_400));
        let s = self.0.rem_euclid(86_400);
        format!(
            "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
            s / 3600,
            s % 3600 / 60,
            s % 60
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Slots, days and crowd levels

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlotInfo {
    pub id: String,
    pub office_id: String,
    /// ISO 8601, local WIB unless an offset is given.
    pub start: String,
    pub end: String,
    pub remaining: u32,
    pub capacity: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficeInfo {
    pub id: String,
    /// e.g. "ltsa", "disnaker" (free text from the backend).
    pub kind: String,
    pub name: String,
    /// Kemendagri code, e.g. "3578".
    pub region_code: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl SlotInfo {
    /// The WIB day of the start, `None` if the start cannot be read.
    pub fn day(&self) -> Option<String> {
        Moment::parse(&self.start).map(Moment::wib_day)
    }
}

/// A day is **full** when no seat is left, **busy** when fewer than this share of its seats
/// is still free, **quiet** otherwise.
pub const QUIET_MIN_FREE_PERCENT: u32 = 50;
/// How far ahead [`least_crowded`] looks.
pub const LOOKAHEAD_DAYS: i64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Crowd {
    Quiet,
    Busy,
    Full,
}

impl Crowd {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Crowd::Quiet, Lang::Id) => "Sepi",
            (Crowd::Quiet, Lang::En) => "Quiet",
            (Crowd::Busy, Lang::Id) => "Ramai",
            (Crowd::Busy, Lang::En) => "Busy",
            (Crowd::Full, Lang::Id) => "Penuh",
            (Crowd::Full, Lang::En) => "Full",
        }
    }
}

pub fn crowd_level(remaining: u32, capacity: u32) -> Crowd {
    if remaining == 0 || capacity == 0 {
        Crowd::Full
    } else if remaining as u64 * 100 >= capacity as u64 * QUIET_MIN_FREE_PERCENT as u64 {
        Crowd::Quiet
    } else {
        Crowd::Busy
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DaySlots<'a> {
    /// "YYYY-MM-DD" (WIB).
    pub day: String,
    /// Sorted by start time.
    pub slots: Vec<&'a SlotInfo>,
}

impl DaySlots<'_> {
    pub fn remaining(&self) -> u32 {
        self.slots.iter().map(|s| s.remaining).sum()
    }
    pub fn capacity(&self) -> u32 {
        self.slots.iter().map(|s| s.capacity).sum()
    }
    pub fn crowd(&self) -> Crowd {
        crowd_level(self.remaining(), self.capacity())
    }
}

/// Slots grouped by WIB day, days ascending, slots by start. Slots whose start cannot be
/// read are left out.
pub fn group_by_day(slots: &[SlotInfo]) -> Vec<DaySlots<'_>> {
    let mut keyed: Vec<(Moment, &SlotInfo)> = slots
        .iter()
        .filter_map(|s| Moment::parse(&s.start).map(|m| (m, s)))
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
    let mut out: Vec<DaySlots<'_>> = Vec::new();
    for (m, s) in keyed {
        let day = m.wib_day();
        match out.last_mut() {
            Some(last) if last.day == day => last.slots.push(s),
            _ => out.push(DaySlots {
                day,
                slots: vec![s],
            }),
        }
    }
    out
}

/// The first day on or after `from_day` ("YYYY-MM-DD") with at least one free seat: what to
/// offer when the chosen day is full.
pub fn next_free_day(slots: &[SlotInfo], from_day: &str) -> Option<String> {
    group_by_day(slots)
        .into_iter()
        .find(|d| d.day.as_str() >= from_day && d.remaining() > 0)
        .map(|d| d.day)
}

/// (free seats, total seats) of one office on days `from_day .. from_day + days`.
pub fn seats_in_window(
    slots: &[SlotInfo],
    office_id: &str,
    from_day: &str,
    days: i64,
) -> (u32, u32) {
    let Some(until) = add_days(from_day, days) else {
        return (0, 0);
    };
    slots
        .iter()
        .filter(|s| s.office_id == office_id)
        .filter(|s| s.day().is_some_and(|d| d.as_str() >= from_day && d < until))
        .fold((0, 0), |(f, c), s| (f + s.remaining, c + s.capacity))
}

/// The office to highlight as "least crowded": the highest share of free seats in the next
/// [`LOOKAHEAD_DAYS`] days; ties go to more free seats, then to the earlier office in
/// `offices` (pass them nearest first). `None` when no office has a free seat.
pub fn least_crowded<'a>(
    offices: &[&'a OfficeInfo],
    slots: &[SlotInfo],
    from_day: &str,
) -> Option<&'a OfficeInfo> {
    let mut best: Option<(&'a OfficeInfo, u32, u32)> = None;
    for &o in offices {
        let (free, cap) = seats_in_window(slots, &o.id, from_day, LOOKAHEAD_DAYS);
        if free == 0 || cap == 0 {
            continue;
        }
        let better = match best {
            None => true,
            // free/cap > bf/bc, compared without floats
            Some((_, bf, bc)) => match (free as u64 * bc as u64).cmp(&(bf as u64 * cap as u64)) {
                Ordering::Greater => true,
                Ordering::Equal => free > bf,
                Ordering::Less => false,
            },
        };
        if better {
            best = Some((o, free, cap));
        }
    }
    best.map(|b| b.0)
}

// ---------------------------------------------------------------------------------------------
// Distance and ordering of help points

/// Great-circle distance in km (haversine, mean Earth radius).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const R: f64 = 6371.0088;
    let (la1, la2) = (a.0.to_radians(), b.0.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * R * h.clamp(0.0, 1.0).sqrt().asin()
}

fn valid_pos(lat: f64, lon: f64) -> bool {
    lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0
}

impl OfficeInfo {
    pub fn position(&self) -> Option<(f64, f64)> {
        match (self.lat, self.lon) {
            (Some(la), Some(lo)) if valid_pos(la, lo) => Some((la, lo)),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankedOffice<'a> {
    pub office: &'a OfficeInfo,
    /// Only when both the user position and the office coordinates are known.
    pub distance_km: Option<f64>,
}

/// With a user position: nearest first, offices without coordinates last. Without one: the
/// user's region first. Remaining ties: the user's region first, then by name.
pub fn order_offices<'a>(
    offices: &'a [OfficeInfo],
    user_pos: Option<(f64, f64)>,
    user_region: Option<&str>,
) -> Vec<RankedOffice<'a>> {
    let user_pos = user_pos.filter(|p| valid_pos(p.0, p.1));
    let mut out: Vec<RankedOffice<'a>> = offices
        .iter()
        .map(|o| RankedOffice {
            office: o,
            distance_km: user_pos.zip(o.position()).map(|(u, p)| distance_km(u, p)),
        })
        .collect();
    let away = |o: &OfficeInfo| user_region != Some(o.region_code.as_str());
    out.sort_by(|a, b| {
        let by_distance = match (a.distance_km, b.distance_km) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        by_distance
            .then_with(|| away(a.office).cmp(&away(b.office)))
            .then_with(|| a.office.name.cmp(&b.office.name))
    });
    out
}

// ---------------------------------------------------------------------------------------------
// Calendar file (RFC 5545)

/// Escapes a TEXT value: `\` `;` `,` and newlines (any of CRLF, LF, CR become `\n`); other
/// control characters are dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line to at most 75 octets per physical line (CRLF + one space before
/// each continuation), never splitting a UTF-8 character. Ends with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0usize;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// Reverses [`fold_line`]: removes every CRLF followed by a space or tab.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

/// A one-event calendar file for a booking.
///
/// Times are written in UTC (`...Z`), which every calendar converts to the phone's zone; a
/// `TZID=Asia/Jakarta` form would require shipping a VTIMEZONE block. `dtstamp` is "now"
/// (from the caller: the domain has no clock). UID is derived from the booking code, so
/// importing the file twice updates the same event. Includes a reminder one day before.
pub fn ics(
    code: &str,
    title: &str,
    start: Moment,
    end: Moment,
    location: &str,
    description: &str,
    dtstamp: Moment,
) -> String {
    let uid_code: String = code.chars().filter(char::is_ascii_alphanumeric).collect();
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Pendamping Prakerja Jatim//Booking//ID".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:booking-{uid_code}@pendamping-prakerja-jatim"),
        format!("DTSTAMP:{}", dtstamp.ics_utc()),
        format!("DTSTART:{}", start.ics_utc()),
        format!("DTEND:{}", end.max(start).ics_utc()),
        format!("SUMMARY:{}", escape_text(title)),
        format!("LOCATION:{}", escape_text(location)),
        format!("DESCRIPTION:{}", escape_text(description)),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        "TRIGGER:-P1D".to_string(),
        format!("DESCRIPTION:{}", escape_text(title)),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|l| fold_line(l)).collect()
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
}
