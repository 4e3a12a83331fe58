//! Lost or damaged e-KTP: a replacement from Disdukcapil, or the photo guide.

use super::support::*;

fn f() -> Flow {
    flow("ektp-lost-damaged")
}

#[test]
fn a_lost_or_damaged_card_is_replaced_at_disdukcapil() {
    f().route("0")
        .via(&["q-what"])
        .ends_at("o-lost")
        .ends_in(DUKCAPIL);
    f().route("1").ends_at("o-damaged").ends_in(DUKCAPIL);
}

#[test]
fn a_good_card_whose_photo_is_refused_is_sent_to_the_photo_guide() {
    f().route("2").ends_at("o-photo").ends_in(Info);
}

#[test]
fn a_replacement_card_is_not_a_fix_here() {
    f().never_solved();
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("o-lost", DUKCAPIL),
        ("o-damaged", DUKCAPIL),
        ("o-photo", Info),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
