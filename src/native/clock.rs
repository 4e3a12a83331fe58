//! The system clock, for the native tools' default "today".

use crate::domain::common::date::format_day;

/// Today's date from the system clock, `YYYY-MM-DD` (UTC).
pub fn today_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    format_day(secs.div_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::date::parse_day;

    #[test]
    fn today_is_a_real_day_after_this_code_was_written() {
        let today = today_utc();
        assert!(parse_day(&today) >= parse_day("2026-12-07"), "{today}");
    }
}
