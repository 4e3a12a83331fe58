//! The shape of the call centres' strings (`telepon/`); the values are `CALL` in `id/staff.rs` and
//! `en/staff.rs`. What the agent reads aloud is written to be said on the phone.

string_table! {
#[derive(Debug)]
pub struct CallStrings {
    pub tagline: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub not_signed_in: &'static str,
    pub to_sign_in: &'static str,
    pub sign_out: &'static str,
    pub signed_out_title: &'static str,
    /// Added to the idle warning while a caller's details are typed.
    pub caller_will_clear: &'static str,
    /// After a sign-out that emptied a half-filled booking.
    pub caller_cleared: &'static str,
    pub complaint_title: &'static str,
    pub complaint_hint: &'static str,
    pub matches: &'static str,
    pub no_match: &'static str,
    pub read_aloud: &'static str,
    pub worked: &'static str,
    pub not_worked: &'static str,
    pub back: &'static str,
    pub new_call: &'static str,
    pub in_person: &'static str,
    pub reason: &'static str,
    pub book_for_caller: &'static str,
    pub book_title: &'static str,
    pub point: &'static str,
    pub slot: &'static str,
    pub choose: &'static str,
    pub no_slots: &'static str,
    pub name: &'static str,
    pub nik: &'static str,
    pub phone: &'static str,
    pub region: &'static str,
    pub consent_title: &'static str,
    pub consent_text: &'static str,
    pub consent_agreed: &'static str,
    pub send: &'static str,
    pub sending: &'static str,
    pub fix_these: &'static str,
    pub slot_missing: &'static str,
    pub region_missing: &'static str,
    pub consent_missing: &'static str,
    pub already_booked: &'static str,
    pub slot_taken: &'static str,
    pub unreachable: &'static str,
    pub failed: &'static str,
    pub booked_title: &'static str,
    pub code: &'static str,
    pub spelled: &'static str,
    pub when: &'static str,
    pub place: &'static str,
    pub queue_number: &'static str,
    /// One word per character of the booking codes' alphabet (`backend/data/code_alphabet.txt`),
    /// in its order: how each character is said on the phone.
    pub letters: [&'static str; 25],
}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::booking::code::CODE_ALPHABET;
    use crate::domain::common::language::Lang;

    #[test]
    fn both_languages_fill_every_call_string_and_differ() {
        let same = crate::text::identical_in_both(
            &CallStrings::get(Lang::Id).all(),
            &CallStrings::get(Lang::En).all(),
        );
        // Words both languages share: NIK.
        assert!(same.len() <= 2, "identical in both languages: {same:?}");
    }

    #[test]
    fn each_spelling_word_starts_with_its_letter() {
        assert_eq!(
            CODE_ALPHABET.len(),
            25,
            "one word per character of the alphabet"
        );
        for lang in [Lang::Id, Lang::En] {
            let s = CallStrings::get(lang);
            for (c, word) in CODE_ALPHABET.iter().zip(s.letters) {
                let c = *c as char;
                if c.is_ascii_alphabetic() {
                    assert!(
                        word.to_ascii_uppercase().starts_with(c),
                        "{lang:?}: {c} is said as {word}"
                    );
                }
            }
        }
    }
}
