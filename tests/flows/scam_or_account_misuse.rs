//! A scam, or an account used by someone else.

use super::support::*;

fn f() -> Flow {
    flow("scam-or-account-misuse")
}

#[test]
fn changing_the_password_in_profil_is_the_quickest_way_back_in() {
    f().quickest_fix_is("1y");
    f().route("1y")
        .via(&["q-what", "s-change-password"])
        .ends_at("o-secured")
        .ends_in(Solved);
}

#[test]
fn an_offer_to_register_for_money_is_turned_down() {
    f().route("00")
        .via(&["q-what", "q-gave"])
        .ends_at("o-ignore")
        .ends_in(Info);
}

#[test]
fn data_or_money_already_handed_over_is_reported_to_the_police() {
    f().route("01")
        .ends_at("o-police")
        .ends_in(Channel("police"));
}

#[test]
fn an_old_registration_by_someone_else_is_taken_back_with_lupa_password() {
    f().route("2y")
        .via(&["q-what", "s-forgot-password"])
        .ends_in(Solved);
    f().from("s-change-password")
        .answer(No)
        .goes_to("s-forgot-password");
}

#[test]
fn an_account_that_cannot_be_taken_back_is_reported_with_the_complaint_form() {
    f().report_question_at("1nn");
    f().report_question_at("2n");
}

#[test]
fn a_prakerja_phone_app_is_named_a_fake() {
    f().route("3").ends_at("o-no-app").ends_in(Info);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-secured", Solved),
        ("o-ignore", Info),
        ("o-no-app", Info),
        ("o-police", Channel("police")),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
