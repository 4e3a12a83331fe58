//! How to contact Prakerja: one channel per topic.

use super::support::*;

fn f() -> Flow {
    flow("contact-complaint-channel")
}

#[test]
fn each_topic_is_sent_to_the_channel_that_handles_it() {
    f().route("0")
        .via(&["q-topic"])
        .ends_at("o-form")
        .ends_in(FORM);
    f().route("1")
        .ends_at("o-kepesertaan")
        .ends_in(Channel("email-kepesertaan"));
    f().route("2").ends_at("o-dukcapil").ends_in(DUKCAPIL);
    f().route("3").ends_at("o-email").ends_in(EMAIL_INFO);
}

#[test]
fn choosing_a_channel_is_not_a_fix() {
    f().never_solved();
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-form", FORM),
        ("o-kepesertaan", Channel("email-kepesertaan")),
        ("o-dukcapil", DUKCAPIL),
        ("o-email", EMAIL_INFO),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
