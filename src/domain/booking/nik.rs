//! NIK (Nomor Induk Kependudukan) format check, before the citizen types it on prakerja.go.id.
//!
//! Structure (facts section C): `PP KK CC DDMMYY SSSS`, 16 digits.
//! - `PP` province code where the NIK was **first** issued, `KK` regency/city, `CC` district.
//! - `DDMMYY` birth date; women have day + 40 (41–71).
//! - `SSSS` serial, starting at 0001.
//!
//! This is a *format* check only: it cannot tell whether Dukcapil knows the NIK. The area code
//! never changes when a person moves, so it must never be used to force a domicile (see
//! [`crate::domain::booking::regions::suggest_from_nik`], which only *suggests*).

use crate::domain::common::date;

/// The rule's parameters are also in `backend/data/rules/params.json` (`nik`), which the store
/// reads; `tests/shared_rules.rs` keeps them equal.
pub const NIK_DIGITS: usize = 16;
/// Women's birth day is written with this added.
pub const FEMALE_DAY_OFFSET: u8 = 40;

/// Kemendagri province codes (38 provinces since Dec 2022):
/// 11 Aceh, 12 Sumatera Utara, 13 Sumatera Barat, 14 Riau, 15 Jambi, 16 Sumatera Selatan,
/// 17 Bengkulu, 18 Lampung, 19 Kep. Bangka Belitung, 21 Kep. Riau, 31 DKI Jakarta,
/// 32 Jawa Barat, 33 Jawa Tengah, 34 DI Yogyakarta, 35 Jawa Timur, 36 Banten, 51 Bali,
/// 52 NTB, 53 NTT, 61–65 Kalimantan Barat/Tengah/Selatan/Timur/Utara, 71 Sulawesi Utara,
/// 72 Sulawesi Tengah, 73 Sulawesi Selatan, 74 Sulawesi Tenggara, 75 Gorontalo,
/// 76 Sulawesi Barat, 81 Maluku, 82 Maluku Utara, 91 Papua, 92 Papua Barat,
/// 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan, 96 Papua Barat Daya.
///
/// Checked: 92 = Papua Barat (its BPS code is 91, a common source of confusion) and
/// 95 = Papua Pegunungan ("Kode Kemendagri 95"), from stored Indonesian wiki pages. 93/94/96
/// follow the 2022 Kemendagri numbering of the new Papua provinces. There is no 20 (the
/// second digit group is 21 Kepulauan Riau). Accepting all of 91–96 is safe either way: NIKs
/// issued in Papua before 2022 keep 91/92.
pub const PROVINCE_CODES: [u8; 38] = [
    11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
    71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
];

/// A NIK whose format is plausible. Holds exactly 16 ASCII digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Nik(String);

/// Why a typed NIK cannot be right (`crate::text::errors::nik` says it in words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NikError {
    Empty,
    /// Something other than a digit, space, dot or dash.
    InvalidChar(char),
    /// Number of digits typed (not 16).
    WrongLength(usize),
    /// Digits 1–2.
    UnknownProvince(u8),
    /// Digits 3–4 are "00".
    RegencyZero,
    /// Digits 7–8 not in 01–31 or 41–71.
    BadDay(u8),
    /// Digits 9–10 not in 01–12.
    BadMonth(u8),
    /// Day and month are in range but the date does not exist (31 April, 29 Feb 2023...).
    NoSuchDate {
        day: u8,
        month: u8,
    },
    /// Digits 13–16 are "0000".
    SerialZero,
}

fn two(d: &[u8]) -> u8 {
    (d[0] - b'0') * 10 + (d[1] - b'0')
}

/// Days in `month` of a two-digit year. February has 29 days when 19YY **or** 20YY is a leap
/// year; both are leap exactly when YY is a multiple of 4 (1900 is not, 2000 is), so the
/// calendar's rule for 20YY is the right one and 29-02-00 is accepted (born in 2000).
fn days_in_month_yy(month: u8, yy: u8) -> u8 {
    date::days_in_month(2000 + i64::from(yy), u32::from(month)) as u8
}

/// Check what a citizen typed. Spaces, dots and dashes (as people copy from a KTP or a
/// photo) are ignored; anything else that is not a digit is an error.
pub fn check_nik(input: &str) -> Result<Nik, NikError> {
    let mut digits = String::with_capacity(16);
    for c in input.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '.' | '-' | '\t' | '\u{a0}' => {}
            other => return Err(NikError::InvalidChar(other)),
        }
    }
    if digits.is_empty() {
        return Err(NikError::Empty);
    }
    if digits.len() != NIK_DIGITS {
        return Err(NikError::WrongLength(digits.len()));
    }
    let d = digits.as_bytes();
    let province = two(&d[0..2]);
    if !PROVINCE_CODES.contains(&province) {
        return Err(NikError::UnknownProvince(province));
    }
    if &d[2..4] == b"00" {
        return Err(NikError::RegencyZero);
    }
    let raw_day = two(&d[6..8]);
    let day = match raw_day {
        1..=31 => raw_day,
        41..=71 => raw_day - FEMALE_DAY_OFFSET,
        _ => return Err(NikError::BadDay(raw_day)),
    };
    let month = two(&d[8..10]);
    if !(1..=12).contains(&month) {
        return Err(NikError::BadMonth(month));
    }
    if day > days_in_month_yy(month, two(&d[10..12])) {
        return Err(NikError::NoSuchDate { day, month });
    }
    if &d[12..16] == b"0000" {
        return Err(NikError::SerialZero);
    }
    Ok(Nik(digits))
}

impl Nik {
    /// The 16 digits, no separators.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Digits 1–2, e.g. "35" (Jawa Timur).
    pub fn province_code(&self) -> &str {
        &self.0[0..2]
    }
    /// Digits 1–4, e.g. "3578" (Kota Surabaya): where the NIK was first issued.
    pub fn regency_code(&self) -> &str {
        &self.0[0..4]
    }
    /// (day 1–31 with the +40 removed, month 1–12, two-digit year).
    pub fn birth_date(&self) -> (u8, u8, u8) {
        let d = self.0.as_bytes();
        let raw = two(&d[6..8]);
        let day = if raw > 40 { raw - 40 } else { raw };
        (day, two(&d[8..10]), two(&d[10..12]))
    }
    pub fn is_female(&self) -> bool {
        two(&self.0.as_bytes()[6..8]) > 40
    }
    /// Safe to show on screen or in a summary: "3578********0001".
    pub fn masked(&self) -> String {
        format!("{}********{}", &self.0[0..4], &self.0[12..16])
    }
}

impl std::fmt::Display for Nik {
    /// Shows the masked form, so a NIK is never printed in full by accident.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surabaya_woman() {
        let n = check_nik("3578 0145 0589 0001").unwrap();
        assert_eq!(n.regency_code(), "3578");
        assert!(n.is_female());
        assert_eq!(n.birth_date(), (5, 5, 89));
        assert_eq!(n.masked(), "3578********0001");
    }
}
