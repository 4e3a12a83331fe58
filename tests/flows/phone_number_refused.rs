//! Phone number refused or already used at sign-up.

use super::support::*;

fn f() -> Flow {
    flow("phone-number-refused")
}

#[test]
fn a_number_typed_again_carefully_is_the_quickest_fix() {
    f().quickest_fix_is("0y");
    f().route("0y")
        .via(&["q-what", "s-retype"])
        .ends_at("o-solved")
        .ends_in(Solved);
}

#[test]
fn an_invalid_number_is_checked_for_an_active_sim_before_reporting() {
    f().route("0ny")
        .via(&["q-what", "s-retype", "s-active"])
        .ends_in(Solved);
    f().report_question_at("0nn");
}

#[test]
fn a_number_already_used_finds_the_citizens_old_account() {
    f().route("1y")
        .via(&["q-what", "s-find-account"])
        .ends_at("o-old-account")
        .ends_in(Solved);
}

#[test]
fn with_no_old_account_another_number_of_ones_own_is_used() {
    f().route("1n0y")
        .via(&[
            "q-what",
            "s-find-account",
            "q-other-number",
            "s-other-number",
        ])
        .ends_at("o-solved")
        .ends_in(Solved);
    f().report_question_at("1n0n");
}

#[test]
fn with_no_other_number_it_is_reported_with_the_complaint_form() {
    f().from("q-other-number")
        .answer(pick(1))
        .goes_to("q-form-sent");
    f().report_question_at("1n1");
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-solved", Solved),
        ("o-old-account", Solved),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
