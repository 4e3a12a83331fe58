//! The calendar file of a booking (RFC 5545): one event, times in UTC, a reminder a day
//! before.

use crate::domain::booking::calendar::Moment;

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
