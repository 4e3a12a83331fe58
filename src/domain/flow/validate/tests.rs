//! The shape, graph and truth rules, each shown failing on a small bad flow.

use super::*;
use crate::domain::flow::content::*;

fn t(s: &str) -> Text {
    Text {
        id: s.into(),
        en: s.into(),
    }
}
fn src() -> Vec<String> {
    vec!["prakerja-faq-akun".into()]
}
fn step(id: &str, yes: &str, no: &str) -> Node {
    Node {
        id: id.into(),
        kind: NodeKind::Step,
        text: t(id),
        detail: None,
        limit: None,
        sources: src(),
        compared: "2026-12-03".into(),
        yes: Some(yes.into()),
        no: Some(no.into()),
        options: vec![],
        outcome: None,
        variants: vec![],
    }
}
fn end(id: &str, kind: OutcomeKind) -> Node {
    Node {
        id: id.into(),
        kind: NodeKind::Outcome,
        text: t(id),
        detail: None,
        limit: None,
        sources: src(),
        compared: "2026-12-03".into(),
        yes: None,
        no: None,
        options: vec![],
        outcome: Some(Outcome {
            kind,
            channel: None,
            subject: None,
            attach: vec![],
            reason: (kind == OutcomeKind::InPerson).then(|| "needs-someone-beside".into()),
            wait: None,
        }),
        variants: vec![],
    }
}
fn problem(nodes: Vec<Node>) -> Problem {
    Problem {
        id: "p".into(),
        stage: Stage::Account,
        title: t("T"),
        summary: t("S"),
        phrases: vec!["x".into()],
        messages: vec![],
        start: "a".into(),
        nodes,
    }
}
fn none() -> Channels {
    Channels { channels: vec![] }
}

#[test]
fn a_complete_flow_passes() {
    let p = problem(vec![
        step("a", "ok", "b"),
        step("b", "ok", "help"),
        end("ok", OutcomeKind::Solved),
        end("help", OutcomeKind::InPerson),
    ]);
    assert_eq!(validate_problem(&p, &none()), vec![]);
}

#[test]
fn missing_target_unreachable_node_and_cycle_are_reported() {
    let p = problem(vec![step("a", "ok", "zzz"), end("ok", OutcomeKind::Solved)]);
    assert!(validate_problem(&p, &none())
        .iter()
        .any(|f| f.message.contains("'zzz' does not exist")));

    let p = problem(vec![
        step("a", "ok", "help"),
        end("ok", OutcomeKind::Solved),
        end("help", OutcomeKind::InPerson),
        end("lost", OutcomeKind::Solved),
    ]);
    assert!(validate_problem(&p, &none())
        .iter()
        .any(|f| f.node.as_deref() == Some("lost")));

    let p = problem(vec![
        step("a", "ok", "b"),
        step("b", "a", "ok"),
        end("ok", OutcomeKind::Solved),
    ]);
    assert!(validate_problem(&p, &none())
        .iter()
        .any(|f| f.message.contains("cycle")));

    let p = problem(vec![
        step("a", "b", "c"),
        step("b", "c", "a"),
        step("c", "a", "b"),
    ]);
    let f = validate_problem(&p, &none());
    assert!(
        f.iter().any(|f| f.message.contains("ends in an outcome")),
        "{f:?}"
    );
}

#[test]
fn unsourced_step_untranslated_text_and_unknown_channel_are_reported() {
    let mut a = step("a", "ok", "form");
    a.sources.clear();
    a.text.en = String::new();
    let mut form = end("form", OutcomeKind::Channel);
    form.outcome.as_mut().unwrap().channel = Some("nope".into());
    let p = problem(vec![a, end("ok", OutcomeKind::Solved), form]);
    let f = validate_problem(&p, &none());
    assert!(f.iter().any(|f| f.message == "step has no source"));
    assert!(f
        .iter()
        .any(|f| f.message.contains("Indonesian and English")));
    assert!(f
        .iter()
        .any(|f| f.message.contains("'nope' is not in channels.json")));
}

fn refs_with<'a>(
    channels: &'a Channels,
    sources: &'a Sources,
    reasons: &'a Reasons,
    glossary: &'a Glossary,
) -> Refs<'a> {
    Refs {
        channels,
        sources,
        reasons,
        glossary,
        publishers: Box::leak(Box::new(Publishers {
            publishers: vec![Publisher {
                name: "Prakerja".into(),
                hosts: vec!["prakerja.go.id".into()],
            }],
        })),
        phrases: Box::leak(Box::new(ProgrammePhrases {
            id: vec!["daftar sekarang".into()],
            en: vec!["register now".into()],
        })),
    }
}

fn one_source() -> Sources {
    Sources {
        sources: vec![SourceRef {
            id: "prakerja-faq-akun".into(),
            url: "https://www.prakerja.go.id/faq/akun".into(),
            title: "FAQ".into(),
            publisher: "Prakerja".into(),
            published: "2026-11".into(),
            grade: Grade::Official,
            supports: "accounts".into(),
            note: None,
        }],
    }
}

#[test]
fn a_compared_date_that_is_not_a_real_day_is_refused() {
    let (sources, glossary) = (one_source(), Glossary { terms: vec![] });
    let reasons = Reasons {
        reasons: vec![],
        waits: vec![],
    };
    let ch = none();
    let r = refs_with(&ch, &sources, &reasons, &glossary);
    let mut a = step("a", "ok", "no");
    let p = problem(vec![
        a.clone(),
        end("ok", OutcomeKind::Solved),
        end("no", OutcomeKind::Info),
    ]);
    assert_eq!(validate_truth(&p, &r), vec![]);
    a.compared = "2026-02-31".into();
    let p = problem(vec![
        a,
        end("ok", OutcomeKind::Solved),
        end("no", OutcomeKind::Info),
    ]);
    let f = validate_truth(&p, &r);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].node.as_deref(), Some("a"));
    assert!(f[0].message.contains("'compared' ('2026-02-31')"), "{f:?}");
}

#[test]
fn a_source_dated_on_a_day_that_does_not_exist_is_refused() {
    let mut s = one_source();
    assert_eq!(validate_sources(&s), vec![]);
    s.sources[0].published = "2024-02-30".into();
    let f = validate_sources(&s);
    assert!(
        f.iter().any(|f| f.message.contains("'2024-02-30'")),
        "{f:?}"
    );
    assert!(is_source_date("2024-02-29") && is_source_date("2024") && !is_source_date("1899"));
}

#[test]
fn the_whole_catalogue_check_names_a_file_whose_id_differs() {
    let (sources, glossary) = (one_source(), Glossary { terms: vec![] });
    let reasons = Reasons {
        reasons: vec![],
        waits: vec![],
    };
    let ch = none();
    let r = refs_with(&ch, &sources, &reasons, &glossary);
    let p = problem(vec![
        step("a", "ok", "no"),
        end("ok", OutcomeKind::Solved),
        end("no", OutcomeKind::Info),
    ]);
    assert_eq!(validate_catalogue(&[("p".into(), p.clone())], &r), vec![]);
    let f = validate_catalogue(&[("q".into(), p)], &r);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        f[0].to_string(),
        "q.json: id is 'p', must equal the file name"
    );
}
