//! OTP code not received: by e-mail at login, or by SMS.

use super::support::*;

fn f() -> Flow {
    flow("otp-not-received")
}

#[test]
fn a_login_code_found_in_the_inbox_or_spam_is_the_quickest_fix() {
    f().quickest_fix_is("0y");
    f().route("0y")
        .via(&["channel", "email-inbox"])
        .ends_in(Solved);
}

#[test]
fn the_newest_resent_code_solves_it() {
    f().from("email-inbox").answer(No).goes_to("email-resend");
    f().route("0ny").ends_in(Solved);
}

#[test]
fn an_sms_code_arrives_once_the_sim_is_in_this_phone() {
    f().from("channel").answer(pick(1)).goes_to("sms-sim");
    f().route("1y").via(&["channel", "sms-sim"]).ends_in(Solved);
}

#[test]
fn no_email_code_after_a_resend_sends_an_unreported_case_to_the_complaint_form() {
    f().route("0nn00")
        .via(&[
            "channel",
            "email-inbox",
            "email-resend",
            "email-access",
            "q-form-sent",
        ])
        .ends_in(FORM);
    f().route("0nn01").ends_in(EMAIL_INFO);
}

#[test]
fn no_sms_on_an_active_number_goes_to_the_complaint_form_then_the_info_address() {
    f().route("1n00")
        .via(&["channel", "sms-sim", "number-active", "q-form-sent"])
        .ends_in(FORM);
    f().route("1n01").ends_in(EMAIL_INFO);
}

#[test]
fn a_citizen_who_cannot_write_the_report_books_a_help_point_to_write_it_beside_an_officer() {
    f().route("0nn02").ends_at("o-help-point").ends_in(BESIDE);
    f().route("1n02").ends_at("o-help-point").ends_in(BESIDE);
    f().report_question_at("0nn0");
    f().report_question_at("1n0");
}

#[test]
fn a_lost_mailbox_or_a_dead_number_is_fixed_first_elsewhere() {
    f().from("email-access")
        .answer(pick(1))
        .goes_to("lost-email");
    f().route("0nn1").ends_in(Info);
    f().from("number-active")
        .answer(pick(1))
        .goes_to("dead-number");
    f().route("1n1").ends_in(Info);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("lost-email", Info),
        ("dead-number", Info),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
