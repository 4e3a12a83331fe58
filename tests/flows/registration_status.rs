//! Is Prakerja open? What is known in each state of the programme, and where a "registration is
//! open" link is checked.

use super::support::*;
use pendamping::domain::common::programme::StateKind;

fn f() -> Flow {
    flow("registration-status")
}

/// The Indonesian and English words shown at `node` while the programme is in `state`.
fn shown(node: &str, state: StateKind) -> (String, String) {
    let p = problems()
        .iter()
        .map(|(_, p)| p)
        .find(|p| p.id == "registration-status")
        .expect("registration-status");
    let s = p.node(node).expect("node").shown(state);
    let detail = s.detail.map(|d| (d.id.clone(), d.en.clone()));
    let (did, den) = detail.unwrap_or_default();
    (
        format!("{} {}", s.text.id, did),
        format!("{} {}", s.text.en, den),
    )
}

#[test]
fn a_question_about_the_next_wave_ends_in_what_is_known() {
    f().route("0")
        .via(&["q-what"])
        .ends_at("o-status")
        .ends_in(Info);
}

#[test]
fn a_link_saying_registration_is_open_is_checked_against_prakerja_go_id() {
    f().from("q-what").answer(pick(1)).goes_to("o-link");
    f().route("1").ends_in(Info);
}

#[test]
fn while_closed_it_names_wave_71_and_the_move_to_kemnaker() {
    let (id, en) = shown("o-status", StateKind::Closed);
    assert!(id.contains("gelombang 71") && id.contains("Agustus 2024") && id.contains("Kemnaker"));
    assert!(en.contains("wave 71") && en.contains("August 2024") && en.contains("Kemnaker"));
    assert!(id.contains("www.prakerja.go.id") && !id.contains("Gabung Gelombang"));
}

#[test]
fn while_unknown_it_says_we_do_not_know_and_to_check_prakerja_go_id() {
    let (id, en) = shown("o-status", StateKind::Unknown);
    assert!(id.contains("belum tahu") && id.contains("www.prakerja.go.id"));
    assert!(en.contains("do not know") && en.contains("www.prakerja.go.id"));
}

#[test]
fn while_open_it_says_how_to_join() {
    let (id, en) = shown("o-status", StateKind::Open);
    assert!(id.contains("Gabung Gelombang") && en.contains("Gabung Gelombang"));
}

#[test]
fn nothing_here_is_fixed_or_booked() {
    f().never_solved();
}

#[test]
fn every_way_through_ends_in_one_of_these() {
    f().ends_are(&[("o-status", Info), ("o-link", Info)]);
}

#[test]
fn a_help_point_is_offered_only_behind_the_answer_that_records_why() {
    f().help_points_need_their_reason();
}
