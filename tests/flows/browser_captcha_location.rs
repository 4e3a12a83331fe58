//! Captcha, location or page not working: one browser fix per symptom, then the shared ones.

use super::support::*;

fn f() -> Flow {
    flow("browser-captcha-location")
}

#[test]
fn a_failing_captcha_typed_again_slowly_is_the_quickest_fix() {
    f().quickest_fix_is("0y");
    f().route("0y")
        .via(&["q-what", "s-captcha"])
        .ends_at("o-solved")
        .ends_in(Solved);
}

#[test]
fn each_symptom_starts_with_its_own_fix() {
    f().from("q-what").answer(pick(0)).goes_to("s-captcha");
    f().from("q-what").answer(pick(1)).goes_to("s-location");
    f().from("q-what").answer(pick(2)).goes_to("s-camera");
    f().from("q-what").answer(pick(3)).goes_to("s-update");
}

#[test]
fn a_location_or_camera_permission_allowed_in_the_padlock_fixes_it() {
    f().route("1y")
        .via(&["q-what", "s-location"])
        .ends_in(Solved);
    f().route("2y").via(&["q-what", "s-camera"]).ends_in(Solved);
}

#[test]
fn then_every_symptom_tries_update_clear_and_data_saver_in_that_order() {
    f().route("0nnny")
        .via(&["q-what", "s-captcha", "s-update", "s-clear", "s-saver"])
        .ends_in(Solved);
    f().route("3nny")
        .via(&["q-what", "s-update", "s-clear", "s-saver"])
        .ends_in(Solved);
}

#[test]
fn a_page_still_broken_after_every_fix_is_reported_with_the_complaint_form() {
    f().report_question_at("0nnnn");
    f().report_question_at("1nnnn");
    f().report_question_at("2nnnn");
    f().report_question_at("3nnn");
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-solved", Solved),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
