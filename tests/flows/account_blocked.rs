//! Account blocked: a student status, a broken rule, or neither (report it).

use super::support::*;

fn f() -> Flow {
    flow("account-blocked")
}

#[test]
fn a_blocked_account_is_never_unblocked_by_self_help_alone() {
    f().never_solved();
}

#[test]
fn a_citizen_still_recorded_as_a_student_is_sent_to_the_school() {
    f().route("0")
        .via(&["student"])
        .ends_at("school")
        .ends_in(Channel("school-university"));
}

#[test]
fn a_possibly_broken_rule_is_explained_not_reported() {
    f().from("rules").answer(pick(0)).goes_to("rules-info");
    f().route("10").via(&["student", "rules"]).ends_in(Info);
}

#[test]
fn a_block_with_no_known_cause_is_reported_with_the_complaint_form() {
    f().route("110")
        .via(&["student", "rules", "q-form-sent"])
        .ends_in(FORM);
    f().report_question_at("11");
}

#[test]
fn a_citizen_who_cannot_write_the_report_books_a_help_point_beside_an_officer() {
    f().route("112").ends_at("o-help-point").ends_in(BESIDE);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("school", Channel("school-university")),
        ("rules-info", Info),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
