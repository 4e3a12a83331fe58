//! Cannot join a wave: what the dashboard shows decides the first step.

use super::support::*;

fn f() -> Flow {
    flow("join-wave-problem")
}

#[test]
fn finished_data_and_the_join_button_are_the_quickest_fix() {
    f().quickest_fix_is("3yy");
    f().route("3yy")
        .via(&["q-what", "s-finish", "s-join"])
        .ends_at("o-joined")
        .ends_in(Solved);
}

#[test]
fn wave_not_found_or_no_button_asks_whether_a_wave_is_open() {
    f().from("q-what").answer(pick(0)).goes_to("q-open");
    f().from("q-what").answer(pick(1)).goes_to("q-open");
    f().route("00yy")
        .via(&["q-what", "q-open", "s-finish", "s-join"])
        .ends_in(Solved);
}

#[test]
fn with_no_open_wave_the_citizen_waits_for_the_next_announcement() {
    f().route("01").ends_at("o-no-wave").ends_in(Info);
    f().route("11").ends_at("o-no-wave").ends_in(Info);
}

#[test]
fn a_closed_or_full_wave_means_waiting_for_the_next_one() {
    f().route("2")
        .via(&["q-what"])
        .ends_at("o-next-wave")
        .ends_in(Info);
}

#[test]
fn a_pending_step_that_fails_is_fixed_first_with_its_own_guide() {
    f().route("3n").ends_at("o-fix-step").ends_in(Info);
}

#[test]
fn joining_still_failing_after_a_retry_is_reported_with_the_complaint_form() {
    f().route("3yny").ends_in(Solved);
    f().report_question_at("3ynn");
    f().report_question_at("00ynn");
    f().report_question_at("10ynn");
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-joined", Solved),
        ("o-no-wave", Info),
        ("o-next-wave", Info),
        ("o-fix-step", Info),
        ("o-form", FORM),
        ("o-email", EMAIL_INFO),
        ("o-help-point", BESIDE),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}

#[test]
fn with_no_open_wave_the_words_follow_the_programme_state() {
    f().route("01")
        .ends_at("o-no-wave")
        .says_when(Open, "gelombang berikutnya", "next wave")
        .says_when(
            Closed,
            "gelombang 71 (Agustus 2024)",
            "wave 71 (August 2024)",
        )
        .says_when(Closed, "Kemnaker", "Kemnaker")
        .says_when(Unknown, "www.prakerja.go.id", "www.prakerja.go.id");
    f().route("2")
        .ends_at("o-next-wave")
        .says_when(Closed, "gelombang 71", "wave 71")
        .says_when(Unknown, "Kami tidak tahu", "We do not know");
    f().route("3y").asks("s-join").says_when(
        Closed,
        "hanya bisa dipakai saat ada gelombang",
        "only while a wave is open",
    );
}
