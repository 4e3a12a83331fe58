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
    assert_eq!(ps.len(), 27, "one entry per content/problems/*.json");
    let ids: BTreeSet<&str> = ps.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), ps.len(), "duplicate ids");
    let fb = problem("face-verification-failed").expect("face-verification-failed");
    assert_eq!(fb.stage, Stage::Verification);
    assert!(!fb.title_id.is_empty() && !fb.title_en.is_empty() && !fb.phrases.is_empty());
    // ordered by stage for the browse screen
    assert!(ps.windows(2).all(|w| w[0].stage <= w[1].stage));
    let wave = problem("join-wave-problem").expect("join-wave-problem");
    assert!(wave.messages.iter().any(|(id, _)| id.contains("Gelombang")));
}
