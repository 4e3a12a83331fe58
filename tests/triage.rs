//! Triage finds the right problem for complaints typed the way citizens type them.
//!
//! The dev set (`tests/data/triage-devset.tsv`, `<complaint>\t<id or none>`) was written by
//! hand, independently of the phrases in `content/problems/`. Run with `--nocapture` to see the
//! accuracy line.
#![cfg(not(target_arch = "wasm32"))]

use pendamping::domain::flow::content::Stage;
use pendamping::domain::flow::triage::{problem, problems, rank};
use std::collections::{BTreeMap, BTreeSet};

const DEVSET: &str = include_str!("data/triage-devset.tsv");

fn devset() -> Vec<(&'static str, &'static str)> {
    DEVSET
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (q, id) = l
                .rsplit_once('\t')
                .unwrap_or_else(|| panic!("no tab in dev set line: {l}"));
            (q, id.trim())
        })
        .collect()
}

#[test]
fn devset_is_broad_enough() {
    let set = devset();
    assert!(set.len() >= 130, "{} lines", set.len());
    let mut per_id: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, id) in &set {
        *per_id.entry(id).or_default() += 1;
    }
    // the other dev files count too (the held-out file does not)
    for file in [JAVANESE, STORY, SHORT, OFFTOPIC] {
        for (_, _, id) in labelled(file) {
            *per_id.entry(id).or_default() += 1;
        }
    }
    assert!(
        per_id.get("none").copied().unwrap_or(0) >= 12,
        "too few off-topic lines"
    );
    for p in problems() {
        let n = per_id.get(p.id).copied().unwrap_or(0);
        assert!(n >= 4, "{} has only {n} dev set lines", p.id);
    }
    for id in per_id.keys() {
        assert!(
            *id == "none" || problem(id).is_some(),
            "dev set label {id} is not a problem id"
        );
    }
}

#[test]
fn devset_top3_accuracy_at_least_90_percent() {
    let set = devset();
    let (mut top1, mut top3) = (0usize, 0usize);
    let mut misses = Vec::new();
    for (q, want) in &set {
        let got: Vec<&str> = rank(q, 3).into_iter().map(|(id, _)| id).collect();
        let (hit1, hit3) = if *want == "none" {
            (got.is_empty(), got.is_empty())
        } else {
            (got.first() == Some(want), got.contains(want))
        };
        top1 += usize::from(hit1);
        top3 += usize::from(hit3);
        if !hit1 {
            misses.push(format!(
                "  {q:?}: want {want}, got {got:?}{}",
                if hit3 { " (in top 3)" } else { "" }
            ));
        }
    }
    let n = set.len();
    let (a1, a3) = (top1 as f64 / n as f64, top3 as f64 / n as f64);
    let line = format!("triage top1: {a1:.3} top3: {a3:.3} (n={n})");
    println!("{line}");
    eprintln!("{line}");
    eprintln!("top-1 misses:\n{}", misses.join("\n"));
    assert!(a3 >= 0.90, "{line}");
}

#[test]
fn off_topic_text_gives_no_problem() {
    for q in [
        "resep nasi goreng",
        "jadwal bola malam ini",
        "harga emas hari ini",
        "prakerja",
        "kode otp shopee tidak masuk",
        "jam buka kantor samsat",
    ] {
        assert!(rank(q, 3).is_empty(), "{q:?} -> {:?}", rank(q, 3));
    }
}

#[test]
fn ranking_is_best_first_and_limited() {
    let r = rank("lupa password akun prakerja", 3);
    assert!(!r.is_empty() && r.len() <= 3, "{r:?}");
    assert_eq!(r[0].0, "forgot-password");
    assert!(r.windows(2).all(|w| w[0].1 >= w[1].1), "{r:?}");
    assert_eq!(rank("lupa password akun prakerja", 1).len(), 1);
}

#[test]
fn informal_typo_and_english_versions_agree() {
    let formal = rank("kode OTP tidak masuk", 1);
    for q in [
        "kode otp gak masukkk",
        "kode otpp ga masuk2",
        "otp code not received",
    ] {
        assert_eq!(
            rank(q, 1).first().map(|r| r.0),
            formal.first().map(|r| r.0),
            "{q}"
        );
    }
}

#[test]
fn problem_table_comes_from_the_content_headers() {
    let ps = problems();
    assert_eq!(ps.len(), 34, "one entry per content/problems/*.json");
    let ids: BTreeSet<&str> = ps.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), ps.len(), "duplicate ids");
    let fb = problem("face-verification-failed").expect("face-verification-failed");
    assert_eq!(fb.stage, Stage::Verification);
    assert!(!fb.title_id.is_empty() && !fb.title_en.is_empty() && !fb.phrases.is_empty());
    // ordered by stage for the browse screen
    assert!(ps.windows(2).all(|w| w[0].stage <= w[1].stage));
    let wave = problem("join-wave-problem").expect("join-wave-problem");
    assert!(wave
        .messages()
        .iter()
        .any(|(id, _)| id.contains("Gelombang")));
}

