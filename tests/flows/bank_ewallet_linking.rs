//! Cannot link a bank account or e-wallet: the fix depends on what the site said.

use super::support::*;

fn f() -> Flow {
    flow("bank-ewallet-linking")
}

#[test]
fn linking_again_carefully_is_the_quickest_fix() {
    f().quickest_fix_is("y");
    f().route("y")
        .via(&["s-link"])
        .ends_at("o-solved")
        .ends_in(Solved);
}

#[test]
fn each_error_leads_to_its_own_first_fix() {
    f().from("q-error").answer(pick(0)).goes_to("s-wait-hour");
    f().from("q-error").answer(pick(1)).goes_to("s-premium");
    f().from("q-error").answer(pick(2)).goes_to("s-same-number");
    f().from("q-error").answer(pick(3)).goes_to("s-own-name");
}

#[test]
fn too_many_wrong_codes_are_fixed_by_waiting_an_hour() {
    f().route("n0y")
        .via(&["s-link", "q-error", "s-wait-hour"])
        .ends_in(Solved);
}

#[test]
fn an_unverified_ewallet_the_citizen_cannot_upgrade_goes_to_its_provider() {
    f().route("n1n")
        .via(&["s-link", "q-error", "s-premium"])
        .ends_at("o-provider")
        .ends_in(Channel("ewallet-provider"));
}

#[test]
fn another_ewallet_or_bank_is_tried_before_reporting() {
    f().route("n3ny")
        .via(&["s-link", "q-error", "s-own-name", "s-switch"])
        .ends_in(Solved);
    f().report_question_at("n3nn");
    f().report_question_at("n0nnn");
    f().report_question_at("n2nnn");
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-solved", Solved),
        ("o-provider", Channel("ewallet-provider")),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
