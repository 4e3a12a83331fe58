//! NIK registered in another programme: the institution named decides where to go.

use super::support::*;

fn f() -> Flow {
    flow("nik-registered-other-program")
}

#[test]
fn social_aid_recipients_learn_they_may_join_the_next_wave() {
    f().route("0")
        .via(&["q-institution"])
        .ends_at("o-rejoin")
        .ends_in(Info);
}

#[test]
fn a_school_record_goes_to_the_school_and_an_invalid_nik_to_dukcapil() {
    f().route("1")
        .ends_at("o-school")
        .ends_in(Channel("school-university"));
    f().route("2").ends_at("o-dukcapil").ends_in(DUKCAPIL);
}

#[test]
fn no_institution_named_is_reported_with_the_complaint_form() {
    f().from("q-institution")
        .answer(pick(3))
        .goes_to("q-form-sent");
    f().report_question_at("3");
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().never_solved();
    f().ends_are(&[
        ("o-rejoin", Info),
        ("o-school", Channel("school-university")),
        ("o-dukcapil", DUKCAPIL),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
