//! Change the account's e-mail address.

use super::support::*;

fn f() -> Flow {
    flow("email-change")
}

#[test]
fn a_citizen_who_can_open_the_mailbox_keeps_it_and_asks_through_the_complaint_form() {
    f().route("0")
        .via(&["q-can-open"])
        .ends_at("o-keep")
        .ends_in(FORM);
}

#[test]
fn a_mailbox_that_no_longer_opens_is_sent_to_the_forgotten_email_guide() {
    f().route("1").ends_at("o-forgot-email").ends_in(Info);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().never_solved();
    f().ends_are(&[("o-keep", FORM), ("o-forgot-email", Info)]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
