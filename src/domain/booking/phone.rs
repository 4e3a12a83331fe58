//! Indonesian mobile numbers (the booking confirmation goes to a phone).
//!
//! Accepted spellings of the same number: `0812-3456-7890`, `+62 812 3456 7890`,
//! `62812...`, `812...`, `(0812) 3456.7890`, `+62 (0)812...`, `0062 812...`.
//! National form is `08` + 8–11 more digits (10–13 digits in total); stored as E.164
//! `+628...`. Landlines (`021...`, `031...`) and toll-free `080x` numbers are refused because
//! they cannot receive SMS/WhatsApp.

/// Digits of a mobile number counted with the leading 0 (`phone` in
/// `backend/data/rules/params.json`, which the store reads; `tests/shared_rules.rs` keeps them
/// equal).
pub const PHONE_MIN_DIGITS: usize = 10;
pub const PHONE_MAX_DIGITS: usize = 13;

/// A mobile number. Holds the national significant number: digits after `0`/`+62`,
/// always starting with `8`, 9–12 digits long.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phone(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// A letter or other character that is not a digit, space, dash, dot, bracket or leading +.
    InvalidChar(char),
    /// Starts with + or 00 but not with the Indonesian code 62.
    NotIndonesian,
    /// A fixed-line number such as 021… or 031….
    Landline,
    /// Starts with 08 but is not a mobile range (080x is toll-free), or starts oddly.
    NotMobile,
    /// Digits in national form (with the leading 0).
    TooShort(usize),
    TooLong(usize),
}

pub fn check_phone(input: &str) -> Result<Phone, PhoneError> {
    let mut digits = String::with_capacity(16);
    let mut plus = false;
    for c in input.trim().chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' | '\t' | '\u{a0}' => {}
            '+' if digits.is_empty() && !plus => plus = true,
            other => return Err(PhoneError::InvalidChar(other)),
        }
    }
    if digits.is_empty() {
        return Err(PhoneError::Empty);
    }
    // Remove the country code: "+62", "62" followed by 8, "0062".
    let national: &str = if plus {
        digits.strip_prefix("62").ok_or(PhoneError::NotIndonesian)?
    } else if let Some(rest) = digits.strip_prefix("0062") {
        rest
    } else if digits.starts_with("00") {
        return Err(PhoneError::NotIndonesian);
    } else if digits.starts_with("628") || digits.starts_with("6208") {
        &digits[2..]
    } else {
        &digits
    };
    // "+62 (0)812..." written with the trunk zero kept.
    let nsn = national.strip_prefix('0').unwrap_or(national);
    let shown_len = nsn.len() + 1; // as the citizen knows it: with the leading 0
    match nsn.as_bytes().first() {
        Some(b'8') => {}
        Some(b'1'..=b'7' | b'9') if national.starts_with('0') || plus => {
            return Err(PhoneError::Landline)
        }
        None => return Err(PhoneError::TooShort(shown_len)),
        _ => return Err(PhoneError::NotMobile),
    }
    if nsn.as_bytes().get(1) == Some(&b'0') {
        return Err(PhoneError::NotMobile);
    }
    if shown_len < PHONE_MIN_DIGITS {
        return Err(PhoneError::TooShort(shown_len));
    }
    if shown_len > PHONE_MAX_DIGITS {
        return Err(PhoneError::TooLong(shown_len));
    }
    Ok(Phone(nsn.to_string()))
}

impl Phone {
    /// "+6281234567890".
    pub fn e164(&self) -> String {
        format!("+62{}", self.0)
    }
    /// "081234567890".
    pub fn national(&self) -> String {
        format!("0{}", self.0)
    }
    /// National form in groups of four from the left, as printed on SIM packs:
    /// "0812-3456-7890", "0812-3456-789", "0812-3456-78901".
    pub fn display(&self) -> String {
        let n = self.national();
        let mut out = String::with_capacity(n.len() + 3);
        for (i, c) in n.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }
    /// "0812****7890": for summaries shown on a shared screen.
    pub fn masked(&self) -> String {
        let n = self.national();
        format!("{}****{}", &n[..4], &n[n.len() - 4..])
    }
}
