//! The programme-state rule (`domain::flow::programme_rule`) over today's content: which nodes
//! tell people to register, join a wave or wait for the next one without words for a closed or
//! unknown programme. Until the flows are rewritten this lists them and fails only when the
//! phrase file itself is broken or when a variant cites a source that does not exist.

use pendamping::domain::flow::catalogue::load_all;
use pendamping::domain::flow::programme_rule::{programme_findings, ProgrammePhrases};
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
fn lists_the_nodes_of_todays_content_the_rule_would_refuse() {
    let cat = load_all(&content()).expect("content loads");
    let phrases = phrases();
    let mut refused = 0;
    for (_, p) in &cat.problems {
        for f in programme_findings(p, &phrases, &cat.sources) {
            assert!(
                !f.message.contains("not in sources.json"),
                "a variant cites a missing source: {f}"
            );
            println!("would refuse: {f}");
            refused += 1;
        }
    }
    println!("{refused} findings");
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
