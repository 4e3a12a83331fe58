//! NIK already used by another account: a former recipient, an old account, or misuse.

use super::support::*;

fn f() -> Flow {
    flow("nik-already-used")
}

#[test]
fn recovering_the_old_account_from_the_hinted_mailbox_is_the_quickest_fix() {
    f().quickest_fix_is("10y");
    f().route("10y")
        .via(&["former", "find-account", "recover"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn a_former_recipient_learns_that_the_card_is_given_once() {
    f().route("0")
        .via(&["former"])
        .ends_at("once-only")
        .ends_in(Info);
}

#[test]
fn an_unknown_hinted_address_warns_that_someone_may_use_the_nik() {
    f().route("11").ends_at("misuse").ends_in(Info);
}

#[test]
fn no_hint_or_a_failed_recovery_is_reported_with_the_complaint_form() {
    f().from("find-account")
        .answer(pick(2))
        .goes_to("q-form-sent");
    f().report_question_at("12");
    f().report_question_at("10n");
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("once-only", Info),
        ("misuse", Info),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
