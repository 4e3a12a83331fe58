//! Still recorded as a pupil or student in Kemenag's EMIS: only the madrasah or university can
//! change it.

use super::support::*;

fn f() -> Flow {
    flow("kemenag-student-record")
}

#[test]
fn a_graduate_asks_the_madrasah_or_university_to_update_emis() {
    f().route("0")
        .via(&["q-where"])
        .ends_at("o-ask-school")
        .ends_in(Info);
}

#[test]
fn a_citizen_still_studying_learns_the_rule() {
    f().route("1").ends_at("o-still-student").ends_in(Info);
}

#[test]
fn a_citizen_of_another_school_is_pointed_to_the_student_problem() {
    f().from("q-where").answer(pick(2)).goes_to("o-other");
}

#[test]
fn nothing_here_is_fixed_or_booked() {
    f().never_solved();
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-ask-school", Info),
        ("o-still-student", Info),
        ("o-other", Info),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
