//! The start screen names another service's agency (`content/other-services.json`) for text
//! that is about that service and not about Prakerja registration: `services::for_complaint`
//! on the labelled sets of `tests/data/`. Which service each off-topic text names is in
//! `tests/data/other-services-labels.tsv`. Run with `--nocapture` for the figures.
#![cfg(not(target_arch = "wasm32"))]

use pendamping::domain::flow::services::{for_complaint, parse, Service};
use pendamping::domain::flow::triage::{self, problems, rank};
use std::collections::BTreeMap;

const LABELS: &str = include_str!("data/other-services-labels.tsv");
/// (file, held out): every labelled set of `tests/data/`.
const SETS: [(&str, &str, bool); 7] = [
    ("devset", include_str!("data/triage-devset.tsv"), false),
    ("offtopic", include_str!("data/triage-offtopic.tsv"), false),
    ("javanese", include_str!("data/triage-javanese.tsv"), false),
    ("story", include_str!("data/triage-story.tsv"), false),
    ("short", include_str!("data/triage-short.tsv"), false),
    ("heldout", include_str!("data/triage-heldout.tsv"), true),
    (
        "heldout-offtopic",
        include_str!("data/triage-heldout-offtopic.tsv"),
        true,
    ),
];

fn services() -> Vec<Service> {
    parse(include_str!("../content/other-services.json")).expect("the file reads")
}

/// A labelled line: (complaint, problem id or `none`), with or without a category column.
struct Line {
    set: &'static str,
    held_out: bool,
    text: &'static str,
    id: &'static str,
}

fn lines() -> Vec<Line> {
    SETS.iter()
        .flat_map(|&(set, file, held_out)| {
            file.lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .map(move |l| {
                    let parts: Vec<&str> = l.split('\t').collect();
                    let (text, id) = match parts[..] {
                        [q, id] => (q, id),
                        [_, q, id] => (q, id),
                        _ => panic!("{set}: bad line {l}"),
                    };
                    Line {
                        set,
                        held_out,
                        text,
                        id: id.trim(),
                    }
                })
        })
        .collect()
}

/// complaint -> the services it names, from the labels file.
fn labels() -> BTreeMap<&'static str, Vec<&'static str>> {
    LABELS
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (ids, text) = l.split_once('\t').expect("<ids>\\t<complaint>");
            (text, ids.split(',').collect())
        })
        .collect()
}

/// The ids of the services the start screen names for `text`.
fn named(all: &[Service], text: &str) -> Vec<String> {
    for_complaint(all, text)
        .iter()
        .map(|s| s.id.clone())
        .collect()
}

#[test]
fn every_label_is_an_off_topic_text_of_a_set_and_names_a_listed_service() {
    let all = services();
    let lines = lines();
    for (text, ids) in labels() {
        assert!(
            lines.iter().any(|l| l.text == text && l.id == "none"),
            "{text:?} is no off-topic line of tests/data/"
        );
        for id in ids {
            assert!(all.iter().any(|s| s.id == id), "{id} is not a service");
        }
    }
}

#[test]
fn each_off_topic_text_gets_the_service_it_names_and_no_other() {
    let (all, labels) = (services(), labels());
    for held_out in [false, true] {
        let off: Vec<Line> = lines()
            .into_iter()
            .filter(|l| l.id == "none" && l.held_out == held_out)
            .collect();
        let mut misses = Vec::new();
        for l in &off {
            let want: Vec<String> = labels.get(l.text).map_or(Vec::new(), |ids| {
                ids.iter().map(|i| i.to_string()).collect()
            });
            let got = named(&all, l.text);
            if got != want {
                misses.push(format!(
                    "  {}: {:?} want {want:?}, got {got:?}",
                    l.set, l.text
                ));
            }
        }
        let about = off.iter().filter(|l| labels.contains_key(l.text)).count();
        let name = if held_out { "held-out" } else { "development" };
        let right = off.len() - misses.len();
        println!(
            "other services {name}: {right} of {} off-topic texts right ({about} about a listed service)",
            off.len()
        );
        if held_out {
            // figures only (never tuned on): at most one text in ten wrong
            assert!(
                right * 10 >= off.len() * 9,
                "{name}: {right} of {}",
                off.len()
            );
        } else {
            assert!(misses.is_empty(), "{}", misses.join("\n"));
        }
    }
}

#[test]
fn no_text_about_a_prakerja_problem_gets_another_service() {
    let all = services();
    let on: Vec<Line> = lines().into_iter().filter(|l| l.id != "none").collect();
    assert!(on.len() > 400, "{} on-topic lines", on.len());
    for l in &on {
        let got = named(&all, l.text);
        assert!(got.is_empty(), "{}: {:?} -> {got:?}", l.set, l.text);
    }
}

/// The words that name a service are set aside by triage (they are markers of
/// `content/triage/elsewhere.txt`); a problem's own phrase that uses one of them
/// ("NIK terdaftar di DTKS") must still find its problem and name no service.
#[test]
fn no_service_word_takes_a_problems_phrase_away_from_it() {
    let all = services();
    let mut checked = 0;
    for p in problems() {
        for phrase in p.phrases {
            let padded = format!(" {} ", triage::normalise(phrase));
            let hits: Vec<&str> = all
                .iter()
                .flat_map(|s| s.triggers.iter())
                .filter(|t| padded.contains(&format!(" {t} ")))
                .map(String::as_str)
                .collect();
            if hits.is_empty() {
                continue;
            }
            checked += 1;
            let got: Vec<&str> = rank(phrase, 3).into_iter().map(|(id, _)| id).collect();
            assert!(
                got.contains(&p.id),
                "{}: phrase {phrase:?} (names {hits:?}) -> {got:?}",
                p.id
            );
            assert!(named(&all, phrase).is_empty(), "{phrase:?}");
        }
    }
    assert!(
        checked > 0,
        "no phrase names a service word: nothing was checked"
    );
}

#[test]
fn every_service_has_words_that_name_it() {
    for s in services() {
        assert!(!s.triggers.is_empty(), "{}: no triggers", s.id);
        for t in &s.triggers {
            assert_eq!(
                &triage::normalise(t),
                t,
                "{}: trigger {t:?} is not written as normalise() leaves it",
                s.id
            );
        }
    }
}