/// The other labelled sets of `tests/data/`: (name, lines as (complaint, id)).
/// `triage-heldout.tsv` is not tuned on: it is only reported.
fn labelled(file: &'static str) -> Vec<(&'static str, &'static str, &'static str)> {
    file.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let parts: Vec<&str> = l.split('\t').collect();
            match parts[..] {
                [q, id] => ("", q, id.trim()),
                [cat, q, id] => (cat, q, id.trim()),
                _ => panic!("bad line: {l}"),
            }
        })
        .collect()
}

/// (top-1, top-3) accuracy; for a `none` line both mean "nothing offered".
fn accuracy(lines: &[(&str, &str, &str)]) -> (f64, f64, Vec<String>) {
    let (mut t1, mut t3, mut miss) = (0usize, 0usize, Vec::new());
    for (_, q, want) in lines {
        let got: Vec<&str> = rank(q, 3).into_iter().map(|(id, _)| id).collect();
        let (h1, h3) = if *want == "none" {
            (got.is_empty(), got.is_empty())
        } else {
            (got.first() == Some(want), got.contains(want))
        };
        t1 += usize::from(h1);
        t3 += usize::from(h3);
        if !h1 {
            miss.push(format!("  {q:?}: want {want}, got {got:?}"));
        }
    }
    let n = lines.len().max(1) as f64;
    (t1 as f64 / n, t3 as f64 / n, miss)
}

const JAVANESE: &str = include_str!("data/triage-javanese.tsv");
const STORY: &str = include_str!("data/triage-story.tsv");
const SHORT: &str = include_str!("data/triage-short.tsv");
const OFFTOPIC: &str = include_str!("data/triage-offtopic.tsv");
const HELDOUT: &str = include_str!("data/triage-heldout.tsv");
const HELDOUT_OFFTOPIC: &str = include_str!("data/triage-heldout-offtopic.tsv");

#[test]
fn javanese_story_short_and_off_topic_sets_hold() {
    let mut report = Vec::new();
    for (name, file, min_top1, min_top3, at_least) in [
        ("javanese-mixed", JAVANESE, 0.90, 0.95, 60),
        ("story", STORY, 0.80, 0.95, 40),
        ("short", SHORT, 0.90, 0.95, 30),
        ("off-topic", OFFTOPIC, 0.95, 0.95, 12),
    ] {
        let lines = labelled(file);
        assert!(lines.len() >= at_least, "{name}: {} lines", lines.len());
        if name == "short" {
            assert!(
                lines
                    .iter()
                    .all(|(_, q, _)| (2..=4).contains(&q.split_whitespace().count())),
                "short lines have 2 to 4 words"
            );
        }
        let (a1, a3, miss) = accuracy(&lines);
        let line = format!(
            "triage {name}: top1 {a1:.3} top3 {a3:.3} (n={})",
            lines.len()
        );
        println!("{line}");
        report.push(line.clone());
        assert!(
            a1 >= min_top1 && a3 >= min_top3,
            "{line}\n{}",
            miss.join("\n")
        );
    }
    // Held out: reported, never tuned on (see the file's header).
    let held = labelled(HELDOUT);
    for cat in ["jv", "story", "short", "off"] {
        let lines: Vec<_> = held.iter().copied().filter(|(c, _, _)| *c == cat).collect();
        let (a1, a3, _) = accuracy(&lines);
        println!(
            "triage held-out {cat}: top1 {a1:.3} top3 {a3:.3} (n={})",
            lines.len()
        );
    }
    let (a1, a3, _) = accuracy(&held);
    println!(
        "triage held-out all: top1 {a1:.3} top3 {a3:.3} (n={})",
        held.len()
    );
}

/// Held out for issue 17 (other services, greetings): written before the off-topic lexicon was
/// tuned. Only figures are printed, never the lines that miss, so that nobody tunes on them.
#[test]
fn held_out_off_topic_figures() {
    let held = labelled(HELDOUT_OFFTOPIC);
    for (cat, at_least) in [("off", 40), ("greet", 5), ("on", 20)] {
        let lines: Vec<_> = held.iter().copied().filter(|(c, _, _)| *c == cat).collect();
        assert!(lines.len() >= at_least, "{cat}: {} lines", lines.len());
        let (a1, a3, _) = accuracy(&lines);
        println!(
            "triage held-out-offtopic {cat}: top1 {a1:.3} top3 {a3:.3} (n={})",
            lines.len()
        );
    }
    // The aim: "none" for 9 of 10 off-topic texts (greetings count as off-topic).
    let off: Vec<_> = held
        .iter()
        .copied()
        .filter(|(c, _, _)| *c == "off" || *c == "greet")
        .collect();
    let (none_rate, _, _) = accuracy(&off);
    println!(
        "triage held-out-offtopic none rate: {none_rate:.3} (n={})",
        off.len()
    );
    assert!(
        none_rate >= 0.9,
        "held-out off-topic none rate {none_rate:.3}"
    );
}

