//! Am I allowed to apply? Age, study, job, an earlier card and the family card, in that order.

use super::support::*;

fn f() -> Flow {
    flow("eligibility-check")
}

#[test]
fn an_adult_who_passes_every_rule_is_told_to_register_online() {
    f().route("11110")
        .via(&["q-age", "q-student", "q-job", "q-former", "q-kk"])
        .ends_at("o-eligible")
        .ends_in(Info);
}

#[test]
fn under_18_and_65_or_older_are_told_at_the_first_question() {
    f().route("0").ends_at("o-too-young").ends_in(Info);
    f().route("2").ends_at("o-too-old").ends_in(Info);
}

#[test]
fn a_student_an_excluded_job_or_an_earlier_card_each_end_the_check() {
    f().route("10").ends_at("o-student");
    f().route("110").ends_at("o-excluded-job");
    f().route("1110").ends_at("o-once");
}

#[test]
fn a_family_card_with_two_recipients_already_ends_the_check() {
    f().from("q-kk").answer(pick(1)).goes_to("o-kk-full");
}

#[test]
fn a_rules_check_never_claims_to_fix_anything_or_books_a_help_point() {
    f().never_solved();
    f().ends_are(&[
        ("o-too-young", Info),
        ("o-too-old", Info),
        ("o-student", Info),
        ("o-excluded-job", Info),
        ("o-once", Info),
        ("o-kk-full", Info),
        ("o-eligible", Info),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}

#[test]
fn the_age_limit_is_firm_and_registering_now_only_while_open() {
    for state in [Open, Closed, Unknown] {
        f().route("2")
            .ends_at("o-too-old")
            .says_when(state, "18 sampai 64", "18 to 64");
    }
    f().route("11110")
        .ends_at("o-eligible")
        .says_when(Open, "Daftar online", "Register online")
        .says_when(Closed, "gelombang 71", "wave 71")
        .says_when(
            Unknown,
            "cek www.prakerja.go.id",
            "check www.prakerja.go.id",
        );
}
