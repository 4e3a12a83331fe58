//! OTP resend limit reached: at login (2 hours) or when linking an e-wallet (1 hour).

use super::support::*;

fn f() -> Flow {
    flow("otp-limit-reached")
}

#[test]
fn a_code_already_in_the_inbox_or_spam_is_the_quickest_fix() {
    f().quickest_fix_is("0y");
    f().route("0y")
        .via(&["where", "check-spam"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn at_login_one_new_code_after_the_two_hour_wait_solves_it() {
    f().from("check-spam").answer(No).goes_to("after-wait");
    f().route("0ny")
        .via(&["where", "check-spam", "after-wait"])
        .ends_in(Solved);
}

#[test]
fn an_ewallet_code_typed_carefully_after_an_hour_solves_it() {
    f().route("1y")
        .via(&["where", "ewallet-wait"])
        .ends_in(Solved);
}

#[test]
fn a_code_still_missing_after_the_wait_is_reported_with_the_complaint_form() {
    f().report_question_at("0nn0");
    f().report_question_at("1n");
}

#[test]
fn a_mailbox_that_no_longer_opens_is_recovered_first() {
    f().route("0nn1").ends_at("lost-email").ends_in(Info);
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
