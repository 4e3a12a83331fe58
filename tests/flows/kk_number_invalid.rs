//! KK number not valid: the latest KK, the KK that names you, then Dukcapil.

use super::support::*;

fn f() -> Flow {
    flow("kk-number-invalid")
}

#[test]
fn the_latest_kk_typed_again_is_the_quickest_fix() {
    f().quickest_fix_is("y");
    f().route("y")
        .via(&["latest-kk"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn a_kk_that_names_the_citizen_but_is_refused_is_checked_with_dukcapil() {
    f().route("n0")
        .via(&["latest-kk", "on-kk"])
        .ends_at("ask-dukcapil")
        .ends_in(DUKCAPIL);
}

#[test]
fn a_kk_without_the_citizens_name_means_finding_the_right_kk() {
    f().from("on-kk").answer(pick(1)).goes_to("find-kk");
    f().route("n1y").ends_in(Solved);
    f().route("n1n").ends_at("fix-dukcapil").ends_in(DUKCAPIL);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("ask-dukcapil", DUKCAPIL),
        ("fix-dukcapil", DUKCAPIL),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
