//! NIK not registered or not valid: type it again, check the birth date, then Dukcapil.

use super::support::*;

fn f() -> Flow {
    flow("nik-not-registered-dukcapil")
}

#[test]
fn the_nik_typed_again_from_the_card_is_the_quickest_fix() {
    f().quickest_fix_is("y");
    f().route("y")
        .via(&["retype"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn a_birth_date_matching_the_nik_is_the_second_fix() {
    f().from("retype").answer(No).goes_to("check-dob");
    f().route("ny")
        .via(&["retype", "check-dob"])
        .ends_in(Solved);
}

#[test]
fn a_recorded_ektp_still_refused_is_asked_of_dukcapil() {
    f().route("nn0")
        .via(&["retype", "check-dob", "recorded"])
        .ends_at("ask-dukcapil")
        .ends_in(DUKCAPIL);
}

#[test]
fn an_ektp_never_recorded_means_a_visit_to_disdukcapil() {
    f().route("nn1").ends_at("visit-dukcapil").ends_in(DUKCAPIL);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("ask-dukcapil", DUKCAPIL),
        ("visit-dukcapil", DUKCAPIL),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
