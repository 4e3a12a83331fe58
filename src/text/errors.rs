//! What a citizen reads when something they typed cannot be right: one template per kind of
//! mistake, in each language's table (`ERRORS` in `id/` and `en/`). `{}` in a template is
//! the detail (the character, the count, the digits). The domain only says *what* is wrong
//! (`NikError`, `PhoneError`, `CodeError`, `NameError`, `FieldProblem`); this says it in words.

use crate::domain::booking::code::{CodeError, CODE_LEN};
use crate::domain::booking::form::{FieldProblem, NameError};
use crate::domain::booking::nik::NikError;
use crate::domain::booking::phone::PhoneError;
use crate::domain::common::language::Lang;
use crate::text::BookingStrings;

string_table! {
/// Templates for the messages beside a field. Every one ends with what to do next.
#[derive(Debug)]
pub struct ErrorStrings {
    pub nik_empty: &'static str,
    pub nik_invalid_char: &'static str,
    pub nik_wrong_length: &'static str,
    pub nik_unknown_province: &'static str,
    pub nik_regency_zero: &'static str,
    pub nik_bad_day: &'static str,
    pub nik_bad_month: &'static str,
    /// `{}` is "DD-MM".
    pub nik_no_such_date: &'static str,
    pub nik_serial_zero: &'static str,
    pub phone_empty: &'static str,
    pub phone_invalid_char: &'static str,
    pub phone_not_indonesian: &'static str,
    pub phone_landline: &'static str,
    pub phone_not_mobile: &'static str,
    pub phone_too_short: &'static str,
    pub phone_too_long: &'static str,
    pub code_empty: &'static str,
    pub code_wrong_length: &'static str,
    /// `{}` is the character typed; the list of characters never used follows.
    pub code_never_used: &'static str,
    pub code_invalid_char: &'static str,
    pub name_empty: &'static str,
    pub name_short: &'static str,
    pub name_long: &'static str,
    pub name_invisible: &'static str,
}
}

/// `template` with its `{}` replaced by `detail`.
fn fill(template: &str, detail: &str) -> String {
    template.replacen("{}", detail, 1)
}

fn two_digits(n: u8) -> String {
    format!("{n:02}")
}

pub fn nik(e: &NikError, lang: Lang) -> String {
    let t = ErrorStrings::get(lang);
    match e {
        NikError::Empty => t.nik_empty.into(),
        NikError::InvalidChar(c) => fill(t.nik_invalid_char, &c.to_string()),
        NikError::WrongLength(n) => fill(t.nik_wrong_length, &n.to_string()),
        NikError::UnknownProvince(p) => fill(t.nik_unknown_province, &two_digits(*p)),
        NikError::RegencyZero => t.nik_regency_zero.into(),
        NikError::BadDay(d) => fill(t.nik_bad_day, &two_digits(*d)),
        NikError::BadMonth(m) => fill(t.nik_bad_month, &two_digits(*m)),
        NikError::NoSuchDate { day, month } => fill(
            t.nik_no_such_date,
            &format!("{}-{}", two_digits(*day), two_digits(*month)),
        ),
        NikError::SerialZero => t.nik_serial_zero.into(),
    }
}

pub fn phone(e: &PhoneError, lang: Lang) -> String {
    let t = ErrorStrings::get(lang);
    match e {
        PhoneError::Empty => t.phone_empty.into(),
        PhoneError::InvalidChar(c) => fill(t.phone_invalid_char, &c.to_string()),
        PhoneError::NotIndonesian => t.phone_not_indonesian.into(),
        PhoneError::Landline => t.phone_landline.into(),
        PhoneError::NotMobile => t.phone_not_mobile.into(),
        PhoneError::TooShort(n) => fill(t.phone_too_short, &n.to_string()),
        PhoneError::TooLong(n) => fill(t.phone_too_long, &n.to_string()),
    }
}

pub fn code(e: &CodeError, lang: Lang) -> String {
    let t = ErrorStrings::get(lang);
    match e {
        CodeError::Empty => t.code_empty.into(),
        CodeError::WrongLength(n) => {
            fill(t.code_wrong_length, &n.to_string()).replacen("{len}", &CODE_LEN.to_string(), 1)
        }
        CodeError::NeverUsed(c) => fill(t.code_never_used, &c.to_string()).replacen(
            "{list}",
            &crate::domain::booking::code::never_used().join(", "),
            1,
        ),
        CodeError::InvalidChar(c) => fill(t.code_invalid_char, &c.to_string()),
    }
}

pub fn name(e: &NameError, lang: Lang) -> String {
    let t = ErrorStrings::get(lang);
    match e {
        NameError::Empty => t.name_empty.into(),
        NameError::Short => t.name_short.into(),
        NameError::Long => t.name_long.into(),
        NameError::Invisible => t.name_invisible.into(),
    }
}

/// The message beside a field of the booking form.
pub fn field(p: &FieldProblem, lang: Lang) -> String {
    let s = BookingStrings::get(lang);
    match p {
        FieldProblem::RegionMissing => s.region_missing.into(),
        FieldProblem::PointMissing => s.point_missing.into(),
        FieldProblem::SlotMissing => s.slot_missing.into(),
        FieldProblem::ConsentMissing => s.consent_missing.into(),
        FieldProblem::Name(e) => name(e, lang),
        FieldProblem::Nik(e) => nik(e, lang),
        FieldProblem::Phone(e) => phone(e, lang),
        FieldProblem::Code(e) => code(e, lang),
        FieldProblem::Refused(c) => s.api_error(*c).into(),
        FieldProblem::NoSuchBooking => s.err_lookup_not_found.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_is_written_in_both_languages_and_placeholders_match() {
        let (id, en) = (ErrorStrings::get(Lang::Id), ErrorStrings::get(Lang::En));
        let same = crate::text::identical_in_both(&id.all(), &en.all());
        assert!(same.is_empty(), "not translated: {same:?}");
        for ((_, a), (_, b)) in id.all().into_iter().zip(en.all()) {
            for ph in ["{}", "{list}", "{len}"] {
                assert_eq!(a.contains(ph), b.contains(ph), "{ph} in {a} / {b}");
            }
        }
    }

    #[test]
    fn messages_carry_the_detail_that_was_wrong() {
        assert_eq!(
            nik(&NikError::WrongLength(15), Lang::Id),
            "NIK harus 16 angka. Kamu mengetik 15. Cek lagi di KTP."
        );
        assert!(nik(&NikError::NoSuchDate { day: 31, month: 4 }, Lang::En).contains("(31-04)"));
        assert!(phone(&PhoneError::TooShort(7), Lang::Id).contains(": 7 angka"));
        let c = code(&CodeError::NeverUsed('O'), Lang::Id);
        assert!(c.contains("\"O\"") && c.contains("0, 1, 2"), "{c}");
    }
}