const OTHER_SERVICES: &str = include_str!("../content/other-services.json");
const SOURCES: &str = include_str!("../content/sources.json");

fn json(text: &str) -> pendamping::domain::common::json::Json {
    pendamping::domain::common::json::parse(text).expect("valid JSON")
}

fn items(
    v: &pendamping::domain::common::json::Json,
) -> Vec<pendamping::domain::common::json::Json> {
    match v {
        pendamping::domain::common::json::Json::Arr(a) => a.clone(),
        other => panic!("not a list: {other:?}"),
    }
}

fn strings(v: Option<&pendamping::domain::common::json::Json>) -> Vec<String> {
    v.map(items)
        .unwrap_or_default()
        .iter()
        .map(|x| x.as_str().expect("a string").to_owned())
        .collect()
}

/// `content/other-services.json`: the neighbours of Prakerja the start screen names instead of a
/// problem. Each trigger sets a complaint aside even when it also names a Prakerja symptom.
#[test]
fn other_services_are_sourced_and_their_words_give_no_problem() {
    let doc = json(OTHER_SERVICES);
    let sources: BTreeSet<String> = items(json(SOURCES).get("sources").expect("sources"))
        .iter()
        .map(|s| s.str_field("id").expect("source id"))
        .collect();
    let services = items(doc.get("services").expect("services"));
    let ids: Vec<String> = services
        .iter()
        .map(|s| s.str_field("id").expect("id"))
        .collect();
    for want in [
        "bpjs-ketenagakerjaan",
        "bpjs-kesehatan",
        "bsu",
        "kip-kuliah",
        "bansos-kemensos",
        "kur",
        "siapkerja",
        "dukcapil",
        "blk-training",
    ] {
        assert!(ids.iter().any(|i| i == want), "{want} is missing");
    }
    assert_eq!(
        ids.iter().collect::<BTreeSet<_>>().len(),
        ids.len(),
        "duplicate ids"
    );
    for s in &services {
        let id = s.str_field("id").unwrap();
        for field in ["name", "what", "agency", "next"] {
            let t = s.get(field).unwrap_or_else(|| panic!("{id}: no {field}"));
            for lang in ["id", "en"] {
                let text = t.str_field(lang).unwrap_or_default();
                assert!(!text.trim().is_empty(), "{id}: {field}.{lang} is empty");
            }
        }
        let cited = strings(s.get("sources"));
        assert!(!cited.is_empty(), "{id}: no sources");
        for c in items(s.get("contacts").expect("contacts")) {
            let value = c.str_field("value").unwrap_or_default();
            let kind = c.str_field("kind").unwrap_or_default();
            assert!(
                ["url", "app", "phone", "whatsapp", "email"].contains(&kind.as_str()),
                "{id}: contact kind {kind:?}"
            );
            if kind == "url" {
                assert!(value.starts_with("https://"), "{id}: {value} is not https");
            }
            let by = strings(c.get("sources"));
            assert!(!by.is_empty(), "{id}: contact {value} has no source");
            cited.iter().chain(&by).for_each(|src| {
                assert!(
                    sources.contains(src),
                    "{id}: source {src} is not in sources.json"
                )
            });
        }
        cited.iter().for_each(|src| {
            assert!(
                sources.contains(src),
                "{id}: source {src} is not in sources.json"
            )
        });
        let triggers = strings(s.get("triggers"));
        assert!(!triggers.is_empty(), "{id}: no triggers");
        for t in triggers {
            // without the trigger among the markers this ranks otp-not-received
            let q = format!("{t} kode otp tidak masuk");
            assert!(rank(&q, 3).is_empty(), "{id}: {q:?} -> {:?}", rank(&q, 3));
        }
    }
}

use pendamping::domain::flow::triage::is_greeting;

#[test]
fn greetings_are_recognised_and_give_no_problem() {
    for q in [
        "halo",
        "halo min",
        "Permisi kak",
        "assalamualaikum",
        "Assalamualaikum wr wb",
        "tes",
        "test",
        "testing",
        "tes tes 123",
        "P",
        "selamat malam min",
        "makasih min",
    ] {
        assert!(is_greeting(q), "{q:?} is a greeting");
    }
    for q in [
        "halo min, kode otp saya tidak masuk",
        "tes tkd error",
        "permisi, lupa password",
        "",
    ] {
        assert!(!is_greeting(q), "{q:?} is not only a greeting");
    }
    for q in [
        "halo",
        "halo min",
        "permisi",
        "assalamualaikum",
        "testing",
        "tes tes",
    ] {
        assert!(rank(q, 3).is_empty(), "{q:?} -> {:?}", rank(q, 3));
    }
}
