//! Laid off or furloughed: a list is not a registration; what is missing decides the way.

use super::support::*;

fn f() -> Flow {
    flow("laid-off-worker")
}

#[test]
fn a_citizen_with_everything_ready_registers_and_joins_a_wave() {
    f().quickest_fix_is("10y");
    f().route("10y")
        .via(&["q-listed", "q-ready", "s-register"])
        .ends_at("o-solved")
        .ends_in(Solved);
}

#[test]
fn being_on_an_employers_list_is_explained_as_not_a_registration() {
    f().route("0")
        .via(&["q-listed"])
        .ends_at("o-list-not-registration")
        .ends_in(Info);
}

#[test]
fn no_ektp_goes_to_dukcapil_and_no_phone_number_is_got_first() {
    f().route("11").ends_at("o-dukcapil").ends_in(DUKCAPIL);
    f().route("12").ends_at("o-no-number").ends_in(Info);
}

#[test]
fn no_email_is_made_first_then_registration_follows() {
    f().route("13yy")
        .via(&["q-listed", "q-ready", "s-make-email", "s-register"])
        .ends_in(Solved);
}

#[test]
fn a_citizen_who_cannot_type_on_a_phone_books_a_help_point_where_an_officer_sits_beside() {
    f().route("13n0")
        .via(&["q-listed", "q-ready", "s-make-email", "q-why"])
        .ends_at("o-help-beside")
        .ends_in(BESIDE);
}

#[test]
fn a_phone_that_cannot_take_photos_books_a_help_point_with_an_office_device() {
    f().route("14")
        .via(&["q-listed", "q-ready"])
        .ends_at("o-help-device")
        .ends_in(NO_CAMERA);
}

#[test]
fn a_registration_step_that_fails_opens_that_steps_guide() {
    f().route("10n").ends_at("o-find-problem").ends_in(Info);
    f().route("13n1").ends_at("o-find-problem").ends_in(Info);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-solved", Solved),
        ("o-list-not-registration", Info),
        ("o-find-problem", Info),
        ("o-no-number", Info),
        ("o-dukcapil", DUKCAPIL),
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
    f().route("10")
        .asks("s-register")
        .says_when(Open, "Daftar sendiri", "Register yourself")
        .says_when(Closed, "gelombang 71", "wave 71")
        .says_when(Unknown, "Cek dulu", "First check");
}
