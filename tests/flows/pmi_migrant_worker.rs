//! A migrant worker (PMI) wants to apply: before leaving, back home, or still abroad.

use super::support::*;

fn f() -> Flow {
    flow("pmi-migrant-worker")
}

const LTSA: End = InPerson {
    reason: "migrant-worker-papers",
};

#[test]
fn a_prospective_worker_with_everything_ready_registers_and_joins_a_wave() {
    f().quickest_fix_is("000y");
    f().route("000y")
        .via(&["q-status", "q-papers", "q-ready", "s-register"])
        .ends_at("o-solved")
        .ends_in(Solved);
    f().route("100y").ends_in(Solved);
}

#[test]
fn a_worker_still_abroad_is_told_registration_from_abroad_is_uncertain() {
    f().route("2")
        .via(&["q-status"])
        .ends_at("o-abroad")
        .ends_in(Info);
}

#[test]
fn papers_to_explain_in_person_book_the_ltsa_or_a_help_point() {
    f().route("01")
        .via(&["q-status", "q-papers"])
        .ends_at("o-help-ltsa")
        .ends_in(LTSA);
    f().route("11").ends_at("o-help-ltsa").ends_in(LTSA);
}

#[test]
fn no_ektp_goes_to_dukcapil_and_no_phone_number_is_got_first() {
    f().route("001").ends_at("o-dukcapil").ends_in(DUKCAPIL);
    f().route("102").ends_at("o-no-number").ends_in(Info);
}

#[test]
fn a_citizen_who_cannot_type_on_a_phone_books_a_help_point_where_an_officer_sits_beside() {
    f().route("003n0")
        .via(&["q-status", "q-papers", "q-ready", "s-make-email", "q-why"])
        .ends_at("o-help-beside")
        .ends_in(BESIDE);
}

#[test]
fn a_phone_that_cannot_take_photos_books_a_help_point_with_an_office_device() {
    f().route("104").ends_at("o-help-device").ends_in(NO_CAMERA);
}

#[test]
fn a_registration_step_that_fails_opens_that_steps_guide() {
    f().route("000n").ends_at("o-find-problem").ends_in(Info);
    f().route("103yn").ends_at("o-find-problem").ends_in(Info);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-solved", Solved),
        ("o-abroad", Info),
        ("o-find-problem", Info),
        ("o-no-number", Info),
        ("o-dukcapil", DUKCAPIL),
        ("o-help-ltsa", LTSA),
        ("o-help-beside", BESIDE),
        ("o-help-device", NO_CAMERA),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}

#[test]
fn registering_until_gabung_gelombang_follows_the_programme_state() {
    f().route("000")
        .asks("s-register")
        .says_when(Open, "Daftar sendiri", "Register yourself")
        .says_when(Closed, "gelombang 71", "wave 71")
        .says_when(Unknown, "Cek dulu", "First check");
}
