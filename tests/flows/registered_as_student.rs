//! Registered as a student: the school, LLDikti or the madrasah (Kemenag's EMIS) updates the status,
//! or wait until done.

use super::support::*;

fn f() -> Flow {
    flow("registered-as-student")
}

#[test]
fn a_private_university_graduate_asks_the_university_then_lldikti() {
    f().route("00")
        .via(&["q-graduated", "q-private"])
        .ends_at("o-lldikti")
        .ends_in(Channel("school-university"));
}

#[test]
fn a_school_or_state_university_graduate_asks_the_school() {
    f().route("01")
        .ends_at("o-school")
        .ends_in(Channel("school-university"));
}

#[test]
fn a_madrasah_or_islamic_university_graduate_asks_about_kemenags_emis_records() {
    f().route("02")
        .via(&["q-graduated", "q-private"])
        .ends_at("o-kemenag")
        .ends_in(Info);
}

#[test]
fn a_citizen_still_studying_learns_they_cannot_join_yet() {
    f().route("1")
        .via(&["q-graduated"])
        .ends_at("o-not-eligible")
        .ends_in(Info);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().never_solved();
    f().ends_are(&[
        ("o-lldikti", Channel("school-university")),
        ("o-school", Channel("school-university")),
        ("o-kemenag", Info),
        ("o-not-eligible", Info),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}

#[test]
fn a_student_may_make_an_account_in_every_state_but_not_join_a_wave() {
    for state in [Open, Closed, Unknown] {
        f().route("1").ends_at("o-not-eligible").says_when(
            state,
            "akun Prakerja",
            "Prakerja account",
        );
    }
    f().route("1").says_when(Closed, "gelombang 71", "wave 71");
}
