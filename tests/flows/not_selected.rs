//! Not selected: wait for the result, or act on the reason Riwayat Gelombang gives.

use super::support::*;

fn f() -> Flow {
    flow("not-selected")
}

#[test]
fn a_wave_still_being_decided_means_waiting_for_the_result() {
    f().route("0")
        .via(&["q-status"])
        .ends_at("o-wait-result")
        .ends_in(Info);
}

#[test]
fn a_full_quota_once_or_twice_means_joining_the_next_wave() {
    f().route("100")
        .via(&["q-status", "q-reason", "q-times"])
        .ends_at("o-next-wave")
        .ends_in(Info);
}

#[test]
fn failing_three_times_sends_the_statement_to_the_kepesertaan_address() {
    f().route("101")
        .ends_at("o-letter")
        .ends_in(Channel("email-kepesertaan"));
}

#[test]
fn a_data_reason_is_fixed_first_and_not_eligible_points_to_the_rules() {
    f().route("11").ends_at("o-fix-reason").ends_in(Info);
    f().route("12").ends_at("o-rules").ends_in(Info);
}

#[test]
fn a_wrong_reason_is_reported_with_the_complaint_form() {
    f().from("q-reason").answer(pick(3)).goes_to("q-form-sent");
    f().report_question_at("13");
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().never_solved();
    f().ends_are(&[
        ("o-wait-result", Info),
        ("o-next-wave", Info),
        ("o-fix-reason", Info),
        ("o-rules", Info),
        ("o-letter", Channel("email-kepesertaan")),
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
fn the_next_wave_is_promised_only_while_the_programme_is_open() {
    f().route("100")
        .ends_at("o-next-wave")
        .says_when(Open, "gelombang berikutnya", "next wave")
        .says_when(
            Closed,
            "gelombang 71 (Agustus 2024)",
            "wave 71 (August 2024)",
        )
        .says_when(Unknown, "Kami tidak tahu", "We do not know");
}
