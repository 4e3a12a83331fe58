//! The verification e-mail does not arrive.

use super::support::*;

fn f() -> Flow {
    flow("verification-email-not-received")
}

#[test]
fn finding_the_email_in_the_inbox_is_the_quickest_fix() {
    f().quickest_fix_is("y");
    f().route("y")
        .via(&["check-inbox"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn spam_junk_and_promotions_are_checked_next() {
    f().from("check-inbox").answer(No).goes_to("check-spam");
    f().route("ny").ends_in(Solved);
}

#[test]
fn a_correct_active_address_waits_a_while_then_reports() {
    f().route("nn0y")
        .via(&["check-inbox", "check-spam", "active", "wait"])
        .ends_in(Solved);
    f().report_question_at("nn0n");
}

#[test]
fn a_wrong_or_dead_address_is_explained_first() {
    f().route("nn1").ends_at("wrong-address").ends_in(Info);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("wrong-address", Info),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
