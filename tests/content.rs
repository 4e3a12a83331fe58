//! The catalogue in `content/` is complete and every flow is safe to walk.
#![cfg(not(target_arch = "wasm32"))]

use pendamping::domain::flow::catalogue::{load, FACT_IDS};
use pendamping::domain::flow::content::{NodeKind, OutcomeKind, Stage};
use pendamping::domain::flow::validate::{validate_channels, validate_problem};
use std::collections::BTreeSet;
use std::path::Path;

fn catalogue() -> (
    Vec<(String, pendamping::domain::flow::content::Problem)>,
    pendamping::domain::flow::content::Channels,
) {
    load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_flow_is_valid() {
    let (problems, channels) = catalogue();
    let mut findings: Vec<String> = validate_channels(&channels)
        .iter()
        .map(|f| f.to_string())
        .collect();
    for (file, p) in &problems {
        if file != &p.id {
            findings.push(format!(
                "{file}.json: id is '{}', must equal the file name",
                p.id
            ));
        }
        findings.extend(validate_problem(p, &channels).iter().map(|f| f.to_string()));
    }
    assert!(
        findings.is_empty(),
        "{} finding(s):\n{}",
        findings.len(),
        findings.join("\n")
    );
}

#[test]
fn catalogue_keeps_every_problem_id_of_the_facts() {
    let (problems, _) = catalogue();
    let have: BTreeSet<&str> = problems.iter().map(|(_, p)| p.id.as_str()).collect();
    let missing: Vec<_> = FACT_IDS.iter().filter(|id| !have.contains(*id)).collect();
    assert!(missing.is_empty(), "missing problems: {missing:?}");
    let extra: Vec<_> = have.iter().filter(|id| !FACT_IDS.contains(id)).collect();
    assert!(extra.is_empty(), "problems not in the facts: {extra:?}");
}

#[test]
fn every_stage_of_registration_has_problems_to_browse() {
    let (problems, _) = catalogue();
    for st in Stage::ALL {
        assert!(
            problems.iter().any(|(_, p)| p.stage == st),
            "no problem in stage {st:?}"
        );
    }
}

#[test]
fn every_problem_offers_a_fix_and_a_way_out() {
    let (problems, _) = catalogue();
    for (_, p) in &problems {
        let kinds: BTreeSet<_> = p.nodes.iter().map(|n| n.kind as u8).collect();
        assert!(
            kinds.contains(&(NodeKind::Step as u8)) || kinds.contains(&(NodeKind::Question as u8)),
            "{}: no step or question",
            p.id
        );
        // A path where nothing worked must not end in "solved".
        let ends: Vec<_> = p.nodes.iter().filter_map(|n| n.outcome.as_ref()).collect();
        assert!(
            ends.iter().any(|o| o.kind != OutcomeKind::Solved),
            "{}: every ending says solved; where does someone go when nothing works?",
            p.id
        );
    }
}

#[test]
fn in_person_help_is_offered_somewhere_but_only_with_a_reason() {
    let (problems, _) = catalogue();
    let n = problems
        .iter()
        .flat_map(|(_, p)| &p.nodes)
        .filter(|n| {
            n.outcome
                .as_ref()
                .is_some_and(|o| o.kind == OutcomeKind::InPerson)
        })
        .count();
    assert!(n >= 5, "only {n} in-person outcomes in the whole catalogue");
    // Dukcapil data cannot be changed at a labour office: those flows send people to Dukcapil.
    for id in [
        "nik-not-registered-dukcapil",
        "data-mismatch-dukcapil",
        "kk-number-invalid",
    ] {
        let p = &problems.iter().find(|(_, p)| p.id == id).unwrap().1;
        assert!(
            p.nodes
                .iter()
                .any(|n| n.outcome.as_ref().and_then(|o| o.channel.as_deref()) == Some("dukcapil")),
            "{id}: must point to Dukcapil"
        );
    }
}

#[test]
fn the_browser_reads_every_file_exactly_as_the_validator_does() {
    use pendamping::domain::flow::content::{Channels, Problem};
    use pendamping::domain::common::json::decode;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    for entry in std::fs::read_dir(dir.join("problems")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let by_serde: Problem = serde_json::from_str(&text).unwrap();
        assert_eq!(
            decode::<Problem>(&text),
            Some(by_serde),
            "{}",
            path.display()
        );
    }
    let text = std::fs::read_to_string(dir.join("channels.json")).unwrap();
    let by_serde: Channels = serde_json::from_str(&text).unwrap();
    assert_eq!(decode::<Channels>(&text), Some(by_serde));
}
