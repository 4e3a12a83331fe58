//! Citations from the publisher (issue 17): every source in `content/sources.json` is on its
//! publisher's own host as `content/publishers.json` lists them, and a mirror or a broken
//! address fails here.

use pendamping::domain::flow::content::{Grade, SourceRef, Sources};
use pendamping::domain::flow::labels::sources_newest_first;
use pendamping::domain::flow::validate::{publisher_findings, Publishers};
use std::path::Path;

fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn findings(sources: &Sources) -> Vec<String> {
    publisher_findings(sources, &read::<Publishers>("publishers.json"))
        .iter()
        .map(|f| f.to_string())
        .collect()
}

#[test]
fn every_source_is_its_publishers_own_page() {
    let f = findings(&read::<Sources>("sources.json"));
    assert!(f.is_empty(), "{} finding(s):\n{}", f.len(), f.join("\n"));
}

#[test]
fn a_mirror_or_a_broken_address_in_sources_json_fails() {
    let mut sources: Sources = read("sources.json");
    let bad = |id: &str, publisher: &str, url: &str| SourceRef {
        id: id.into(),
        url: url.into(),
        title: "Kode OTP Kartu Prakerja Belum Masuk?".into(),
        publisher: publisher.into(),
        published: "2024-04".into(),
        grade: Grade::Press,
        supports: "x".into(),
        note: None,
    };
    sources.sources.extend([
        bad(
            "pr-on-a-mirror",
            "Pikiran Rakyat (mirror at kievskiy.org)",
            "https://kievskiy.org/nasional/pr-017987187/kode-otp-kartu-prakerja-belum-masuk",
        ),
        bad(
            "kompas-broken",
            "Kompas.com",
            "https://www.kompas.com/tren/read/2020/04/29/082300165/twitter.com",
        ),
        bad(
            "kompas-on-a-cache",
            "Kompas.com",
            "https://www-kompas-com.cdn.ampproject.org/c/s/www.kompas.com/tren/read/1/x",
        ),
    ]);
    let f = findings(&sources);
    for (id, what) in [
        (
            "pr-on-a-mirror",
            "'kievskiy.org' is not Pikiran Rakyat's own",
        ),
        ("kompas-broken", "ends in 'twitter.com'"),
        ("kompas-on-a-cache", "is not Kompas.com's own"),
    ] {
        assert!(
            f.iter().any(|m| m.contains(id) && m.contains(what)),
            "{id}: {what}\n{f:#?}"
        );
    }
    assert_eq!(f.len(), 3, "{f:#?}");
}

#[test]
fn the_flow_screen_lists_a_nodes_sources_newest_first() {
    let ids: Vec<String> = [
        "kompas-2020-04-13-server",
        "poskota-2024-04-10-nomor-hp",
        "prakerja-faq-akun",
        "tirto-2024-blokir",
    ]
    .map(String::from)
    .into();
    let shown: Vec<&str> = sources_newest_first(&ids)
        .iter()
        .map(|s| s.published)
        .collect();
    assert_eq!(shown, ["2024-04-10", "2024", "2023-11-06", "2020-04-13"]);
}
