//! The Prakerja site is busy or down.

use super::support::*;

fn f() -> Flow {
    flow("site-busy-down")
}

#[test]
fn checking_the_address_is_the_real_site_is_the_quickest_fix() {
    f().quickest_fix_is("y");
    f().route("y")
        .via(&["s-address"])
        .ends_at("o-solved")
        .ends_in(Solved);
}

#[test]
fn trying_again_later_is_the_second_fix() {
    f().route("ny")
        .via(&["s-address", "s-wait"])
        .ends_in(Solved);
}

#[test]
fn a_general_fault_means_waiting_until_the_wave_closes() {
    f().route("nn0")
        .via(&["s-address", "s-wait", "q-general"])
        .ends_at("o-outage")
        .ends_in(Info);
}

#[test]
fn when_only_ones_own_account_fails_the_browser_steps_come_first() {
    f().from("q-general").answer(pick(1)).goes_to("s-browser");
    f().route("nn1y").ends_in(Solved);
    f().report_question_at("nn1n");
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-solved", Solved),
        ("o-outage", Info),
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
fn a_general_fault_is_waited_out_only_until_the_wave_closes_while_one_is_open() {
    f().route("nn0")
        .ends_at("o-outage")
        .says_when(Open, "sampai gelombang tutup", "until the wave closes")
        .says_when(Closed, "gelombang 71", "wave 71")
        .says_when(Unknown, "coba lagi nanti", "try again later");
}
