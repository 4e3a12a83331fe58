//! Face verification fails: camera permission, light, prompts; or no camera at all.

use super::support::*;

fn f() -> Flow {
    flow("face-verification-failed")
}

#[test]
fn allowing_the_camera_is_the_quickest_fix() {
    f().quickest_fix_is("0y");
    f().route("0y")
        .via(&["has-camera", "permission"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn light_prompts_and_a_later_try_come_before_any_report() {
    f().route("0nnny")
        .via(&["has-camera", "permission", "light", "prompt", "later"])
        .ends_in(Solved);
    f().report_question_at("0nnnn");
}

#[test]
fn a_citizen_without_a_camera_phone_books_a_help_point_to_scan_on_an_office_device() {
    f().route("1")
        .via(&["has-camera"])
        .ends_at("no-camera")
        .ends_in(NO_CAMERA);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("no-camera", NO_CAMERA),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
