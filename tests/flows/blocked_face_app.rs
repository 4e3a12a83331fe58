//! Blocked after another app did the face scan: no official fix but the complaint form.

use super::support::*;

fn f() -> Flow {
    flow("blocked-face-app")
}

#[test]
fn a_block_for_a_face_scan_app_is_never_lifted_by_self_help() {
    f().never_solved();
}

#[test]
fn a_citizen_who_used_another_app_is_sent_to_the_complaint_form() {
    f().from("q-app").answer(pick(0)).goes_to("q-form-sent");
    f().route("00").via(&["q-app", "q-form-sent"]).ends_in(FORM);
    f().report_question_at("0");
}

#[test]
fn a_citizen_who_used_no_other_app_looks_for_another_cause() {
    f().route("1").ends_at("o-other").ends_in(Info);
}

#[test]
fn a_citizen_who_cannot_write_the_report_books_a_help_point_beside_an_officer() {
    f().route("02").ends_at("o-help-point").ends_in(BESIDE);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-other", Info),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
