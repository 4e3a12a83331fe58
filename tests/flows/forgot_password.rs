//! Forgot password: the reset by e-mail, then by NIK or phone number.

use super::support::*;

fn f() -> Flow {
    flow("forgot-password")
}

#[test]
fn the_reset_email_and_a_new_password_are_the_quickest_fix() {
    f().quickest_fix_is("yyy");
    f().route("yyy")
        .via(&["request", "check-mail", "new-password"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn an_unknown_email_is_tried_again_with_the_nik_or_phone_number() {
    f().from("request").answer(No).goes_to("try-nik");
    f().route("nyyy")
        .via(&["request", "try-nik", "check-mail", "new-password"])
        .ends_in(Solved);
}

#[test]
fn a_reset_email_that_never_arrives_is_reported_with_the_complaint_form() {
    f().route("yn00")
        .via(&["request", "check-mail", "email-access", "q-form-sent"])
        .ends_in(FORM);
    f().report_question_at("yn0");
    f().report_question_at("nn");
    f().report_question_at("yyn");
}

#[test]
fn a_mailbox_that_no_longer_opens_is_recovered_first() {
    f().from("email-access")
        .answer(pick(1))
        .goes_to("lost-email");
    f().route("yn1").ends_in(Info);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("lost-email", Info),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
