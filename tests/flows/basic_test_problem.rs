//! A problem with the basic skills test (TKD): it crashed, no result, or retaking it.

use super::support::*;

fn f() -> Flow {
    flow("basic-test-problem")
}

#[test]
fn a_crashed_test_is_finished_after_logging_in_again_with_a_stable_signal() {
    f().quickest_fix_is("0y");
    f().route("0y")
        .via(&["q-what", "s-prepare"])
        .ends_at("o-solved")
        .ends_in(Solved);
}

#[test]
fn a_missing_result_appears_after_waiting_and_refreshing() {
    f().route("1y")
        .via(&["q-what", "s-wait-refresh"])
        .ends_at("o-result-shown")
        .ends_in(Solved);
}

#[test]
fn a_question_about_retaking_gets_the_honest_answer_that_there_is_no_official_word() {
    f().route("2").ends_at("o-retake").ends_in(Info);
}

#[test]
fn a_test_still_failing_is_reported_with_the_complaint_form() {
    f().report_question_at("0n");
    f().report_question_at("1n");
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-solved", Solved),
        ("o-result-shown", Solved),
        ("o-retake", Info),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
