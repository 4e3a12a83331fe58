//! Cannot create an account: an e-mail first, then the site, then the complaint form.

use super::support::*;

fn f() -> Flow {
    flow("account-creation-failed")
}

#[test]
fn registering_again_on_the_official_site_is_the_quickest_fix() {
    f().quickest_fix_is("0y");
    f().route("0y")
        .via(&["has-email", "official-site"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn a_citizen_without_an_email_makes_one_first_then_registers() {
    f().from("has-email").answer(pick(1)).goes_to("make-email");
    f().route("1yy")
        .via(&["has-email", "make-email", "official-site"])
        .ends_in(Solved);
}

#[test]
fn an_email_already_registered_means_logging_in_not_a_second_account() {
    f().from("already-used").answer(pick(0)).goes_to("log-in");
    f().route("0nn0y")
        .via(&[
            "has-email",
            "official-site",
            "retype",
            "already-used",
            "log-in",
        ])
        .ends_in(Solved);
    f().from("already-used")
        .answer(pick(1))
        .goes_to("retry-later");
}

#[test]
fn registration_still_failing_is_reported_with_the_complaint_form() {
    f().report_question_at("0nn0n");
    f().report_question_at("0nn1n");
    f().report_question_at("1ynn1n");
}

#[test]
fn a_citizen_who_cannot_type_on_a_phone_books_a_help_point_to_make_the_email_there() {
    f().route("1n0")
        .via(&["has-email", "make-email", "why-no-email"])
        .ends_at("o-help-point")
        .ends_in(BESIDE);
}

#[test]
fn no_phone_number_or_another_hurdle_is_solved_first_without_a_help_point() {
    f().route("1n1").ends_at("no-number").ends_in(Info);
    f().route("1n2").ends_at("make-email-again").ends_in(Info);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("no-number", Info),
        ("make-email-again", Info),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
