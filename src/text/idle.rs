//! The shape of the strings of a staff sign-in running out, shared by the desk (`petugas/`) and
//! the call centres' page (`telepon/`): the warning in the last minute and the notes after the
//! sign-out. The values are `IDLE` in `id/staff.rs` and `en/staff.rs`.

string_table! {
#[derive(Debug)]
pub struct IdleStrings {
    pub signed_out_idle: &'static str,
    pub session_expired: &'static str,
    pub idle_warning: &'static str,
    pub seconds: &'static str,
    pub stay_signed_in: &'static str,
}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::language::Lang;

    #[test]
    fn both_languages_fill_every_idle_string_and_differ() {
        let same = crate::text::identical_in_both(
            &IdleStrings::get(Lang::Id).all(),
            &IdleStrings::get(Lang::En).all(),
        );
        assert!(same.is_empty(), "identical in both languages: {same:?}");
    }
}
