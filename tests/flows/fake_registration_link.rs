//! A link or post says registration is open: how to tell it is fake, and what to do after
//! typing a name, a number, a password or a code there.

use super::support::*;

fn f() -> Flow {
    flow("fake-registration-link")
}

#[test]
fn a_citizen_who_typed_nothing_is_told_the_only_official_site() {
    f().route("0")
        .via(&["q-typed"])
        .ends_at("o-fake")
        .ends_in(Info);
}

#[test]
fn a_citizen_who_typed_a_name_and_number_is_warned_about_calls_asking_for_codes() {
    f().route("1").ends_at("o-contact").ends_in(Info);
}

#[test]
fn a_citizen_who_typed_a_password_or_code_changes_the_password_then_reports_the_scam() {
    f().from("s-password").answer(Yes).goes_to("o-report");
    f().route("2y")
        .via(&["q-typed", "s-password"])
        .ends_in(Channel("police"));
}

#[test]
fn a_citizen_who_lost_the_account_reports_it_with_the_complaint_form() {
    f().from("s-password").answer(No).goes_to("q-form-sent");
    f().report_question_at("2n");
}

#[test]
fn a_citizen_who_cannot_write_the_report_books_a_help_point_beside_an_officer() {
    f().route("2n2").ends_at("o-help-point").ends_in(BESIDE);
}

#[test]
fn nothing_here_is_marked_fixed() {
    f().never_solved();
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-fake", Info),
        ("o-contact", Info),
        ("o-report", Channel("police")),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
