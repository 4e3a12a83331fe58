//! e-KTP photo upload fails: the original card, the camera, light, the file; or no camera.

use super::support::*;

fn f() -> Flow {
    flow("ktp-photo-upload-failed")
}

#[test]
fn a_photo_of_the_original_card_is_the_quickest_fix() {
    f().quickest_fix_is("0y");
    f().route("0y")
        .via(&["has-camera", "original"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn camera_light_file_and_a_later_try_come_before_any_report() {
    f().route("0nnnny")
        .via(&[
            "has-camera",
            "original",
            "phone-camera",
            "light",
            "file",
            "later",
        ])
        .ends_in(Solved);
    f().report_question_at("0nnnnn");
}

#[test]
fn a_citizen_without_a_camera_phone_books_a_help_point_to_photograph_the_card_there() {
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
