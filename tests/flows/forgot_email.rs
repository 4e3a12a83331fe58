//! Forgot which e-mail I used: the hidden hint, the mailbox, or writing to info@ from another.

use super::support::*;

fn f() -> Flow {
    flow("forgot-email")
}

#[test]
fn a_recognised_hint_and_an_open_mailbox_reset_the_password_quickest() {
    f().quickest_fix_is("00y");
    f().route("00y")
        .via(&["masked-hint", "can-open", "reset"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn a_mailbox_that_no_longer_opens_is_recovered_first() {
    f().from("can-open")
        .answer(pick(1))
        .goes_to("recover-mailbox");
    f().route("01yy")
        .via(&["masked-hint", "can-open", "recover-mailbox", "reset"])
        .ends_in(Solved);
}

#[test]
fn an_unknown_address_is_asked_of_info_from_another_address_of_ones_own() {
    f().route("10")
        .via(&["masked-hint", "write-info"])
        .ends_at("o-email")
        .ends_in(EMAIL_INFO);
    f().route("11y")
        .via(&["masked-hint", "write-info", "make-email"])
        .ends_in(EMAIL_INFO);
}

#[test]
fn a_citizen_who_cannot_type_on_a_phone_books_a_help_point_to_make_the_email_there() {
    f().route("11n0")
        .via(&["masked-hint", "write-info", "make-email", "why-no-email"])
        .ends_at("o-help-point")
        .ends_in(BESIDE);
    f().route("00n1n0").ends_in(BESIDE);
}

#[test]
fn another_hurdle_to_making_an_email_is_tried_again_with_someone_trusted() {
    f().route("11n1").ends_at("make-email-again").ends_in(Info);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("o-email", EMAIL_INFO),
        ("make-email-again", Info),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
