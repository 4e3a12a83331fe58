//! Registered as a student: the school or LLDikti updates the status, or wait until done.

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
        ("o-not-eligible", Info),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
