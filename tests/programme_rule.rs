//! The programme-state rule (`domain::flow::validate::programme`) over today's content: no node may
//! tell people to register, join a wave or wait for the next one without words for a closed and
//! an unknown programme. Today's content keeps the rule, so a new node that says "daftar
//! sekarang" without both variants fails here (and so does removing one variant).

use pendamping::domain::flow::validate::{programme_findings, ProgrammePhrases};
use pendamping::native::catalogue::load_all;
use std::path::Path;

fn content() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn phrases() -> ProgrammePhrases {
    let text = std::fs::read_to_string(content().join("programme-phrases.json")).unwrap();
    serde_json::from_str(&text).expect("programme-phrases.json has id and en lists")
}

#[test]
fn the_phrase_file_has_words_in_both_languages() {
    let p = phrases();
    assert!(p.id.iter().any(|w| w == "gelombang berikutnya"));
    assert!(p.en.iter().any(|w| w == "next wave"));
    assert!(p
        .id
        .iter()
        .chain(&p.en)
        .all(|w| !w.trim().is_empty() && w == &w.to_lowercase()));
}

#[test]
fn todays_content_keeps_the_rule() {
    let cat = load_all(&content()).expect("content loads");
    let phrases = phrases();
    let refused: Vec<String> = cat
        .problems
        .iter()
        .flat_map(|(_, p)| programme_findings(p, &phrases, &cat.sources))
        .map(|f| f.to_string())
        .collect();
    assert!(
        refused.is_empty(),
        "{} node(s) tell people to register or wait for a wave without words for every state:\n  {}",
        refused.len(),
        refused.join("\n  ")
    );
}

#[test]
fn the_rule_still_bites_on_todays_content() {
    use pendamping::domain::common::programme::StateKind;
    let cat = load_all(&content()).expect("content loads");
    let phrases = phrases();
    let (_, join) = cat
        .problems
        .iter()
        .find(|(_, p)| p.id == "join-wave-problem")
        .expect("join-wave-problem is in the catalogue");
    let mut p = join.clone();
    let n = p
        .nodes
        .iter_mut()
        .find(|n| n.id == "o-no-wave")
        .expect("o-no-wave is in join-wave-problem");
    assert!(
        phrases.found_in_node(n).is_some(),
        "o-no-wave still says to wait for the next wave"
    );
    n.variants.retain(|v| v.state != StateKind::Closed);
    let refused = programme_findings(&p, &phrases, &cat.sources);
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(
        refused[0].to_string().contains("\"closed\""),
        "{}",
        refused[0]
    );
}

#[test]
fn the_phrases_catch_the_sentences_the_issue_quotes() {
    use pendamping::domain::common::language::Text;
    let phrases = phrases();
    for (id, en) in [
        (
            "Tunggu pengumuman gelombang berikutnya",
            "Wait for the next wave to be announced",
        ),
        (
            "Ini gangguan umum. Tunggu dan coba lagi sampai gelombang tutup.",
            "Try again until the wave closes.",
        ),
        (
            "Mulai daftar sekarang; buka lagi nanti.",
            "Start registering now.",
        ),
        (
            "Tekan Gabung Gelombang, pilih gelombangnya.",
            "Join a wave.",
        ),
    ] {
        let only_id = Text {
            id: id.into(),
            en: String::new(),
        };
        let only_en = Text {
            id: String::new(),
            en: en.into(),
        };
        assert!(phrases.found_in(&only_id).is_some(), "{id}");
        assert!(phrases.found_in(&only_en).is_some(), "{en}");
    }
}
