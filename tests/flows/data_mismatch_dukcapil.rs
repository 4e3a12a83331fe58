//! Personal data does not match Dukcapil: check what was typed, then the card itself.

use super::support::*;

fn f() -> Flow {
    flow("data-mismatch-dukcapil")
}

#[test]
fn numbers_compared_digit_by_digit_is_the_quickest_fix() {
    f().quickest_fix_is("y");
    f().route("y")
        .via(&["numbers"])
        .ends_at("solved")
        .ends_in(Solved);
}

#[test]
fn the_name_then_the_birth_date_are_typed_again_as_on_the_ektp() {
    f().from("numbers").answer(No).goes_to("name");
    f().from("name").answer(No).goes_to("dob");
    f().route("nny")
        .via(&["numbers", "name", "dob"])
        .ends_in(Solved);
}

#[test]
fn a_correct_card_still_refused_is_checked_with_dukcapil() {
    f().route("nnn0")
        .via(&["numbers", "name", "dob", "card-correct"])
        .ends_at("ask-dukcapil")
        .ends_in(DUKCAPIL);
}

#[test]
fn a_wrong_card_is_corrected_at_disdukcapil_not_at_a_help_point() {
    f().route("nnn1").ends_at("fix-dukcapil").ends_in(DUKCAPIL);
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[
        ("solved", Solved),
        ("ask-dukcapil", DUKCAPIL),
        ("fix-dukcapil", DUKCAPIL),
    ]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
