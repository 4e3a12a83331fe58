//! Change phone number: in Profil when logged in; otherwise the password or a report.

use super::support::*;

fn f() -> Flow {
    flow("phone-number-change")
}

#[test]
fn the_change_in_profil_with_the_new_numbers_code_is_the_quickest_fix() {
    f().quickest_fix_is("0yyyyy");
    f().route("0yyyyy")
        .via(&[
            "can-login",
            "open-profile",
            "disconnect",
            "new-number",
            "otp",
            "relink",
        ])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn a_forgotten_password_is_reset_first() {
    f().route("1")
        .via(&["can-login"])
        .ends_at("forgot-pw")
        .ends_in(Info);
}

#[test]
fn no_login_for_another_reason_is_reported_with_the_complaint_form() {
    f().from("can-login").answer(pick(2)).goes_to("q-form-sent");
    f().report_question_at("2");
}

#[test]
fn any_step_of_the_change_that_fails_is_reported_with_the_complaint_form() {
    f().report_question_at("0n");
    f().report_question_at("0yn");
    f().report_question_at("0yyn");
    f().report_question_at("0yyyn");
    f().report_question_at("0yyyyn");
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("forgot-pw", Info),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
